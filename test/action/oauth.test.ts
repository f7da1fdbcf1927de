// The action signing in as an OAuth service account from its inputs, run as the runner runs it
// against the emulator: a pull request's plan with 1 s access tokens renewed as they expire, the
// secret masked for the runner and found nowhere the run leaves a trace; and an input mistake
// (a token and a client at once) stops the run with a message naming the inputs.
import { describe, expect, it } from 'vitest';
import { expectNoSecrets } from './expect-clean.test-helpers.ts';
import { logWithoutMasks, pullRequestPayload, readExampleState } from './harness.test-helpers.ts';
import { harnessPerTest } from './harness-per-test.test-helpers.ts';

const harness = harnessPerTest();
const CLIENT_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const SECRET = 'snyk_cs_actionOAuthSecret_7e1d3b_v1';

async function withOAuthClient() {
  const state = await readExampleState();
  state.oauthClients = [
    { clientId: CLIENT_ID, userId: state.tokens[0]!.userId, clientSecret: SECRET, accessTokenTtlSeconds: 1 },
  ];
  return state;
}

describe('the action with an OAuth client', () => {
  it('plans a pull request, renewing its 1 s tokens, and leaves no secret or access token behind', async () => {
    const h = harness();
    h.emulator.setState(await withOAuthClient());
    h.emulator.setFaults({ latencyMs: 60 });
    const run = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: {
        'snyk-token': '',
        'snyk-oauth-client-id': CLIENT_ID,
        'snyk-oauth-client-secret': SECRET,
        concurrency: '1',
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${SECRET}\n`);
    const tokenRequests = h.emulator.requests().filter((r) => r.path === '/oauth2/token');
    expect(tokenRequests.length).toBeGreaterThan(1);
    expect(run.posted.join('\n')).toContain('snyk-gitops:plan:');
    expectNoSecrets(run);
    const issued = h.emulator
      .getState()
      .tokens.filter((t) => t.kind === 'oauth')
      .map((t) => t.token);
    for (const text of [
      logWithoutMasks(run.stdout),
      run.stderr,
      run.outputFile,
      run.summary,
      ...run.posted,
    ]) {
      expect(text).not.toContain(SECRET);
      for (const token of issued) expect(text).not.toContain(token);
    }
  });

  it('refuses snyk-token and snyk-oauth-client-id together, naming both inputs', async () => {
    const h = harness();
    const run = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'snyk-oauth-client-id': CLIENT_ID, 'snyk-oauth-client-secret': SECRET },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::snyk-gitops: inputs 'snyk-token' and 'snyk-oauth-client-id' are both set: keep the one to sign in to Snyk with",
    );
    expect(logWithoutMasks(run.stdout)).not.toContain(SECRET);
    expect(h.emulator.requests()).toEqual([]);
  });
});
