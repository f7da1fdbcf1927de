// Contract §4.3 end to end, the CLI against the emulator: access that ends by itself, delegated
// team files, invitations that expired, and a plan that shows the refusal apply then makes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  membersOf,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function fixture(state: Awaited<ReturnType<typeof loadDemoState>>): Promise<EmulatorFixture> {
  fx = await startFixture(state);
  return fx;
}

const payments = (members: string[], extra = '') => `version: 1
group: { id: ${DEMO_GROUP} }
users: { unknown: invite, ignore: ["*@serviceaccount.acme.com"] }
${extra}
orgs:
  - slug: payments
    name: Payments
    members:
${members.map((m) => `      - ${m}`).join('\n')}
`;

const paymentsMembers = (f: EmulatorFixture) => {
  const state = f.emu.getState();
  const at = lookup(state);
  return membersOf(state, at.org('payments').members, at.group.orgRoles);
};

describe('expiring access', () => {
  it('an expired membership is removed by one apply, and the next plan is clean', async () => {
    const f = await fixture(await loadDemoState());
    const config = await f.write(
      'expired.yaml',
      payments([
        '{ user: bob@acme.com, role: Org Collaborator }',
        '{ user: carol@acme.com, role: Org Collaborator, expires: 2020-01-31 }',
        '{ user: secops@acme.com, role: Org Admin }',
      ]),
    );
    const planned = await runCliProcess(['plan', config, '--no-color'], { env: f.env });
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain('- org[payments].member[carol@acme.com]');
    expect(planned.stdout).toContain(
      '# Expired at 2020-02-01T00:00:00Z (expires: 2020-01-31): the access ends.',
    );
    f.emu.clearRequests();
    const applied = await runCliProcess(['apply', config, '--auto-approve'], { env: f.env });
    expect(applied.code, applied.stderr).toBe(0);
    const { id: orgId } = lookup(f.emu.getState()).org('payments');
    expect(writesIn(f.emu.requests()).map((r) => `${r.method} ${r.path.replace(orgId, '{org_id}')}`)).toEqual(
      [expect.stringMatching(/^DELETE \/rest\/orgs\/\{org_id\}\/memberships\/[\w-]+$/)],
    );
    expect(paymentsMembers(f)).toEqual([
      'bob@acme.com=Org Collaborator',
      'ci-bot@serviceaccount.acme.com=Org Collaborator',
      'secops@acme.com=Org Admin',
    ]);
    const again = await runCliProcess(['plan', config, '--detailed-exitcode', '--no-color'], { env: f.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('expired at 2020-02-01T00:00:00Z (expires: 2020-01-31): not created');
  });

  it('an entry about to end is a warning, judged by the injected clock', async () => {
    const f = await fixture(await loadDemoState());
    const config = await f.write(
      'soon.yaml',
      payments([
        '{ user: bob@acme.com, role: Org Collaborator }',
        '{ user: carol@acme.com, role: Org Collaborator, expires: "2030-06-10T00:00:00Z" }',
        '{ user: secops@acme.com, role: Org Admin }',
      ]),
    );
    const at = (iso: string) => ({ env: f.env, now: () => new Date(iso) });
    const early = await runCliInProcess(['plan', config, '--format', 'json'], at('2030-05-01T00:00:00Z'));
    expect(JSON.parse(early.stdout).warnings).toEqual([]);
    const soon = await runCliInProcess(['plan', config, '--format', 'json'], at('2030-06-05T00:00:00Z'));
    expect(JSON.parse(soon.stdout)).toMatchObject({
      changes: [],
      createdAt: '2030-06-05T00:00:00.000Z',
      warnings: [{ code: 'MEMBER_EXPIRES_SOON', address: 'org[payments].member[carol@acme.com]' }],
    });
    const late = await runCliInProcess(['plan', config, '--format', 'json'], at('2030-06-10T00:00:00Z'));
    expect(JSON.parse(late.stdout).changes.map((c: { expiredAt?: string }) => c.expiredAt)).toEqual([
      '2030-06-10T00:00:00.000Z',
    ]);
  });
});

describe('a plan that apply would refuse', () => {
  it('shows the refusal, and apply refuses with the same words', async () => {
    const f = await fixture(await loadDemoState());
    // secops is payments' only Org Admin: leaving them out leaves the org without one.
    const config = await f.write(
      'lockout.yaml',
      payments([
        '{ user: bob@acme.com, role: Org Collaborator }',
        '{ user: carol@acme.com, role: Org Collaborator }',
      ]),
    );
    const json = await runCliProcess(['plan', config, '--format', 'json'], { env: f.env });
    const { refusals } = JSON.parse(json.stdout) as {
      refusals: { rail: string; message: string; override: string }[];
    };
    expect(refusals.map((r) => [r.rail, r.override])).toEqual([['lockout', '--allow-lockout']]);
    const message = refusals[0]!.message;
    expect(message).toBe(
      'Refusing to leave org[payments] without any Org Admin: org[payments].member[secops@acme.com]. Re-run with --allow-lockout if this is intended.',
    );
    const text = await runCliProcess(['plan', config, '--no-color'], { env: f.env });
    expect(text.stdout).toContain(`Apply will refuse this plan:\n  ✗ ${message}`);
    const markdown = await runCliProcess(['plan', config, '--format', 'markdown'], { env: f.env });
    expect(markdown.stdout).toContain(message);
    f.emu.clearRequests();
    const applied = await runCliProcess(['apply', config, '--auto-approve'], { env: f.env });
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain(`- ${message} (override: --allow-lockout)`);
    expect(writesIn(f.emu.requests())).toEqual([]);
  });
});

describe('delegated team files', () => {
  it('are refused for each kind of violation, each naming the file, the line and the delegate entry', async () => {
    const f = await fixture(await loadDemoState());
    const root = join(f.dir, 'snyk');
    await mkdir(join(root, 'teams/payments'), { recursive: true });
    await mkdir(join(root, '.github'), { recursive: true });
    await writeFile(
      join(root, 'group.yaml'),
      `version: 1
group: { id: ${DEMO_GROUP} }
delegate:
  - files: "teams/payments/**"
    orgs: ["payments"]
    roles: ["Org Collaborator"]
`,
    );
    // Hidden folders are not config.
    await writeFile(join(root, '.github/ignored.yaml'), 'not: [valid');
    await writeFile(
      join(root, 'teams/payments/team.yaml'),
      `version: 1
prune: { orgMembers: false }
orgs:
  - slug: payments
    members:
      - { user: bob@acme.com, role: Org Admin }
  - slug: platform
`,
    );
    const result = await runCliProcess(['validate', root], { env: f.env });
    expect(result.code).toBe(1);
    const entry = `delegate[0] (${join(root, 'group.yaml')}:4:5)`;
    const file = join(root, 'teams/payments/team.yaml');
    expect(result.stderr.split('\n').filter((l) => l.startsWith(file))).toEqual([
      `${file}:2:1: 'prune' may not be set here: this file is delegated by ${entry}, which leaves it to the group's own files`,
      `${file}:6:37: role 'Org Admin' may not be granted in org 'payments': ${entry} allows 'Org Collaborator'`,
      `${file}:7:11: org 'platform' is not delegated to this file: this file is delegated by ${entry}, which allows orgs payments`,
    ]);
    // Nothing is sent to Snyk for an invalid config.
    f.emu.clearRequests();
    expect((await runCliProcess(['plan', root], { env: f.env })).code).toBe(1);
    expect(f.emu.requests().filter((r) => r.api !== 'control')).toEqual([]);
  });

  it('examples/delegated plans against the demo account', async () => {
    const f = await fixture(await loadDemoState());
    const result = await runCliProcess(['plan', 'examples/delegated', '--format', 'json'], { env: f.env });
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { changes: { address: string }[]; refusals: unknown[] };
    expect(plan.changes.map((c) => c.address)).toContain('org[data].pending[grace@acme.com]');
  });
});

describe('invitations that expired', () => {
  it('are re-sent exactly once: the inactive one deleted, one active one sent, then nothing', async () => {
    const state = await loadDemoState();
    const at = lookup(state);
    const org = at.org('payments');
    org.invites.push({
      id: 'f0c4a1d2-0000-4000-8000-000000000001',
      email: 'grace@acme.com',
      roleId: at.orgRole('Org Collaborator'),
      isActive: false,
    });
    const f = await fixture(state);
    const config = await f.write(
      'invite.yaml',
      payments([
        '{ user: bob@acme.com, role: Org Collaborator }',
        '{ user: carol@acme.com, role: Org Collaborator }',
        '{ user: secops@acme.com, role: Org Admin }',
        '{ user: grace@acme.com, role: Org Collaborator }',
      ]),
    );
    const planned = await runCliProcess(['plan', config, '--format', 'json'], { env: f.env });
    expect(JSON.parse(planned.stdout).changes).toMatchObject([
      {
        action: 'update',
        kind: 'pending_user',
        address: 'org[payments].pending[grace@acme.com]',
        note: 'invitation expired',
      },
    ]);
    f.emu.clearRequests();
    expect((await runCliProcess(['apply', config, '--auto-approve'], { env: f.env })).code).toBe(0);
    expect(
      writesIn(f.emu.requests()).map((r) => `${r.method} ${r.path.replace(org.id, '{org_id}')}`),
    ).toEqual([
      'DELETE /rest/orgs/{org_id}/invites/f0c4a1d2-0000-4000-8000-000000000001',
      'POST /rest/orgs/{org_id}/invites',
    ]);
    const invites = lookup(f.emu.getState()).org('payments').invites;
    expect(invites.map((i) => [i.email, i.isActive])).toEqual([['grace@acme.com', true]]);
    f.emu.clearRequests();
    expect((await runCliProcess(['apply', config, '--auto-approve'], { env: f.env })).code).toBe(0);
    expect(writesIn(f.emu.requests())).toEqual([]);
  });
});
