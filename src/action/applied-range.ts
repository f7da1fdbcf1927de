// What the default branch brought since Snyk last matched it: the last commit with a successful
// `snyk-gitops/apply` status before the head, and the pull requests merged after it. GitHub keeps
// one pending run per concurrency group, so a quick merge's apply may never run: the next apply
// then carries its changes too, and must know which reviews cover them
// (docs/action.md#merges-in-quick-succession).
import type { GitHubApi, PullRequestRef } from './github.ts';

export const APPLY_STATUS_CONTEXT = 'snyk-gitops/apply';

/** How many commits (the head included) are searched for the last applied one: one page. */
const COMMITS_SEARCHED = 100;

export type AppliedRange =
  | {
      found: true;
      base: string;
      commits: string[];
      pullRequests: PullRequestRef[];
      /** Commits of the range that no merged pull request brought (pushed directly). */
      unreviewed: string[];
      /** The files the range changes, repository-relative. */
      files: string[];
    }
  | { found: false; reason: string };

/** Whether the newest `snyk-gitops/apply` status of `sha` is a success. */
export async function isApplied(github: GitHubApi, sha: string): Promise<boolean> {
  const statuses = await github.listCommitStatuses(sha);
  return statuses.find((status) => status.context === APPLY_STATUS_CONTEXT)?.state === 'success';
}

/** The newest commit before `head` (not `head` itself) that was applied, and how many were searched. */
async function findLastApplied(github: GitHubApi, head: string): Promise<{ sha?: string; searched: number }> {
  const before = (await github.listCommitsFrom(head, COMMITS_SEARCHED)).slice(1);
  for (const sha of before) {
    if (await isApplied(github, sha)) return { sha, searched: before.length };
  }
  return { searched: before.length };
}

/** The pull requests merged into `branch` by the commits after `base` up to `head`. */
export async function findAppliedRange(
  github: GitHubApi,
  head: string,
  branch: string,
): Promise<AppliedRange> {
  const { sha: base, searched } = await findLastApplied(github, head);
  if (base === undefined) {
    return {
      found: false,
      reason: `none of the ${searched} commit(s) before ${head.slice(0, 7)} has a successful ${APPLY_STATUS_CONTEXT} status (a first apply, statuses not recorded, or more than ${COMMITS_SEARCHED - 1} commits since)`,
    };
  }
  const range = await github.compareCommits(base, head);
  if (range.total > range.commits.length) {
    return {
      found: false,
      reason: `${range.total} commits follow the last applied commit ${base.slice(0, 7)}, more than GitHub lists at once`,
    };
  }
  const byNumber = new Map<number, PullRequestRef>();
  const unreviewed: string[] = [];
  for (const sha of range.commits) {
    const merged = (await github.listPullRequestsOfCommit(sha)).filter(
      (pr) => pr.merged && pr.baseRef === branch,
    );
    if (merged.length === 0) unreviewed.push(sha);
    for (const pr of merged) byNumber.set(pr.number, pr);
  }
  const pullRequests = [...byNumber.values()].sort((a, b) => a.number - b.number);
  return { found: true, base, commits: range.commits, pullRequests, unreviewed, files: range.files };
}
