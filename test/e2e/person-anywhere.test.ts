// A person is found wherever Snyk knows them (docs/access.md#one-persons-access): Carol is an Org
// Admin in one org and an Org Collaborator in another but holds no group membership. `access`
// and `plan --target 'user[…]'` (the built CLI as a process) find her through the orgs the
// file lists her in, or by her user id, and her leaver plan deletes both memberships. Runs in
// reality mode too (SNYK_EMULATOR_REALITY=all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_ADMIN_ROLE_ID, ORG_COLLABORATOR_ROLE_ID } from '../../src/emulator/generate.ts';
import { type EmulatorState, generateState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  lookup,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

const CAROL = { id: '0c0a0000-0000-4000-8000-0000000ca201', email: 'carol@acme.com', username: 'carol' };

let fx: EmulatorFixture;
let state: EmulatorState;
let adminOrg: { slug: string; id: string };
let collabOrg: { slug: string; id: string };

beforeAll(async () => {
  const generated = generateState({ orgs: 12, membersPerOrg: [2, 4], groupMembers: 6, seed: 25 });
  state = generated.state;
  const group = state.groups[0]!;
  state.users.push({ ...CAROL, name: 'Carol Danvers', loginMethod: 'saml' });
  const at = '2025-01-01T00:00:00.000Z';
  const [a, b] = [group.orgs[2]!, group.orgs[6]!];
  // Her admin org keeps another admin, so removing her there leaves it administered.
  a.members[0]!.roleId = ORG_ADMIN_ROLE_ID;
  a.members.push({
    id: '0c0a0000-0000-4000-8000-000000000001',
    userId: CAROL.id,
    roleId: ORG_ADMIN_ROLE_ID,
    createdAt: at,
  });
  b.members.push({
    id: '0c0a0000-0000-4000-8000-000000000002',
    userId: CAROL.id,
    roleId: ORG_COLLABORATOR_ROLE_ID,
    createdAt: at,
  });
  adminOrg = { slug: a.slug, id: a.id };
  collabOrg = { slug: b.slug, id: b.id };
  expect(group.members.some((m) => m.userId === CAROL.id)).toBe(false);
  fx = await startFixture(state, { token: generated.token });
}, 60_000);
afterAll(() => fx.close());

/** Every org's members as they are, Carol's entries replaced by `carol(slug)` (none: unlisted). */
function config(carol: (slug: string) => string | undefined): string {
  const group = state.groups[0]!;
  const at = lookup(state);
  const role = (id: string) => group.orgRoles.find((r) => r.id === id)!.name;
  const lines = ['version: 1', `group: { id: ${group.id} }`, 'prune: { orgMembers: true }', 'orgs:'];
  for (const org of group.orgs) {
    const members = org.members
      .filter((m) => m.userId !== CAROL.id)
      .map((m) => `{ user: ${at.emailOf(m.userId)}, role: ${role(m.roleId)} }`);
    const entry = carol(org.slug);
    if (entry !== undefined) members.push(entry);
    lines.push(`  - { slug: ${org.slug}, members: [${members.join(', ')}] }`);
  }
  return `${lines.join('\n')}\n`;
}

/** The leaver's entries, still in the file but expired: the plan deletes them. */
const expiredCarol = (slug: string) =>
  slug === adminOrg.slug
    ? '{ user: carol@acme.com, role: Org Admin, expires: 2020-01-01 }'
    : slug === collabOrg.slug
      ? '{ user: carol@acme.com, role: Org Collaborator, expires: 2020-01-01 }'
      : undefined;

async function run(args: string[]) {
  fx.emu.clearRequests();
  const result = await runCliProcess(args, { env: fx.env });
  return { ...result, calls: apiCallsIn(fx.emu.requests()) };
}

const carolChanges = () =>
  [
    `delete org[${adminOrg.slug}].member[carol@acme.com]`,
    `delete org[${collabOrg.slug}].member[carol@acme.com]`,
  ].sort();

describe('an org member without a group membership', () => {
  it('is found by access through the orgs the file lists her in, with a note', async () => {
    const path = await fx.write('expired.yaml', config(expiredCarol));
    const result = await run(['access', 'carol@acme.com', path, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.user).toEqual(CAROL);
    expect(
      report.memberships.map((m: { address: string; role: string }) => `${m.address} ${m.role}`),
    ).toEqual(
      [
        `org[${adminOrg.slug}].member[carol@acme.com] Org Admin`,
        `org[${collabOrg.slug}].member[carol@acme.com] Org Collaborator`,
      ].sort(),
    );
    expect(report.notes).toEqual([expect.stringContaining('No group membership')]);
    // Filtered reads of the orgs that list her only (in reality mode a listing may end with one
    // more, empty page: REALITY.md §7), and no org's whole member list.
    const orgReads = result.calls.filter((c) => /^\/rest\/orgs\/[^/]+\/memberships$/.test(c.path));
    expect(new Set(orgReads.map((c) => new URLSearchParams(c.query).get('email')))).toEqual(
      new Set(['carol@acme.com']),
    );
    expect(new Set(orgReads.map((c) => c.path))).toEqual(
      new Set([adminOrg, collabOrg].map((o) => `/rest/orgs/${o.id}/memberships`)),
    );

    const text = await run(['access', 'carol@acme.com', path, '--no-color']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No group membership: an org member only');
    expect(text.stdout).not.toContain('not a Snyk user');
    expect(text.stdout).not.toContain('No memberships');
  }, 60_000);

  it("is found by --target 'user[…]', whose plan deletes both memberships", async () => {
    const path = await fx.write('expired-plan.yaml', config(expiredCarol));
    const result = await run(['plan', path, '--target', 'user[carol@acme.com]', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(
      plan.changes.map((c: { action: string; address: string }) => `${c.action} ${c.address}`).sort(),
    ).toEqual(carolChanges());
  }, 60_000);

  it('is found by user id when the file no longer lists her (the offboarding recipe)', async () => {
    const path = await fx.write(
      'removed.yaml',
      config(() => undefined),
    );
    const access = await run(['access', CAROL.id, path, '--format', 'json']);
    expect(access.code, access.stderr).toBe(0);
    expect(JSON.parse(access.stdout).memberships).toHaveLength(2);
    const plan = await run(['plan', path, '--target', `user[${CAROL.id}]`, '--format', 'json']);
    expect(plan.code, plan.stderr).toBe(0);
    expect(
      JSON.parse(plan.stdout)
        .changes.map((c: { action: string; address: string }) => `${c.action} ${c.address}`)
        .sort(),
    ).toEqual(carolChanges());
  }, 60_000);

  it('is never reported as having no access: unlisted and named by email, the answer is an error that says how to find her', async () => {
    const path = await fx.write(
      'removed-email.yaml',
      config(() => undefined),
    );
    for (const args of [
      ['access', 'carol@acme.com', path],
      ['plan', path, '--target', 'user[carol@acme.com]'],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('No changes');
      expect(result.stdout).not.toContain('No memberships');
      expect(result.stderr).toContain('only an org member (no group membership) is found by user id');
      expect(result.stderr).not.toContain('    at ');
    }
  }, 60_000);
});
