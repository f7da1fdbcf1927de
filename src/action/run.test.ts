import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GITHUB_BODY_LIMIT } from './limit-size.ts';
import { maskEmail } from './mask-emails.ts';
import { applyOutcome, buildPlan, membershipChange, useActionWorkspace } from './run.test-helpers.ts';

// The plan renderer is another module's concern; this one renders every change, unbounded, so
// that the tests also prove the action's own size limit.
vi.mock('../render/plan-markdown.ts', () => ({
  renderPlanMarkdown: (plan: { changes: { action: string; address: string }[] }) =>
    ['```diff', ...plan.changes.map((c) => `+ ${c.action} ${c.address} ${'.'.repeat(40)}`), '```'].join('\n'),
}));

const ws = useActionWorkspace({ maxPageSize: 2 });

describe('run on a pull request', () => {
  beforeEach(() => {
    const pr = ws.github.addPullRequest(7);
    // Other people's comments come first, so finding the sticky comment needs pagination.
    for (const body of ['LGTM', 'nit', 'ship it'])
      pr.comments.push({ id: 1, body, user: { login: 'dev', type: 'User' } });
  });

  it('comments the plan once, then updates that same comment on the next push', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);
    ws.engine.planResult = {
      ok: true,
      plan: buildPlan([membershipChange('bob@acme.com'), membershipChange('eve@acme.com')]),
    };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);

    const ours = ws.bodies(7).filter((b) => b.includes('<!-- snyk-gitops:plan:snyk-gitops.yaml -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('eve@acme.com');
    expect(ours[0]).toContain('2 to add, 0 to change, 0 to destroy');
    expect(ours[0]).toContain('Commit `aaaaaaa`');
    expect(ours[0]).toMatch(/plan digest `sha256:[0-9a-f]{64}`/);
    expect(ws.github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
    expect(ws.engine.calls).not.toContain(expect.stringMatching(/^apply/));

    expect(await ws.files.summary()).toContain('org[payments].member[eve@acme.com]');
    const outputs = await ws.files.outputs();
    expect(outputs['has-changes']).toBe('true');
    expect(JSON.parse(outputs.summary ?? '')).toEqual({ create: 2, update: 0, delete: 0 });
    expect(outputs['plan-path']).toBe(`${ws.files.dir}/snyk-gitops-plan.json`);
  });

  it('never applies on a pull request even when mode is apply', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv({ INPUT_MODE: 'apply' }))).toBe(0);
    expect(ws.engine.applied).toEqual([]);
    expect(ws.stdout).toMatch(/never applies/);
  });

  it('fails with located annotations and a comment when the config is invalid', async () => {
    ws.engine.validation = {
      ok: false,
      issues: [
        {
          file: `${ws.files.dir}/teams/a.yaml`,
          line: 4,
          column: 7,
          message: "unknown key 'nmae', did you mean 'name'?",
        },
      ],
      text: "teams/a.yaml:4:7 unknown key 'nmae'",
    };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(1);
    expect(ws.stdout).toContain(
      "::error file=teams/a.yaml,line=4,col=7::unknown key 'nmae', did you mean 'name'?",
    );
    expect(ws.engine.calls).toEqual(['validate snyk-gitops.yaml']);
    const [comment] = ws.bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment).toContain('is invalid');
    expect(comment).toContain("`teams/a.yaml:4` unknown key 'nmae'");
  });

  it('only validates a pull request from a fork, says why, and never asks for a plan', async () => {
    expect(await ws.run(await ws.pullRequestEnv({}, 'mallory/snyk-config'))).toBe(0);
    expect(ws.engine.calls).toEqual(['validate snyk-gitops.yaml']);
    const [comment] = ws.bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment).toMatch(/Plan skipped:.*fork \(mallory\/snyk-config\)/);
    expect(await ws.files.summary()).toMatch(/fork/);
  });

  it('only validates without a Snyk token', async () => {
    expect(await ws.run(await ws.pullRequestEnv({ 'INPUT_SNYK-TOKEN': '' }))).toBe(0);
    expect(ws.engine.calls).toEqual(['validate snyk-gitops.yaml']);
    expect(ws.bodies(7).join('\n')).toMatch(/no Snyk token/);
  });

  it('masks every email in what it posts when mask-emails is on', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv({ 'INPUT_MASK-EMAILS': 'true' }))).toBe(0);
    const posted = [...ws.bodies(7), await ws.files.summary()].join('\n');
    expect(posted).not.toContain('bob@acme.com');
    expect(posted).toContain(`org[payments].member[${maskEmail('bob@acme.com')}]`);
  });

  it('keeps a 3,000-change plan under GitHub’s size limit, pointing to the full plan', async () => {
    const changes = Array.from({ length: 3000 }, (_, i) =>
      membershipChange(`user${i}@acme.com`, 'Org Admin', `org-${i % 40}`),
    );
    ws.engine.planResult = { ok: true, plan: buildPlan(changes) };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);
    const [comment] = ws.bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment?.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(comment).toContain('Truncated');
    expect(comment).toContain('3000 to add');
    expect((await ws.files.summary()).length).toBeLessThan(GITHUB_BODY_LIMIT);
  });

  it('never prints the tokens', async () => {
    ws.engine.planResult = { ok: false, error: 'auth failed for snyk-secret-token' };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(1);
    expect(ws.stdout).toContain('::add-mask::snyk-secret-token');
    expect(
      ws.stdout.replace('::add-mask::snyk-secret-token', '').replace('::add-mask::ghs_secret', ''),
    ).not.toMatch(/snyk-secret-token|ghs_secret/);
    expect(ws.bodies(7).join('\n')).not.toContain('snyk-secret-token');
  });
});

describe('run on push to the default branch', () => {
  beforeEach(() => {
    ws.github.addPullRequest(7);
    ws.mergedPullRequest();
  });

  it('applies the plan and comments the outcome on the merged pull request', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pushEnv({ 'INPUT_ALLOW-MASS-DELETE': 'true' }))).toBe(0);
    expect(ws.engine.calls).toContain('apply allowMassDelete=true');
    const [comment] = ws.bodies(7).filter((b) => b.includes('snyk-gitops:apply:'));
    expect(comment).toContain('applied `snyk-gitops.yaml`');
    expect(comment).toContain('1 applied, 0 failed');
    expect(await ws.files.summary()).toContain('```\napplied 1\n```');
  });

  it('fails the run when apply fails', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    ws.engine.applyResult = applyOutcome({ ok: false, failed: 1, text: 'HTTP 500', markdown: '- ❌ bob' });
    expect(await ws.run(await ws.pushEnv())).toBe(1);
    expect(ws.bodies(7).join('\n')).toContain('failed');
  });

  it('with require-reviewed-plan, applies the plan that was reviewed', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);
    expect(await ws.run(await ws.pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(0);
    expect(ws.engine.applied).toHaveLength(1);
  });

  it('with require-reviewed-plan, refuses a plan that changed since review and says what changed', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);
    ws.engine.planResult = {
      ok: true,
      plan: buildPlan([membershipChange('bob@acme.com', 'Org Admin'), membershipChange('eve@acme.com')]),
    };
    expect(await ws.run(await ws.pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(ws.engine.applied).toEqual([]);
    const [comment] = ws.bodies(7).filter((b) => b.includes('snyk-gitops:apply:'));
    expect(comment).toContain('did not apply');
    expect(comment).toContain('changed since review: `create org[payments].member[bob@acme.com]`');
    expect(comment).toContain('new since review: `create org[payments].member[eve@acme.com]`');
    expect(ws.stdout).toMatch(/::error::not applied \(require-reviewed-plan\)/);
  });

  it('with require-reviewed-plan, refuses when the merged head is not the commit that was planned', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv())).toBe(0);
    ws.mergedPullRequest('cccccccccccccccccccccccccccccccccccccccc');
    expect(await ws.run(await ws.pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(ws.bodies(7).join('\n')).toContain('merged at ccccccc');
  });

  it('with require-reviewed-plan, refuses a direct push that no pull request reviewed', async () => {
    ws.github.commitPulls.clear();
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(ws.engine.applied).toEqual([]);
    expect(await ws.files.summary()).toContain('is not the merge of a pull request');
  });
});

describe('run on schedule (drift)', () => {
  it('opens one issue, updates it while drift persists, and closes it with a comment when in sync', async () => {
    const drifted = { ok: true, hasDrift: true, unknownParts: 0, summary: { update: 1 } };
    ws.engine.driftResult = { ...drifted, markdown: 'org[payments] renamed to Payment$' };
    expect(await ws.run(await ws.files.env('schedule', {}))).toBe(0);
    ws.engine.driftResult = { ...drifted, markdown: 'org[payments] renamed to Pay' };
    expect(await ws.run(await ws.files.env('schedule', {}))).toBe(0);

    const issues = [...ws.github.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['snyk-drift'] });
    expect(issues[0]?.body).toContain('renamed to Pay\n');
    expect((await ws.files.outputs())['has-changes']).toBe('true');

    ws.engine.driftResult = { ok: true, hasDrift: false, unknownParts: 0, summary: {}, markdown: '' };
    expect(await ws.run(await ws.files.env('workflow_dispatch', {}))).toBe(0);
    expect(issues[0]?.state).toBe('closed');
    expect(issues[0]?.comments.map((c) => c.body)).toEqual([expect.stringContaining('back in sync')]);

    ws.engine.driftResult = { ...drifted, markdown: 'again' };
    expect(await ws.run(await ws.files.env('schedule', {}, { 'INPUT_DRIFT-ISSUE-LABEL': 'drift' }))).toBe(0);
    expect([...ws.github.issues.values()].map((i) => [i.state, i.labels])).toEqual([
      ['closed', ['snyk-drift']],
      ['open', ['drift']],
    ]);
  });

  it('keeps the issue open while parts of live state cannot be read', async () => {
    ws.engine.driftResult = { ok: true, hasDrift: true, unknownParts: 0, summary: {}, markdown: 'x' };
    await ws.run(await ws.files.env('schedule', {}));
    ws.engine.driftResult = {
      ok: true,
      hasDrift: false,
      unknownParts: 2,
      summary: {},
      markdown: 'org[a]: 503',
    };
    await ws.run(await ws.files.env('schedule', {}));
    expect([...ws.github.issues.values()].map((i) => i.state)).toEqual(['open']);
  });
});

describe('run with bad inputs', () => {
  it('fails with an error annotation naming the input', async () => {
    expect(await ws.run(await ws.files.env('push', {}, { INPUT_MODE: 'destroy' }))).toBe(1);
    expect(ws.stdout).toContain("::error::snyk-gitops: input 'mode' is 'destroy'");
  });
});
