// The Action on a runner behind a proxy: with HTTP(S)_PROXY set, both its Snyk requests and its
// GitHub API calls go through the proxy, which alone can reach either host here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startConnectProxy, type TestProxy } from '../../src/snyk/testing/connect-proxy.test-helpers.ts';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import { type Harness, schedulePayload, startHarness } from './harness.test-helpers.ts';

let harness: Harness;
let proxy: TestProxy;

beforeEach(async () => {
  harness = await startHarness();
  proxy = await startConnectProxy({ hosts: { 'api.snyk.test': '127.0.0.1', 'github.test': '127.0.0.1' } });
});
afterEach(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await proxy.close();
  await harness.close();
});

describe('the action behind a proxy', () => {
  it('reads Snyk and opens the drift issue through HTTP_PROXY', async () => {
    const snyk = `api.snyk.test:${new URL(harness.emulator.url).port}`;
    const github = `github.test:${new URL(harness.github.url).port}`;
    const run = await harness.runAction({
      event: 'schedule',
      payload: schedulePayload(),
      inputs: { 'snyk-api-url': `http://${snyk}` },
      env: {
        GITHUB_API_URL: `http://${github}`,
        HTTP_PROXY: proxy.url,
        SNYK_GITOPS_ALLOW_INSECURE_HTTP: '1',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    const drift = [...harness.github.issues.values()].filter((i) => i.body.includes('snyk-gitops:drift:'));
    expect(drift).toHaveLength(1);
    expect(new Set(proxy.connects.map((c) => c.target))).toEqual(new Set([snyk, github]));
    expectNoSecrets(run);
  });

  it('refuses a proxy variable that is not a URL, without showing its value', async () => {
    const run = await harness.runAction({
      event: 'schedule',
      payload: schedulePayload(),
      env: {
        GITHUB_API_URL: `http://github.test:${new URL(harness.github.url).port}`,
        HTTP_PROXY: 'ftp://ci:hunter2@proxy:21',
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::snyk-gitops: HTTP_PROXY is not a proxy URL');
    expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2');
    expect(proxy.connects).toEqual([]);
  });
});
