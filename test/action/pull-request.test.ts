// The action on pull requests, run as the runner runs it (node dist/action.js): the sticky
// plan comment, validation annotations, forks and missing tokens, never applying, masking.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/action/mask-emails.ts';
import {
  expectMasksTokens,
  expectNoSecrets,
  expectOnlyKnownGitHubRequests,
} from './expect-clean.test-helpers.ts';
import {
  type Harness,
  logWithoutMasks,
  PR_NUMBER,
  pullRequestPayload,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';
import { startPrefixProxy } from './path-prefix-proxy.test-helpers.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
  harness.github.addPullRequest(PR_NUMBER);
});
afterEach(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
});

const planComments = () =>
  (harness.github.issues.get(PR_NUMBER)?.comments ?? []).filter((c) => c.body.includes('snyk-gitops:plan:'));

describe('a pull request', () => {
  it('gets one plan comment, updated (never duplicated) on the next run, and the plan outputs', async () => {
    const first = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(first.code, first.stdout).toBe(0);
    expect(planComments()).toHaveLength(1);
    const firstBody = planComments()[0]?.body ?? '';
    expect(firstBody).toContain('Plan: 5 to add, 5 to change, 2 to destroy.');
    expect(firstBody).toContain('a1a1a1a'); // the head commit
    expect(firstBody).toMatch(/plan digest `sha256:[0-9a-f]{64}`/);
    expect(first.summary).toContain('Plan: 5 to add, 5 to change, 2 to destroy.');
    expect(first.outputs['has-changes']).toBe('true');
    expect(JSON.parse(first.outputs.summary ?? '')).toEqual({ create: 5, update: 5, delete: 2 });
    const planPath = first.outputs['plan-path'] ?? '';
    expect(existsSync(planPath)).toBe(true);
    const plan = JSON.parse(await readFile(planPath, 'utf8')) as { changes: unknown[] };
    expect(plan.changes).toHaveLength(12);
    // The documented plan document (docs/plan-json.md), as `plan --out` writes it.
    expect(Object.keys(plan).slice(0, 4)).toEqual(['formatVersion', 'groupId', 'fingerprint', 'changes']);
    expect(plan).toHaveProperty('refusals', []);
    expect(snykWrites(harness.emulator)).toEqual([]);
    expectMasksTokens(first);
    expectNoSecrets(first);

    // Someone changes Snyk by hand; the next push to the PR re-plans into the same comment.
    const state = harness.emulator.getState();
    const group = state.groups[0];
    if (!group) throw new Error('the example state has a group');
    group.settings.sessionLength = 480;
    harness.emulator.setState(state);
    const second = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(second.code, second.stdout).toBe(0);
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]?.body).toContain('Plan: 5 to add, 4 to change, 2 to destroy.');
    const commentPosts = harness.github
      .writes()
      .filter((r) => r.method === 'POST' && r.path.includes(`/issues/${PR_NUMBER}/comments`));
    expect(commentPosts).toHaveLength(1);
    expect(harness.github.writes().filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(JSON.parse(second.outputs.summary ?? '')).toEqual({ create: 5, update: 4, delete: 2 });
    expectNoSecrets(second);
  });

  it('keeps one sticky comment per config path', async () => {
    const files = 'group.yaml data.yaml mobile.yaml payments.yaml platform.yaml';
    await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { config: files },
    });
    const again = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(again.code, again.stdout).toBe(0);
    const bodies = planComments().map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual([`<!-- snyk-gitops:plan:. -->`, `<!-- snyk-gitops:plan:${files} -->`]);
  });

  it('finds its comment past the first page of a long discussion (never a duplicate)', async () => {
    const pr = harness.github.issues.get(PR_NUMBER);
    for (let i = 0; i < 120; i++) {
      pr?.comments.push({ id: 1 + i, body: `review remark ${i}`, user: { login: 'octocat', type: 'User' } });
    }
    await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    const again = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(again.code, again.stdout).toBe(0);
    expect(pr?.comments).toHaveLength(121);
    expect(planComments()).toHaveLength(1);
    expect(harness.github.requests.some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('talks to GitHub Enterprise Server through a GITHUB_API_URL with a path (/api/v3)', async () => {
    const ghes = await startPrefixProxy(harness.github.url, '/api/v3');
    try {
      const run = await harness.runAction({
        event: 'pull_request',
        payload: pullRequestPayload(),
        env: { GITHUB_API_URL: ghes.url },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(ghes.misses).toEqual([]);
      expect(planComments()).toHaveLength(1);
    } finally {
      await ghes.close();
    }
  });

  it('fails with file:line annotations and an "invalid" comment when the config is invalid', async () => {
    const file = join(harness.workspace, 'payments.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace('role: Org Collaborator', 'role: Org Collaborator, expiry: never'),
      'utf8',
    );
    const line = text.split('\n').findIndex((l) => l.includes('Org Collaborator')) + 1;

    const run = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(
      annotations.some((l) => l.startsWith(`::error file=payments.yaml,line=${line}`)),
      annotations.join('\n'),
    ).toBe(true);
    expect(annotations.some((l) => l.includes("unknown key 'expiry'"))).toBe(true);
    const [comment] = planComments();
    expect(comment?.body).toContain('is invalid');
    expect(comment?.body).toContain("unknown key 'expiry'");
    expect(run.summary).toContain('is invalid');
    // Nothing was planned, so Snyk was not even read.
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
    expectNoSecrets(run);
  });

  it('from a fork only validates, says why, and never reaches Snyk', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload({ headRepo: 'mallory/snyk-config' }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('fork (mallory/snyk-config)');
    expect(run.summary).toContain('fork');
    expect(planComments()[0]?.body).toContain('fork');
    expect(run.outputs['has-changes']).toBe('false');
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
    expectNoSecrets(run);
  });

  it('on pull_request_target, a head repository the event does not name (a deleted fork) only validates', async () => {
    const run = await harness.runAction({
      event: 'pull_request_target',
      payload: pullRequestPayload({ headRepo: null }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('a head repository the event does not name');
    expect(planComments()[0]?.body).toContain('Plan skipped');
    expect(run.outputs['has-changes']).toBe('false');
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
    expectNoSecrets(run);
  });

  it('without a Snyk token only validates and says why', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'snyk-token': '' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('no Snyk token');
    expect(run.summary).toContain('no Snyk token');
    expect(planComments()[0]?.body).toContain('valid');
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
    expectNoSecrets(run);
  });

  it('never applies, even with mode: apply', async () => {
    const before = harness.emulator.getState();
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { mode: 'apply', 'allow-mass-delete': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('a pull_request event never applies');
    expect(planComments()[0]?.body).toContain('Plan: 5 to add, 5 to change, 2 to destroy.');
    expect(snykWrites(harness.emulator)).toEqual([]);
    expect(harness.emulator.getState()).toEqual(before);
    expectNoSecrets(run);
  });

  it('with mask-emails posts and summarises no email address, only stable masks', async () => {
    const run = await harness.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'mask-emails': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    const email = /[A-Za-z0-9._%+-]+@(?!masked\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
    expect(run.posted.join('\n')).not.toMatch(email);
    expect(run.summary).not.toMatch(email);
    expect(logWithoutMasks(run.stdout)).not.toMatch(email); // public repositories have public logs
    // grace@acme.com is invited to the new mobile org: the reviewer still sees the same person.
    expect(planComments()[0]?.body).toContain(maskEmail('grace@acme.com'));
    expect(run.summary).toContain(maskEmail('grace@acme.com'));
    // The plan file is uploaded as an artifact by the example workflow: masked too.
    const planFile = await readFile(run.outputs['plan-path'] ?? '', 'utf8');
    expect(planFile).not.toMatch(email);
    expect(planFile).toContain(maskEmail('grace@acme.com'));
    expectNoSecrets(run);
  });
});
