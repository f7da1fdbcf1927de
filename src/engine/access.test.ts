// readAccess against the emulator in-process: the per-org naming path, the look-up of a config
// org by slug for its invitations, and a person found by id through org memberships alone.
import { afterEach, describe, expect, it } from 'vitest';
import { ORG_ONLY_NOTE } from '../core/access/report.ts';
import { desiredOrg, desiredState } from '../core/builders.test-helpers.ts';
import { type Emulator, generateState, startEmulator } from '../emulator/index.ts';
import { createSnykClient } from '../snyk/index.ts';
import { readAccess } from './access.ts';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup() {
  const generated = generateState({ orgs: 40, membersPerOrg: [0, 2], groupMembers: 5, seed: 3 });
  const group = generated.state.groups[0]!;
  const person = generated.state.users[1]!; // a group member (groupMembers ≥ 1)
  const stranger = generated.state.users.at(-1)!;
  group.members = group.members.filter((m) => m.userId !== stranger.id);
  for (const org of group.orgs)
    org.members = org.members.filter((m) => ![person.id, stranger.id].includes(m.userId));
  const role = group.orgRoles[0]!.id;
  const at = '2025-01-01T00:00:00.000Z';
  group.orgs[3]!.members.push({
    id: 'a0000000-0000-4000-8000-000000000001',
    userId: person.id,
    roleId: role,
    createdAt: at,
  });
  group.orgs[7]!.members.push({
    id: 'a0000000-0000-4000-8000-000000000002',
    userId: stranger.id,
    roleId: role,
    createdAt: at,
  });
  group.orgs[8]!.invites.push({
    id: '1a0e0000-0000-4000-8000-00000000000f',
    email: person.email.toUpperCase(),
    roleId: role,
    isActive: true,
  });
  emulator = await startEmulator({ state: generated.state, rateLimit: false });
  const client = createSnykClient({
    apiUrl: emulator.url,
    restVersion: '2024-10-15',
    auth: { scheme: 'token', token: generated.token },
  });
  return { ...generated, group, person, stranger, client, emulator };
}

describe('readAccess', () => {
  it('names a few orgs one by one and finds a listed org by slug for its invitations', async () => {
    const { group, person, client, emulator } = await setup();
    const desired = desiredState({
      group: { id: group.id },
      users: { unknown: 'invite', ignore: [] },
      orgs: [desiredOrg(group.orgs[8]!.slug, { members: [{ user: person.email, role: 'Org Admin' }] })],
    });
    const report = await readAccess(desired, client, person.username, () => new Date('2026-01-01'));
    expect(report.memberships.map((m) => [m.address.text, m.managed])).toEqual([
      [`group.member[${person.email}]`, false],
      [`org[${group.orgs[3]!.slug}].member[${person.email}]`, false],
    ]);
    expect(report.pending.map((p) => p.address.text)).toEqual([
      `org[${group.orgs[8]!.slug}].pending[${person.email}]`,
    ]);
    const paths = emulator.requests().map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain(`GET /rest/orgs/${group.orgs[3]!.id}`);
    expect(paths.filter((p) => p.endsWith('/orgs'))).toHaveLength(1); // the slug look-up
    expect(client.stats().requests).toBe(6);
    await client.close();
  });

  it('finds by id an org member who holds no group membership', async () => {
    const { group, stranger, client } = await setup();
    const report = await readAccess(desiredState({ group: { id: group.id } }), client, stranger.id);
    expect(report.user).toEqual({ id: stranger.id, email: stranger.email, username: stranger.username });
    expect(report.memberships.map((m) => m.scope)).toEqual(['org']);
    await expect(
      readAccess(desiredState({ group: { id: group.id } }), client, stranger.email),
    ).rejects.toThrow(/Cannot find '.*': no group membership in group/);
    await client.close();
  });

  it('finds by email an org member who holds no group membership, through the org the config lists them in', async () => {
    const { group, stranger, client, emulator } = await setup();
    const org = group.orgs[7]!;
    const desired = desiredState({
      group: { id: group.id },
      orgs: [desiredOrg(org.slug, { members: [{ user: stranger.email, role: 'Org Admin' }] })],
    });
    const report = await readAccess(desired, client, stranger.email);
    expect(report.user.id).toBe(stranger.id);
    expect(report.memberships.map((m) => m.address.text)).toEqual([
      `org[${org.slug}].member[${stranger.email}]`,
    ]);
    expect(report.notes).toEqual([ORG_ONLY_NOTE]);
    const orgReads = emulator.requests().filter((r) => r.path === `/rest/orgs/${org.id}/memberships`);
    expect(orgReads.map((r) => new URLSearchParams(r.query).get('email'))).toEqual([stranger.email]);
    await client.close();
  });
});
