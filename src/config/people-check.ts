// Lookalike people (docs/safety.md#lookalike-people): a member's email or username with invisible
// characters, mixed scripts, or the confusable skeleton of another listed person or of a domain
// in `users.domains` is an error at the entry, unless `users.allowLookalikes` lists it exactly.
// Otherwise `alice@аcme.com` (Cyrillic а, a domain anyone can register) is invited as Org Admin
// and reads as alice@acme.com in the plan and the pull-request comment. Pure.
import { escapeNonAscii, invisibleCharacters, mixedScripts, skeleton } from '../util/lookalike.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import type { Config } from './schema.ts';
import type { Path, SourceDocument } from './source.ts';

interface Entry {
  doc: SourceDocument;
  path: Path;
  user: string;
  skeleton: string;
}

/** Every member entry's user, with where it is written. */
function memberEntries(doc: SourceDocument, config: Config): Entry[] {
  const lists: [Path, { user: string }[] | undefined][] = [
    [['group', 'members'], config.group?.members],
    [['tenant', 'members'], config.tenant?.members],
    [['defaults', 'org', 'members'], config.defaults?.org?.members],
    ...Object.entries(config.classes ?? {}).map(([name, c]): [Path, { user: string }[] | undefined] => [
      ['classes', name, 'members'],
      c.members,
    ]),
    ...(config.orgs ?? []).map((org, i): [Path, { user: string }[] | undefined] => [
      ['orgs', i, 'members'],
      org.members,
    ]),
  ];
  return lists.flatMap(([path, members]) =>
    (members ?? []).map((m, i) => ({
      doc,
      path: [...path, i, 'user'],
      user: m.user,
      skeleton: skeleton(m.user),
    })),
  );
}

/** A name in a message about lookalikes: every non-ASCII character shown as its escape. */
const quoted = (user: string) => `'${escapeNonAscii(user)}'`;
const ALLOW = 'or list it exactly in users.allowLookalikes';

export function checkPeople(docs: readonly { doc: SourceDocument; config: Config }[]): Issue[] {
  const allowed = new Set(docs.flatMap(({ config }) => config.users?.allowLookalikes ?? []));
  const domains = docs.flatMap(({ config }) => config.users?.domains ?? []);
  const entries = docs.flatMap(({ doc, config }) => memberEntries(doc, config));
  // The distinct names (case-insensitively) behind each skeleton, and where each is first written.
  const bySkeleton = new Map<string, Map<string, Entry>>();
  for (const entry of entries) {
    const names = bySkeleton.get(entry.skeleton) ?? new Map<string, Entry>();
    if (!names.has(entry.user.toLowerCase())) names.set(entry.user.toLowerCase(), entry);
    bySkeleton.set(entry.skeleton, names);
  }
  const domainSkeletons = new Map(domains.map((d) => [skeleton(d), d]));
  const issues: Issue[] = [];
  for (const entry of entries) {
    if (allowed.has(entry.user)) continue;
    const problem = problemOf(entry, bySkeleton, domainSkeletons, allowed);
    if (problem === undefined) continue;
    issues.push({
      code: problem.code,
      message: `user ${quoted(entry.user)} ${problem.says}: it could pass for another person in the plan and the pull-request comment. Write it plainly, ${ALLOW}.`,
      ...entry.doc.locate(entry.path),
      path: formatPath(entry.path),
    });
  }
  return issues;
}

function problemOf(
  entry: Entry,
  bySkeleton: ReadonlyMap<string, ReadonlyMap<string, Entry>>,
  domainSkeletons: ReadonlyMap<string, string>,
  allowed: ReadonlySet<string>,
): { code: ConfigIssueCode; says: string } | undefined {
  const invisible = invisibleCharacters(entry.user);
  if (invisible.length > 0)
    return { code: 'user-invisible', says: `holds invisible characters (${invisible.join(', ')})` };
  const scripts = mixedScripts(entry.user);
  if (scripts.length > 0) return { code: 'user-mixed-script', says: `mixes scripts (${scripts.join(', ')})` };
  const at = entry.user.lastIndexOf('@');
  if (at >= 0 && domainSkeletons.size > 0) {
    const domain = entry.user.slice(at + 1);
    const listed = domainSkeletons.get(skeleton(domain));
    if (listed !== undefined && listed !== domain.toLowerCase())
      return {
        code: 'user-lookalike-domain',
        says: `has the domain ${quoted(domain)}, which looks like '${listed}' of users.domains`,
      };
  }
  // Plain ASCII pairs too: `exarnple.com` reads as `example.com`, and anyone may register it.
  // A lookalike that users.allowLookalikes lets in was reviewed with its pair in mind.
  const names = bySkeleton.get(entry.skeleton);
  if (names === undefined || names.size < 2) return undefined;
  const other = [...names.values()].find(
    (e) => e.user.toLowerCase() !== entry.user.toLowerCase() && !allowed.has(e.user),
  );
  if (other === undefined) return undefined;
  const ref = other.doc.locate(other.path);
  return {
    code: 'user-lookalike',
    says: `looks like ${quoted(other.user)} (${ref.file}:${ref.line}:${ref.column})`,
  };
}
