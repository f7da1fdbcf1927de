// Reality mode (REALITY.md §1-3, §5, §10) over real HTTP: each behaviour on, and off by default.
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import { type Harness, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({
  generate: { orgs: 2, membersPerOrg: [1, 2], seed: 21, groupMembers: 3 },
});
const harness = (reality?: RealityOptions | 'all') => start(reality === undefined ? {} : { reality });

const v = `version=${VERSION}`;
const rel = (type: string, id: string) => ({ data: { id, type } });

/** A user of the state without any membership of the group or its first org. */
function outsider(h: Harness) {
  const g = h.emu.getState().groups[0]!;
  const taken = new Set([...g.members, ...g.orgs.flatMap((o) => o.members)].map((m) => m.userId));
  const user = h.state.users.find((u) => !taken.has(u.id));
  if (user === undefined) throw new Error('fixture: no user outside the group');
  return { g, user };
}

function orgMembershipBody(orgId: string, userId: string, roleId: string) {
  const relationships = { org: rel('org', orgId), role: rel('org_role', roleId), user: rel('user', userId) };
  return { data: { type: 'org_membership', relationships } };
}

function groupMembershipBody(groupId: string, userId: string, roleId: string) {
  const relationships = {
    group: rel('group', groupId),
    role: rel('group_role', roleId),
    user: rel('user', userId),
  };
  return { data: { type: 'group_membership', relationships } };
}

describe('membershipTopLevel (REALITY §1)', () => {
  async function createBoth(h: Harness) {
    const { g, user } = outsider(h);
    const org = g.orgs[0]!;
    const orgRes = await h.call('POST', `/rest/orgs/${org.id}/memberships?${v}`, {
      body: orgMembershipBody(org.id, user.id, g.orgRoles[0]!.id),
    });
    const other = outsider(h).user;
    const groupRes = await h.call('POST', `/rest/groups/${g.id}/memberships?${v}`, {
      body: groupMembershipBody(g.id, other.id, g.groupRoles[2]!.id),
    });
    return { orgRes, groupRes };
  }

  it('answers a membership create with the resource at the top level, no data', async () => {
    const { orgRes, groupRes } = await createBoth(await harness({ membershipTopLevel: true }));
    expect(orgRes.status).toBe(201);
    expect(orgRes.body).toMatchObject({ id: expect.any(String), type: 'org_membership', relationships: {} });
    expect(orgRes.body).not.toHaveProperty('data');
    expect(groupRes.status).toBe(201);
    expect(groupRes.body).toMatchObject({ id: expect.any(String), type: 'group_membership' });
  });

  it('can be limited to org memberships; off, both are wrapped in data as documented', async () => {
    const orgOnly = await createBoth(await harness({ membershipTopLevel: { group: false } }));
    expect(orgOnly.orgRes.body).toHaveProperty('type', 'org_membership');
    expect(orgOnly.groupRes.body).toHaveProperty('data.type', 'group_membership');
    const off = await createBoth(await harness());
    expect(off.orgRes.body).toHaveProperty('data.type', 'org_membership');
    expect(off.groupRes.body).toHaveProperty('data.type', 'group_membership');
  });
});

describe('groupMembershipConflict (REALITY §2)', () => {
  it('gives a user added to an org a default Group Member membership; a create then meets 409', async () => {
    const h = await harness({ groupMembershipConflict: true });
    const { g, user } = outsider(h);
    const org = g.orgs[0]!;
    const added = await h.call('POST', `/rest/orgs/${org.id}/memberships?${v}`, {
      body: orgMembershipBody(org.id, user.id, g.orgRoles[0]!.id),
    });
    expect(added.status).toBe(201);
    const groupMember = g.groupRoles.find((r) => r.name === 'Group Member')!;
    const defaults = h.emu.getState().groups[0]!.members.filter((m) => m.userId === user.id);
    expect(defaults).toMatchObject([{ roleId: groupMember.id }]);
    const admin = g.groupRoles.find((r) => r.name === 'Group Admin')!;
    const conflict = await h.call('POST', `/rest/groups/${g.id}/memberships?${v}`, {
      body: groupMembershipBody(g.id, user.id, admin.id),
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ errors: [{ status: '409' }] });
    expect(h.emu.getState().groups[0]!.members.filter((m) => m.userId === user.id)).toEqual(defaults);
  });

  it('off (and with defaultMembership: false), an org membership adds no group membership', async () => {
    for (const reality of [undefined, { groupMembershipConflict: { defaultMembership: false } }]) {
      const h = await harness(reality);
      const { g, user } = outsider(h);
      const org = g.orgs[0]!;
      await h.call('POST', `/rest/orgs/${org.id}/memberships?${v}`, {
        body: orgMembershipBody(org.id, user.id, g.orgRoles[0]!.id),
      });
      expect(h.emu.getState().groups[0]!.members.some((m) => m.userId === user.id)).toBe(false);
      const created = await h.call('POST', `/rest/groups/${g.id}/memberships?${v}`, {
        body: groupMembershipBody(g.id, user.id, g.groupRoles[0]!.id),
      });
      expect(created.status).toBe(201);
    }
  });
});

describe('orgCreateMinimal (REALITY §3)', () => {
  it('answers POST /v1/org with only id, name and created; off, with slug, url and group', async () => {
    const on = await harness({ orgCreateMinimal: true });
    const res = await on.call('POST', '/v1/org', { body: { name: 'New Team', groupId: on.groupId } });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body as object).sort()).toEqual(['created', 'id', 'name']);
    expect(on.emu.getState().groups[0]!.orgs.some((o) => o.slug === 'new-team')).toBe(true);
    const off = await harness();
    const full = await off.call('POST', '/v1/org', { body: { name: 'New Team', groupId: off.groupId } });
    expect(full.body).toMatchObject({
      slug: 'new-team',
      url: expect.any(String),
      group: { id: off.groupId },
    });
  });
});

describe('errorDetails (REALITY §5)', () => {
  it('puts a REST error reason in details, not detail; off, in detail', async () => {
    const on = await harness({ errorDetails: true });
    const res = await on.call('GET', '/rest/orgs?version=nope');
    expect(res.status).toBe(400);
    const [error] = (res.body as { errors: Record<string, unknown>[] }).errors;
    expect(error).toMatchObject({ status: '400', details: expect.stringContaining('nope') });
    expect(error).not.toHaveProperty('detail');
    const off = await harness();
    const plain = (await off.call('GET', '/rest/orgs?version=nope')).body as {
      errors: Record<string, unknown>[];
    };
    expect(plain.errors[0]).toHaveProperty('detail');
    expect(plain.errors[0]).not.toHaveProperty('details');
  });
});

describe('v1Gone (REALITY §10)', () => {
  it('answers 410 Gone with a v1 error body for the v1 endpoints that have a REST equivalent', async () => {
    const h = await harness({ v1Gone: true });
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    for (const [method, path] of [
      ['GET', `/v1/org/${orgId}/members`],
      ['POST', `/v1/org/${orgId}/invite`],
      ['GET', `/v1/group/${h.groupId}/members`],
    ] as const) {
      const res = await h.call(method, path, method === 'POST' ? { body: { email: 'a@b.c' } } : {});
      expect(res.status, `${method} ${path}`).toBe(410);
      expect(res.body).toMatchObject({ code: 410, error: 'Gone', message: expect.stringContaining('/v1/') });
    }
    expect((await h.call('GET', `/v1/org/${orgId}/settings`)).status).toBe(200);
    expect((await h.call('POST', '/v1/org', { body: { name: 'x', groupId: h.groupId } })).status).toBe(201);
  });

  it('retires exactly the listed endpoints when given; off, every v1 endpoint is served', async () => {
    const h = await harness({ v1Gone: { endpoints: ['POST /v1/org'] } });
    const gone = await h.call('POST', '/v1/org', { body: { name: 'x', groupId: h.groupId } });
    expect(gone.status).toBe(410);
    expect(gone.body).toMatchObject({ message: expect.stringContaining('POST /v1/org') });
    expect(h.emu.getState().groups[0]!.orgs.some((o) => o.name === 'x')).toBe(false);
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    expect((await h.call('GET', `/v1/org/${orgId}/members`)).status).toBe(200);
    const off = await harness();
    expect((await off.call('GET', `/v1/org/${orgId}/members`)).status).toBe(200);
  });
});
