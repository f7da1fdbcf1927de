// The action applying on push, with Snyk refusing a webhook and echoing its secret base64-encoded,
// hex-encoded and as its last 20 characters (issue 34): none of it reaches the log, the job
// summary, the outputs or the apply comment on the merged pull request.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import { type Harness, linkMergedPullRequest, pushPayload, startHarness } from './harness.test-helpers.ts';

const HOOK_SECRET = 'whsec-action-3f9c1a7e5b2d8c4a';
const ECHOES = [
  Buffer.from(HOOK_SECRET).toString('base64'),
  Buffer.from(`:${HOOK_SECRET}`).toString('base64'),
  Buffer.from(HOOK_SECRET).toString('hex'),
  HOOK_SECRET.slice(-20),
];

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness({
    configDir: fileURLToPath(new URL('../fixtures/action-webhook-echo/', import.meta.url)),
  });
  linkMergedPullRequest(harness.github);
});
afterEach(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
});

describe('a webhook secret echoed by Snyk in other forms', () => {
  it('is masked in the log, the job summary, the outputs and the apply comment', async () => {
    const org = harness.emulator.getState().groups[0]!.orgs.find((o) => o.slug === 'payments')!;
    harness.emulator.setFaults({
      rules: [
        {
          path: `/v1/org/${org.id}/webhooks`,
          method: 'POST',
          respond: { status: 400, body: { code: 400, message: `bad secret ${ECHOES.join(' ')}` } },
        },
      ],
    });
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      env: { HOOK_SECRET },
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('bad secret ***');
    const traces = [run.stdout, run.stderr, run.summary, run.outputFile, ...run.posted].join('\n');
    expect(run.posted.join('\n')).toContain('bad secret');
    for (const echo of [HOOK_SECRET, ...ECHOES]) expect(traces).not.toContain(echo);
    expectNoSecrets(run);
  });
});
