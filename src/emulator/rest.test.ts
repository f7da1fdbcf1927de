import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateState } from './generate.ts';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import { BETA, type Harness, startHarness, VERSION } from './testing/harness.test-helpers.ts';

type Doc = {
  data: Record<string, unknown>[];
  links: Record<string, string>;
  errors?: Record<string, unknown>[];
};
type Err = {
  errors: { status: string; detail: string; source?: { parameter?: string; pointer?: string } }[];
};

/** A state with the token's group (20 orgs: two exact pages of 10) and a foreign group. */
function twoGroupState() {
  const mine = generateState({ orgs: 20, membersPerOrg: [0, 3], seed: 11, groupMembers: 4 });
  const foreign = generateState({ orgs: 1, membersPerOrg: [1, 1], seed: 12, token: 'foreign-token' });
  const state = mine.state;
  state.groups.push(...foreign.state.groups);
  state.users.push(...foreign.state.users);
  state.tokens.push(...foreign.state.tokens);
  const firstOrg = state.groups[0]!.orgs[0]!;
  firstOrg.members = [];
  return { state, foreignGroupId: foreign.groupId, foreignOrgId: foreign.state.groups[0]!.orgs[0]!.id };
}

let h: Harness;
let foreign: { groupId: string; orgId: string };
const v = `version=${VERSION}`;

beforeAll(async () => {
  const { state, foreignGroupId, foreignOrgId } = twoGroupState();
  h = await startHarness({ state, generate: { orgs: 20, membersPerOrg: [0, 3], seed: 11, groupMembers: 4 } });
  foreign = { groupId: foreignGroupId, orgId: foreignOrgId };
});
afterAll(() => h.emu.close());

const group = () => h.state.groups[0]!;
const org = (i: number) => group().orgs[i]!;

describe('REST request conventions', () => {
  it('requires the version parameter (400 naming it) and rejects malformed versions', async () => {
    const missing = await h.call('GET', '/rest/orgs');
    expect(missing.status).toBe(400);
    expect((missing.body as Err).errors[0]?.source).toEqual({ parameter: 'version' });
    const malformed = await h.call('GET', '/rest/orgs?version=2024-1-1');
    expect(malformed.status).toBe(400);
    expect((malformed.body as Err).errors[0]?.detail).toContain("'2024-1-1'");
  });

  it('answers 404 for a beta-only endpoint without ~beta and serves it with ~beta', async () => {
    const tenantId = h.state.tenants[0]!.id;
    expect((await h.call('GET', `/rest/tenants/${tenantId}/memberships?${v}`)).status).toBe(404);
    const beta = await h.call('GET', `/rest/tenants/${tenantId}/memberships?version=${BETA}`);
    expect(beta.status).toBe(200);
    expect(beta.headers.get('snyk-version-served')).toBe('2024-09-03~beta');
    expect(beta.headers.get('snyk-version-lifecycle-stage')).toBe('beta');
    expect((await h.call('GET', `/rest/groups/${h.groupId}?${v}`)).status).toBe(404);
    expect((await h.call('GET', `/rest/groups/${h.groupId}?version=${BETA}`)).status).toBe(200);
  });

  it('sends JSON:API content with request id and version headers', async () => {
    const res = await h.call('GET', `/rest/self?${v}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.api+json');
    expect(res.headers.get('snyk-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('snyk-version-requested')).toBe(VERSION);
    expect(res.headers.get('snyk-version-served')).toBe('2024-04-22');
    expect(res.body).toMatchObject({ data: { type: 'user', attributes: { email: 'admin@example.com' } } });
  });

  it('refuses a write whose body is not application/vnd.api+json', async () => {
    const res = await h.call('PATCH', `/rest/orgs/${org(1).id}?${v}`, {
      body: { data: { id: org(1).id, type: 'org', attributes: { name: 'X' } } },
      contentType: 'application/json',
    });
    expect(res.status).toBe(400);
    expect((res.body as Err).errors[0]?.detail).toContain('did not conform to OpenAPI specification');
  });
});

describe('REST authentication and access', () => {
  it.each(['token', 'Token', 'bearer', 'Bearer'])('accepts the %s scheme', async (scheme) => {
    expect((await h.call('GET', `/rest/self?${v}`, { scheme })).status).toBe(200);
  });

  it('answers 401 without a token or with an unknown one', async () => {
    expect((await h.call('GET', `/rest/orgs?${v}`, { token: null })).status).toBe(401);
    const unknown = await h.call('GET', `/rest/orgs?${v}`, { token: 'nope' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ jsonapi: { version: '1.0' }, errors: [{ status: '401' }] });
  });

  it("answers 403 for groups and orgs outside the token user's groups, 404 for unknown ids", async () => {
    expect((await h.call('GET', `/rest/groups/${foreign.groupId}/memberships?${v}`)).status).toBe(403);
    expect((await h.call('GET', `/rest/orgs/${foreign.orgId}/memberships?${v}`)).status).toBe(403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await h.call('GET', `/rest/orgs/${unknown}?${v}`)).status).toBe(404);
    const all = await h.collect(`/orgs?${v}&limit=100`);
    expect(all.items.map((o) => o.id)).not.toContain(foreign.orgId);
  });
});

describe('REST pagination', () => {
  it('pages an exact multiple of the page size with no dangling next link', async () => {
    const first = await h.call('GET', `/rest/groups/${h.groupId}/orgs?${v}`);
    const body = first.body as Doc;
    expect(body.data).toHaveLength(10);
    expect(body.links.next).toMatch(
      new RegExp(`^/groups/${h.groupId}/orgs\\?version=${VERSION}&limit=10&starting_after=`),
    );
    const second = await h.call('GET', `/rest${body.links.next}`);
    const page2 = second.body as Doc;
    expect(page2.data).toHaveLength(10);
    expect(page2.links.next).toBeUndefined();
    expect(page2.links.prev).toBeDefined();
    const prev = (await h.call('GET', `/rest${page2.links.prev}`)).body as Doc;
    expect(prev.data.map((o) => o.id)).toEqual(body.data.map((o) => o.id));
  });

  it('lists group orgs alphabetically by name and follows links.next to the end', async () => {
    const { items, pages } = await h.collect(`/groups/${h.groupId}/orgs?${v}&limit=30`);
    expect(pages).toBe(1);
    const names = items.map((o) => (o.attributes as { name: string }).name);
    expect(names).toEqual([...names].sort());
    expect(items).toHaveLength(20);
  });

  it('returns an empty list with self and first links but no next', async () => {
    const res = await h.call('GET', `/rest/orgs/${org(0).id}/memberships?${v}`);
    expect(res.status).toBe(200);
    const body = res.body as Doc;
    expect(body.data).toEqual([]);
    expect(body.links.next).toBeUndefined();
    expect(body.links.self).toBe(`/orgs/${org(0).id}/memberships?${v}`);
  });

  it.each(['5', '15', '110', '0', 'ten'])('refuses limit=%s with 400 naming the parameter', async (limit) => {
    const res = await h.call('GET', `/rest/orgs?${v}&limit=${limit}`);
    expect(res.status).toBe(400);
    expect((res.body as Err).errors[0]?.source).toEqual({ parameter: 'limit' });
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await h.call('GET', `/rest/orgs?${v}&starting_after=garbage`);
    expect(res.status).toBe(400);
    expect((res.body as Err).errors[0]?.source).toEqual({ parameter: 'starting_after' });
  });
});

describe('REST orgs', () => {
  it('filters /orgs by group, slug and name', async () => {
    const bySlug = (await h.call('GET', `/rest/orgs?${v}&slug=${org(3).slug}`)).body as Doc;
    expect(bySlug.data.map((o) => o.id)).toEqual([org(3).id]);
    const byName = (await h.call('GET', `/rest/orgs?${v}&limit=100&name=ORG 001`)).body as Doc;
    expect(byName.data).toHaveLength(10);
    const byGroup = await h.collect(`/orgs?${v}&limit=50&group_id=${h.groupId}`);
    expect(byGroup.items).toHaveLength(20);
  });

  it('renames an org with PATCH (name only, 1..60 characters)', async () => {
    const id = org(2).id;
    const patch = (attributes: Record<string, unknown>) =>
      h.call('PATCH', `/rest/orgs/${id}?${v}`, { body: { data: { id, type: 'org', attributes } } });
    expect((await patch({ name: 'x'.repeat(61) })).status).toBe(400);
    expect((await patch({ slug: 'new-slug' })).status).toBe(400);
    const ok = await patch({ name: 'Renamed' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ data: { id, attributes: { name: 'Renamed', slug: org(2).slug } } });
    expect(h.emu.getState().groups[0]!.orgs[2]!.name).toBe('Renamed');
  });
});

describe('REST memberships', () => {
  const orgBody = (orgId: string, userId: string, roleId: string) => ({
    data: {
      type: 'org_membership',
      relationships: {
        org: { data: { id: orgId, type: 'org' } },
        role: { data: { id: roleId, type: 'org_role' } },
        user: { data: { id: userId, type: 'user' } },
      },
    },
  });

  it('creates, filters, updates and deletes an org membership; 409 when already a member', async () => {
    const orgId = org(0).id;
    const user = h.state.users[5]!;
    const [collab, admin] = group().orgRoles;
    const path = `/rest/orgs/${orgId}/memberships?${v}`;
    const created = await h.call('POST', path, { body: orgBody(orgId, user.id, collab!.id) });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: string } }).data.id;
    expect((await h.call('POST', path, { body: orgBody(orgId, user.id, collab!.id) })).status).toBe(409);
    const filtered = (await h.call('GET', `${path}&email=${user.email.toUpperCase()}`)).body as Doc;
    expect(filtered.data.map((m) => m.id)).toEqual([id]);
    const patch = await h.call('PATCH', `/rest/orgs/${orgId}/memberships/${id}?${v}`, {
      body: {
        data: {
          id,
          type: 'org_membership',
          relationships: { role: { data: { id: admin!.id, type: 'org_role' } } },
        },
      },
    });
    expect(patch.status).toBe(204);
    const byRole = (await h.call('GET', `${path}&role_name=org admin`)).body as Doc;
    expect(byRole.data.map((m) => m.id)).toEqual([id]);
    expect((await h.call('DELETE', `/rest/orgs/${orgId}/memberships/${id}?${v}`)).status).toBe(204);
    expect((await h.call('DELETE', `/rest/orgs/${orgId}/memberships/${id}?${v}`)).status).toBe(404);
  });

  it('deletes a group membership with cascade, removing the user from the group’s orgs', async () => {
    const state = h.emu.getState();
    const target = state.groups[0]!.orgs.flatMap((o) => o.members).find((m) =>
      state.groups[0]!.members.some((g) => g.userId === m.userId),
    );
    expect(target).toBeDefined();
    const membership = state.groups[0]!.members.find((g) => g.userId === target!.userId)!;
    const before = await h.collect(`/groups/${h.groupId}/org_memberships?${v}&user_id=${target!.userId}`);
    expect(before.items.length).toBeGreaterThan(0);
    expect(
      (await h.call('DELETE', `/rest/groups/${h.groupId}/memberships/${membership.id}?${v}&cascade=true`))
        .status,
    ).toBe(204);
    const after = await h.collect(`/groups/${h.groupId}/org_memberships?${v}&user_id=${target!.userId}`);
    expect(after.items).toEqual([]);
  });

  it('requires user_id on group org_memberships', async () => {
    const res = await h.call('GET', `/rest/groups/${h.groupId}/org_memberships?${v}`);
    expect(res.status).toBe(400);
    expect((res.body as Err).errors[0]?.source).toEqual({ parameter: 'user_id' });
  });

  it('creates a group membership with a group role, 409 the second time', async () => {
    const user = h.state.users[9]!;
    const role = group().groupRoles[2]!;
    const body = {
      data: {
        type: 'group_membership',
        relationships: {
          group: { data: { id: h.groupId, type: 'group' } },
          role: { data: { id: role.id, type: 'group_role' } },
          user: { data: { id: user.id, type: 'user' } },
        },
      },
    };
    const path = `/rest/groups/${h.groupId}/memberships?${v}`;
    expect((await h.call('POST', path, { body })).status).toBe(201);
    expect((await h.call('POST', path, { body })).status).toBe(409);
  });
});

describe('REST invites and tenants', () => {
  it('creates, lists and deletes an org invitation', async () => {
    const orgId = org(4).id;
    const role = group().orgRoles[0]!.id;
    const created = await h.call('POST', `/rest/orgs/${orgId}/invites?${v}`, {
      body: { data: { type: 'org_invitation', attributes: { email: 'new@example.com', role } } },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { data: { id: string } }).data.id;
    const list = (await h.call('GET', `/rest/orgs/${orgId}/invites?${v}`)).body as Doc;
    expect(list.data).toMatchObject([
      { id, attributes: { email: 'new@example.com', is_active: true, role } },
    ]);
    expect((await h.call('DELETE', `/rest/orgs/${orgId}/invites/${id}?${v}`)).status).toBe(204);
  });

  it('renames a tenant and changes a tenant membership role (beta)', async () => {
    const tenant = h.state.tenants[0]!;
    const patch = await h.call('PATCH', `/rest/tenants/${tenant.id}?${v}`, {
      body: { data: { id: tenant.id, type: 'tenant', attributes: { name: 'Acme' } } },
    });
    expect(patch.status).toBe(200);
    const membership = tenant.members[0]!;
    const role = tenant.roles[1]!;
    const res = await h.call(
      'PATCH',
      `/rest/tenants/${tenant.id}/memberships/${membership.id}?version=${BETA}`,
      {
        body: {
          data: {
            id: membership.id,
            type: 'tenant_membership',
            relationships: { role: { data: { id: role.id, type: 'tenant_role' } } },
          },
        },
      },
    );
    expect(res.status).toBe(204);
    const roles = (await h.call('GET', `/rest/tenants/${tenant.id}/roles?version=${BETA}`)).body as Doc;
    expect(roles.data.map((r) => (r.attributes as { name: string }).name)).toEqual([
      'Tenant Admin',
      'Tenant Member',
    ]);
  });
});

describe.skipIf(contractSkipReason !== undefined)('REST contract (official OpenAPI spec)', () => {
  it('every REST response above matches the response schema of its operation and status', () => {
    expect(h.records.length).toBeGreaterThan(40);
    expect(new Set(h.records.map((r) => r.status))).toEqual(
      new Set([200, 201, 204, 400, 401, 403, 404, 409]),
    );
    expect(contractViolations(h.records)).toEqual([]);
  });
});
