// An org's entry as the planner sees it: the fragments merged into it (`defaults.org`, then its
// classes, docs/configuration.md#org-classes), then its own keys, each later layer winning. How
// each key merges is declared once, in MERGE: a new org key that does not say is a compile
// error. Alongside the org, where each merged value was written, so that a path can be located
// and its class named.
import {
  mergeSettingsPart,
  ORG_SETTINGS_PART_NAMES,
  type OrgSettingsPart,
} from '../core/org-settings-parts.ts';
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

/** The lists that are unions of the layers' entries, and the identity an entry is merged by. */
type UnionKey = 'members' | 'webhooks' | 'serviceAccounts';

const UNIONS: { readonly [K in UnionKey]: (item: Item<K>) => string } = {
  members: (m) => m.user.toLowerCase(),
  webhooks: (w) => w.url,
  serviceAccounts: (a) => a.name,
};

/**
 * How the layers' values of each org key merge:
 * - `settings`: key by key, the later value winning (every settings part);
 * - `union`: by the entry's identity (UNIONS), the later entry winning and moving with its layer;
 * - `concatenate`: every layer's entries, in layer order (project rules all apply);
 * - `byType`: integrations by type, their settings key by key;
 * - `last`: the last layer's value that is set;
 * - `own`: never merged (the schema keeps it out of `defaults.org` and classes).
 */
type Rule = 'settings' | 'union' | 'concatenate' | 'byType' | 'last' | 'own';

const SETTINGS = Object.fromEntries(ORG_SETTINGS_PART_NAMES.map((part) => [part, 'settings'])) as Record<
  OrgSettingsPart,
  'settings'
>;

const MERGE = {
  ...SETTINGS,
  members: 'union',
  webhooks: 'union',
  serviceAccounts: 'union',
  projects: 'concatenate',
  integrations: 'byType',
  template: 'last',
  imports: 'own',
} as const satisfies { readonly [K in keyof Required<OrgFragment>]: Rule };

const LISTS = ['members', 'projects', 'webhooks', 'serviceAccounts'] as const satisfies readonly (
  | UnionKey
  | 'projects'
)[];
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

export function mergeOrgLayers(
  located: Located<DesiredOrg>,
  layers: readonly Layer[],
): { org: DesiredOrg; origins: OrgOrigins } {
  const { classes: _listed, ...own } = located.value;
  const org: DesiredOrg = { ...own };
  const lists = Object.fromEntries(LISTS.map((list) => [list, { count: own[list]?.length ?? 0 }])) as Record<
    ListKey,
    ListOrigins
  >;
  const origins: OrgOrigins = { org: located.origin, layers, lists };
  if (layers.length === 0) return { org, origins };
  const all: OrgFragment[] = [...layers.map((l) => l.fragment), own];
  const target = org as Record<string, unknown>;
  for (const [key, rule] of Object.entries(MERGE) as [keyof OrgFragment, Rule][]) {
    if (rule === 'settings') {
      const values = all.map((f) => f[key]).filter((v) => v !== undefined) as object[];
      // A copy even of one layer's part: orgs must not share the object a fragment wrote.
      if (values.length > 0)
        target[key] = values.reduce((base, next) => mergeSettingsPart<object>(base, next), {});
    } else if (rule === 'last') {
      const value = all.findLast((f) => f[key] !== undefined)?.[key];
      if (value !== undefined) target[key] = value;
    } else if (rule === 'union') {
      const list = key as UnionKey;
      const union = unionBy(all, list);
      if (union !== undefined) [target[list], lists[list]] = union;
    }
  }
  const projects = concatenate(all);
  if (projects !== undefined) [org.projects, lists.projects] = projects;
  const integrations = mergeIntegrations(all, located.value.slug);
  if (integrations !== undefined) org.integrations = integrations;
  return { org, origins };
}

type Item<K extends UnionKey> = NonNullable<OrgFragment[K]>[number];

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
function unionBy<K extends UnionKey>(
  all: readonly OrgFragment[],
  key: K,
): [Item<K>[], ListOrigins] | undefined {
  if (fromOwnOnly(all, key)) return undefined;
  const keyOf = UNIONS[key] as (item: Item<K>) => string;
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
