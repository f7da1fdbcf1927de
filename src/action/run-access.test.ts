// The Action's part of contract §4.3: a pull request whose plan apply would refuse fails with
// the refusal, unless the workflow lifts that rail; a scheduled run removes expired access.
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../test/support/fake-github.ts';
import { createGitHubApi } from './github.ts';
import {
  buildPlan,
  createRunnerFiles,
  membershipChange,
  type RunnerFiles,
  ScriptedEngine,
} from './run.test-helpers.ts';
import { run } from './run.ts';

const REPO = 'acme/snyk-config';
let github: FakeGitHub;
let files: RunnerFiles;
let engine: ScriptedEngine;
let stdout: string;

beforeEach(async () => {
  github = await startFakeGitHub({ repository: REPO, token: 'ghs_secret' });
  files = await createRunnerFiles(github.url, REPO);
  engine = new ScriptedEngine();
  stdout = '';
});
afterEach(async () => {
  await rm(files.dir, { recursive: true, force: true });
  expect(github.unexpected).toEqual([]);
  await github.close();
});

async function runWith(event: string, payload: object, inputs: Record<string, string> = {}) {
  const env = await files.env(event, payload, {
    'INPUT_SNYK-TOKEN': 'tok',
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });
  const api = createGitHubApi({
    repository: REPO,
    baseUrl: github.url,
    token: 'ghs_secret',
    throttle: false,
  });
  return run(env, { engine, github: api, stdout: { write: (t: string) => (stdout += t) } });
}

const PR = {
  pull_request: {
    number: 7,
    head: { sha: 'a'.repeat(40), repo: { full_name: REPO } },
    base: { repo: { full_name: REPO } },
  },
  repository: { full_name: REPO, default_branch: 'main' },
};
const MESSAGE =
  'Refusing to leave org[payments] without any Org Admin: org[payments].member[bob@acme.com]. Re-run with --allow-lockout if this is intended.';

describe('the pull-request check of a plan that apply would refuse', () => {
  beforeEach(() => {
    github.addPullRequest(7);
    const plan = buildPlan([membershipChange('bob@acme.com')]);
    plan.refusals = [
      {
        rail: 'lockout',
        override: '--allow-lockout',
        message: MESSAGE,
        addresses: ['org[payments].member[bob@acme.com]'],
      },
    ];
    engine.planResult = { ok: true, plan };
  });

  it('fails with the refusal message, after commenting the plan', async () => {
    expect(await runWith('pull_request', PR)).toBe(1);
    expect(stdout).toContain(`::error::apply will refuse this plan: ${MESSAGE}`);
    expect(stdout).toContain('allow-lockout: true');
    expect(github.issues.get(7)?.comments).toHaveLength(1);
  });

  it('passes when the workflow sets the input that lifts the rail', async () => {
    expect(await runWith('pull_request', PR, { 'allow-lockout': 'true' })).toBe(0);
    expect(stdout).not.toContain('apply will refuse');
    expect(await runWith('pull_request', PR, { 'allow-mass-delete': 'true' })).toBe(1);
  });
});

describe('a scheduled run', () => {
  it('removes expired access first (enforce-expiry defaults to true), then reports drift', async () => {
    engine.expiryResult = {
      ok: true,
      applied: 1,
      failed: 0,
      skipped: 0,
      text: 'Applied 1',
      markdown: '- ✅ gone',
      expired: 1,
    };
    expect(await runWith('schedule', { schedule: '0 6 * * *' })).toBe(0);
    expect(engine.calls).toEqual([
      'enforceExpiry snyk-gitops.yaml allowMassDelete=false',
      'drift snyk-gitops.yaml',
    ]);
    expect(await files.summary()).toContain('removed 1 expired access');
  });

  it('does not when enforce-expiry is false, nor on workflow_dispatch', async () => {
    expect(await runWith('schedule', {}, { 'enforce-expiry': 'false' })).toBe(0);
    expect(await runWith('workflow_dispatch', {})).toBe(0);
    expect(engine.calls).toEqual(['drift snyk-gitops.yaml', 'drift snyk-gitops.yaml']);
  });

  it('fails, still reporting drift, when removing expired access failed', async () => {
    engine.expiryResult = {
      ok: false,
      applied: 0,
      failed: 0,
      skipped: 0,
      text: 'Nothing was applied: refused',
      markdown: 'refused',
      expired: 0,
    };
    expect(await runWith('schedule', {})).toBe(1);
    expect(engine.calls).toEqual([
      'enforceExpiry snyk-gitops.yaml allowMassDelete=false',
      'drift snyk-gitops.yaml',
    ]);
  });
});
