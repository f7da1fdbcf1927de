// Input target-changed-files, run as the runner runs the action: a pull request that changes
// one team's file is planned for that team's org only (fewer reads, other orgs' drift absent),
// its merge applies exactly that, and a change to the group's file plans everything.
import { describe, expect, it } from 'vitest';
import type { FakePullFile } from '../../src/action/testing/fake-github.test-helpers.ts';
import { expectNoSecrets } from './expect-clean.test-helpers.ts';
import { PR_NUMBER, pullRequestPayload, pushPayload, snykWrites } from './harness.test-helpers.ts';
import { harnessPerTest } from './harness-per-test.test-helpers.ts';

const current = harnessPerTest();

const ON = { 'target-changed-files': 'true' };
const FULL_PLAN = 'Plan: 5 to add, 5 to change, 2 to destroy.';

function changes(...files: FakePullFile[]): void {
  current().github.pullFiles.set(PR_NUMBER, files);
}

const edited = (filename: string): FakePullFile => ({
  filename,
  status: 'modified',
  patch:
    '@@ -9,2 +9,2 @@\n-      - { user: bob@acme.com, role: Org Collaborator }\n+      - { user: bob@acme.com, role: Org Admin }',
});

const planComment = () =>
  (current().github.issues.get(PR_NUMBER)?.comments ?? []).find((c) => c.body.includes('snyk-gitops:plan:'))
    ?.body ?? '';

const snykReads = () =>
  current()
    .emulator.requests()
    .filter((r) => r.api !== 'control').length;

async function planPullRequest(inputs: Record<string, string> = ON) {
  current().emulator.clearRequests();
  const run = await current().runAction({ event: 'pull_request', payload: pullRequestPayload(), inputs });
  expect(run.code, run.stdout).toBe(0);
  return { run, reads: snykReads(), comment: planComment() };
}

describe('target-changed-files on a pull request', () => {
  it("that changes one team's file plans only that org, says so, and reads less", async () => {
    changes(edited('payments.yaml'), {
      filename: 'README.md',
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    });
    const full = await planPullRequest({});
    expect(full.comment).toContain(FULL_PLAN);

    const partial = await planPullRequest();
    // Markdown-escaped, as every address the comment quotes outside code.
    expect(partial.comment).toContain('Partial plan: only org\\[payments\\] (and what they depend on)');
    expect(partial.comment).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(partial.comment).toContain('org[payments].member[bob@acme.com]');
    // The data org drifted and mobile is new: neither is this PR's business.
    expect(partial.comment).not.toContain('org[data]');
    expect(partial.comment).not.toContain('org[mobile]');
    expect(partial.comment).not.toContain('group.settings');
    expect(partial.reads).toBeLessThan(full.reads);
    expect(partial.run.stdout).toContain(
      '::notice::target-changed-files: planning only org[payments] (the orgs of payments.yaml)',
    );
    expect(JSON.parse(partial.run.outputs.summary ?? '')).toEqual({ create: 0, update: 1, delete: 0 });
    expect(
      current().github.requests.some((r) =>
        r.path.startsWith(`/repos/acme/snyk-config/pulls/${PR_NUMBER}/files`),
      ),
    ).toBe(true);
    expect(snykWrites(current().emulator)).toEqual([]);
    expectNoSecrets(partial.run);
  });

  it("that changes the group's file plans in full and says why", async () => {
    changes(edited('payments.yaml'), edited('group.yaml'));
    const { run, comment } = await planPullRequest();
    expect(comment).toContain(FULL_PLAN);
    expect(comment).not.toContain('Partial plan');
    expect(run.stdout).toContain(
      '::notice::target-changed-files: a full plan, because group.yaml sets group-wide keys (group, tenant, defaults, users, prune, limits), which can touch every org',
    );
  });

  it('that removes a team file plans in full', async () => {
    changes({ filename: 'legacy.yaml', status: 'removed', patch: '@@ -1,3 +0,0 @@\n-version: 1' });
    const { run, comment } = await planPullRequest();
    expect(comment).toContain(FULL_PLAN);
    expect(run.stdout).toContain('legacy.yaml was removed: the orgs it defined are not in the head tree');
  });
});

describe('target-changed-files on the merge of that pull request', () => {
  it('applies exactly what the pull request planned, and the reviewed plan matches', async () => {
    changes(edited('payments.yaml'));
    await planPullRequest();
    current().emulator.clearRequests();
    const run = await current().runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { ...ON, 'require-reviewed-plan': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toMatch(/1 applied, 0 failed, 0 skipped/);
    const group = current().emulator.getState().groups[0];
    // Only the payments org was touched: mobile was not created, the group setting stayed.
    expect(group?.orgs.map((o) => o.slug)).not.toContain('mobile');
    expect(group?.settings.sessionLength).not.toBe(480);
    expect(snykWrites(current().emulator)).toHaveLength(1);
    expectNoSecrets(run);
  });

  it('applies in full when the commit is not the merge of a pull request', async () => {
    current().github.commitPulls.clear();
    const run = await current().runAction({ event: 'push', payload: pushPayload(), inputs: ON });
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toMatch(/12 applied, 0 failed, 0 skipped/);
    expect(current().github.requests.some((r) => r.path.includes('/files'))).toBe(false);
  });
});
