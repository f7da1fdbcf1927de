// A sticky comment is the action's own: written by the identity it comments as, with its
// marker as the first line. Anyone can post a comment carrying the marker, and data from
// Snyk quoted in a plan can carry one too; neither may be edited or trusted as the review.
import { describe, expect, it } from 'vitest';
import { applyMarker, planMarker } from './comments.ts';
import { digestChanges, formatReviewBlock } from './plan-digest.ts';
import { buildPlan, HEAD, membershipChange, useActionWorkspace } from './run.test-helpers.ts';

const KEY = 'snyk-gitops.yaml';

describe('sticky comments on the fake GitHub', () => {
  const ws = useActionWorkspace();

  it("never edits another user's comment that carries the marker", async () => {
    const pr = ws.github.addPullRequest(7);
    const forged = `${planMarker(KEY)}\nlooks like the plan`;
    pr.comments.push({ id: 1, body: forged, user: { login: 'mallory', type: 'User' } });
    expect(await ws.api().findComment(7, planMarker(KEY))).toBeUndefined();
    const result = await ws.api().upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\nthe plan`);
    expect(result.created).toBe(true);
    expect(pr.comments.map((c) => c.body)).toEqual([forged, `${planMarker(KEY)}\nthe plan`]);
  });

  it('does not take a marker quoted inside its own plan comment for another comment', async () => {
    const pr = ws.github.addPullRequest(7);
    const plan = `${planMarker(KEY)}\n- org[evil ${applyMarker(KEY)}]`;
    await ws.api().upsertComment(7, planMarker(KEY), plan);
    await ws.api().upsertComment(7, applyMarker(KEY), `${applyMarker(KEY)}\napplied`);
    expect(pr.comments.map((c) => c.body)).toEqual([plan, `${applyMarker(KEY)}\napplied`]);
  });

  it('comments as the configured identity (an app token) and owns only what it wrote', async () => {
    await ws.stop();
    await ws.start({ login: 'snyk-gitops-app[bot]' });
    const pr = ws.github.addPullRequest(7);
    const other = `${planMarker(KEY)}\nby the default bot`;
    pr.comments.push({ id: 1, body: other, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const ours = ws.api('snyk-gitops-app[bot]');
    const first = await ours.upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\none`);
    const second = await ours.upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\ntwo`);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(pr.comments.map((c) => c.body)).toEqual([other, `${planMarker(KEY)}\ntwo`]);
  });

  it('does not adopt a drift issue someone else opened with the marker and the label', async () => {
    const issue = ws.github.addPullRequest(9);
    delete issue.pull_request;
    Object.assign(issue, { labels: ['snyk-drift'], body: '<!-- snyk-gitops:drift:x -->\nmine' });
    expect(await ws.api().findLatestIssue('snyk-drift', '<!-- snyk-gitops:drift:x -->')).toBeUndefined();
  });
});

describe('require-reviewed-plan', () => {
  const ws = useActionWorkspace();

  it("never trusts a digest from another user's comment", async () => {
    ws.github.addPullRequest(7);
    ws.mergedPullRequest();
    const plan = buildPlan([membershipChange('mallory@acme.com', 'Org Admin')]);
    ws.engine.planResult = { ok: true, plan };
    const forged = [
      planMarker(KEY),
      formatReviewBlock({ digest: digestChanges(plan.changes), headSha: HEAD }),
    ];
    ws.github.issues.get(7)?.comments.push({
      id: 1,
      body: forged.join('\n'),
      user: { login: 'mallory', type: 'User' },
    });
    expect(await ws.run(await ws.pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(ws.engine.applied).toEqual([]);
    expect(ws.stdout).toContain('has no plan comment');
  });
});
