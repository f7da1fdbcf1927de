// A sticky comment is the action's own: written by the identity it comments as, with its
// marker as the first line. Anyone can post a comment carrying the marker, and data from
// Snyk quoted in a plan can carry one too; neither may be edited or trusted as the review.
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../test/support/fake-github.ts';
import { applyMarker, planMarker } from './comments.ts';
import { createGitHubApi } from './github.ts';
import { digestChanges, formatReviewBlock } from './plan-digest.ts';
import {
  buildPlan,
  createRunnerFiles,
  membershipChange,
  type RunnerFiles,
  ScriptedEngine,
} from './run.test-helpers.ts';
import { run } from './run.ts';

const REPO = 'acme/snyk-config';
const HEAD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const MERGE = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const KEY = 'snyk-gitops.yaml';

let github: FakeGitHub;

afterEach(async () => {
  expect(github.unexpected).toEqual([]);
  await github.close();
});

function api(commentAuthor?: string) {
  return createGitHubApi({
    repository: REPO,
    baseUrl: github.url,
    throttle: false,
    ...(commentAuthor === undefined ? {} : { commentAuthor }),
  });
}

describe('sticky comments on the fake GitHub', () => {
  beforeEach(async () => {
    github = await startFakeGitHub({ repository: REPO });
  });

  it("never edits another user's comment that carries the marker", async () => {
    const pr = github.addPullRequest(7);
    const forged = `${planMarker(KEY)}\nlooks like the plan`;
    pr.comments.push({ id: 1, body: forged, user: { login: 'mallory', type: 'User' } });
    expect(await api().findComment(7, planMarker(KEY))).toBeUndefined();
    const result = await api().upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\nthe plan`);
    expect(result.created).toBe(true);
    expect(pr.comments.map((c) => c.body)).toEqual([forged, `${planMarker(KEY)}\nthe plan`]);
  });

  it('does not take a marker quoted inside its own plan comment for another comment', async () => {
    const pr = github.addPullRequest(7);
    const plan = `${planMarker(KEY)}\n- org[evil ${applyMarker(KEY)}]`;
    await api().upsertComment(7, planMarker(KEY), plan);
    await api().upsertComment(7, applyMarker(KEY), `${applyMarker(KEY)}\napplied`);
    expect(pr.comments.map((c) => c.body)).toEqual([plan, `${applyMarker(KEY)}\napplied`]);
  });

  it('comments as the configured identity (an app token) and owns only what it wrote', async () => {
    await github.close();
    github = await startFakeGitHub({ repository: REPO, login: 'snyk-gitops-app[bot]' });
    const pr = github.addPullRequest(7);
    const other = `${planMarker(KEY)}\nby the default bot`;
    pr.comments.push({ id: 1, body: other, user: { login: 'github-actions[bot]', type: 'Bot' } });
    const ours = api('snyk-gitops-app[bot]');
    const first = await ours.upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\none`);
    const second = await ours.upsertComment(7, planMarker(KEY), `${planMarker(KEY)}\ntwo`);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(pr.comments.map((c) => c.body)).toEqual([other, `${planMarker(KEY)}\ntwo`]);
  });

  it('does not adopt a drift issue someone else opened with the marker and the label', async () => {
    const issue = github.addPullRequest(9);
    delete issue.pull_request;
    Object.assign(issue, { labels: ['snyk-drift'], body: '<!-- snyk-gitops:drift:x -->\nmine' });
    expect(await api().findOpenIssue('snyk-drift', '<!-- snyk-gitops:drift:x -->')).toBeUndefined();
  });
});

describe('require-reviewed-plan', () => {
  let files: RunnerFiles;
  let engine: ScriptedEngine;
  let stdout = '';

  beforeEach(async () => {
    github = await startFakeGitHub({ repository: REPO, token: 'ghs_secret' });
    files = await createRunnerFiles(github.url, REPO);
    engine = new ScriptedEngine();
    github.addPullRequest(7);
    github.commitPulls.set(MERGE, [
      { number: 7, head: { sha: HEAD }, base: { ref: 'main' }, merged_at: '2025-01-01T00:00:00Z' },
    ]);
  });
  afterEach(() => rm(files.dir, { recursive: true, force: true }));

  const runPush = async () => {
    const env = await files.env(
      'push',
      { after: MERGE, repository: { full_name: REPO, default_branch: 'main' } },
      { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE, 'INPUT_REQUIRE-REVIEWED-PLAN': 'true' },
    );
    const github_ = createGitHubApi({
      repository: REPO,
      baseUrl: github.url,
      token: 'ghs_secret',
      throttle: false,
    });
    return run(env, { engine, github: github_, stdout: { write: (t: string) => (stdout += t) } });
  };

  it("never trusts a digest from another user's comment", async () => {
    const plan = buildPlan([membershipChange('mallory@acme.com', 'Org Admin')]);
    engine.planResult = { ok: true, plan };
    const forged = [
      planMarker(KEY),
      formatReviewBlock({ digest: digestChanges(plan.changes), headSha: HEAD }),
    ];
    github.issues.get(7)?.comments.push({
      id: 1,
      body: forged.join('\n'),
      user: { login: 'mallory', type: 'User' },
    });
    expect(await runPush()).toBe(1);
    expect(engine.applied).toEqual([]);
    expect(stdout).toContain('has no plan comment');
  });
});
