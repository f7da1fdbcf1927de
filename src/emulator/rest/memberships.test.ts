// The membership endpoints are one implementation for orgs, groups and tenants: what each scope
// adds to it must hold on its own endpoints only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BETA, type Harness, startHarness, VERSION } from '../testing/harness.test-helpers.ts';

type Doc = { data: Record<string, unknown>[] };
type Err = { errors: { detail: string; source?: { parameter?: string; pointer?: string } }[] };

let h: Harness;
const v = `version=${VERSION}`;

beforeAll(async () => {
  h = await startHarness({ generate: { orgs: 2, membersPerOrg: [2, 3], seed: 5, groupMembers: 3 } });
});
afterAll(() => h.emu.close());

const live = () => h.emu.getState();

describe('the scopes of the membership endpoints', () => {
  it('counts group memberships per user only on a group list that asks for it', async () => {
    const groups = `/rest/groups/${h.groupId}/memberships?${v}`;
    const counted = (await h.call('GET', `${groups}&include_group_membership_count=true`)).body as Doc;
    expect(counted.data.length).toBeGreaterThan(0);
    for (const m of counted.data) expect(m.meta).toEqual({ group_membership_count: 1 });
    expect(((await h.call('GET', groups)).body as Doc).data.every((m) => !('meta' in m))).toBe(true);
    const org = live().groups[0]!.orgs[0]!.id;
    const orgs = (
      await h.call('GET', `/rest/orgs/${org}/memberships?${v}&include_group_membership_count=true`)
    ).body as Doc;
    expect(orgs.data.every((m) => !('meta' in m))).toBe(true);
  });

  it('refuses a group delete whose cascade is neither true nor false, changing nothing', async () => {
    const membership = live().groups[0]!.members[0]!;
    const res = await h.call(
      'DELETE',
      `/rest/groups/${h.groupId}/memberships/${membership.id}?${v}&cascade=maybe`,
    );
    expect(res.status).toBe(400);
    expect((res.body as Err).errors[0]?.source).toEqual({ parameter: 'cascade' });
    expect(live().groups[0]!.members.map((m) => m.id)).toContain(membership.id);
  });

  it("refuses to remove the tenant's owner, and shows who owns it", async () => {
    const tenant = live().tenants[0]!;
    const owner = tenant.members.find((m) => m.userId === tenant.ownerId)!;
    const list = (await h.call('GET', `/rest/tenants/${tenant.id}/memberships?version=${BETA}`)).body as Doc;
    const shown = list.data.find((m) => m.id === owner.id)!;
    const relationships = shown.relationships as Record<string, { data: Record<string, unknown> }>;
    expect(Object.keys(relationships)).toEqual(['role', 'tenant', 'user']);
    expect(relationships.user?.data.meta).toEqual({ tenant_owner: true });
    const res = await h.call('DELETE', `/rest/tenants/${tenant.id}/memberships/${owner.id}?version=${BETA}`);
    expect(res.status).toBe(409);
    expect(live().tenants[0]!.members.map((m) => m.id)).toContain(owner.id);
  });

  it('refuses an org role update naming another membership, and an unknown role in every scope', async () => {
    const group = live().groups[0]!;
    const org = group.orgs[0]!;
    const membership = org.members[0]!;
    const role = (type: string, id: string) => ({ role: { data: { id, type } } });
    const body = (id: string, type: string, roleId: string) => ({
      body: { data: { id, type: `${type}_membership`, relationships: role(`${type}_role`, roleId) } },
    });
    const path = `/rest/orgs/${org.id}/memberships/${membership.id}?${v}`;
    const other = await h.call('PATCH', path, body('another', 'org', group.orgRoles[0]!.id));
    expect(other.status).toBe(409);
    expect((other.body as Err).errors[0]?.source).toEqual({ pointer: '/data/id' });
    const unknownRole = '00000000-0000-4000-8000-000000000000';
    expect((await h.call('PATCH', path, body(membership.id, 'org', unknownRole))).status).toBe(404);
    const inGroup = group.members[0]!;
    const groupPath = `/rest/groups/${group.id}/memberships/${inGroup.id}?${v}`;
    expect((await h.call('PATCH', groupPath, body(inGroup.id, 'group', unknownRole))).status).toBe(404);
  });
});
