// Builds the normalized DesiredState from the merged files: `defaults.org` merged into each
// org (the org's values win), absent sections filled with their defaults. Alongside it, the
// origins that let `locate` map a path in the normalized state back to file:line:column.

import { DEFAULT_PRUNE } from '../core/desired-parts.ts';
import { GROUP_SETTINGS_PART_NAMES, type GroupSettingsPart } from '../core/group-settings-parts.ts';
import {
  mergeSettingsPart,
  ORG_SETTINGS_PART_NAMES,
  type OrgSettingsPart,
} from '../core/org-settings-parts.ts';
import type { DesiredOrg, DesiredState, MemberSpec, SourceRef } from '../core/types.ts';
import type { Located, MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';
import type { Path } from './source.ts';

export { DEFAULT_PRUNE } from '../core/desired-parts.ts';
export const DEFAULT_MAX_DELETE_PERCENT = 25;

/**
 * Where an org's merged list came from, kept small: a config of thousands of orgs has a
 * hundred thousand members, and an Origin (with its path array) for each would be most of the
 * memory a plan holds. An entry `i >= 0` is the org's own item `i`; `-1 - i` is the defaults'
 * item `i`. Without a map, the list is the org's own `count` items, in order.
 */
interface ListOrigins {
  map?: readonly number[];
  count: number;
}

interface OrgOrigins {
  org: Origin;
  /** Where `defaults.org` was written, when the merge took anything from it. */
  defaults?: Origin;
  /** Of each settings part the org or the defaults wrote: where each wrote it. */
  parts?: Partial<Record<OrgSettingsPart, { own?: Origin; defaults?: Origin }>>;
  members: ListOrigins;
  /** Of each rule in the org's merged `projects`: the defaults' rules first. */
  projects: ListOrigins;
}

export type Locate = (path: readonly (string | number)[]) => SourceRef | undefined;

export function normalize(merged: MergedConfig, groupId: string): { desired: DesiredState; locate: Locate } {
  const { sections } = merged;
  const defaults = sections.defaults?.value.org;
  const defaultsOrigin: Origin | undefined =
    sections.defaults === undefined
      ? undefined
      : { doc: sections.defaults.origin.doc, path: ['defaults', 'org'] };
  const orgOrigins: OrgOrigins[] = [];
  const orgs = merged.orgs.map((located) => {
    const { org, origins } = mergeDefaults(located, defaults, defaultsOrigin);
    orgOrigins.push(origins);
    return org;
  });
  const group: DesiredState['group'] = { id: groupId };
  if (merged.group.settings !== undefined) group.settings = merged.group.settings.value;
  for (const part of GROUP_SETTINGS_PART_NAMES)
    if (merged.group.parts[part] !== undefined)
      (group as Record<string, unknown>)[part] = merged.group.parts[part].value;
  if (merged.group.tags !== undefined) group.tags = merged.group.tags.map((t) => t.value);
  if (merged.group.members !== undefined) group.members = merged.group.members.map((m) => m.value);
  const users = sections.users?.value;
  const desired: DesiredState = {
    version: 1,
    group,
    orgs,
    users: {
      unknown: users?.unknown ?? 'error',
      ignore: users?.ignore ?? [],
      ...(users?.expiryWarningDays === undefined ? {} : { expiryWarningDays: users.expiryWarningDays }),
      ...(users?.domains === undefined ? {} : { domains: users.domains }),
      ...(users?.allowLookalikes === undefined ? {} : { allowLookalikes: users.allowLookalikes }),
    },
    prune: { ...DEFAULT_PRUNE, ...sections.prune?.value },
    limits: { maxDeletePercent: sections.limits?.value.maxDeletePercent ?? DEFAULT_MAX_DELETE_PERCENT },
    drift: { ignore: sections.drift?.value.ignore ?? [] },
  };
  if (sections.tenant !== undefined) desired.tenant = sections.tenant.value;

  const locate: Locate = (path) => {
    const [head, ...rest] = path;
    if (head === 'orgs' && typeof rest[0] === 'number') return locateOrg(orgOrigins[rest[0]], rest.slice(1));
    if (head === 'group') {
      const [key, index, ...tail] = rest;
      const list = key === 'members' ? merged.group.members : key === 'tags' ? merged.group.tags : undefined;
      if (list !== undefined && typeof index === 'number') return at(list[index]?.origin, tail);
      if (key === 'settings' && merged.group.settings !== undefined)
        return at(merged.group.settings.origin, rest.slice(1));
      const part = merged.group.parts[key as GroupSettingsPart];
      if (part !== undefined) return at(part.origin, rest.slice(1));
      return at(merged.groupId?.origin, []);
    }
    const section = sections[head as keyof typeof sections] as Located<unknown> | undefined;
    if (section !== undefined) return at(section.origin, rest);
    return merged.first.locate([]);
  };
  return { desired, locate };
}

function at(origin: Origin | undefined, rest: Path): SourceRef | undefined {
  return origin === undefined ? undefined : originRef(origin, rest);
}

function locateOrg(origins: OrgOrigins | undefined, rest: Path): SourceRef | undefined {
  if (origins === undefined) return undefined;
  const [key, index, ...tail] = rest;
  if ((key === 'members' || key === 'projects') && typeof index === 'number')
    return at(itemOrigin(origins, key, index), tail);
  const part = origins.parts?.[key as OrgSettingsPart];
  if (part !== undefined) {
    // A setting the org wrote itself wins over the default, as in the merge.
    const own = part.own !== undefined && hasPath(part.own, rest.slice(1));
    return at(own ? part.own : (part.defaults ?? part.own), rest.slice(1));
  }
  return at(origins.org, rest);
}

/** The origin of item `index` of the org's merged `members` or `projects`. */
function itemOrigin(origins: OrgOrigins, list: 'members' | 'projects', index: number): Origin | undefined {
  const { map, count } = origins[list];
  if (index < 0 || index >= count) return undefined;
  const source = map === undefined ? index : map[index];
  if (source === undefined) return undefined;
  if (source >= 0) return { doc: origins.org.doc, path: [...origins.org.path, list, source] };
  const defaults = origins.defaults;
  return defaults === undefined
    ? undefined
    : { doc: defaults.doc, path: [...defaults.path, list, -1 - source] };
}

function hasPath(origin: Origin, rest: Path): boolean {
  let node: unknown = valueAt(origin.doc.data, origin.path);
  for (const segment of rest) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) node = (node as Record<string | number, unknown> | undefined)?.[segment];
  return node;
}

type OrgDefaults = Omit<DesiredOrg, 'slug' | 'name' | 'id' | 'template'> | undefined;

function mergeDefaults(
  located: Located<DesiredOrg>,
  defaults: OrgDefaults,
  defaultsOrigin: Origin | undefined,
): { org: DesiredOrg; origins: OrgOrigins } {
  const own = located.value;
  const org: DesiredOrg = { ...own };
  const origins: OrgOrigins = {
    org: located.origin,
    members: { count: own.members?.length ?? 0 },
    projects: { count: 0 },
  };
  if (defaultsOrigin !== undefined) origins.defaults = defaultsOrigin;
  const merge: OrgMerge = { org, origins, located, defaults, defaultsOrigin };
  mergeSettingsParts(merge);
  mergeOutbound(org, own, defaults);
  const ownMembers = own.members ?? [];
  if (defaults?.members !== undefined && defaultsOrigin !== undefined) {
    // A union: the org's own entry for a user replaces the default entry for that user.
    const mine = new Set(ownMembers.map((m) => m.user.toLowerCase()));
    const members: MemberSpec[] = [];
    const map: number[] = [];
    defaults.members.forEach((m, i) => {
      if (mine.has(m.user.toLowerCase())) return;
      members.push(m);
      map.push(-1 - i);
    });
    ownMembers.forEach((m, i) => {
      members.push(m);
      map.push(i);
    });
    org.members = members;
    origins.members = { map, count: map.length };
  }
  mergeProjectRules(merge);
  return { org, origins };
}

/** One org being merged with `defaults.org`, and where its merged parts came from. */
interface OrgMerge {
  org: DesiredOrg;
  origins: OrgOrigins;
  located: Located<DesiredOrg>;
  defaults: OrgDefaults;
  defaultsOrigin: Origin | undefined;
}

/** Each settings part: the defaults' keys, with the org's own written over them. */
function mergeSettingsParts({ org, origins, located, defaults, defaultsOrigin }: OrgMerge): void {
  const own = located.value;
  for (const part of ORG_SETTINGS_PART_NAMES) {
    const mine = own[part];
    const base = defaultsOrigin === undefined ? undefined : defaults?.[part];
    if (mine === undefined && base === undefined) continue;
    const where: { own?: Origin; defaults?: Origin } = {};
    if (mine !== undefined) where.own = { doc: located.origin.doc, path: [...located.origin.path, part] };
    if (base !== undefined && defaultsOrigin !== undefined) {
      where.defaults = { doc: defaultsOrigin.doc, path: [...defaultsOrigin.path, part] };
      (org as Record<string, unknown>)[part] = mergeSettingsPart<object>(base, mine);
    }
    origins.parts = { ...origins.parts, [part]: where };
  }
}

/** Every rule applies, so the org's rules are the defaults' followed by its own. */
function mergeProjectRules({ org, origins, located, defaults, defaultsOrigin }: OrgMerge): void {
  const inherited = defaultsOrigin === undefined ? [] : (defaults?.projects ?? []);
  const own = located.value.projects ?? [];
  if (inherited.length === 0 && located.value.projects === undefined) return;
  org.projects = [...inherited, ...own];
  origins.projects =
    inherited.length === 0
      ? { count: own.length }
      : { map: [...inherited.map((_, i) => -1 - i), ...own.map((_, i) => i)], count: org.projects.length };
}

/**
 * Integrations merge key by key (the org's value wins, also inside one
 * integration's settings); webhooks are a union by url, the org's entry winning.
 */
function mergeOutbound(org: DesiredOrg, own: DesiredOrg, defaults: OrgDefaults): void {
  if (defaults?.integrations !== undefined) {
    const merged: Record<string, { settings?: Record<string, unknown> }> = {};
    const base = defaults.integrations as Record<string, { settings?: Record<string, unknown> }>;
    const mine = (own.integrations ?? {}) as Record<string, { settings?: Record<string, unknown> }>;
    for (const type of new Set([...Object.keys(base), ...Object.keys(mine)])) {
      const a = base[type];
      const b = mine[type];
      const settings =
        a?.settings === undefined && b?.settings === undefined
          ? undefined
          : mergeSettingsPart(a?.settings ?? {}, b?.settings);
      merged[type] = settings === undefined ? {} : { settings };
    }
    org.integrations = merged as NonNullable<DesiredOrg['integrations']>;
  }
  if (defaults?.webhooks !== undefined) {
    const mine = own.webhooks ?? [];
    const urls = new Set(mine.map((w) => w.url));
    org.webhooks = [...defaults.webhooks.filter((w) => !urls.has(w.url)), ...mine];
  }
}
