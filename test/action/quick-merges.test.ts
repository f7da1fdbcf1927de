// Merges in quick succession, run as the runner runs them (dist/action.js, the emulator, the
// fake GitHub): GitHub keeps one pending run per concurrency group, so of three quick merges
// the middle apply is cancelled and the third applies both. Each successful apply records the
// snyk-gitops/apply status; with require-reviewed-plan the third is accepted because every
// change is in the reviewed plan of a PR merged since the last applied commit, and a hand edit
// pushed to main that no PR reviewed is refused, writing nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecrets } from './expect-clean.test-helpers.ts';
import type { Harness } from './harness.test-helpers.ts';
import { EXAMPLE_DIR, pullRequestPayload, pushPayload, snykWrites } from './harness.test-helpers.ts';
import { harnessPerTest } from './harness-per-test.test-helpers.ts';

const harness = harnessPerTest();

/** A member line added to a team file: what each pull request (or the hand edit) changes. */
interface Edit {
  file: string;
  member: string;
}
const ADMIN_LINE: Record<string, string> = {
  'payments.yaml': '{ user: bob@acme.com, role: Org Admin }',
  'platform.yaml': '{ user: dave@acme.com, role: Org Admin }',
  'data.yaml': '{ user: erin@acme.com, role: Org Admin }',
};
const PR1: Edit = { file: 'payments.yaml', member: 'frank@acme.com' };
const PR2: Edit = { file: 'platform.yaml', member: 'erin@acme.com' };
const PR3: Edit = { file: 'data.yaml', member: 'carol@acme.com' };
const HAND_EDIT: Edit = { file: 'payments.yaml', member: 'dave@acme.com' };

const sha = (digit: string, n: number) => `${digit}${n}`.repeat(20);
const M = [0, 1, 2, 3, 4].map((n) => sha('e', n));
const HEAD_OF_PR = (n: number) => sha('f', n);

/** The workspace as the commit with `edits` checks it out: the example plus those lines. */
async function checkOut(h: Harness, edits: readonly Edit[]) {
  for (const file of Object.keys(ADMIN_LINE)) {
    let text = await readFile(join(EXAMPLE_DIR, file), 'utf8');
    for (const edit of edits.filter((e) => e.file === file)) {
      const anchor = ADMIN_LINE[file] ?? '';
      text = text.replace(anchor, `${anchor}\n      - { user: ${edit.member}, role: Org Collaborator }`);
    }
    await writeFile(join(h.workspace, file), text, 'utf8');
  }
}

/** Plans PR `n` on its branch (the base plus its edit): its sticky comment is the review. */
async function review(h: Harness, n: number, base: readonly Edit[], edit: Edit) {
  h.github.addPullRequest(n);
  await checkOut(h, [...base, edit]);
  const run = await h.runAction({
    event: 'pull_request',
    payload: pullRequestPayload({ number: n, headSha: HEAD_OF_PR(n) }),
  });
  expect(run.code, run.stdout).toBe(0);
}

/** Commit `M[i]` on main, the merge of PR `pr` (or pushed directly when undefined). */
function merge(h: Harness, i: number, pr?: number) {
  const commit = M[i] ?? '';
  h.github.commits.history.push(commit);
  h.github.commits.files.set(commit, ['snyk/teams.yaml']);
  if (pr !== undefined) {
    h.github.commitPulls.set(commit, [
      { number: pr, head: { sha: HEAD_OF_PR(pr) }, base: { ref: 'main' }, merged_at: '2026-01-01T00:00:00Z' },
    ]);
  }
}

async function pushRun(h: Harness, i: number, edits: readonly Edit[]) {
  await checkOut(h, edits);
  h.emulator.clearRequests();
  return h.runAction({
    event: 'push',
    payload: pushPayload('refs/heads/main', M[i]),
    inputs: { 'require-reviewed-plan': 'true' },
    env: { GITHUB_SHA: M[i] ?? '' },
  });
}

const applyStatus = (h: Harness, commit: string) =>
  h.github.commits.statuses.get(commit)?.find((s) => s.context === 'snyk-gitops/apply');

function members(h: Harness, slug: string): string[] {
  const state = h.emulator.getState();
  const org = state.groups[0]?.orgs.find((o) => o.slug === slug);
  const emailOf = (id: string) => state.users.find((u) => u.id === id)?.email ?? id;
  return (org?.members ?? []).map((m) => emailOf(m.userId));
}

/** M0, the example as it is, applied without require-reviewed-plan: the last applied commit. */
async function applyBase(h: Harness) {
  merge(h, 0);
  await checkOut(h, []);
  const run = await h.runAction({
    event: 'push',
    payload: pushPayload('refs/heads/main', M[0]),
    env: { GITHUB_SHA: M[0] ?? '' },
  });
  expect(run.code, run.stdout).toBe(0);
  expect(applyStatus(h, M[0] ?? '')).toMatchObject({ state: 'success' });
}

describe('three quick merges with the middle apply cancelled', () => {
  it('apply the union of the reviewed plans, record each applied commit, and refuse a hand edit', async () => {
    const h = harness();
    await applyBase(h);
    // Three PRs, each reviewed on its own branch off M0.
    await review(h, 11, [], PR1);
    await review(h, 12, [], PR2);
    await review(h, 13, [], PR3);

    merge(h, 1, 11);
    merge(h, 2, 12);
    merge(h, 3, 13);
    const first = await pushRun(h, 1, [PR1]);
    expect(first.code, first.stdout).toBe(0);
    expect(members(h, 'payments')).toContain('frank@acme.com');
    expect(applyStatus(h, M[1] ?? '')).toMatchObject({ state: 'success' });

    // M2's run was pending when M3's arrived: GitHub cancelled it. M3's run applies both.
    const third = await pushRun(h, 3, [PR1, PR2, PR3]);
    expect(third.code, third.stdout).toBe(0);
    expect(third.stdout).toContain(`since the last applied commit ${M[1]?.slice(0, 7)}`);
    expect(third.stdout).toContain('pull requests merged since: #12, #13');
    expect(members(h, 'platform')).toContain('erin@acme.com');
    expect(members(h, 'data')).toContain('carol@acme.com');
    expect(applyStatus(h, M[2] ?? '')).toBeUndefined();
    expect(applyStatus(h, M[3] ?? '')).toMatchObject({ state: 'success', target_url: expect.any(String) });
    expect(h.github.issues.get(13)?.comments.some((c) => c.body.includes('snyk-gitops applied'))).toBe(true);
    expectNoSecrets(third);

    // Someone pushes a change to main directly: no PR reviewed it.
    merge(h, 4);
    const hand = await pushRun(h, 4, [PR1, PR2, PR3, HAND_EDIT]);
    expect(hand.code).toBe(1);
    expect(snykWrites(h.emulator)).toEqual([]);
    expect(members(h, 'payments')).not.toContain('dave@acme.com');
    expect(hand.summary).toContain('new since review: `create org[payments].member[dave@acme.com]');
    expect(hand.summary).toContain('no pull request was merged since the last applied commit');
    expect(hand.stdout).toMatch(/::error::.*not applied \(require-reviewed-plan\)/);
    expect(applyStatus(h, M[4] ?? '')).toMatchObject({ state: 'failure' });
    expectNoSecrets(hand);
  });

  it('without an earlier apply status, count only the PR merged at the head, and say so', async () => {
    const h = harness();
    merge(h, 0);
    await review(h, 12, [], PR2);
    await review(h, 13, [], PR3);
    merge(h, 2, 12);
    merge(h, 3, 13);
    // Snyk has the example's base changes applied by hand, so only the PRs' changes remain.
    await checkOut(h, []);
    const base = await h.runAction({
      event: 'push',
      payload: pushPayload('refs/heads/main', sha('a', 9)),
      env: { GITHUB_SHA: sha('a', 9) },
    });
    expect(base.code, base.stdout).toBe(0);

    const third = await pushRun(h, 3, [PR2, PR3]);
    expect(third.code).toBe(1);
    expect(third.stdout).toContain('has a successful snyk-gitops/apply status');
    expect(third.stdout).toContain(
      `only the pull request merged at ${M[3]?.slice(0, 7)} (#13) counts as reviewed`,
    );
    expect(third.summary).toContain('new since review: `create org[platform].member[erin@acme.com]');
    expect(snykWrites(h.emulator)).toEqual([]);
  });

  it('fall back to the head PR when GitHub answers compare with garbage, saying so, never crashing', async () => {
    const h = harness();
    await applyBase(h);
    await review(h, 11, [], PR1);
    merge(h, 1, 11);
    h.github.commits.garbleCompare = true;
    const run = await pushRun(h, 1, [PR1]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::could not read the snyk-gitops\/apply statuses and commits of main/,
    );
    expect(run.stdout).toContain('only the pull request merged at e1e1e1e (#11) counts as reviewed');
    expect(run.stdout).not.toContain('::error::pwned');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(members(h, 'payments')).toContain('frank@acme.com');
  });
});
