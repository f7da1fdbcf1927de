// A 3,000-change plan through the bundled action: the PR comment and the job summary stay under
// GitHub's 65,536-character limit, while the plan file keeps every change.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_BODY_LIMIT } from '../../src/action/limit-size.ts';
import { generateState } from '../../src/emulator/index.ts';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import {
  type Harness,
  linkMergedPullRequest,
  PR_NUMBER,
  pullRequestPayload,
  pushPayload,
  SNYK_TOKEN,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';

const ORGS = 60;
const MEMBERS = 50;

let harness: Harness;
let configDir: string;

beforeAll(async () => {
  // 60 orgs × 50 members in Snyk; the config keeps the orgs but prunes every member.
  const { state } = generateState({
    orgs: ORGS,
    membersPerOrg: [MEMBERS, MEMBERS],
    seed: 7,
    token: SNYK_TOKEN,
  });
  const group = state.groups[0];
  if (!group) throw new Error('generateState makes a group');
  const lines = ['version: 1', 'group:', `  id: ${group.id}`, 'prune:', '  orgMembers: true', 'orgs:'];
  for (const org of group.orgs) {
    lines.push(`  - slug: ${org.slug}`, `    name: ${JSON.stringify(org.name)}`, '    members: []');
  }
  configDir = await mkdtemp(join(tmpdir(), 'snyk-gitops-large-'));
  await writeFile(join(configDir, 'snyk-gitops.yaml'), `${lines.join('\n')}\n`, 'utf8');
  harness = await startHarness({ state, configDir });
  harness.github.addPullRequest(PR_NUMBER);
});
afterAll(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
  await rm(configDir, { recursive: true, force: true });
});

describe('a 3,000-change plan', () => {
  it('is commented and summarised within the size limit; the plan file has every change', async () => {
    // The rails would refuse this plan (it empties every org); lifted here, the test is about size.
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'allow-mass-delete': 'true', 'allow-lockout': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({ create: 0, update: 0, delete: ORGS * MEMBERS });
    const plan = JSON.parse(await readFile(run.outputs['plan-path'] ?? '', 'utf8')) as { changes: unknown[] };
    expect(plan.changes.length).toBeGreaterThanOrEqual(3_000);

    const comments = harness.github.issues.get(PR_NUMBER)?.comments ?? [];
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toContain('3000 to destroy');
    expect(body).toContain('plan-path');
    // Still guarded on merge: the reviewed-plan digest survives the summarising.
    expect(body).toMatch(/<!-- snyk-gitops:plan-digest:sha256:[0-9a-f]{64} -->/);
    expect(run.summary.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(run.summary).toContain('3000 to destroy');
    expectNoSecrets(run);
  });
});

describe('a 3,000-change apply', () => {
  it('is refused by the mass-delete rail, writing nothing, with a report within the size limit', async () => {
    linkMergedPullRequest(harness.github);
    const run = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(run.code).toBe(1);
    expect(snykWrites(harness.emulator)).toEqual([]);
    const outcome = (harness.github.issues.get(PR_NUMBER)?.comments ?? []).find((c) =>
      c.body.includes('snyk-gitops:apply:'),
    );
    expect(outcome?.body).toContain('Refusing to delete');
    expect(outcome?.body).toContain('allow-mass-delete');
    expect(outcome?.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(run.summary.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expectNoSecrets(run);
  });
});
