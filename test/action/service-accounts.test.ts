// The action's secrets-dir input (docs/action.md): a push whose config creates a service account
// with a secret writes nothing to Snyk without it, and with it writes the secret to a file there
// and in none of the action's logs, outputs, summaries or comments.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Harness,
  linkMergedPullRequest,
  pullRequestPayload,
  pushPayload,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
  linkMergedPullRequest(harness.github);
  const groupId = harness.emulator.getState().groups[0]!.id;
  await writeFile(
    join(harness.workspace, 'service-accounts.yaml'),
    `version: 1\ngroup:\n  id: ${groupId}\n  serviceAccounts:\n    - { name: action-ci, role: Group Viewer, auth: api_key }\n`,
  );
});
afterEach(async () => {
  await harness.close();
});

const accounts = () => harness.emulator.getState().groups[0]!.serviceAccounts ?? [];

describe('the action and service-account secrets', () => {
  it('writes nothing to Snyk when no secrets-dir is set', async () => {
    const run = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.summary).toContain('secrets-dir');
    expect(snykWrites(harness.emulator)).toEqual([]);
    expect(accounts()).toEqual([]);
  });

  it('writes the secret to a file in secrets-dir, and nowhere else', async () => {
    const dir = join(harness.dir, 'sa');
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'secrets-dir': dir },
    });
    expect(run.code, run.stdout).toBe(0);
    const [account] = accounts();
    const secret = account!.secrets[0]!;
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect((await readFile(join(dir, files[0]!), 'utf8')).trim()).toBe(secret);
    for (const text of [run.stdout, run.stderr, run.outputFile, run.summary, ...run.posted])
      expect(text.includes(secret)).toBe(false);
  });

  it('fails the pull-request check when apply will need a secrets-dir the workflow lacks', async () => {
    const without = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(without.code).not.toBe(0);
    expect(without.stdout).toContain('apply will refuse this plan');
    expect(without.stdout).toContain('group.service_account[action-ci]');
    expect(without.stdout).toContain('secrets-dir');
    const withDir = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'secrets-dir': join(harness.dir, 'sa') },
    });
    expect(withDir.code, withDir.stdout).toBe(0);
    expect(snykWrites(harness.emulator)).toEqual([]);
  });
});
