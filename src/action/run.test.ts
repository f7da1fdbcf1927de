import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../test/support/fake-github.ts';
import { createGitHubApi } from './github.ts';
import { GITHUB_BODY_LIMIT } from './limit-size.ts';
import { maskEmail } from './mask-emails.ts';
import {
  buildPlan,
  createRunnerFiles,
  membershipChange,
  type RunnerFiles,
  ScriptedEngine,
} from './run.test-helpers.ts';
import { run } from './run.ts';

// The plan renderer is another module's concern; this one renders every change, unbounded, so
// that the tests also prove the action's own size limit.
vi.mock('../render/plan-markdown.ts', () => ({
  renderPlanMarkdown: (plan: { changes: { action: string; address: string }[] }) =>
    ['```diff', ...plan.changes.map((c) => `+ ${c.action} ${c.address} ${'.'.repeat(40)}`), '```'].join('\n'),
}));

const REPO = 'acme/snyk-config';
const HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const MERGE = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

let github: FakeGitHub;
let files: RunnerFiles;
let engine: ScriptedEngine;
let stdout: string;

beforeEach(async () => {
  github = await startFakeGitHub({ repository: REPO, token: 'ghs_secret', maxPageSize: 2 });
  files = await createRunnerFiles(github.url, REPO);
  engine = new ScriptedEngine();
  stdout = '';
});
afterEach(async () => {
  await rm(files.dir, { recursive: true, force: true });
  expect(github.unexpected).toEqual([]);
  await github.close();
});

async function runAction(env: Record<string, string>): Promise<number> {
  const api = createGitHubApi({
    repository: REPO,
    baseUrl: github.url,
    token: 'ghs_secret',
    throttle: false,
  });
  return run(env, { engine, github: api, stdout: { write: (t: string) => (stdout += t) } });
}

function pullRequestEnv(extra: Record<string, string> = {}, headRepo = REPO) {
  return files.env(
    'pull_request',
    {
      pull_request: {
        number: 7,
        head: { sha: HEAD, repo: { full_name: headRepo } },
        base: { repo: { full_name: REPO } },
      },
      repository: { full_name: REPO, default_branch: 'main' },
    },
    { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: MERGE, ...extra },
  );
}

function pushEnv(extra: Record<string, string> = {}) {
  return files.env(
    'push',
    { after: MERGE, repository: { full_name: REPO, default_branch: 'main' } },
    { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE, ...extra },
  );
}

function mergedPullRequest(headSha = HEAD) {
  github.commitPulls.set(MERGE, [
    { number: 7, head: { sha: headSha }, base: { ref: 'main' }, merged_at: '2025-01-01T00:00:00Z' },
  ]);
}

const bodies = (n: number) => github.issues.get(n)?.comments.map((c) => c.body) ?? [];

describe('run on a pull request', () => {
  beforeEach(() => {
    const pr = github.addPullRequest(7);
    // Other people's comments come first, so finding the sticky comment needs pagination.
    for (const body of ['LGTM', 'nit', 'ship it'])
      pr.comments.push({ id: 1, body, user: { login: 'dev', type: 'User' } });
  });

  it('comments the plan once, then updates that same comment on the next push', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv())).toBe(0);
    engine.planResult = {
      ok: true,
      plan: buildPlan([membershipChange('bob@acme.com'), membershipChange('eve@acme.com')]),
    };
    expect(await runAction(await pullRequestEnv())).toBe(0);

    const ours = bodies(7).filter((b) => b.includes('<!-- snyk-gitops:plan:snyk-gitops.yaml -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toContain('eve@acme.com');
    expect(ours[0]).toContain('2 to create');
    expect(ours[0]).toContain('Commit `aaaaaaa`');
    expect(ours[0]).toMatch(/plan digest `sha256:[0-9a-f]{64}`/);
    expect(github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
    expect(engine.calls).not.toContain(expect.stringMatching(/^apply/));

    expect(await files.summary()).toContain('org[payments].member[eve@acme.com]');
    const outputs = await files.outputs();
    expect(outputs['has-changes']).toBe('true');
    expect(JSON.parse(outputs.summary ?? '')).toEqual({ create: 2, update: 0, delete: 0 });
    expect(outputs['plan-path']).toBe(`${files.dir}/snyk-gitops-plan.json`);
  });

  it('never applies on a pull request even when mode is apply', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv({ INPUT_MODE: 'apply' }))).toBe(0);
    expect(engine.applied).toEqual([]);
    expect(stdout).toMatch(/never applies/);
  });

  it('fails with located annotations and a comment when the config is invalid', async () => {
    engine.validation = {
      ok: false,
      issues: [
        {
          file: `${files.dir}/teams/a.yaml`,
          line: 4,
          column: 7,
          message: "unknown key 'nmae', did you mean 'name'?",
        },
      ],
      text: "teams/a.yaml:4:7 unknown key 'nmae'",
    };
    expect(await runAction(await pullRequestEnv())).toBe(1);
    expect(stdout).toContain(
      "::error file=teams/a.yaml,line=4,col=7::unknown key 'nmae', did you mean 'name'?",
    );
    expect(engine.calls).toEqual(['validate snyk-gitops.yaml']);
    const [comment] = bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment).toContain('is invalid');
    expect(comment).toContain("`teams/a.yaml:4` unknown key 'nmae'");
  });

  it('only validates a pull request from a fork, says why, and never asks for a plan', async () => {
    expect(await runAction(await pullRequestEnv({}, 'mallory/snyk-config'))).toBe(0);
    expect(engine.calls).toEqual(['validate snyk-gitops.yaml']);
    const [comment] = bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment).toMatch(/Plan skipped:.*fork \(mallory\/snyk-config\)/);
    expect(await files.summary()).toMatch(/fork/);
  });

  it('only validates without a Snyk token', async () => {
    expect(await runAction(await pullRequestEnv({ 'INPUT_SNYK-TOKEN': '' }))).toBe(0);
    expect(engine.calls).toEqual(['validate snyk-gitops.yaml']);
    expect(bodies(7).join('\n')).toMatch(/no Snyk token/);
  });

  it('masks every email in what it posts when mask-emails is on', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv({ 'INPUT_MASK-EMAILS': 'true' }))).toBe(0);
    const posted = [...bodies(7), await files.summary()].join('\n');
    expect(posted).not.toContain('bob@acme.com');
    expect(posted).toContain(`org[payments].member[${maskEmail('bob@acme.com')}]`);
  });

  it('keeps a 3,000-change plan under GitHub’s size limit, pointing to the full plan', async () => {
    const changes = Array.from({ length: 3000 }, (_, i) =>
      membershipChange(`user${i}@acme.com`, 'Org Admin', `org-${i % 40}`),
    );
    engine.planResult = { ok: true, plan: buildPlan(changes) };
    expect(await runAction(await pullRequestEnv())).toBe(0);
    const [comment] = bodies(7).filter((b) => b.includes('snyk-gitops:plan:'));
    expect(comment?.length).toBeLessThan(GITHUB_BODY_LIMIT);
    expect(comment).toContain('Truncated');
    expect(comment).toContain('3000 to create');
    expect((await files.summary()).length).toBeLessThan(GITHUB_BODY_LIMIT);
  });

  it('never prints the tokens', async () => {
    engine.planResult = { ok: false, error: 'auth failed for snyk-secret-token' };
    expect(await runAction(await pullRequestEnv())).toBe(1);
    expect(stdout).toContain('::add-mask::snyk-secret-token');
    expect(
      stdout.replace('::add-mask::snyk-secret-token', '').replace('::add-mask::ghs_secret', ''),
    ).not.toMatch(/snyk-secret-token|ghs_secret/);
    expect(bodies(7).join('\n')).not.toContain('snyk-secret-token');
  });
});

describe('run on push to the default branch', () => {
  beforeEach(() => {
    github.addPullRequest(7);
    mergedPullRequest();
  });

  it('applies the plan and comments the outcome on the merged pull request', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pushEnv({ 'INPUT_ALLOW-MASS-DELETE': 'true' }))).toBe(0);
    expect(engine.calls).toContain('apply allowMassDelete=true');
    const [comment] = bodies(7).filter((b) => b.includes('snyk-gitops:apply:'));
    expect(comment).toContain('applied `snyk-gitops.yaml`');
    expect(comment).toContain('1 applied, 0 failed');
    expect(await files.summary()).toContain('```\napplied 1\n```');
  });

  it('fails the run when apply fails', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    engine.applyResult = {
      ok: false,
      applied: 0,
      failed: 1,
      skipped: 0,
      text: 'HTTP 500',
      markdown: '- ❌ bob',
    };
    expect(await runAction(await pushEnv())).toBe(1);
    expect(bodies(7).join('\n')).toContain('failed');
  });

  it('with require-reviewed-plan, applies the plan that was reviewed', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv())).toBe(0);
    expect(await runAction(await pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(0);
    expect(engine.applied).toHaveLength(1);
  });

  it('with require-reviewed-plan, refuses a plan that changed since review and says what changed', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv())).toBe(0);
    engine.planResult = {
      ok: true,
      plan: buildPlan([membershipChange('bob@acme.com', 'Org Admin'), membershipChange('eve@acme.com')]),
    };
    expect(await runAction(await pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(engine.applied).toEqual([]);
    const [comment] = bodies(7).filter((b) => b.includes('snyk-gitops:apply:'));
    expect(comment).toContain('did not apply');
    expect(comment).toContain('changed since review: `create org[payments].member[bob@acme.com]`');
    expect(comment).toContain('new since review: `create org[payments].member[eve@acme.com]`');
    expect(stdout).toMatch(/::error::not applied \(require-reviewed-plan\)/);
  });

  it('with require-reviewed-plan, refuses when the merged head is not the commit that was planned', async () => {
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pullRequestEnv())).toBe(0);
    mergedPullRequest('cccccccccccccccccccccccccccccccccccccccc');
    expect(await runAction(await pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(bodies(7).join('\n')).toContain('merged at ccccccc');
  });

  it('with require-reviewed-plan, refuses a direct push that no pull request reviewed', async () => {
    github.commitPulls.clear();
    engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await runAction(await pushEnv({ 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' }))).toBe(1);
    expect(engine.applied).toEqual([]);
    expect(await files.summary()).toContain('is not the merge of a pull request');
  });
});

describe('run on schedule (drift)', () => {
  it('opens one issue, updates it while drift persists, and closes it with a comment when in sync', async () => {
    const drifted = { ok: true, hasDrift: true, unknownParts: 0, summary: { update: 1 } };
    engine.driftResult = { ...drifted, markdown: 'org[payments] renamed to Payment$' };
    expect(await runAction(await files.env('schedule', {}))).toBe(0);
    engine.driftResult = { ...drifted, markdown: 'org[payments] renamed to Pay' };
    expect(await runAction(await files.env('schedule', {}))).toBe(0);

    const issues = [...github.issues.values()];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', labels: ['snyk-drift'] });
    expect(issues[0]?.body).toContain('renamed to Pay\n');
    expect((await files.outputs())['has-changes']).toBe('true');

    engine.driftResult = { ok: true, hasDrift: false, unknownParts: 0, summary: {}, markdown: '' };
    expect(await runAction(await files.env('workflow_dispatch', {}))).toBe(0);
    expect(issues[0]?.state).toBe('closed');
    expect(issues[0]?.comments.map((c) => c.body)).toEqual([expect.stringContaining('back in sync')]);

    engine.driftResult = { ...drifted, markdown: 'again' };
    expect(await runAction(await files.env('schedule', {}, { 'INPUT_DRIFT-ISSUE-LABEL': 'drift' }))).toBe(0);
    expect([...github.issues.values()].map((i) => [i.state, i.labels])).toEqual([
      ['closed', ['snyk-drift']],
      ['open', ['drift']],
    ]);
  });

  it('keeps the issue open while parts of live state cannot be read', async () => {
    engine.driftResult = { ok: true, hasDrift: true, unknownParts: 0, summary: {}, markdown: 'x' };
    await runAction(await files.env('schedule', {}));
    engine.driftResult = { ok: true, hasDrift: false, unknownParts: 2, summary: {}, markdown: 'org[a]: 503' };
    await runAction(await files.env('schedule', {}));
    expect([...github.issues.values()].map((i) => i.state)).toEqual(['open']);
  });
});

describe('run with bad inputs', () => {
  it('fails with an error annotation naming the input', async () => {
    expect(await runAction(await files.env('push', {}, { INPUT_MODE: 'destroy' }))).toBe(1);
    expect(stdout).toContain("::error::snyk-gitops: input 'mode' is 'destroy'");
  });
});
