// The only code that speaks to GitHub: sticky comments, the merged PR of a commit, the files
// of a PR, the drift issue, and the commits and statuses of the default branch (github-commits.ts). Through octokit at GITHUB_API_URL, so GitHub Enterprise Server works too.
// A sticky comment (or the drift issue) is one that the action wrote: its author is the
// identity the action writes as and its first line is the marker. A marker anywhere else (in
// a name quoted by a plan, in anyone's comment) makes nothing the action's.
import { Octokit } from 'octokit';
import type { ChangedFile } from './changed-targets.ts';
import { type CommitReads, commitReads } from './github-commits.ts';
import { DEFAULT_COMMENT_AUTHOR } from './inputs.ts';
import { proxiedFetch } from './proxied-fetch.ts';

export interface Comment {
  id: number;
  body: string;
}

export interface PullRequestRef {
  number: number;
  headSha: string;
  baseRef: string;
  merged: boolean;
}

export interface IssueRef {
  number: number;
  body: string;
  /** Whether the issue is open (a closed drift issue still holds the drift cursor). */
  open?: boolean;
}

export interface GitHubApi extends CommitReads {
  /** The first comment of the issue or PR by the action's identity whose first line is `marker`. */
  findComment(issueNumber: number, marker: string): Promise<Comment | undefined>;
  /** Updates the comment carrying `marker`, or creates it: one comment per marker, never two. */
  upsertComment(issueNumber: number, marker: string, body: string): Promise<{ id: number; created: boolean }>;
  createComment(issueNumber: number, body: string): Promise<void>;
  /** The pull requests that contain the commit (for a merge commit: the PR that was merged). */
  listPullRequestsOfCommit(sha: string): Promise<PullRequestRef[]>;
  /** The files a pull request changes (GitHub lists at most 3000), renames with their old name. */
  listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  /**
   * The newest issue (not PR), open or closed, with `label`, by the action's identity, whose first
   * line is `marker`: the drift issue, or the closed one that keeps the drift cursor.
   */
  findLatestIssue(label: string, marker: string): Promise<IssueRef | undefined>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<number>;
  updateIssue(
    number: number,
    update: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
}

export interface GitHubOptions {
  /** `owner/name`. */
  repository: string;
  baseUrl: string;
  token?: string;
  /**
   * octokit's rate-limit throttling (on by default: it spaces writes a second apart, as
   * GitHub asks of integrations). Tests against a local fake turn it off.
   */
  throttle?: boolean;
  /** The login the action writes as (input `comment-author`); github-actions[bot] by default. */
  commentAuthor?: string;
  /** The proxy GitHub API requests go through (from HTTPS_PROXY etc., see proxy-env.ts). */
  proxy?: string;
}

/** Whether a comment or issue body is the action's own for `marker`. */
export function isOwnBody(
  item: { body?: string | null; user?: { login?: string } | null },
  marker: string,
  author: string,
): boolean {
  const body = item.body ?? '';
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return firstLine === marker && (item.user?.login ?? '').toLowerCase() === author.toLowerCase();
}

type PullRequestReads = Pick<GitHubApi, 'listPullRequestsOfCommit' | 'listPullRequestFiles'>;

/** The pull requests of a commit and the files of a pull request (reads only). */
function pullRequestReads(octokit: Octokit, repoParams: { owner: string; repo: string }): PullRequestReads {
  return {
    async listPullRequestsOfCommit(sha) {
      const response = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repoParams,
        commit_sha: sha,
      });
      return response.data.map((pr) => ({
        number: pr.number,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        merged: pr.merged_at !== null && pr.merged_at !== undefined,
      }));
    },
    async listPullRequestFiles(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repoParams,
        pull_number: pullNumber,
        per_page: 100,
      });
      return files.map((file) => ({
        filename: file.filename,
        status: file.status,
        ...(file.previous_filename === undefined ? {} : { previousFilename: file.previous_filename }),
        ...(file.patch === undefined ? {} : { patch: file.patch }),
      }));
    },
  };
}

export function createGitHubApi(options: GitHubOptions): GitHubApi {
  const [owner = '', repo = ''] = options.repository.split('/');
  const octokit = new Octokit({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'snyk-gitops-action',
    ...(options.token ? { auth: options.token } : {}),
    ...(options.throttle === false ? { throttle: { enabled: false } } : {}),
    ...(options.proxy === undefined ? {} : { request: { fetch: proxiedFetch(options.proxy) } }),
  });
  const repoParams = { owner, repo };
  const author = options.commentAuthor ?? DEFAULT_COMMENT_AUTHOR;

  async function findComment(issueNumber: number, marker: string): Promise<Comment | undefined> {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repoParams,
      issue_number: issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((comment) => isOwnBody(comment, marker, author));
      if (found) return { id: found.id, body: found.body ?? '' };
    }
    return undefined;
  }

  /** GitHub lists issues newest first: the first own issue with the marker is the newest. */
  async function findLatestIssue(label: string, marker: string): Promise<IssueRef | undefined> {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      ...repoParams,
      labels: label,
      state: 'all',
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((issue) => !issue.pull_request && isOwnBody(issue, marker, author));
      if (found) return { number: found.number, body: found.body ?? '', open: found.state === 'open' };
    }
    return undefined;
  }

  return {
    findComment,
    async upsertComment(issueNumber, marker, body) {
      if (!body.startsWith(`${marker}\n`))
        throw new Error(`comment body does not start with its marker ${marker}`);
      const existing = await findComment(issueNumber, marker);
      if (existing) {
        await octokit.rest.issues.updateComment({ ...repoParams, comment_id: existing.id, body });
        return { id: existing.id, created: false };
      }
      const created = await octokit.rest.issues.createComment({
        ...repoParams,
        issue_number: issueNumber,
        body,
      });
      return { id: created.data.id, created: true };
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repoParams, issue_number: issueNumber, body });
    },
    ...pullRequestReads(octokit, repoParams),
    ...commitReads(octokit, repoParams),
    findLatestIssue,
    async createIssue(issue) {
      const created = await octokit.rest.issues.create({ ...repoParams, ...issue });
      return created.data.number;
    },
    async updateIssue(number, update) {
      await octokit.rest.issues.update({ ...repoParams, issue_number: number, ...update });
    },
  };
}
