// Builds the normalized DesiredState from the merged files: `defaults.org` and the org's
// classes merged into each org (org-layers.ts; the org's values win), absent sections filled
// with their defaults. Alongside it, the origins that let `locate` map a path in the
// normalized state back to file:line:column, and `classOf` name the class that decided it.
import type { ClassOf } from '../core/class-notes.ts';
import { DEFAULT_PRUNE } from '../core/desired-parts.ts';
import { GROUP_SETTINGS_PART_NAMES, type GroupSettingsPart } from '../core/group-settings-parts.ts';
import type { DesiredState, SourceRef } from '../core/types.ts';
import { selectLayers } from './class-selection.ts';
import type { Located, MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';
import { mergeOrgLayers, type OrgOrigins, valueOrigin } from './org-layers.ts';
import type { Path } from './source.ts';

export { DEFAULT_PRUNE } from '../core/desired-parts.ts';
export const DEFAULT_MAX_DELETE_PERCENT = 25;

export type Locate = (path: readonly (string | number)[]) => SourceRef | undefined;

export function normalize(
  merged: MergedConfig,
  groupId: string,
): { desired: DesiredState; locate: Locate; classOf?: ClassOf } {
  const { sections } = merged;
  const layersOf = selectLayers(merged);
  const orgOrigins: OrgOrigins[] = [];
  const orgs = merged.orgs.map((located) => {
    const { org, origins } = mergeOrgLayers(located, layersOf(located.value));
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
  if (merged.group.serviceAccounts !== undefined)
    group.serviceAccounts = merged.group.serviceAccounts.map((a) => a.value);
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
  if (sections.placement !== undefined) desired.placement = sections.placement.value;
  if (sections.ignores !== undefined) desired.ignores = sections.ignores.value;

  const locate: Locate = (path) => {
    const [head, ...rest] = path;
    if (head === 'orgs' && typeof rest[0] === 'number') return locateOrg(orgOrigins[rest[0]], rest.slice(1));
    if (head === 'group') {
      const [key, index, ...tail] = rest;
      const list =
        key === 'members'
          ? merged.group.members
          : key === 'tags'
            ? merged.group.tags
            : key === 'serviceAccounts'
              ? merged.group.serviceAccounts
              : undefined;
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
  const classOf: ClassOf = (path) => {
    const [head, index, ...rest] = path;
    const origins = head === 'orgs' && typeof index === 'number' ? orgOrigins[index] : undefined;
    const found = origins === undefined ? undefined : valueOrigin(origins, rest);
    const name = found?.layer?.className;
    return name === undefined || found === undefined ? undefined : { name, at: originRef(found.origin) };
  };
  // Without classes no value has one: plans skip the notes' work.
  return merged.classes.length === 0 ? { desired, locate } : { desired, locate, classOf };
}

function at(origin: Origin | undefined, rest: Path): SourceRef | undefined {
  return origin === undefined ? undefined : originRef(origin, rest);
}

function locateOrg(origins: OrgOrigins | undefined, rest: Path): SourceRef | undefined {
  if (origins === undefined) return undefined;
  const found = valueOrigin(origins, rest);
  return found === undefined ? undefined : originRef(found.origin);
}
