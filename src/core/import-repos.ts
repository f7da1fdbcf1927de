// Which repositories an org's `imports` entry names, with the branch each is imported at
// (docs/configuration.md#repositories-imported-into-an-org). Exact names need nothing more
// when a branch is given; a glob, or a name without a branch, needs the owner's repository
// listing, which only GitHub types have (read by src/github into `live.repositories`).
// Archived repositories are skipped with a warning: Snyk cannot import them.
import picomatch from 'picomatch';
import { GITHUB_INTEGRATIONS, type ImportSpec, isRepoGlob } from './desired-imports.ts';
import type { PlanIssue } from './issues.ts';
import type { DesiredState, LiveRepository, Warning } from './types.ts';

const MATCH = { nocase: true, dot: true } as const;

export interface WantedRepo {
  /** `owner/name` as the listing (or the file) spells it. */
  fullName: string;
  owner: string;
  name: string;
  branch: string;
}

export interface ResolvedImport {
  repos: WantedRepo[];
  issues: PlanIssue[];
  warnings: Warning[];
}

function ownerOf(pattern: string): string {
  return pattern.slice(0, pattern.indexOf('/')).toLowerCase();
}

/** Whether an entry of this integration needs its owners listed: a glob, or a name without a branch. */
function needsListing(entry: ImportSpec, pattern: string): boolean {
  return (
    GITHUB_INTEGRATIONS.includes(entry.integration) && (isRepoGlob(pattern) || entry.branch === undefined)
  );
}

/** The owners (lower case) whose repositories the file's imports need listed. */
export function ownersToList(desired: DesiredState): string[] {
  const owners = new Set<string>();
  for (const org of desired.orgs)
    for (const entry of org.imports ?? [])
      for (const pattern of entry.repos) if (needsListing(entry, pattern)) owners.add(ownerOf(pattern));
  return [...owners].sort();
}

function split(fullName: string): { owner: string; name: string } {
  const at = fullName.indexOf('/');
  return { owner: fullName.slice(0, at), name: fullName.slice(at + 1) };
}

/**
 * The repositories of one entry. `path` points at the entry in the desired state, for located
 * issues; `listings` are the owners' repositories read from GitHub (absent: no token).
 */
export function resolveImport(
  entry: ImportSpec,
  path: (string | number)[],
  listings: Readonly<Record<string, LiveRepository[]>> | undefined,
): ResolvedImport {
  const out: ResolvedImport = { repos: [], issues: [], warnings: [] };
  const excluded = picomatch(entry.exclude ?? [], MATCH);
  const seen = new Set<string>();
  const add = (repo: WantedRepo) => {
    const key = repo.fullName.toLowerCase();
    if (seen.has(key) || ((entry.exclude?.length ?? 0) > 0 && excluded(repo.fullName))) return;
    seen.add(key);
    out.repos.push(repo);
  };
  const github = GITHUB_INTEGRATIONS.includes(entry.integration);
  if (!github && entry.branch === undefined) {
    out.issues.push({
      code: 'IMPORT_BRANCH_REQUIRED',
      message: `the ${entry.integration} integration has no default branch to read: give \`branch\` (the import needs one)`,
      path,
    });
    return out;
  }
  entry.repos.forEach((pattern, k) => {
    const at = [...path, 'repos', k];
    if (isRepoGlob(pattern) && !github) {
      out.issues.push({
        code: 'IMPORT_GLOB_UNLISTABLE',
        message: `'${pattern}' is a glob, but the ${entry.integration} integration has no repository listing: name each repository as owner/name`,
        path: at,
      });
      return;
    }
    if (!needsListing(entry, pattern)) {
      add({ fullName: pattern, ...split(pattern), branch: entry.branch ?? '' });
      return;
    }
    const listing = listings?.[ownerOf(pattern)];
    if (listing === undefined) {
      out.issues.push({
        code: 'IMPORT_NEEDS_LISTING',
        message: `'${pattern}' needs the repository list of ${ownerOf(pattern)} (${isRepoGlob(pattern) ? 'a glob' : 'for its default branch'}): set GITHUB_TOKEN${isRepoGlob(pattern) ? '' : ', or give `branch`'}`,
        path: at,
      });
      return;
    }
    const test = picomatch(pattern, MATCH);
    const matched = listing.filter((repo) => test(repo.fullName));
    if (matched.length === 0 && !isRepoGlob(pattern)) {
      out.issues.push({
        code: 'IMPORT_REPO_UNKNOWN',
        message: `'${pattern}' is not among the repositories GitHub lists for ${ownerOf(pattern)} with this token: check the name, or give \`branch\``,
        path: at,
      });
      return;
    }
    for (const repo of matched) {
      if (repo.archived) {
        out.warnings.push({
          code: 'import-archived-skipped',
          message: `${repo.fullName} is archived on GitHub: it is not imported (matched by '${pattern}')`,
        });
        continue;
      }
      add({ fullName: repo.fullName, ...split(repo.fullName), branch: entry.branch ?? repo.defaultBranch });
    }
  });
  return out;
}
