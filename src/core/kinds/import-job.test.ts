// An import job polled through the real client against the emulator, without real waits: the
// polls stop at the first final status, each pending answer is reported as progress, and a job
// that stays pending is given up after the bound with a message saying it may still finish.
import { describe, expect, it } from 'vitest';
import { generateState } from '../../emulator/generate.ts';
import { startEmulator } from '../../emulator/index.ts';
import { closedAfterEach, noSleep, testClient } from '../../snyk/testing/clients.test-helpers.ts';
import { importAddress } from '../addresses.ts';
import type { ApplyContext } from './apply-support.ts';
import { MAX_IMPORT_WAIT_S, maxPolls, pollDelay, runImport } from './import-job.ts';

const track = closedAfterEach();
const INTEGRATION = '1b3e3d90-0000-4000-8000-00000000c001';

async function setup(pendingPolls: number) {
  const generated = generateState({ orgs: 1, membersPerOrg: [0, 0], seed: 5 });
  const org = generated.state.groups[0]!.orgs[0]!;
  org.integrations = [{ id: INTEGRATION, type: 'github-cloud-app', settings: {} }];
  generated.state.importPendingPolls = pendingPolls;
  const emulator = track(await startEmulator({ state: generated.state }));
  const client = track(testClient(emulator.url, generated.token, { sleep: noSleep }));
  const progress: string[] = [];
  const waited: number[] = [];
  const ctx = {
    sleep: async (ms: number) => {
      waited.push(ms);
    },
    progress: (line: string) => progress.push(line),
  } as unknown as ApplyContext;
  const target = {
    orgId: org.id,
    integrationId: INTEGRATION,
    integrationType: 'github-cloud-app',
    owner: 'acme',
    name: 'ledger',
    branch: 'main',
    files: [],
  };
  return { client, ctx, target, progress, waited, emulator };
}

describe('import jobs', () => {
  it('polls until the job is final, reporting each pending answer', async () => {
    const { client, ctx, target, progress, waited } = await setup(3);
    const outcome = await runImport(
      importAddress('a', 'github-cloud-app', 'acme/ledger'),
      { client, ctx },
      target,
    );
    expect(outcome.notice).toBe(
      'org[a].import[github-cloud-app:acme/ledger]: imported project acme/ledger:package.json',
    );
    expect(progress).toHaveLength(3);
    expect(progress[0]).toMatch(/import job \S+ still pending \(poll 1 of at most \d+\)/);
    expect(waited).toEqual([1000, 2000, 4000, 8000]);
  });

  it('gives up on a job still pending after the bound, saying it may still finish', async () => {
    const { client, ctx, target, waited } = await setup(100_000);
    await expect(runImport(importAddress('a', 'x', 'acme/ledger'), { client, ctx }, target)).rejects.toThrow(
      /still pending after 15 minutes; it may still finish in Snyk/,
    );
    expect(waited).toHaveLength(maxPolls());
    expect(waited.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_IMPORT_WAIT_S * 1000);
    expect(waited.reduce((a, b) => a + b, 0) + pollDelay(maxPolls()) * 1000).toBeGreaterThan(
      MAX_IMPORT_WAIT_S * 1000,
    );
  });
});
