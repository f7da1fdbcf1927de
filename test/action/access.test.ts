// Contract §4.3 in the Action, run as the runner runs it (dist/action.js against the emulator
// and the fake GitHub): a scheduled run removes expired access and nothing else; a pull request
// whose plan apply would refuse fails with that refusal; a delegated file that oversteps gets
// file:line annotations.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecrets, expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import {
  type Harness,
  PR_NUMBER,
  pullRequestPayload,
  readExampleState,
  schedulePayload,
  snykWrites,
  startHarness,
} from './harness.test-helpers.ts';

let harness: Harness | undefined;
afterEach(async () => {
  if (harness) expectOnlyKnownGitHubRequests(harness);
  await harness?.close();
  harness = undefined;
});

async function start(): Promise<Harness> {
  harness = await startHarness();
  return harness;
}

async function edit(h: Harness, file: string, from: string, to: string) {
  const path = join(h.workspace, file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: ${file} has no '${from}'`);
  await writeFile(path, text.replace(from, to));
}

describe('a scheduled run', () => {
  it('removes expired access, and nothing else, then reports the rest as drift', async () => {
    const h = await start();
    await edit(
      h,
      'payments.yaml',
      '{ user: carol@acme.com, role: Org Collaborator }',
      '{ user: carol@acme.com, role: Org Collaborator, expires: 2020-06-30 }',
    );
    const state = await readExampleState();
    const payments = state.groups[0]!.orgs.find((o) => o.slug === 'payments')!;
    const carol = state.users.find((u) => u.email === 'carol@acme.com')!;
    const carolsMembership = payments.members.find((m) => m.userId === carol.id)!;

    const run = await h.runAction({ event: 'schedule', payload: schedulePayload() });
    expect(run.code, run.stdout).toBe(0);
    expect(snykWrites(h.emulator).map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /rest/orgs/${payments.id}/memberships/${carolsMembership.id}`,
    ]);
    expect(run.summary).toContain('removed 1 expired access');
    // The rest of the demo's drift (an unmanaged group member, settings) is reported, not applied.
    const issue = [...h.github.issues.values()].find((i) => i.body.includes('snyk-gitops:drift:'));
    expect(issue?.body).toContain('mallory@acme.com');
    expect(issue?.body).not.toContain('`org[payments].member[carol@acme.com]` added');
    expectNoSecrets(run);

    // The next scheduled run has no expired access left to remove.
    h.emulator.clearRequests();
    expect((await h.runAction({ event: 'schedule', payload: schedulePayload() })).code).toBe(0);
    expect(snykWrites(h.emulator)).toEqual([]);
  });

  it('only reports, with enforce-expiry false', async () => {
    const h = await start();
    await edit(
      h,
      'payments.yaml',
      '{ user: carol@acme.com, role: Org Collaborator }',
      '{ user: carol@acme.com, role: Org Collaborator, expires: 2020-06-30 }',
    );
    const run = await h.runAction({
      event: 'schedule',
      payload: schedulePayload(),
      inputs: { 'enforce-expiry': 'false' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(snykWrites(h.emulator)).toEqual([]);
    const issue = [...h.github.issues.values()].find((i) => i.body.includes('snyk-gitops:drift:'));
    expect(issue?.body).toContain('`org[payments].member[carol@acme.com]` added');
  });

  it('with mode expire removes expired access only: no drift report, no issue', async () => {
    const h = await start();
    await edit(
      h,
      'payments.yaml',
      '{ user: carol@acme.com, role: Org Collaborator }',
      '{ user: carol@acme.com, role: Org Collaborator, expires: 2020-06-30 }',
    );
    const run = await h.runAction({
      event: 'schedule',
      payload: schedulePayload(),
      inputs: { mode: 'expire' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(snykWrites(h.emulator)).toHaveLength(1);
    expect(run.summary).toContain('removed 1 expired access');
    expect(run.outputs).toMatchObject({ 'has-changes': 'true', summary: '{"delete":1}' });
    expect(h.github.issues.size).toBe(0);
    expect(h.github.writes()).toEqual([]);
    expectNoSecrets(run);
  });
});

describe('a pull request', () => {
  it('fails with the refusal apply would make, unless the workflow sets the input that lifts it', async () => {
    const h = await start();
    h.github.addPullRequest(PR_NUMBER);
    // secops (by default) is the only Org Admin of payments in the demo: demoting them leaves none.
    await edit(
      h,
      'group.yaml',
      '{ user: secops@acme.com, role: Org Admin }',
      '{ user: secops@acme.com, role: Org Collaborator }',
    );
    await edit(
      h,
      'payments.yaml',
      '{ user: bob@acme.com, role: Org Admin }',
      '{ user: bob@acme.com, role: Org Collaborator }',
    );
    const refused = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'allow-mass-delete': 'true' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /::error::apply will refuse this plan: Refusing to leave org\[payments\] without any Org Admin/,
    );
    const comment = h.github.issues.get(PR_NUMBER)?.comments.at(-1)?.body ?? '';
    expect(comment).toContain('Apply will refuse this plan');
    expect(snykWrites(h.emulator)).toEqual([]);

    const lifted = await h.runAction({
      event: 'pull_request',
      payload: pullRequestPayload(),
      inputs: { 'allow-mass-delete': 'true', 'allow-lockout': 'true' },
    });
    expect(lifted.code, lifted.stdout).toBe(0);
  });

  it('annotates a delegated file that oversteps at its file and line', async () => {
    const h = await start();
    h.github.addPullRequest(PR_NUMBER);
    await edit(
      h,
      'group.yaml',
      'users:',
      'delegate:\n  - { files: "payments.yaml", orgs: ["payments"], roles: ["Org Collaborator"] }\n\nusers:',
    );
    const run = await h.runAction({ event: 'pull_request', payload: pullRequestPayload() });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error file=payments\.yaml,line=9,col=\d+::role 'Org Admin' may not be granted in org 'payments': delegate\[0\] \(group\.yaml:\d+:\d+\)/,
    );
  });
});
