// GitHub's view of the default branch that the apply and drift runs need: the commit statuses
// that record what was applied (`snyk-gitops/apply`), the commits before a head, and what a
// range of commits changed. Reads take the first page only: the callers bound how far back
// they look, and say so when the bound is reached.
import type { Octokit } from 'octokit';

export interface CommitStatus {
  context: string;
  state: string;
}

export interface CommitRange {
  /** The commits after `base` up to and including `head`, oldest first. */
  commits: string[];
  /** How many there are in all; more than `commits` holds when GitHub cut the list. */
  total: number;
  /** The files the range changes (GitHub lists at most 300). */
  files: string[];
}

export interface StatusToRecord {
  state: 'success' | 'failure';
  context: string;
  description: string;
  targetUrl?: string;
}

export interface CommitReads {
  /** The statuses of a commit, newest first (the first page: 100). */
  listCommitStatuses(sha: string): Promise<CommitStatus[]>;
  createCommitStatus(sha: string, status: StatusToRecord): Promise<void>;
  /** `sha` and the commits before it, newest first, at most `count` (up to 100). */
  listCommitsFrom(sha: string, count: number): Promise<string[]>;
  compareCommits(base: string, head: string): Promise<CommitRange>;
}

/** GitHub cuts a status description at 140 characters and refuses a longer one. */
const MAX_DESCRIPTION = 140;

export function commitReads(octokit: Octokit, repoParams: { owner: string; repo: string }): CommitReads {
  return {
    async listCommitStatuses(sha) {
      const response = await octokit.rest.repos.listCommitStatusesForRef({
        ...repoParams,
        ref: sha,
        per_page: 100,
      });
      return response.data.map((status) => ({ context: status.context, state: status.state }));
    },
    async createCommitStatus(sha, status) {
      await octokit.rest.repos.createCommitStatus({
        ...repoParams,
        sha,
        state: status.state,
        context: status.context,
        description: status.description.slice(0, MAX_DESCRIPTION),
        ...(status.targetUrl === undefined ? {} : { target_url: status.targetUrl }),
      });
    },
    async listCommitsFrom(sha, count) {
      const response = await octokit.rest.repos.listCommits({
        ...repoParams,
        sha,
        per_page: Math.min(100, count),
      });
      return response.data.map((commit) => commit.sha);
    },
    async compareCommits(base, head) {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repoParams,
        basehead: `${base}...${head}`,
        per_page: 100,
      });
      return {
        commits: response.data.commits.map((commit) => commit.sha),
        total: response.data.total_commits,
        files: (response.data.files ?? []).flatMap((file) =>
          file.previous_filename === undefined ? [file.filename] : [file.filename, file.previous_filename],
        ),
      };
    },
  };
}
