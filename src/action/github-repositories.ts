// An owner's repositories from the GitHub API through octokit, for `imports` globs and default
// branches: the organization's list (`GET /orgs/{org}/repos`, every page), or a user's when
// the owner is no organization (404). Failures name the owner and GitHub's answer, never the token.
import { Octokit } from 'octokit';
import type { RepositorySource } from '../core/port/repository-source.ts';
import type { LiveRepository } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { proxiedFetch } from './proxied-fetch.ts';

export interface GitHubRepositoryOptions {
  token: string;
  /** `GITHUB_API_URL` (GitHub Enterprise Server), default https://api.github.com. */
  baseUrl: string;
  proxy?: string;
  /** Tests against a local fake turn octokit's throttling off. */
  throttle?: boolean;
}

interface RepoItem {
  full_name: string;
  default_branch?: string;
  archived?: boolean;
}

const toLive = (r: RepoItem): LiveRepository => ({
  fullName: r.full_name,
  defaultBranch: r.default_branch ?? '',
  archived: r.archived === true,
});

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

export function createGitHubRepositorySource(options: GitHubRepositoryOptions): RepositorySource {
  const octokit = new Octokit({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'snyk-gitops',
    auth: options.token,
    ...(options.throttle === false ? { throttle: { enabled: false } } : {}),
    ...(options.proxy === undefined ? {} : { request: { fetch: proxiedFetch(options.proxy) } }),
  });
  return {
    async listOwnerRepositories(owner) {
      try {
        try {
          const repos = await octokit.paginate(octokit.rest.repos.listForOrg, {
            org: owner,
            type: 'all',
            per_page: 100,
          });
          return repos.map(toLive);
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
          const repos = await octokit.paginate(octokit.rest.repos.listForUser, {
            username: owner,
            per_page: 100,
          });
          return repos.map(toLive);
        }
      } catch (error) {
        const status = statusOf(error);
        const said = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
        throw new GitopsError(
          `reading the repositories of '${owner}' from GitHub (${options.baseUrl}) failed${status === undefined ? '' : ` with ${status}`}: ${said}. The imports that need them (globs, names without a branch) cannot be planned; check GITHUB_TOKEN`,
          { code: 'GITHUB_FAILED', cause: error },
        );
      }
    },
  };
}
