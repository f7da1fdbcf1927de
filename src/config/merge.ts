// Merges the files of a config directory into one document, remembering where each part came
// from. Files split the orgs, group members and tags between them; the group-wide sections may
// appear in one file only (or identically in several). Every conflict names both places.

import { isDeepStrictEqual } from 'node:util';
import type { ServiceAccountSpec } from '../core/desired-schema.ts';
import { GROUP_SETTINGS_PART_NAMES, type GroupSettingsPart } from '../core/group-settings-parts.ts';
import type { ClassSpec } from './class-schema.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import type { Config, MemberSpec, OrgSpec, Tag } from './schema.ts';
import type { Path, SourceDocument } from './source.ts';

/** A part of the config and where it was written. */
export interface Origin {
  doc: SourceDocument;
  path: Path;
}

export interface Located<T> {
  value: T;
  origin: Origin;
}

type Defaults = NonNullable<Config['defaults']>;
/** The group-wide sections that one file owns. */
export const SINGLE_SECTIONS = [
  'tenant',
  'defaults',
  'users',
  'prune',
  'limits',
  'drift',
  'placement',
  'ignores',
] as const;
type Section = (typeof SINGLE_SECTIONS)[number];

export interface MergedConfig {
  /** The first file, where defaults that no file wrote are located. */
  first: SourceDocument;
  groupId?: Located<string>;
  group: {
    settings?: Located<NonNullable<NonNullable<Config['group']>['settings']>>;
    tags?: Located<Tag>[];
    members?: Located<MemberSpec>[];
    serviceAccounts?: Located<ServiceAccountSpec>[];
    /** The group's settings parts (group-settings-parts.ts), each set in one file only. */
    parts: { [P in GroupSettingsPart]?: Located<unknown> };
  };
  sections: { [K in Section]?: Located<NonNullable<Config[K]>> };
  orgs: Located<OrgSpec>[];
  /** Every class definition, in file order then key order (two files may define one name). */
  classes: (Located<ClassSpec> & { name: string })[];
}

export function originRef(origin: Origin, rest: Path = [], at: 'key' | 'value' = 'value') {
  return origin.doc.locate([...origin.path, ...rest], at);
}

function where(origin: Origin, rest: Path = []): string {
  const ref = originRef(origin, rest);
  return `${ref.file}:${ref.line}:${ref.column}`;
}

export function conflict(
  code: ConfigIssueCode,
  message: string,
  first: Origin,
  second: Origin,
  rest: Path = [],
): Issue {
  const ref = originRef(second, rest);
  return {
    code,
    message: `${message}: ${where(first, rest)} and ${where(second, rest)}`,
    ...ref,
    path: formatPath([...second.path, ...rest]),
  };
}

/** Merges documents that passed the schema. Issues are conflicts between (or within) files. */
export function mergeDocuments(docs: { doc: SourceDocument; config: Config }[]): {
  merged: MergedConfig;
  issues: Issue[];
} {
  const issues: Issue[] = [];
  const first = docs[0]?.doc;
  if (first === undefined) throw new Error('mergeDocuments needs at least one document');
  const merged: MergedConfig = { first, group: { parts: {} }, sections: {}, orgs: [], classes: [] };
  for (const { doc, config } of docs) {
    const group = config.group;
    if (group !== undefined) {
      const origin = { doc, path: ['group', 'id'] };
      if (merged.groupId === undefined) merged.groupId = { value: group.id, origin };
      else if (merged.groupId.value.toLowerCase() !== group.id.toLowerCase())
        issues.push(
          conflict(
            'conflicting-group',
            `two different group ids, '${merged.groupId.value}' and '${group.id}': all files must manage the same group`,
            merged.groupId.origin,
            origin,
          ),
        );
      if (group.settings !== undefined) {
        const located = { value: group.settings, origin: { doc, path: ['group', 'settings'] } };
        if (merged.group.settings === undefined) merged.group.settings = located;
        else if (!isDeepStrictEqual(merged.group.settings.value, group.settings))
          issues.push(
            conflict(
              'conflicting-section',
              'group.settings is set differently in two files (only one file may set it)',
              merged.group.settings.origin,
              located.origin,
            ),
          );
      }
      for (const part of GROUP_SETTINGS_PART_NAMES) {
        if (group[part] === undefined) continue;
        const located = { value: group[part], origin: { doc, path: ['group', part] } };
        const existing = merged.group.parts[part];
        if (existing === undefined) merged.group.parts[part] = located;
        else if (!isDeepStrictEqual(existing.value, located.value))
          issues.push(
            conflict(
              'conflicting-section',
              `group.${part} is set differently in two files (only one file may set it)`,
              existing.origin,
              located.origin,
            ),
          );
      }
      if (group.tags !== undefined) {
        merged.group.tags ??= [];
        for (const [i, tag] of group.tags.entries())
          merged.group.tags.push({ value: tag, origin: { doc, path: ['group', 'tags', i] } });
      }
      if (group.members !== undefined) {
        merged.group.members ??= [];
        for (const [i, member] of group.members.entries())
          merged.group.members.push({ value: member, origin: { doc, path: ['group', 'members', i] } });
      }
      if (group.serviceAccounts !== undefined) {
        merged.group.serviceAccounts ??= [];
        for (const [i, account] of group.serviceAccounts.entries())
          merged.group.serviceAccounts.push({
            value: account,
            origin: { doc, path: ['group', 'serviceAccounts', i] },
          });
      }
    }
    for (const section of SINGLE_SECTIONS) {
      const value = config[section];
      if (value === undefined) continue;
      const located = { value, origin: { doc, path: [section] } };
      const existing = merged.sections[section];
      if (existing === undefined) (merged.sections as Record<Section, unknown>)[section] = located;
      else if (!isDeepStrictEqual(existing.value, value))
        issues.push(
          conflict(
            'conflicting-section',
            `'${section}' is set differently in two files (only one file may set it)`,
            existing.origin,
            located.origin,
          ),
        );
    }
    for (const [i, org] of (config.orgs ?? []).entries())
      merged.orgs.push({ value: org, origin: { doc, path: ['orgs', i] } });
    for (const [name, value] of Object.entries(config.classes ?? {}))
      merged.classes.push({ name, value, origin: { doc, path: ['classes', name] } });
  }
  issues.push(...findDuplicates(merged));
  return { merged, issues };
}

/**
 * A check that pushes a conflict onto `issues` for every item whose key an earlier item had.
 * Origins are made only for a conflict: a big config has a hundred thousand members.
 */
function uniqueChecker(issues: Issue[]) {
  return <T>(
    items: readonly T[],
    originOf: (index: number) => Origin,
    keyOf: (value: T) => string | undefined,
    describe: (value: T) => string,
    code: ConfigIssueCode,
    rest: Path = [],
  ): void => {
    const seen = new Map<string, number>();
    items.forEach((value, index) => {
      const key = keyOf(value);
      if (key === undefined) return;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else issues.push(conflict(code, describe(value), originOf(earlier), originOf(index), rest));
    });
  };
}

function findDuplicates(merged: MergedConfig): Issue[] {
  const issues: Issue[] = [];
  const check = uniqueChecker(issues);
  const located = <T>(items: readonly Located<T>[]) => ({
    values: items.map((item) => item.value),
    originOf: (index: number) => (items[index] as Located<T>).origin,
  });
  const memberKey = (m: MemberSpec) => m.user.toLowerCase();
  const memberTwice = (where: string) => (m: MemberSpec) => `user '${m.user}' is listed twice in ${where}`;
  const orgs = located(merged.orgs);
  check(
    orgs.values,
    orgs.originOf,
    (o) => o.slug.toLowerCase(),
    (o) => `org '${o.slug}' is defined twice`,
    'duplicate-org',
    ['slug'],
  );
  check(
    orgs.values,
    orgs.originOf,
    (o) => o.id?.toLowerCase(),
    (o) => `org id '${o.id}' is used by two orgs`,
    'duplicate-org-id',
    ['id'],
  );
  const tags = located(merged.group.tags ?? []);
  check(
    tags.values,
    tags.originOf,
    (t) => `${t.key}\u0000${t.value}`,
    (t) => `tag ${t.key}:${t.value} is listed twice`,
    'duplicate-tag',
  );
  const groupMembers = located(merged.group.members ?? []);
  check(
    groupMembers.values,
    groupMembers.originOf,
    memberKey,
    memberTwice('group.members'),
    'duplicate-member',
    ['user'],
  );
  const members = (origin: Origin, list: MemberSpec[] | undefined, where: string) =>
    check(
      list ?? [],
      (i) => ({ doc: origin.doc, path: [...origin.path, 'members', i] }),
      memberKey,
      memberTwice(where),
      'duplicate-member',
      ['user'],
    );
  const tenant = merged.sections.tenant;
  if (tenant !== undefined) members(tenant.origin, tenant.value.members, 'tenant.members');
  const defaults = merged.sections.defaults as Located<Defaults> | undefined;
  if (defaults?.value.org !== undefined)
    members(
      { doc: defaults.origin.doc, path: ['defaults', 'org'] },
      defaults.value.org.members,
      'defaults.org.members',
    );
  for (const org of merged.orgs)
    members(org.origin, org.value.members, `the members of org '${org.value.slug}'`);
  for (const c of merged.classes) members(c.origin, c.value.members, `the members of class '${c.name}'`);
  return issues;
}
