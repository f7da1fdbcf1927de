// `snyk-gitops apply` makes every kind of change, each verified in the emulator's final state;
// a fresh plan afterwards is empty, and a fault-free apply makes exactly one write call per
// change (the reads around it are fine).
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  DEMO_TENANT,
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

async function planJson(f: EmulatorFixture, args: string[]) {
  const result = await runCliInProcess(['plan', ...args, '--format', 'json'], { env: f.env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { changes: { action: string; kind: string; address: string }[] };
}

describe('apply examples/multi-team (the CLI as a process)', () => {
  it('applies the plan, one write per change, and Snyk then matches the file', async () => {
    fx = await startFixture(await loadDemoState());
    const planned = await planJson(fx, ['examples/multi-team']);
    expect(planned.changes).toHaveLength(12);

    fx.emu.clearRequests();
    const result = await runCliProcess(['apply', 'examples/multi-team', '--auto-approve'], { env: fx.env });
    expect(result.code).toBe(0);
    // Not a terminal: one line per change on stderr, in CI-log style.
    expect(result.stderr.trim().split('\n')).toHaveLength(planned.changes.length);
    expect(result.stderr).toContain('done    create org[mobile]\n');
    expect(result.stdout).toContain('Plan: 5 to add, 5 to change, 2 to destroy.');
    expect(result.stdout).toContain('Applied 12, failed 0, skipped 0.');
    expect(result.stdout).toContain('Snyk now matches the configuration.');
    const writes = writesIn(fx.emu.requests());
    expect(writes.map((w) => `${w.method} ${w.path}`)).toHaveLength(planned.changes.length);
    expect(writes.every((w) => w.status < 300)).toBe(true);

    const state = fx.emu.getState();
    const at = lookup(state);
    expect(at.group.settings.sessionLength).toBe(480);
    expect(membersOf(state, at.group.members, at.group.groupRoles)).not.toContain(
      'mallory@acme.com=Group Member',
    );
    expect(at.org('platform').name).toBe('Platform');
    expect(membersOf(state, at.org('platform').members, at.group.orgRoles)).toEqual([
      'ci-bot@serviceaccount.acme.com=Org Collaborator', // users.ignore: never touched
      'dave@acme.com=Org Admin',
      'secops@acme.com=Org Admin', // defaults.org.members
    ]);
    expect(at.org('data').settings.requestAccess.enabled).toBe(false);
    expect(membersOf(state, at.org('data').members, at.group.orgRoles)).toContain(
      'frank@acme.com=Org Auditor',
    );
    expect(membersOf(state, at.org('payments').members, at.group.orgRoles)).toContain(
      'bob@acme.com=Org Admin',
    );
    const mobile = at.org('mobile');
    expect(mobile.name).toBe('Mobile');
    expect(mobile.settings.requestAccess.enabled).toBe(false);
    expect(membersOf(state, mobile.members, at.group.orgRoles)).toEqual([
      'carol@acme.com=Org Collaborator',
      'secops@acme.com=Org Admin',
    ]);
    expect(mobile.invites.map((i) => [i.email, i.roleId, i.isActive])).toEqual([
      ['grace@acme.com', at.orgRole('Org Admin'), true],
    ]);
    // Untouched: the unlisted org (prune.orgs false) and the ignored service account.
    expect(at.org('legacy-tools').members).toEqual(lookup(await loadDemoState()).org('legacy-tools').members);

    const again = await runCliProcess(['plan', 'examples/multi-team', '--detailed-exitcode'], {
      env: fx.env,
    });
    expect(again.code).toBe(0);
  });
});

const GRACE = 'grace@acme.com';

/** The demo account with a few objects that let every remaining change kind appear. */
function everythingState(demo: EmulatorState): EmulatorState {
  const state = structuredClone(demo);
  const at = lookup(state);
  // erin is a member of data (a managed org, so a known user) but not of the group yet → group
  // membership create. (A user the reads do not see is a pending user, only a warning.)
  at.group.members = at.group.members.filter((m) => m.userId !== at.userId('erin@acme.com'));
  // bob holds a tenant membership the file does not list → tenant membership delete.
  at.tenant.members.push({
    id: 'f00dbabe-0000-4000-8000-000000000001',
    userId: at.userId('bob@acme.com'),
    roleId: at.tenantRole('Tenant Member'),
    createdAt: '2024-03-01T09:00:00.000Z',
  });
  return state;
}

const EVERYTHING = `version: 1
group:
  id: ${DEMO_GROUP}
  settings: { sessionLength: 60, requestAccess: { enabled: false } }
  tags:
    - { key: team, value: payments }
    - { key: team, value: platform }
    - { key: team, value: data }
    - { key: env, value: prod }
  members:
    - { user: alice@acme.com, role: Group Admin }
    - { user: bob@acme.com, role: Group Viewer }
    - { user: carol@acme.com, role: Group Member }
    - { user: dave@acme.com, role: Group Member }
    - { user: erin@acme.com, role: Group Member }
    - { user: frank@acme.com, role: Group Viewer }
    - { user: secops@acme.com, role: Group Viewer }
tenant:
  id: ${DEMO_TENANT}
  name: Acme Corp
  members:
    - { user: alice@acme.com, role: Tenant Admin }
    - { user: secops@acme.com, role: Tenant Admin }
users:
  unknown: provision
  ignore: ["*@serviceaccount.acme.com"]
prune: { groupMembers: true, orgMembers: true, tenantMembers: true, groupTags: force, orgs: false }
limits: { maxDeletePercent: 100 }
orgs:
  - slug: golden
    name: Golden Template
  - slug: data
    name: Data
    members:
      - { user: erin@acme.com, role: Org Admin }
  - slug: payments
    name: Payments Team
    settings: { ignores: { reasonRequired: true } }
    members:
      - { user: bob@acme.com, role: Org Admin }
      - { user: dave@acme.com, role: Org Collaborator }
      - { user: secops@acme.com, role: Org Admin }
  - slug: mobile
    name: Mobile
    template: golden
    members:
      - { user: carol@acme.com, role: Org Collaborator }
      - { user: ${GRACE}, role: Org Admin }
`;

describe('apply of every change kind', () => {
  it('creates, updates and deletes each kind, verified in the emulator, then plans nothing', async () => {
    fx = await startFixture(everythingState(await loadDemoState()));
    const config = await fx.write('everything.yaml', EVERYTHING);
    const planned = await planJson(fx, [config]);
    const kinds = new Set(planned.changes.map((c) => `${c.action} ${c.kind}`));
    expect([...kinds].sort()).toEqual(
      [
        'create group_membership',
        'create org',
        'create org_membership',
        'create pending_user',
        'delete group_membership',
        'delete group_tag',
        'delete org_membership',
        'delete tenant_membership',
        'update group_membership',
        'update group_settings',
        'update org',
        'update org_membership',
        'update org_settings',
        'update tenant',
        'update tenant_membership',
      ].sort(),
    );

    fx.emu.clearRequests();
    const result = await runCliInProcess(['apply', config, '--auto-approve'], { env: fx.env });
    expect(result.stderr).not.toContain('failed');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Applied ${planned.changes.length}, failed 0, skipped 0.`);
    expect(writesIn(fx.emu.requests())).toHaveLength(planned.changes.length);

    const state = fx.emu.getState();
    const at = lookup(state);
    expect(at.group.settings).toEqual({ sessionLength: 60, requestAccess: { enabled: false } });
    expect(at.group.tags.map((t) => `${t.key}:${t.value}`).sort()).toEqual(
      ['env:prod', 'team:data', 'team:payments', 'team:platform'].sort(),
    );
    expect(membersOf(state, at.group.members, at.group.groupRoles)).toEqual([
      'alice@acme.com=Group Admin',
      'bob@acme.com=Group Viewer',
      'carol@acme.com=Group Member',
      'ci-bot@serviceaccount.acme.com=Group Member', // users.ignore: never touched
      'dave@acme.com=Group Member',
      'erin@acme.com=Group Member',
      'frank@acme.com=Group Viewer',
      'secops@acme.com=Group Viewer',
    ]);
    expect(at.tenant.name).toBe('Acme Corp');
    expect(membersOf(state, at.tenant.members, at.tenant.roles)).toEqual([
      'alice@acme.com=Tenant Admin',
      'secops@acme.com=Tenant Admin',
    ]);
    const payments = at.org('payments');
    expect(payments.name).toBe('Payments Team');
    expect(payments.settings.ignores.reasonRequired).toBe(true);
    expect(membersOf(state, payments.members, at.group.orgRoles)).toEqual([
      'bob@acme.com=Org Admin',
      'ci-bot@serviceaccount.acme.com=Org Collaborator', // ignored: never touched
      'dave@acme.com=Org Collaborator',
      'secops@acme.com=Org Admin',
    ]);
    const mobile = at.org('mobile');
    expect(membersOf(state, mobile.members, at.group.orgRoles)).toEqual(['carol@acme.com=Org Collaborator']);
    expect(mobile.provisions.map((p) => [p.email, p.rolePublicId])).toEqual([
      [GRACE, at.orgRole('Org Admin')],
    ]);
    expect(mobile.invites).toEqual([]);

    const again = await planJson(fx, [config]);
    expect(again.changes).toEqual([]);
  });

  it('sends an invitation for an unknown user with users.unknown: invite, once', async () => {
    fx = await startFixture(await loadDemoState());
    const config = await fx.write(
      'invite.yaml',
      EVERYTHING.replace('unknown: provision', 'unknown: invite').replace(/^ {2}tags:\n(?: {4}-.*\n)+/m, ''),
    );
    const first = await runCliInProcess(['apply', config, '--auto-approve'], { env: fx.env });
    expect(first.code).toBe(0);
    const mobile = lookup(fx.emu.getState()).org('mobile');
    expect(mobile.invites.map((i) => i.email)).toEqual([GRACE]);
    expect(mobile.provisions).toEqual([]);
    fx.emu.clearRequests();
    const second = await runCliInProcess(['apply', config, '--auto-approve'], { env: fx.env });
    expect(second.code).toBe(0);
    expect(writesIn(fx.emu.requests())).toEqual([]);
  });
});
