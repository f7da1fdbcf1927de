// Scheduled drift, run as the runner runs it: one issue opened while live Snyk differs from the
// config, updated (not duplicated) on later runs, closed with a comment once back in sync.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskEmail } from '../../src/action/mask-emails.ts';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import {
  type Harness,
  linkMergedPullRequest,
  logWithoutMasks,
  pushPayload,
  schedulePayload,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
});

const driftIssues = () =>
  [...harness.github.issues.values()].filter((i) => i.body.includes('snyk-gitops:drift:'));

describe('drift', () => {
  it('opens one issue, updates it while drift persists, and closes it once back in sync', async () => {
    const opened = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(opened.code, opened.stdout).toBe(0);
    expect(driftIssues()).toHaveLength(1);
    const [issue] = driftIssues();
    expect(issue?.state).toBe('open');
    expect(issue?.labels).toEqual(['snyk-drift']);
    expect(issue?.title).toContain('Snyk drift');
    expect(issue?.body).toContain('mallory@acme.com'); // an unmanaged group member
    expect(opened.outputs['has-changes']).toBe('true');
    expect(opened.summary).toContain('Live Snyk state differs');
    expect(snykWrites(harness.emulator)).toEqual([]);
    expectNoSecrets(opened);

    // More drift: the same issue is updated, not a second one opened.
    const state = harness.emulator.getState();
    const group = state.groups[0];
    if (!group) throw new Error('the example state has a group');
    group.settings.sessionLength = 15;
    harness.emulator.setState(state);
    const updated = await harness.runAction({ event: 'workflow_dispatch', payload: schedulePayload() });
    expect(updated.code, updated.stdout).toBe(0);
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0]?.number).toBe(issue?.number);
    expect(driftIssues()[0]?.body).not.toEqual(opened.posted.find((b) => b.includes('snyk-gitops:drift:')));
    expect(
      harness.github.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/issues')),
    ).toHaveLength(1);

    // The config is applied (push to main), so live Snyk matches again: the issue is closed.
    linkMergedPullRequest(harness.github);
    const applied = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(applied.code, applied.stdout).toBe(0);
    const closed = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(closed.code, closed.stdout).toBe(0);
    expect(closed.outputs['has-changes']).toBe('false');
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0]?.state).toBe('closed');
    expect(driftIssues()[0]?.comments.at(-1)?.body).toContain('back in sync');
    expect(closed.summary).toContain('no drift');
    expectNoSecrets(closed);

    // In sync and no open issue: nothing is posted; only the closed issue's hidden cursor moves on.
    const writes = harness.github.writes().length;
    const quiet = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(quiet.code, quiet.stdout).toBe(0);
    const quietWrites = harness.github.writes().slice(writes);
    expect(quietWrites.map((w) => `${w.method} ${w.path}`)).toEqual([
      `PATCH /repos/${harness.github.repository}/issues/${issue?.number}`,
    ]);
    expect(driftIssues()[0]?.state).toBe('closed');
    expect(driftIssues()[0]?.body).toMatch(/\n<!-- snyk-gitops:drift-cursor:sgc1\.[\w-]+;full=/);
  });

  it('keeps an issue open while part of live state cannot be read, and closes it once it can', async () => {
    linkMergedPullRequest(harness.github);
    const applied = await harness.runAction({ event: 'push', payload: pushPayload() });
    expect(applied.code, applied.stdout).toBe(0);
    const platform = harness.emulator.getState().groups[0]?.orgs.find((o) => o.slug === 'platform');
    if (!platform) throw new Error('the example state has the platform org');
    harness.emulator.setFaults({
      rules: [
        {
          method: 'GET',
          path: `^/rest/orgs/${platform.id}/memberships$`,
          respond: {
            status: 403,
            body: { jsonapi: { version: '1.0' }, errors: [{ status: '403', detail: 'Forbidden' }] },
          },
        },
      ],
    });
    const unreadable = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(unreadable.code, unreadable.stdout).toBe(0);
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0]?.state).toBe('open');
    expect(driftIssues()[0]?.body).toContain('could not be read');

    harness.emulator.setFaults(undefined);
    const readable = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(readable.code, readable.stdout).toBe(0);
    expect(driftIssues()[0]?.state).toBe('closed');
  });

  it('says when merged config changes are not applied yet (an apply displaced from the concurrency group)', async () => {
    const applied = 'e0'.repeat(20);
    const head = pushPayload().after;
    linkMergedPullRequest(harness.github);
    harness.github.commits.history.push(applied, head);
    harness.github.commits.statuses.set(applied, [
      { state: 'success', context: 'snyk-gitops/apply', description: '.: 1 applied' },
    ]);
    harness.github.commits.files.set(head, ['payments.yaml']);

    const run = await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(run.code, run.stdout).toBe(0);
    const body = driftIssues()[0]?.body ?? '';
    expect(body).toContain('Merged changes not applied yet: 1 commit(s) after e0e0e0e');
    expect(body).toContain('re-run the apply workflow on main');
    expect(run.stdout).toMatch(/::warning::Merged changes not applied yet/);

    // A head that changed no config file (README) needs no apply.
    harness.github.commits.files.set(head, ['README.md']);
    await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(driftIssues()[0]?.body).not.toContain('not applied yet');

    // Once the head is applied, nothing is pending.
    harness.github.commits.files.set(head, ['payments.yaml']);
    harness.github.commits.statuses.set(head, [
      { state: 'success', context: 'snyk-gitops/apply', description: '.: 12 applied' },
    ]);
    await harness.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(driftIssues()[0]?.body).not.toContain('not applied yet');
    expect(driftIssues()).toHaveLength(1);
  });

  it('masks emails in the drift issue when asked', async () => {
    const run = await harness.runAction({
      event: 'schedule',
      payload: schedulePayload(),
      inputs: { 'mask-emails': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    const email = /[A-Za-z0-9._%+-]+@(?!masked\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
    expect(run.posted.join('\n')).not.toMatch(email);
    expect(run.summary).not.toMatch(email);
    expect(logWithoutMasks(run.stdout)).not.toMatch(email); // public repositories have public logs
    expect(driftIssues()[0]?.body).toContain(maskEmail('mallory@acme.com'));
  });
});
