// An owner's repositories from a local fake GitHub API through octokit: every page, the
// default branch and archived flag of each, and failures that name the owner, never the token.
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubRepositorySource } from './github-repositories.ts';
import { type FakeGitHub, startFakeGitHub } from './testing/fake-github.test-helpers.ts';

const TOKEN = 'ghp_repositoryListing0123456789';
let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('GitHub repository listing', () => {
  it('reads every page of an owner’s repositories', async () => {
    github = await startFakeGitHub({ token: TOKEN, maxPageSize: 2 });
    github.ownerRepos.set('acme', [
      { full_name: 'acme/a', default_branch: 'main', archived: false },
      { full_name: 'acme/b', default_branch: 'develop', archived: true },
      { full_name: 'acme/c', default_branch: 'trunk', archived: false },
    ]);
    const source = createGitHubRepositorySource({ token: TOKEN, baseUrl: github.url, throttle: false });
    expect(await source.listOwnerRepositories('acme')).toEqual([
      { fullName: 'acme/a', defaultBranch: 'main', archived: false },
      { fullName: 'acme/b', defaultBranch: 'develop', archived: true },
      { fullName: 'acme/c', defaultBranch: 'trunk', archived: false },
    ]);
    expect(github.requests.filter((r) => r.path.startsWith('/orgs/acme/repos'))).toHaveLength(2);
  });

  it('an unknown owner or a refused token is a GITHUB_FAILED error naming the owner, not the token', async () => {
    github = await startFakeGitHub({ token: TOKEN });
    const source = createGitHubRepositorySource({ token: TOKEN, baseUrl: github.url, throttle: false });
    await expect(source.listOwnerRepositories('ghost')).rejects.toMatchObject({
      code: 'GITHUB_FAILED',
      message: expect.stringMatching(/^reading the repositories of 'ghost' from GitHub .* failed with 404/),
    });
    const wrong = createGitHubRepositorySource({
      token: 'ghp_wrong_token_987',
      baseUrl: github.url,
      throttle: false,
    });
    const refused = await wrong.listOwnerRepositories('acme').catch((error: Error) => error);
    expect(refused).toMatchObject({
      code: 'GITHUB_FAILED',
      message: expect.stringContaining('failed with 401'),
    });
    expect((refused as Error).message).not.toContain('ghp_wrong_token_987');
  });
});
