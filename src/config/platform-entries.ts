// What the platform's own files decide for the orgs they do not list themselves: a delegated team
// file may add to it, never change, demote or expire it
// (docs/configuration.md#delegated-team-files): `defaults.org`, and each class (named org
// fragments) for the orgs that list it or that its `match` selects. Pure: parsed documents in,
// located issues out.
import { canonicalJson } from '../core/json.ts';
import { ORG_SETTINGS_PART_NAMES } from '../core/org-settings-parts.ts';
import type { Json } from '../core/types.ts';
import { fragmentOf, matcherOf } from './class-selection.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { Config, OrgSpec } from './schema.ts';
import type { Path, SourceDocument } from './source.ts';

type OrgFragment = NonNullable<NonNullable<Config['defaults']>['org']>;

/** One fragment the platform's files merge into some orgs. */
export interface PlatformSource {
  doc: SourceDocument;
  /** Where the fragment sits in its file: `['defaults', 'org']`. */
  path: Path;
  fragment: OrgFragment;
  /** Whether the fragment is merged into this org (defaults: every org). */
  appliesTo: (org: OrgSpec) => boolean;
}

/** The keys whose values a fragment sets leaf by leaf and an org could override. */
const OVERRIDABLE = [...ORG_SETTINGS_PART_NAMES, 'integrations'] as const;

/** The `defaults.org` fragments and the classes of the platform's (not delegated) files. */
export function platformSources(docs: readonly { doc: SourceDocument; config: Config }[]): PlatformSource[] {
  return docs.flatMap(({ doc, config }) => {
    const fragment = config.defaults?.org;
    const defaults: PlatformSource[] =
      fragment === undefined ? [] : [{ doc, path: ['defaults', 'org'], fragment, appliesTo: () => true }];
    const classes = Object.entries(config.classes ?? {}).map(([name, spec]): PlatformSource => {
      const matches = matcherOf(spec);
      return {
        doc,
        path: ['classes', name],
        fragment: fragmentOf(spec),
        appliesTo: (org) => (org.classes ?? []).includes(name) || matches(org.slug),
      };
    });
    return [...defaults, ...classes];
  });
}

/**
 * The entries of org `orgs[index]` in a delegated file that change what `sources` define for it:
 * a member listed with another role or with an `expires`, a setting given another value, a
 * webhook with the url of the platform's given another secret.
 */
export function overridesOf(
  doc: SourceDocument,
  org: OrgSpec,
  index: number,
  sources: readonly PlatformSource[],
  by: string,
): Issue[] {
  const issues: Issue[] = [];
  const orgPath: Path = ['orgs', index];
  for (const source of sources.filter((s) => s.appliesTo(org))) {
    const refuse = (path: Path, sourcePath: Path, what: string) => {
      const there = source.doc.locate([...source.path, ...sourcePath]);
      issues.push({
        code: 'delegate-platform-entry',
        message: `${what} in org '${org.slug}' is set by ${formatPath([...source.path, ...sourcePath])} (${there.file}:${there.line}:${there.column}): ${by}, which may add to the platform's entries but not change, demote or expire them`,
        ...doc.locate([...orgPath, ...path]),
        path: formatPath([...orgPath, ...path]),
      });
    };
    for (const [j, member] of (org.members ?? []).entries()) {
      const k = (source.fragment.members ?? []).findIndex((m) => sameUser(m.user, member.user));
      const platform = source.fragment.members?.[k];
      if (platform === undefined) continue;
      if (member.role.toLowerCase() !== platform.role.toLowerCase())
        refuse(['members', j, 'role'], ['members', k], `member '${member.user}' as '${member.role}'`);
      else if (member.expires !== undefined && String(member.expires) !== String(platform.expires))
        refuse(['members', j, 'expires'], ['members', k], `member '${member.user}'`);
    }
    for (const key of OVERRIDABLE)
      for (const leaf of differingLeaves(source.fragment[key] as Json, org[key] as Json, [key]))
        refuse(leaf, leaf, `'${formatPath(leaf)}'`);
    for (const [j, hook] of (org.webhooks ?? []).entries()) {
      const k = (source.fragment.webhooks ?? []).findIndex((h) => h.url === hook.url);
      const platform = source.fragment.webhooks?.[k];
      if (platform !== undefined && canonicalJson(platform) !== canonicalJson(hook))
        refuse(['webhooks', j], ['webhooks', k], `webhook '${hook.url}'`);
    }
  }
  return issues;
}

function sameUser(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The paths of leaves that `mine` sets to another value than `theirs` does. */
function differingLeaves(theirs: Json | undefined, mine: Json | undefined, path: Path): Path[] {
  if (theirs === undefined || mine === undefined) return [];
  if (isObject(theirs) && isObject(mine))
    return Object.keys(mine).flatMap((key) => differingLeaves(theirs[key], mine[key], [...path, key]));
  return canonicalJson(theirs) === canonicalJson(mine) ? [] : [path];
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
