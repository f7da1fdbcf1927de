// How the bundled action fails: a write Snyk refuses, a token Snyk rejects, a GitHub token
// without rights, a bad input. Each fails the step, says why, and leaks no token or email.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/action/mask-emails.ts';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import {
  type Harness,
  linkMergedPullRequest,
  logWithoutMasks,
  PR_NUMBER,
  pullRequestPayload,
  pushPayload,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
  linkMergedPullRequest(harness.github);
});
afterEach(async () => {
  await harness.close();
});

const comments = (kind: 'plan' | 'apply') =>
  (harness.github.issues.get(PR_NUMBER)?.comments ?? []).filter((c) =>
    c.body.includes(`snyk-gitops:${kind}:`),
  );
const EMAIL = /[A-Za-z0-9._%+-]+@(?!masked\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;

describe('the action fails visibly', () => {
  it('when Snyk refuses a write during apply: the step fails, the PR is told which change, emails masked', async () => {
    harness.emulator.setFaults({
      rules: [
        {
          method: 'DELETE',
          path: '^/rest/groups/[^/]+/memberships/[^/]+$',
          respond: {
            status: 403,
            body: {
              jsonapi: { version: '1.0' },
              errors: [{ status: '403', detail: 'mallory@acme.com is protected by policy' }],
            },
          },
        },
      ],
    });
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'mask-emails': 'true' },
    });
    expect(run.code).toBe(1);
    expect(snykWrites(harness.emulator).length).toBeGreaterThan(1); // the other changes went through
    const [outcome] = comments('apply');
    expect(outcome?.body).toContain('failed');
    expect(outcome?.body).toMatch(/11 applied, 1 failed/);
    expect(outcome?.body).toContain(maskEmail('mallory@acme.com'));
    expect(outcome?.body).not.toMatch(EMAIL);
    expect(run.summary).not.toMatch(EMAIL);
    expect(logWithoutMasks(run.stdout)).not.toMatch(EMAIL); // public repositories have public logs
    expect(run.stdout).toMatch(/::error::.*apply of \. failed/);
    expectNoSecrets(run);
    expectOnlyKnownGitHubRequests(harness);
  });

  it('when Snyk rejects the token: "could not plan" on the PR, the rejected token nowhere', async () => {
    const wrong = 'snyk-token-that-snyk-does-not-know-0123';
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'snyk-token': wrong },
    });
    expect(run.code).toBe(1);
    expect(comments('plan')[0]?.body).toContain('could not plan');
    expect(run.stdout).toMatch(/::error::could not plan/);
    for (const text of [logWithoutMasks(run.stdout), run.stderr, run.summary, ...run.posted]) {
      expect(text).not.toContain(wrong);
    }
    expectOnlyKnownGitHubRequests(harness);
  });

  it('when Snyk asks for an hour-long reset: the plan stops at once and the log says why and when to retry', async () => {
    harness.emulator.setFaults({
      rules: [
        {
          path: '^/rest/groups/[^/]+/orgs$',
          times: 1,
          respond: {
            status: 200,
            body: { data: [], links: {} },
            headers: {
              'x-ratelimit-limit': '1;w=86400',
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': '3000',
            },
          },
        },
      ],
    });
    const run = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^warning: Snyk announced a REST rate limit of 1 requests per 86400 s/m);
    expect(run.stdout).toMatch(/Snyk's REST rate limit asks to wait [\d.]+ (min|h) \(X-RateLimit-/);
    expect(comments('plan')[0]?.body).toContain('could not plan');
  });

  it('when the GitHub token may not comment: the step fails and says which permission', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'github-token': 'ghs_readOnlyTokenWithoutRights' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*could not comment on pull request #7.*pull-requests: write/);
    expect(logWithoutMasks(run.stdout)).not.toContain('ghs_readOnlyTokenWithoutRights');
    expect(comments('plan')).toEqual([]);
  });

  it('on an invalid input, before touching Snyk or GitHub', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { mode: 'yolo' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::snyk-gitops: input 'mode' is 'yolo'; expected one of auto, validate",
    );
    expect(harness.github.requests).toEqual([]);
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
    expectNoSecrets(run);
  });
});
