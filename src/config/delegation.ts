// Delegated files (docs/configuration.md#delegated-team-files): the file that sets group.id may
// say, with `delegate`, that the files matching a glob (team files) may define only some orgs and
// grant only some roles, and set no group-wide key. Each violation is an error at the offending
// key, naming the delegate entries that restrict the file. Such a file may not change what the
// platform's own files set for its orgs either (platform-entries.ts). Pure: where each file lies
// comes in `placement`.
import { dirname, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import { overridesOf, type PlatformSource, platformSources } from './platform-entries.ts';
import type { Config } from './schema.ts';
import type { Path, SourceDocument } from './source.ts';
import { checkGlob } from './user-ignore.ts';

/** Where a parsed file lies: its absolute path, and the directory argument it was found in. */
export interface Placement {
  absolute: string;
  root?: string;
}

/** The keys a delegated file may not set: what only the platform's own files decide. */
export const DELEGATE_FORBIDDEN = [
  'group',
  'tenant',
  'users',
  'prune',
  'limits',
  'defaults',
  'drift',
  'delegate',
  'placement',
  'ignores',
  'classes',
] as const;

type Entry = NonNullable<Config['delegate']>[number];

interface Rule {
  entry: Entry;
  /** `delegate[0] (group.yaml:3:5)`: how messages name the entry. */
  name: string;
  matchesFile: (path: string) => boolean;
  matchesOrg: (slug: string) => boolean;
  grants: (role: string) => boolean;
}

const GLOB = { dot: true, strictBrackets: true } as const;

function at(
  doc: SourceDocument,
  path: Path,
  code: ConfigIssueCode,
  message: string,
  where: 'key' | 'value' = 'value',
): Issue {
  return { code, message, ...doc.locate(path, where), path: formatPath(path) };
}

function compile(doc: SourceDocument, entry: Entry, index: number, issues: Issue[]): Rule | undefined {
  const ref = doc.locate(['delegate', index]);
  const name = `delegate[${index}] (${ref.file}:${ref.line}:${ref.column})`;
  const files = typeof entry.files === 'string' ? [entry.files] : entry.files;
  const globs: [string, Path][] = [
    ...files.map((g, i): [string, Path] => [g, typeof entry.files === 'string' ? ['files'] : ['files', i]]),
    ...entry.orgs.map((g, i): [string, Path] => [g, ['orgs', i]]),
  ];
  const bad = globs.filter(([glob, path]) => {
    const problem = checkGlob(glob);
    if (problem !== undefined)
      issues.push(
        at(
          doc,
          ['delegate', index, ...path],
          'bad-glob',
          `${name}: '${glob}' is not a valid glob: ${problem}`,
        ),
      );
    return problem !== undefined;
  });
  if (bad.length > 0) return undefined;
  const roles = new Set(entry.roles.map((r) => r.toLowerCase()));
  return {
    entry,
    name,
    matchesFile: picomatch(files, GLOB),
    matchesOrg: picomatch(entry.orgs, { ...GLOB, nocase: true }),
    grants: (role) => roles.has(role.toLowerCase()),
  };
}

/** The path a delegate glob sees: relative to the directory argument, else to the delegating file. */
function relativePath(placement: Placement, base: string): string {
  return relative(placement.root ?? base, placement.absolute)
    .split(sep)
    .join('/');
}

export function checkDelegation(
  docs: readonly { doc: SourceDocument; config: Config }[],
  placement: (doc: SourceDocument) => Placement | undefined,
): Issue[] {
  const issues: Issue[] = [];
  const rules: Rule[] = [];
  let base: string | undefined;
  for (const { doc, config } of docs) {
    if (config.delegate === undefined) continue;
    if (config.group === undefined) {
      issues.push(
        at(
          doc,
          ['delegate'],
          'delegate-without-group',
          '`delegate` may only be set in the file that sets group.id',
          'key',
        ),
      );
      continue;
    }
    base ??= dirname(placement(doc)?.absolute ?? '.');
    for (const [i, entry] of config.delegate.entries()) {
      const rule = compile(doc, entry, i, issues);
      if (rule !== undefined) rules.push(rule);
    }
  }
  if (rules.length === 0 || base === undefined) return issues;
  const delegated = docs.flatMap(({ doc, config }) => {
    const where = placement(doc);
    if (config.delegate !== undefined || where === undefined) return [];
    const path = relativePath(where, base);
    const matching = rules.filter((r) => r.matchesFile(path));
    return matching.length > 0 ? [{ doc, config, matching }] : [];
  });
  const platform = platformSources(docs.filter((d) => !delegated.some((x) => x.doc === d.doc)));
  for (const { doc, config, matching } of delegated)
    issues.push(...violations(doc, config, matching, platform));
  return issues;
}

function names(rules: readonly Rule[]): string {
  return rules.map((r) => r.name).join(', ');
}

function violations(
  doc: SourceDocument,
  config: Config,
  rules: readonly Rule[],
  platform: readonly PlatformSource[],
): Issue[] {
  const issues: Issue[] = [];
  const by = `this file is delegated by ${names(rules)}`;
  for (const key of DELEGATE_FORBIDDEN) {
    if (config[key] !== undefined)
      issues.push(
        at(
          doc,
          [key],
          'delegate-forbidden-key',
          `'${key}' may not be set here: ${by}, which leaves it to the group's own files`,
          'key',
        ),
      );
  }
  for (const [i, org] of (config.orgs ?? []).entries()) {
    const allowed = rules.filter((r) => r.matchesOrg(org.slug));
    if (allowed.length === 0) {
      const slugs = rules.flatMap((r) => r.entry.orgs).join(', ');
      issues.push(
        at(
          doc,
          ['orgs', i, 'slug'],
          'delegate-org',
          `org '${org.slug}' is not delegated to this file: ${by}, which allows orgs ${slugs}`,
        ),
      );
      continue;
    }
    // A pinned id could name another team's org under an allowed slug: only the slug binds here.
    if (org.id !== undefined)
      issues.push(
        at(
          doc,
          ['orgs', i, 'id'],
          'delegate-org-id',
          `org '${org.slug}' may not be pinned by id here: ${by}; delegated orgs are identified by slug only`,
          'key',
        ),
      );
    // A template's integrations are copied into the new org: another team's org would leak.
    if (org.template !== undefined && !rules.some((r) => r.matchesOrg(org.template ?? '')))
      issues.push(
        at(
          doc,
          ['orgs', i, 'template'],
          'delegate-template',
          `org '${org.slug}' may not use '${org.template}' as its template: ${by}, which allows orgs ${rules.flatMap((r) => r.entry.orgs).join(', ')}`,
        ),
      );
    // A clone copies the source org's credentials: another team's org would leak the same way.
    for (const [type, spec] of Object.entries(org.integrations ?? {})) {
      const from = (spec as { from?: string } | undefined)?.from;
      if (from !== undefined && !rules.some((r) => r.matchesOrg(from)))
        issues.push(
          at(
            doc,
            ['orgs', i, 'integrations', type, 'from'],
            'delegate-clone-source',
            `org '${org.slug}' may not clone its ${type} integration from '${from}': ${by}, which allows orgs ${rules.flatMap((r) => r.entry.orgs).join(', ')}`,
          ),
        );
    }
    issues.push(...overridesOf(doc, org, i, platform, by));
    for (const [j, member] of (org.members ?? []).entries()) {
      if (allowed.some((r) => r.grants(member.role))) continue;
      const roles = [...new Set(allowed.flatMap((r) => r.entry.roles))];
      issues.push(
        at(
          doc,
          ['orgs', i, 'members', j, 'role'],
          'delegate-role',
          `role '${member.role}' may not be granted in org '${org.slug}': ${names(allowed)} allows ${roles.length === 0 ? 'no roles' : roles.map((r) => `'${r}'`).join(', ')}`,
        ),
      );
    }
  }
  return issues;
}
