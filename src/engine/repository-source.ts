// The repository listing `imports` use (docs/configuration.md#repositories-imported-into-an-org),
// from the environment: GitHub at GITHUB_API_URL (default https://api.github.com) with
// GITHUB_TOKEN, through the proxy the environment names. None without a token: globs are then
// an error at their line. octokit is loaded on the first listing only.
import type { RepositorySource } from '../core/port/repository-source.ts';
import { GitopsError } from '../errors.ts';
import { inertText } from '../util/inert-text.ts';
import { proxyFor } from './proxy-env.ts';

type Env = Readonly<Record<string, string | undefined>>;

export function repositorySourceFrom(env: Env): RepositorySource | undefined {
  const token = env.GITHUB_TOKEN?.trim();
  if (token === undefined || token === '') return undefined;
  const baseUrl = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
    throw new GitopsError(`GITHUB_API_URL is not an http(s) URL: '${inertText(baseUrl.slice(0, 200))}'`, {
      code: 'GITHUB_FAILED',
    });
  const proxy = proxyFor(baseUrl, env);
  let source: Promise<RepositorySource> | undefined;
  return {
    async listOwnerRepositories(owner) {
      source ??= import('../action/github-repositories.ts').then((m) =>
        m.createGitHubRepositorySource({ token, baseUrl, ...(proxy === undefined ? {} : { proxy }) }),
      );
      return (await source).listOwnerRepositories(owner);
    },
  };
}

/** `{ repositories }` for an options object, or `{}` without a token. */
export function repositoriesFrom(env: Env): { repositories?: RepositorySource } {
  const repositories = repositorySourceFrom(env);
  return repositories === undefined ? {} : { repositories };
}
