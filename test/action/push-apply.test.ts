// The action on push to the default branch, run as the runner runs it: it applies (checked
// against the plan reviewed on the merged PR when require-reviewed-plan is on), reports in the
// job summary and on the merged PR, and refuses, writing nothing to Snyk, when the plan moved.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import {
  type Harness,
  linkMergedPullRequest,
  MERGE_SHA,
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
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
});

const comments = (kind: 'plan' | 'apply') =>
  (harness.github.issues.get(PR_NUMBER)?.comments ?? []).filter((c) =>
    c.body.includes(`snyk-gitops:${kind}:`),
  );

async function reviewOnPullRequest() {
  const review = await harness.runAction({ event: 'pull_request', payload: pullRequestPayload() });
  expect(review.code, review.stdout).toBe(0);
  expect(comments('plan')).toHaveLength(1);
  harness.emulator.clearRequests();
}

describe('a push to the default branch', () => {
  it('applies the reviewed plan, reports it in the job summary and on the merged PR', async () => {
    await reviewOnPullRequest();
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'require-reviewed-plan': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    // Snyk changed: the mobile org exists (from the golden template) and the group setting moved.
    const group = harness.emulator.getState().groups[0];
    expect(group?.orgs.map((o) => o.slug)).toContain('mobile');
    expect(group?.settings.sessionLength).toBe(480);
    expect(snykWrites(harness.emulator).length).toBeGreaterThan(0);
    expect(run.summary).toContain('applied');
    expect(run.summary).toMatch(/12 applied, 0 failed, 0 skipped/);
    const [outcome] = comments('apply');
    expect(outcome?.body).toContain('snyk-gitops applied');
    expect(outcome?.body).toContain('12 applied, 0 failed');
    expect(run.outputs['has-changes']).toBe('true');
    expect(JSON.parse(run.outputs.summary ?? '')).toEqual({ create: 5, update: 5, delete: 2 });
    // The applied commit is recorded: the next apply counts the reviews merged after it.
    expect(harness.github.commits.statuses.get(MERGE_SHA)).toEqual([
      expect.objectContaining({
        state: 'success',
        context: 'snyk-gitops/apply',
        description: '.: 12 applied, 0 failed, 0 skipped',
      }),
    ]);
    expectNoSecrets(run);

    // Snyk now matches: a re-run of the same push has nothing to do and says so on the same comment.
    const again = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['has-changes']).toBe('false');
    expect(comments('apply')).toHaveLength(1);
    expect(comments('apply')[0]?.body).toContain('nothing to apply');
  });

  it("without 'statuses: write' still applies, and warns that the applied commit was not recorded", async () => {
    harness.github.commits.refuseStatusWrites = true;
    const run = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(run.code, run.stdout).toBe(0);
    expect(harness.emulator.getState().groups[0]?.orgs.map((o) => o.slug)).toContain('mobile');
    expect(run.stdout).toMatch(
      /::warning::could not record the snyk-gitops\/apply status of b2b2b2b \(does the workflow grant 'statuses: write'\?\)/,
    );
    expect(harness.github.commits.statuses.size).toBe(0);
  });

  it('to another branch plans but does not apply', async () => {
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload('refs/heads/feature'),
      env: { GITHUB_REF: 'refs/heads/feature' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('is not the default branch');
    expect(snykWrites(harness.emulator)).toEqual([]);
    expect(comments('apply')).toEqual([]);
  });

  it('with an invalid merged config fails, applies nothing, and tells the merged PR', async () => {
    const file = join(harness.workspace, 'data.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('slug: data', 'slug: Data Team!'), 'utf8');
    const run = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error file=data\.yaml,line=\d+/);
    expect(run.summary).toContain('is invalid');
    expect(snykWrites(harness.emulator)).toEqual([]);
    const [outcome] = comments('apply');
    expect(outcome?.body).toContain('did not apply');
    expect(outcome?.body).toContain('is invalid');
    expectNoSecrets(run);
  });

  it('that cannot plan (Snyk rejects the token) fails and tells the merged PR why', async () => {
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'snyk-token': 'a-token-snyk-does-not-know' },
    });
    expect(run.code).toBe(1);
    expect(snykWrites(harness.emulator)).toEqual([]);
    const [outcome] = comments('apply');
    expect(outcome?.body).toContain('did not apply');
    expect(outcome?.body).toContain('could not plan');
    expect(outcome?.body).not.toContain('a-token-snyk-does-not-know');
  });

  it('without a Snyk token only validates, applies nothing, and says why', async () => {
    const run = await harness.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'snyk-token': '' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('no Snyk token');
    expect(run.summary).toContain('no Snyk token');
    expect(harness.emulator.requests().filter((r) => r.api !== 'control')).toEqual([]);
  });

  describe('with require-reviewed-plan', () => {
    it('refuses when live Snyk changed since the review, says what changed, and writes nothing', async () => {
      await reviewOnPullRequest();
      const state = harness.emulator.getState();
      const group = state.groups[0];
      if (!group) throw new Error('the example state has a group');
      group.settings.sessionLength = 60; // someone changed it in the Snyk UI after the review
      harness.emulator.setState(state);

      const run = await harness.runAction({
        event: 'push',
        payload: pushPayload(),
        inputs: { 'require-reviewed-plan': 'true' },
      });
      expect(run.code).toBe(1);
      expect(snykWrites(harness.emulator)).toEqual([]);
      expect(harness.emulator.getState()).toEqual(state);
      expect(run.stdout).toMatch(/::error::.*not applied \(require-reviewed-plan\)/);
      const [refusal] = comments('apply');
      expect(refusal?.body).toContain('did not apply');
      // The change is code-quoted: it names data from Snyk (src/render/inert-markdown.ts).
      expect(refusal?.body).toContain('changed since review: `update group.settings');
      expect(harness.github.commits.statuses.get(MERGE_SHA)?.[0]).toMatchObject({ state: 'failure' });
      expect(run.summary).toContain('changed since review: `update group.settings');
      expectNoSecrets(run);
    });

    it('refuses when the config changed after the review (a commit the plan comment did not see)', async () => {
      await reviewOnPullRequest();
      const file = join(harness.workspace, 'platform.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        text.replace(
          '{ user: dave@acme.com, role: Org Admin }',
          '{ user: dave@acme.com, role: Org Admin }\n      - { user: erin@acme.com, role: Org Collaborator }',
        ),
        'utf8',
      );
      const before = harness.emulator.getState();
      const run = await harness.runAction({
        event: 'push',
        payload: pushPayload(),
        inputs: { 'require-reviewed-plan': 'true' },
      });
      expect(run.code).toBe(1);
      expect(snykWrites(harness.emulator)).toEqual([]);
      expect(harness.emulator.getState()).toEqual(before);
      expect(comments('apply')[0]?.body).toContain(
        'new since review: `create org[platform].member[erin@acme.com]',
      );
      expectNoSecrets(run);
    });

    it('refuses when the last plan comment is of an older commit than the one merged', async () => {
      await reviewOnPullRequest();
      // A later commit was pushed to the PR and merged before its plan job commented.
      harness.github.commitPulls.set(MERGE_SHA, [
        {
          number: PR_NUMBER,
          head: { sha: 'd4'.repeat(20) },
          base: { ref: 'main' },
          merged_at: '2026-01-01T00:00:00Z',
        },
      ]);
      const run = await harness.runAction({
        event: 'push',
        payload: pushPayload(),
        inputs: { 'require-reviewed-plan': 'true' },
      });
      expect(run.code).toBe(1);
      expect(snykWrites(harness.emulator)).toEqual([]);
      expect(comments('apply')[0]?.body).toContain(
        'the last plan comment was made for commit a1a1a1a, but the pull request was merged at d4d4d4d',
      );
    });

    it('refuses when the merged PR has no plan comment to compare with', async () => {
      const run = await harness.runAction({
        event: 'push',
        payload: pushPayload(),
        inputs: { 'require-reviewed-plan': 'true' },
      });
      expect(run.code).toBe(1);
      expect(snykWrites(harness.emulator)).toEqual([]);
      expect(comments('apply')[0]?.body).toContain(`\`#${PR_NUMBER}\` has no plan comment`);
    });
  });
});
