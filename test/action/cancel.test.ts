// A cancelled job (docs/action.md): the runner sends SIGINT to the action while apply writes to
// Snyk. The action finishes the write in flight, starts no more, and reports what was and was not
// done in the job summary and on the merged PR, then fails the job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  linkMergedPullRequest,
  PR_NUMBER,
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

/** Resolves once the emulator has received a first write. */
async function firstWrite(): Promise<void> {
  while (snykWrites(harness.emulator).length === 0) await new Promise((r) => setTimeout(r, 20));
}

describe('a cancelled apply', () => {
  it('finishes the write in flight, starts no more, and says what was not done', async () => {
    // Every write answers slowly, so that the cancel lands while one is in flight.
    harness.emulator.setFaults({
      rules: ['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => ({
        method,
        path: '.',
        respond: { delayMs: 400 },
      })),
    });
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { concurrency: '1' },
      cancelWhen: firstWrite,
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('SIGINT (job cancelled): finishing the writes in flight, starting no more.');
    const writes = snykWrites(harness.emulator).length;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThan(12);
    expect(run.summary).toMatch(/not started/i);
    const applyComment = (harness.github.issues.get(PR_NUMBER)?.comments ?? []).find((c) =>
      c.body.includes('snyk-gitops:apply:'),
    );
    expect(applyComment?.body).toMatch(/not started/i);
  });
});
