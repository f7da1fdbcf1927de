// Least privilege, run as the runner runs it against the emulator with a Group Viewer service
// account's token (which may read, but neither change anything nor list invitations): a pull
// request's plan and the drift report work with it, state what it cannot read, and still
// compare everything else; the apply, with the admin token, accepts that review.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import { expectNoSecrets } from './expect-clean.test-helpers.ts';
import {
  type ActionRun,
  logWithoutMasks,
  pullRequestPayload,
  pushPayload,
  readExampleState,
  SNYK_TOKEN,
  snykWrites,
} from './harness.test-helpers.ts';
import { harnessPerTest } from './harness-per-test.test-helpers.ts';

const harness = harnessPerTest();
const VIEWER_TOKEN = 'snyk-viewer-token-0123456789';

/** The example state plus a service account that is only a Group Viewer, and its token. */
async function withViewer(): Promise<EmulatorState> {
  const state = await readExampleState();
  const group = state.groups[0];
  const viewerRole = group?.groupRoles.find((r) => r.name === 'Group Viewer');
  if (!group || !viewerRole) throw new Error('fixture: the example has a group with a Group Viewer role');
  const id = '0b5e7c2a-1d4f-4e8a-9c3b-7a6f5e4d3c2b';
  state.users.push({
    id,
    name: 'Plan Bot',
    email: 'plan-bot@serviceaccount.acme.com',
    username: 'plan-bot',
    type: 'service_account',
  });
  group.members.push({
    id: 'e7d6c5b4-a392-4817-b6a5-948372615041',
    userId: id,
    roleId: viewerRole.id,
    createdAt: '2024-03-01T09:00:00.000Z',
  });
  state.tokens.push({ token: VIEWER_TOKEN, userId: id, kind: 'service_account' });
  return state;
}

/** payments gets a member who is not a Snyk user yet: an invitation, which a viewer cannot see. */
async function inviteHeidi() {
  const h = harness();
  h.emulator.setState(await withViewer());
  const file = join(h.workspace, 'payments.yaml');
  const anchor = '{ user: bob@acme.com, role: Org Admin }';
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(anchor, `${anchor}\n      - { user: heidi@acme.com, role: Org Collaborator }`),
  );
}

const planAddresses = async (run: ActionRun) =>
  (
    JSON.parse(await readFile(run.outputs['plan-path'] ?? '', 'utf8')) as { changes: { address: string }[] }
  ).changes
    .map((c) => `${c.address}`)
    .sort();

const noViewerToken = (run: ActionRun) => {
  for (const text of [logWithoutMasks(run.stdout), run.summary, run.outputFile, ...run.posted])
    expect(text).not.toContain(VIEWER_TOKEN);
};

describe('a read-only (Group Viewer) token', () => {
  it('plans a pull request: everything it can read, and says what it cannot', async () => {
    await inviteHeidi();
    const h = harness();
    const admin = await h.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(admin.code, admin.stdout).toBe(0);
    const adminPlan = await planAddresses(admin);
    expect(adminPlan).toContain('org[payments].pending[heidi@acme.com]');

    const viewer = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'snyk-token': VIEWER_TOKEN },
    });
    expect(viewer.code, viewer.stdout).toBe(0);
    // The same plan but for the invitation nobody could see; members, settings, orgs all compared.
    expect(await planAddresses(viewer)).toEqual(
      adminPlan.filter((a) => a !== 'org[payments].pending[heidi@acme.com]'),
    );
    const comment =
      h.github.issues.get(7)?.comments.find((c) => c.body.includes('snyk-gitops:plan:'))?.body ?? '';
    expect(comment).toContain('Unknown: the token cannot read');
    expect(comment).toContain('unknown: `org[payments].invites`: the token cannot read it');
    expect(viewer.summary).toContain('unknown: `org[payments].invites`');
    expect(snykWrites(h.emulator)).toEqual([]);
    noViewerToken(viewer);

    // The plan file (an artifact) shows only part of the truth: no apply takes it.
    const saved = viewer.outputs['plan-path'] ?? '';
    const apply = await runCliProcess(['apply', '--plan', saved], {
      env: { SNYK_TOKEN, SNYK_API_URL: h.emulator.url },
    });
    expect(apply.code).not.toBe(0);
    expect(apply.stderr).toMatch(/made with a token that cannot read [^\n]*org\[payments\]\.invites/);
    expect(apply.stderr).not.toMatch(/\n\s+at /);
    expect(snykWrites(h.emulator)).toEqual([]);
  });

  it('reports drift: what it can read is compared, the invitations are unknown', async () => {
    const h = harness();
    h.emulator.setState(await withViewer());
    const run = await h.runAction({
      event: 'workflow_dispatch',
      payload: { repository: { full_name: 'acme/snyk-config', default_branch: 'main' } },
      inputs: { 'snyk-token': VIEWER_TOKEN },
    });
    expect(run.code, run.stdout).toBe(0);
    const issue = [...h.github.issues.values()].find((i) => i.body.includes('snyk-gitops:drift:'));
    // Drift in orgs whose invitations are unreadable is still reported (bob's role in payments).
    expect(issue?.body).toContain('`org[payments].member[bob@acme.com]` changed in Snyk');
    expect(issue?.body).toContain('`group.member[mallory@acme.com]` added in Snyk');
    expect(issue?.body).toContain('`org[payments].invites`: the token cannot read it');
    expect(snykWrites(h.emulator)).toEqual([]);
    noViewerToken(run);
  });

  it("'s review is accepted by the apply (admin token), the unseen invitation included", async () => {
    await inviteHeidi();
    const h = harness();
    const review = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'snyk-token': VIEWER_TOKEN },
    });
    expect(review.code, review.stdout).toBe(0);
    const apply = await h.runAction({
      event: 'push',
      payload: pushPayload(),
      inputs: { 'require-reviewed-plan': 'true' },
    });
    expect(apply.code, apply.stdout).toBe(0);
    const payments = h.emulator.getState().groups[0]?.orgs.find((o) => o.slug === 'payments');
    expect(payments?.invites.map((i) => i.email)).toContain('heidi@acme.com');
    expectNoSecrets(apply);
  });
});
