// `access USER` as users run it (the built CLI as a process) against a 300-org account: one
// person's memberships in text, markdown and JSON, from person-scoped reads only. The request
// budget (at most 10) is pinned against the emulator's own log, next to the full plan's count.
// `expires` is not in the config schema on this branch yet
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations, built in parallel): the
// expiring case is covered by src/core/access/report.test.ts with a spec that carries it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorState, generateState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import { apiCallsIn, type EmulatorFixture, startFixture } from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
let state: EmulatorState;
let config: string;
const DANA = { id: '0d0a0000-0000-4000-8000-00000000da0a', email: 'dana@example.com', username: 'dana' };

/** The account: 300 orgs; Dana in the group, the tenant, and orgs 1-5; invited to org 10. */
function account() {
  const generated = generateState({ orgs: 300, membersPerOrg: [0, 4], groupMembers: 30, seed: 20 });
  const s = generated.state;
  const group = s.groups[0]!;
  const tenant = s.tenants[0]!;
  const role = (roles: { id: string; name: string }[], name: string) =>
    roles.find((r) => r.name === name)!.id;
  s.users.push({ ...DANA, name: 'Dana Scully', loginMethod: 'saml' });
  const at = '2025-01-01T00:00:00.000Z';
  const m = (n: number, roleId: string) => ({
    id: `0d0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    userId: DANA.id,
    roleId,
    createdAt: at,
  });
  group.members.push(m(100, role(group.groupRoles, 'Group Member')));
  tenant.members.push(m(101, role(tenant.roles, 'Tenant Member')));
  for (const [i, org] of group.orgs.slice(0, 5).entries())
    org.members.push(m(i + 1, role(group.orgRoles, i < 2 ? 'Org Admin' : 'Org Collaborator')));
  group.orgs[9]!.invites.push({
    id: '1a0e0000-0000-4000-8000-00000000da7a',
    email: 'Dana@example.com',
    roleId: role(group.orgRoles, 'Org Admin'),
    isActive: true,
  });
  return { ...generated, state: s };
}

/** A config that manages every org's members as they are, but org 5 (not listed) and Dana in org 10. */
function fullConfig(s: EmulatorState): string {
  const group = s.groups[0]!;
  const email = (id: string) => s.users.find((u) => u.id === id)!.email;
  const roleName = (id: string) => group.orgRoles.find((r) => r.id === id)!.name;
  const lines = [
    'version: 1',
    `group: { id: ${group.id}, members: [{ user: dana, role: Group Member }, { user: admin@example.com, role: Group Admin }] }`,
    `tenant: { id: ${s.tenants[0]!.id}, members: [{ user: ${DANA.id}, role: Tenant Member }] }`,
    'users: { unknown: invite }',
    'prune: { groupMembers: false, orgMembers: false }',
    'orgs:',
  ];
  group.orgs.forEach((org, i) => {
    if (i === 4) return;
    const members = org.members.map((x) => `{ user: ${email(x.userId)}, role: ${roleName(x.roleId)} }`);
    if (i === 9) members.push('{ user: dana@example.com, role: Org Admin }');
    if (i === 19) members.push('{ user: grace@example.com, role: Org Admin }');
    lines.push(`  - { slug: ${org.slug}, name: ${org.name}, members: [${members.join(', ')}] }`);
  });
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  const generated = account();
  state = generated.state;
  // Counted against the documented API: in reality mode some listings end with one more,
  // empty page (REALITY.md §7), one more request per listing, so these counts pin it off.
  fx = await startFixture(state, { token: generated.token, reality: {} });
  config = await fx.write('snyk.yaml', fullConfig(state));
}, 60_000);
afterAll(() => fx.close());

async function access(...args: string[]) {
  fx.emu.clearRequests();
  const result = await runCliProcess(['access', ...args], { env: fx.env });
  return { ...result, requests: apiCallsIn(fx.emu.requests()) };
}

describe('access USER', () => {
  it('shows the person in every scope, managed or not, in at most 10 requests of a 300-org account', async () => {
    const result = await access('dana@example.com', config, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.user).toEqual(DANA);
    const rows = report.memberships.map((m: Record<string, unknown>) => [
      m.scope,
      m.address,
      m.role,
      m.managed,
    ]);
    expect(rows).toEqual([
      ['group', 'group.member[dana@example.com]', 'Group Member', true],
      ['tenant', 'tenant.member[dana@example.com]', 'Tenant Member', true],
      ['org', 'org[org-0001].member[dana@example.com]', 'Org Admin', true],
      ['org', 'org[org-0002].member[dana@example.com]', 'Org Admin', true],
      ['org', 'org[org-0003].member[dana@example.com]', 'Org Collaborator', true],
      ['org', 'org[org-0004].member[dana@example.com]', 'Org Collaborator', true],
      ['org', 'org[org-0005].member[dana@example.com]', 'Org Collaborator', false],
    ]);
    expect(report.pending).toEqual([
      {
        scope: 'org',
        address: 'org[org-0010].pending[dana@example.com]',
        via: 'invite',
        role: 'Org Admin',
        managed: true,
        active: true,
      },
    ]);
    // Found by the email filter; the 300 orgs are named through their list (3 pages), one
    // invitation list (the only org that lists Dana without a membership), the org roles.
    const calls = result.requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, '{id}')}`);
    expect(calls.sort()).toEqual(
      [
        'GET /rest/groups/{id}/memberships',
        'GET /rest/tenants/{id}/memberships',
        'GET /rest/groups/{id}/org_memberships',
        'GET /rest/groups/{id}/orgs',
        'GET /rest/groups/{id}/orgs',
        'GET /rest/groups/{id}/orgs',
        'GET /rest/orgs/{id}/invites',
        'GET /v1/group/{id}/roles',
      ].sort(),
    );
    expect(result.requests.length).toBeLessThanOrEqual(10);

    fx.emu.clearRequests();
    const plan = await runCliProcess(['plan', config, '--format', 'json'], { env: fx.env });
    expect(plan.code).toBe(0);
    const planRequests = apiCallsIn(fx.emu.requests()).length;
    expect(planRequests).toBeGreaterThan(300);
    console.info(`access: ${result.requests.length} requests; full plan of the same config: ${planRequests}`);
  }, 120_000);

  it('reads as text grouped by scope, and as markdown for a ticket', async () => {
    const text = await access('dana', config, '--no-color');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'Access of dana@example.com (username dana, id 0d0a0000-0000-4000-8000-00000000da0a)',
    );
    expect(text.stdout).toMatch(
      /^org\[org-0005\] \(Org 0005\)\n {2}org\[org-0005\]\.member\[dana@example\.com\] {2}Org Collaborator {2}\(not in the config\)$/m,
    );
    expect(text.stdout).toMatch(
      /^tenant\n {2}tenant\.member\[dana@example\.com\] {2}Tenant Member {2}\(managed\)$/m,
    );
    expect(text.stdout).toContain(
      'org[org-0010].pending[dana@example.com]  Org Admin  (invitation pending, managed)',
    );
    expect(text.stdout).toContain(
      '7 memberships: 6 managed, 1 not in the config; 1 pending invitation or provision.',
    );
    // Found by username: the same person, the same reads but the filter.
    expect(text.requests.some((r) => new URLSearchParams(r.query).get('username') === 'dana')).toBe(true);

    const markdown = await access(DANA.id, config, '--format', 'markdown');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('### Access of `dana@example.com');
    expect(markdown.stdout).toContain(
      '| `org[org-0005] (Org 0005)` | `org[org-0005].member[dana@example.com]` | `Org Collaborator` | not in the config |',
    );
    expect(markdown.requests.length).toBeLessThanOrEqual(10);
  }, 60_000);

  it('exits 0 and says so for a person with no memberships', async () => {
    const result = await access('grace@example.com', config);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('grace@example.com (not a Snyk user yet)');
    expect(result.stdout).toContain(
      'org[org-0020].member[grace@example.com]  Org Admin  (in the config, not in Snyk)',
    );
    expect(result.stdout).toContain('No memberships in group');
  }, 60_000);

  it('exits 1 for an unknown person, with a did-you-mean among the group users', async () => {
    const result = await access('dnaa@example.com', config);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("Cannot find 'dnaa@example.com': no group or tenant membership in group");
    expect(result.stderr).toContain("Did you mean 'dana@example.com'?");
    expect(result.stderr).not.toContain('    at ');
  }, 60_000);

  it('refuses a missing USER and an unknown format before reading anything', async () => {
    expect((await access('--format', 'json')).stderr).toContain('access needs USER');
    const bad = await access('dana', config, '--format', 'html');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--format 'html' is not one of text, json, markdown");
    expect(bad.requests).toEqual([]);
    const long = await access(`\u202e${'a'.repeat(100_000)}@example.com`, config);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('is 100,013 characters long; an email, username or id has at most 320');
    expect(long.stderr).toContain("USER '\\u202eaaa");
    expect(long.requests).toEqual([]);
  }, 60_000);
});
