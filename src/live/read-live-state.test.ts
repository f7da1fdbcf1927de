// readLiveState against the emulator over real HTTP, counting requests: it reads only what the
// desired state manages, at the fewest calls.
import { describe, expect, it } from 'vitest';
import { desiredState as coreDesiredState } from '../core/builders.test-helpers.ts';
import type { DesiredOrg, DesiredState } from '../core/types.ts';
import type { Emulator } from '../emulator/index.ts';
import { type EmulatorShape, emulatorClients } from '../snyk/testing/clients.test-helpers.ts';
import { readLiveState } from './read-live-state.ts';

const start = emulatorClients(11, { retry: { maxRetries: 1 } });
async function setup(shape: EmulatorShape) {
  const started = await start(shape);
  return { ...started, group: started.state.groups[0]! };
}

/** The desired state of the emulator's group (a delete rail of 25%), with `parts` on top. */
function desiredState(groupId: string, parts: Partial<DesiredState> = {}): DesiredState {
  return coreDesiredState({ group: { id: groupId }, limits: { maxDeletePercent: 25 }, ...parts });
}

const paths = (e: Emulator) => e.requests().map((r) => `${r.method} ${r.path}`);

describe('readLiveState', () => {
  it('reads /self and the group orgs only, when the file manages no members or settings', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 230, membersPerOrg: [1, 2] });
    const live = await readLiveState(
      client,
      desiredState(groupId, { orgs: [{ slug: 'org-0001', name: 'Org 0001' }] }),
    );
    expect(live.orgs).toHaveLength(230);
    expect(live.orgs.every((o) => o.members === undefined && o.settings === undefined)).toBe(true);
    expect(live.self.id).toBe(group.members[0]!.userId);
    // 1 × /self + 3 pages of orgs at limit=100.
    expect(emulator.requests()).toHaveLength(4);
    expect(client.stats().requests).toBe(4);
  });

  it('reads memberships and settings of the managed orgs and group only, plus org roles once', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 6, membersPerOrg: [120, 130] });
    const [o1, o2, o3] = group.orgs;
    const orgs: DesiredOrg[] = [
      { slug: o1!.slug, members: [] },
      { slug: o2!.slug, members: [], settings: { requestAccess: { enabled: true } } },
      { slug: o3!.slug, settings: { requestAccess: { enabled: false } } },
      { slug: 'not-there-yet', name: 'New', members: [] },
    ];
    const live = await readLiveState(
      client,
      desiredState(groupId, { orgs, group: { id: groupId, members: [], settings: { sessionLength: 60 } } }),
    );
    // 1 self + 1 orgs page + 1 org roles + 1 group memberships + 1 group settings
    // + 2 managed orgs × 2 pages of memberships + 2 org settings.
    expect(emulator.requests()).toHaveLength(11);
    expect(paths(emulator).filter((p) => p.includes(o3!.id))).toEqual([`GET /v1/org/${o3!.id}/settings`]);
    expect(paths(emulator).some((p) => group.orgs.slice(3).some((o) => p.includes(o.id)))).toBe(false);

    const byslug = new Map(live.orgs.map((o) => [o.slug, o]));
    expect(byslug.get(o1!.slug)?.members).toHaveLength(o1!.members.length);
    expect(byslug.get(o1!.slug)?.settings).toBeUndefined();
    expect(byslug.get(o2!.slug)?.settings).toEqual({
      requestAccess: o2!.settings.requestAccess,
      ignores: o2!.settings.ignores,
    });
    expect(byslug.get(o3!.slug)?.members).toBeUndefined();
    expect(byslug.has('not-there-yet')).toBe(false);
    expect(live.group.settings).toEqual(group.settings);
    expect(live.group.tags).toBeUndefined();
    expect(live.group.members).toHaveLength(group.members.length);

    // Roles: org roles from the v1 endpoint; group roles only those seen on group memberships.
    expect(live.roles.org.map((r) => r.name)).toEqual(group.orgRoles.map((r) => r.name));
    const seenGroupRoles = new Set(group.members.map((m) => m.roleId));
    expect(new Set(live.roles.group.map((r) => r.id))).toEqual(seenGroupRoles);
    expect(live.roles.group.every((r) => group.groupRoles.find((g) => g.id === r.id)?.name === r.name)).toBe(
      true,
    );
    // Users: every user of every membership read, by id.
    const member = byslug.get(o1!.slug)!.members![0]!;
    expect(live.users[member.userId]?.email).toMatch(/@example\.com$/);
    expect(live.unknown).toEqual([]);
  });

  it('reads tenant data, group tags and pending users only when the file asks for them', async () => {
    const { client, emulator, group, groupId, state } = await setup({ orgs: 2, membersPerOrg: [1, 1] });
    const tenantId = state.tenants[0]!.id;
    const live = await readLiveState(
      client,
      desiredState(groupId, {
        group: { id: groupId, tags: [] },
        tenant: { id: tenantId, members: [] },
        orgs: [{ slug: group.orgs[0]!.slug, members: [] }],
        users: { unknown: 'invite', ignore: [] },
      }),
    );
    expect(live.tenant).toMatchObject({ id: tenantId, name: 'Example Tenant' });
    expect(live.tenant?.members).toHaveLength(1);
    expect(live.roles.tenant.map((r) => r.name)).toEqual(['Tenant Admin', 'Tenant Member']);
    expect(live.group.tags).toEqual(group.tags.map(({ key, value }) => ({ key, value })));
    expect(live.orgs[0]?.pending ?? []).toEqual([]);
    expect(paths(emulator).sort()).toEqual(
      [
        'GET /rest/self',
        `GET /rest/groups/${groupId}/orgs`,
        `GET /v1/group/${groupId}/roles`,
        `GET /v1/group/${groupId}/tags`,
        `GET /rest/tenants/${tenantId}`,
        `GET /rest/tenants/${tenantId}/memberships`,
        `GET /rest/tenants/${tenantId}/roles`,
        `GET /rest/orgs/${group.orgs[0]!.id}/memberships`,
        `GET /rest/orgs/${group.orgs[0]!.id}/invites`,
        // The group's memberships, as the directory of users (org members are managed).
        `GET /rest/groups/${groupId}/memberships`,
      ].sort(),
    );
  });

  it('reads the group memberships as the user directory when org members are managed, without managing them', async () => {
    const { client, group, groupId, state } = await setup({
      orgs: 2,
      membersPerOrg: [1, 1],
      groupMembers: 4,
    });
    const live = await readLiveState(
      client,
      desiredState(groupId, { orgs: [{ slug: group.orgs[0]!.slug, members: [] }] }),
    );
    expect(live.group.members).toBeUndefined();
    // Every group member can be resolved, also those in no org the file manages.
    const groupUsers = group.members.map((m) => state.users.find((u) => u.id === m.userId)!.email);
    const known = Object.values(live.users).map((u) => u.email);
    expect(groupUsers.filter((email) => !known.includes(email))).toEqual([]);
  });

  it('reads pending provisions of managed orgs as pending users', async () => {
    const { client, emulator, group, groupId, state } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    const roleId = group.orgRoles[0]!.id;
    state.groups[0]!.orgs[0]!.provisions = [
      { email: 'new@acme.com', rolePublicId: roleId, created: '2026-01-01T00:00:00Z' },
    ];
    emulator.setState(state);
    const live = await readLiveState(
      client,
      desiredState(groupId, {
        orgs: [{ slug: group.orgs[0]!.slug, members: [] }],
        users: { unknown: 'provision', ignore: [] },
      }),
    );
    expect(live.orgs[0]?.pending).toEqual([{ via: 'provision', email: 'new@acme.com', roleId }]);
    expect(paths(emulator)).toContain(`GET /v1/org/${group.orgs[0]!.id}/provision`);
  });

  it('fails the whole read when a part fails, unless tolerant, where it records the part as unknown', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 2, membersPerOrg: [1, 1] });
    const slug = group.orgs[1]!.slug;
    const desired = desiredState(groupId, {
      orgs: [
        { slug: group.orgs[0]!.slug, members: [] },
        { slug, settings: { requestAccess: { enabled: true } } },
      ],
    });
    emulator.setFaults({
      rules: [{ path: '/settings$', respond: { status: 403, body: { code: 403, message: 'Forbidden' } } }],
    });
    await expect(readLiveState(client, desired)).rejects.toMatchObject({
      code: 'SNYK_FORBIDDEN',
      message: `reading org[${slug}].settings: GET /v1/org/{orgId}/settings returned 403: Forbidden`,
    });

    const progress: [number, number, string][] = [];
    const live = await readLiveState(client, desired, {
      tolerant: true,
      onProgress: (d, t, l) => progress.push([d, t, l]),
    });
    expect(live.unknown).toEqual([
      {
        address: `org[${slug}].settings`,
        reason: 'the token cannot read it (GET /v1/org/{orgId}/settings returned 403: Forbidden)',
      },
    ]);
    expect(live.orgs.find((o) => o.slug === slug)?.settings).toBeUndefined();
    expect(live.orgs.find((o) => o.slug === group.orgs[0]!.slug)?.members).toHaveLength(1);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    expect(progress.map((p) => p[2]).sort()).toEqual(
      [
        'self',
        'orgs',
        'roles.org',
        'group.members',
        `org[${group.orgs[0]!.slug}].members`,
        `org[${slug}].settings`,
      ].sort(),
    );
  });

  it('with tolerateForbidden records only what the token may not read (403); a 404 still fails', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 2, membersPerOrg: [1, 1] });
    const slug = group.orgs[1]!.slug;
    const desired = desiredState(groupId, {
      orgs: [{ slug, settings: { requestAccess: { enabled: true } } }],
    });
    emulator.setFaults({
      rules: [{ path: '/settings$', respond: { status: 403, body: { code: 403, message: 'Forbidden' } } }],
    });
    const live = await readLiveState(client, desired, { tolerateForbidden: true });
    expect(live.unknown.map((u) => u.address)).toEqual([`org[${slug}].settings`]);
    emulator.setFaults({
      rules: [{ path: '/settings$', respond: { status: 404, body: { code: 404, message: 'Not found' } } }],
    });
    await expect(readLiveState(client, desired, { tolerateForbidden: true })).rejects.toMatchObject({
      code: 'SNYK_NOT_FOUND',
    });
  });

  it('starts reading a managed org as soon as its page of the org list arrives', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 230, membersPerOrg: [1, 1] });
    const first = [...group.orgs].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    await readLiveState(client, desiredState(groupId, { orgs: [{ slug: first.slug, settings: {} }] }));
    const log = emulator.requests().map((r) => r.path);
    const orgPages = log.flatMap((p, i) => (p === `/rest/groups/${groupId}/orgs` ? [i] : []));
    expect(orgPages).toHaveLength(3);
    expect(log.indexOf(`/v1/org/${first.id}/settings`)).toBeLessThan(orgPages.at(-1)!);
  });

  it('fails with the org list error when a later page fails, after reads of earlier orgs began (and failed)', async () => {
    const { client, emulator, group, groupId } = await setup({ orgs: 230, membersPerOrg: [1, 1] });
    emulator.setFaults({
      rules: [
        {
          path: '^/rest/orgs/[^/]+/memberships$',
          respond: { status: 403, body: { errors: [{ status: '403', detail: 'no' }] } },
        },
        {
          path: `^/rest/groups/${groupId}/orgs$`,
          skip: 1,
          respond: { status: 500, body: { errors: [{ status: '500', detail: 'down' }] } },
        },
      ],
    });
    const desired = desiredState(groupId, { orgs: group.orgs.map((o) => ({ slug: o.slug, members: [] })) });
    emulator.clearRequests();
    const error = await readLiveState(client, desired).then(
      () => undefined,
      (e: unknown) => e as Error & { code: string },
    );
    // The org list's failure is the error, named as such, not one of the orgs' 403s.
    expect(error?.code).toBe('SNYK_SERVER_ERROR');
    expect(error?.message).toMatch(/^reading orgs: GET \/rest\/groups\/\{group_id\}\/orgs returned 500/);
    // The first page's orgs were being read (and refused) before the second page failed.
    const orgReads = emulator.requests().filter((r) => /^\/rest\/orgs\/[^/]+\/memberships$/.test(r.path));
    expect(orgReads.length).toBeGreaterThan(0);
    expect(orgReads.length).toBeLessThanOrEqual(100);
    expect(orgReads.every((r) => r.status === 403)).toBe(true);
  });

  it('fails even when tolerant if the group orgs cannot be read (nothing could be compared)', async () => {
    const { client, emulator, groupId } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    emulator.setFaults({ rules: [{ path: '/orgs$', respond: { status: 403 } }] });
    await expect(readLiveState(client, desiredState(groupId), { tolerant: true })).rejects.toMatchObject({
      code: 'SNYK_FORBIDDEN',
    });
  });
});
