// An org's entry as the planner sees it: the fragments merged into it (`defaults.org`, then its
// classes, docs/configuration.md#org-classes), then its own keys, each later layer winning.
// Settings parts deep-merge key by key; members and webhooks are unions by user and by url (the
// later entry wins); project rules add up; integrations merge by type, their settings key by
// key; any other key is taken from the last layer that sets it. Alongside the org, where each
// merged value was written, so that a path can be located and its class named.
import { mergeSettingsPart, ORG_SETTINGS_PART_NAMES } from '../core/org-settings-parts.ts';
import type { DesiredOrg } from '../core/types.ts';
import type { Located, Origin } from './merge.ts';
import type { Path } from './source.ts';

/** What a layer may set: an org's keys without its identity. */
export type OrgFragment = Omit<DesiredOrg, 'slug' | 'name' | 'id' | 'classes'>;

/** A fragment merged into orgs, where it was written, and the class it is (none: defaults.org). */
export interface Layer {
  fragment: OrgFragment;
  origin: Origin;
  className?: string;
}

/**
 * Where an org's merged list came from, kept small: a config of thousands of orgs has a
 * hundred thousand members, and an Origin (with its path array) for each would be most of the
 * memory a plan holds. An entry `i >= 0` is the org's own item `i`; a negative entry `e` is
 * item `floor(v / L)` of layer `v % L`, where `v = -1 - e` and `L` is the number of layers.
 * Without a map, the list is the org's own `count` items, in order.
 */
interface ListOrigins {
  map?: readonly number[];
  count: number;
}

const LISTS = ['members', 'projects', 'webhooks'] as const;
type ListKey = (typeof LISTS)[number];

export interface OrgOrigins {
  org: Origin;
  /** The fragments merged under the org's own keys, first to last (shared between orgs). */
  layers: readonly Layer[];
  lists: Record<ListKey, ListOrigins>;
}

/** Where a value of the merged org was written, and the layer (absent: the org's own keys). */
export interface ValueOrigin {
  origin: Origin;
  layer?: Layer;
}

const HANDLED = new Set<string>([...ORG_SETTINGS_PART_NAMES, ...LISTS, 'integrations']);

export function mergeOrgLayers(
  located: Located<DesiredOrg>,
  layers: readonly Layer[],
): { org: DesiredOrg; origins: OrgOrigins } {
  const { classes: _listed, ...own } = located.value;
  const org: DesiredOrg = { ...own };
  const lists = {
    members: { count: own.members?.length ?? 0 },
    projects: { count: own.projects?.length ?? 0 },
    webhooks: { count: own.webhooks?.length ?? 0 },
  };
  const origins: OrgOrigins = { org: located.origin, layers, lists };
  if (layers.length === 0) return { org, origins };
  const all: OrgFragment[] = [...layers.map((l) => l.fragment), own];
  const target = org as Record<string, unknown>;
  for (const part of ORG_SETTINGS_PART_NAMES) {
    const values = all.map((f) => f[part]).filter((v) => v !== undefined);
    // A copy even of one layer's part: orgs must not share the object a fragment wrote.
    if (values.length > 0)
      target[part] = values.reduce((base, next) => mergeSettingsPart<object>(base, next), {});
  }
  for (const fragment of layers.map((l) => l.fragment))
    for (const [key, value] of Object.entries(fragment))
      if (!HANDLED.has(key) && value !== undefined && (own as Record<string, unknown>)[key] === undefined)
        target[key] = value;
  const members = unionBy(all, 'members', (m) => m.user.toLowerCase());
  if (members !== undefined) [org.members, lists.members] = members;
  const webhooks = unionBy(all, 'webhooks', (w) => w.url);
  if (webhooks !== undefined) [org.webhooks, lists.webhooks] = webhooks;
  const projects = concatenate(all);
  if (projects !== undefined) [org.projects, lists.projects] = projects;
  const integrations = mergeIntegrations(all, located.value.slug);
  if (integrations !== undefined) org.integrations = integrations;
  return { org, origins };
}

type Item<K extends 'members' | 'webhooks'> = NonNullable<OrgFragment[K]>[number];

/**
 * Whether no fragment under the org's own keys sets `key`: the org's own value stands as it is,
 * and its list needs no map of origins (most orgs of a big config, most of its members).
 */
function fromOwnOnly(all: readonly OrgFragment[], key: keyof OrgFragment): boolean {
  return all.slice(0, -1).every((f) => f[key] === undefined);
}

/** Encodes item `index` of layer `layer` (the last layer being the org's own keys). */
function encode(layer: number, index: number, layerCount: number): number {
  return layer === layerCount ? index : -1 - (index * layerCount + layer);
}

/** A union of the layers' lists by key; the later entry replaces the earlier and moves with its layer. */
function unionBy<K extends 'members' | 'webhooks'>(
  all: readonly OrgFragment[],
  key: K,
  keyOf: (item: Item<K>) => string,
): [Item<K>[], ListOrigins] | undefined {
  if (fromOwnOnly(all, key)) return undefined;
  const layerCount = all.length - 1;
  const byKey = new Map<string, { item: Item<K>; code: number }>();
  all.forEach((fragment, layer) => {
    (fragment[key] as Item<K>[] | undefined)?.forEach((item, index) => {
      const id = keyOf(item);
      byKey.delete(id);
      byKey.set(id, { item, code: encode(layer, index, layerCount) });
    });
  });
  const entries = [...byKey.values()];
  return [entries.map((e) => e.item), { map: entries.map((e) => e.code), count: entries.length }];
}

/** Every rule applies, so an org's rules are each layer's in turn, its own last. */
function concatenate(
  all: readonly OrgFragment[],
): [NonNullable<OrgFragment['projects']>, ListOrigins] | undefined {
  if (fromOwnOnly(all, 'projects')) return undefined;
  const layerCount = all.length - 1;
  const rules = all.flatMap((f) => f.projects ?? []);
  const map = all.flatMap((f, layer) => (f.projects ?? []).map((_, i) => encode(layer, i, layerCount)));
  return [rules, { map, count: rules.length }];
}

type Integrations = NonNullable<OrgFragment['integrations']>;
type Integration = Integrations[string] & { settings?: Record<string, unknown> };

/**
 * By type; a later layer's keys win, inside an integration's settings key by key. A `from`
 * inherited by the very org it names is dropped: that org is the source the others clone from
 * (docs/configuration.md#integrations-cloned-from-another-org); the org's own `from` stays, for
 * validation to refuse.
 */
function mergeIntegrations(all: readonly OrgFragment[], slug: string): Integrations | undefined {
  if (fromOwnOnly(all, 'integrations')) return undefined;
  const merged: Record<string, Integration> = {};
  for (const fragment of all)
    for (const [type, next] of Object.entries((fragment.integrations ?? {}) as Record<string, Integration>)) {
      const prior = merged[type];
      const settings =
        prior?.settings === undefined ? next.settings : mergeSettingsPart(prior.settings, next.settings);
      merged[type] = { ...prior, ...next, ...(settings === undefined ? {} : { settings }) };
    }
  const own = (all[all.length - 1]?.integrations ?? {}) as Record<string, Integration>;
  for (const [type, entry] of Object.entries(merged))
    if (entry.from === slug && own[type]?.from === undefined) {
      const { from: _self, ...rest } = entry;
      merged[type] = rest as Integration;
    }
  return merged as Integrations;
}

/** Where the value at `rest` of the merged org was written: the last layer that has it. */
export function valueOrigin(origins: OrgOrigins, rest: Path): ValueOrigin | undefined {
  const [key, index, ...tail] = rest;
  if (LISTS.includes(key as ListKey) && typeof index === 'number')
    return itemOrigin(origins, key as ListKey, index, tail);
  const own = origins.org;
  if (rest.length > 0 && !hasPath(own, rest))
    for (let i = origins.layers.length - 1; i >= 0; i--) {
      const layer = origins.layers[i] as Layer;
      if (hasPath(layer.origin, rest)) return { origin: deeper(layer.origin, rest), layer };
    }
  return { origin: deeper(own, rest) };
}

function deeper(origin: Origin, rest: Path): Origin {
  return rest.length === 0 ? origin : { doc: origin.doc, path: [...origin.path, ...rest] };
}

function itemOrigin(origins: OrgOrigins, list: ListKey, index: number, tail: Path): ValueOrigin | undefined {
  const { map, count } = origins.lists[list];
  if (index < 0 || index >= count) return undefined;
  const code = map === undefined ? index : map[index];
  if (code === undefined) return undefined;
  if (code >= 0) return { origin: deeper(origins.org, [list, code, ...tail]) };
  const v = -1 - code;
  const layerCount = origins.layers.length;
  const layer = origins.layers[v % layerCount];
  if (layer === undefined) return undefined;
  return { origin: deeper(layer.origin, [list, Math.floor(v / layerCount), ...tail]), layer };
}

function hasPath(origin: Origin, rest: Path): boolean {
  let node: unknown = origin.doc.data;
  for (const segment of [...origin.path, ...rest]) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== undefined;
}
