import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './testing/harness.test-helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ generate: { orgs: 3, membersPerOrg: [2, 3], seed: 5 } });
});
afterAll(() => h.emu.close());

const group = () => h.emu.getState().groups[0]!;

describe('v1 orgs', () => {
  it('creates orgs with a slug from the name, suffixed when taken; duplicate names are allowed', async () => {
    const first = await h.call('POST', '/v1/org', { body: { name: 'Payments Team', groupId: h.groupId } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      name: 'Payments Team',
      slug: 'payments-team',
      group: { id: h.groupId },
    });
    const second = await h.call('POST', '/v1/org', { body: { name: 'Payments Team', groupId: h.groupId } });
    expect(second.status).toBe(201);
    const slug = (second.body as { slug: string }).slug;
    expect(slug).toMatch(/^payments-team-[0-9a-f]{4,}$/);
    expect(group().orgs.filter((o) => o.name === 'Payments Team')).toHaveLength(2);
  });

  it('answers 422 without a name and 401 for a group outside the token', async () => {
    const noName = await h.call('POST', '/v1/org', { body: { groupId: h.groupId } });
    expect(noName.status).toBe(422);
    expect(noName.body).toMatchObject({
      message: expect.stringContaining('name'),
      errorRef: expect.any(String),
    });
    const other = await h.call('POST', '/v1/org', {
      body: { name: 'x', groupId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(other.status).toBe(401);
  });

  it('copies settings from sourceOrgId in the same group, not members', async () => {
    const source = group().orgs[0]!;
    await h.call('PUT', `/v1/org/${source.id}/settings`, {
      body: { requestAccess: { enabled: true }, ignores: { reasonRequired: true } },
    });
    const res = await h.call('POST', '/v1/org', {
      body: { name: 'Copy', groupId: h.groupId, sourceOrgId: source.id },
    });
    expect(res.status).toBe(201);
    const copy = group().orgs.find((o) => o.id === (res.body as { id: string }).id)!;
    expect(copy.settings).toEqual({
      requestAccess: { enabled: true },
      ignores: { reasonRequired: true, autoApproveIgnores: false, approvalWorkflowEnabled: false },
    });
    expect(copy.members).toEqual([]);
  });

  it('updates org settings partially and returns them whole', async () => {
    const orgId = group().orgs[1]!.id;
    const before = (await h.call('GET', `/v1/org/${orgId}/settings`)).body as Record<string, unknown>;
    const res = await h.call('PUT', `/v1/org/${orgId}/settings`, {
      body: { ignores: { autoApproveIgnores: true } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      ...before,
      ignores: { ...(before.ignores as object), autoApproveIgnores: true },
    });
    const bad = await h.call('PUT', `/v1/org/${orgId}/settings`, {
      body: { requestAccess: { enabled: 'yes' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 400, message: expect.stringContaining('requestAccess.enabled') });
    expect(bad.headers.get('x-error-reference')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to delete an org with projects and deletes one without', async () => {
    const state = h.emu.getState();
    state.groups[0]!.orgs[2]!.projectCount = 4;
    h.emu.setState(state);
    expect((await h.call('DELETE', `/v1/org/${state.groups[0]!.orgs[2]!.id}`)).status).toBe(400);
    const empty = state.groups[0]!.orgs[0]!.id;
    expect((await h.call('DELETE', `/v1/org/${empty}`)).status).toBe(204);
    expect((await h.call('GET', `/v1/org/${empty}/settings`)).status).toBe(404);
  });

  it('lists org members with v1 role names and records v1 invitations', async () => {
    const orgId = group().orgs[0]!.id;
    const members = (await h.call('GET', `/v1/org/${orgId}/members`)).body as { role: string }[];
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(['admin', 'collaborator']).toContain(m.role);
    expect(
      (await h.call('POST', `/v1/org/${orgId}/invite`, { body: { email: 'inv@example.com', isAdmin: true } }))
        .status,
    ).toBe(200);
    const invite = group().orgs[0]!.invites.find((i) => i.email === 'inv@example.com');
    expect(invite?.roleId).toBe(group().orgRoles.find((r) => r.name === 'Org Admin')!.id);
  });
});

describe('v1 group', () => {
  it('updates group settings and validates sessionLength', async () => {
    const path = `/v1/group/${h.groupId}/settings`;
    expect((await h.call('PUT', path, { body: { sessionLength: 50 } })).body).toEqual({
      sessionLength: 50,
      requestAccess: { enabled: false },
    });
    expect((await h.call('PUT', path, { body: { sessionLength: 0 } })).status).toBe(400);
    expect((await h.call('PUT', path, { body: { sessionLength: null } })).body).toMatchObject({
      sessionLength: null,
    });
  });

  it('lists tags page by page and refuses to delete a tag still on projects unless forced', async () => {
    const page1 = (await h.call('GET', `/v1/group/${h.groupId}/tags?perPage=1&page=1`)).body;
    const page3 = (await h.call('GET', `/v1/group/${h.groupId}/tags?perPage=1&page=3`)).body;
    expect(page1).toEqual({ tags: [{ key: 'team', value: 'platform' }] });
    expect(page3).toEqual({ tags: [] });
    const del = (body: unknown) => h.call('POST', `/v1/group/${h.groupId}/tags/delete`, { body });
    expect((await del({ key: 'team', value: 'platform' })).status).toBe(400);
    expect((await del({ key: 'team', value: 'platform', force: true })).body).toEqual({
      key: 'team',
      value: 'platform',
      force: true,
    });
    expect((await del({ key: 'env', value: 'legacy' })).status).toBe(200);
    expect(group().tags).toEqual([]);
  });

  it('lists org roles (not group roles) as the role catalogue', async () => {
    const roles = (await h.call('GET', `/v1/group/${h.groupId}/roles`)).body as {
      name: string;
      publicId: string;
    }[];
    expect(roles.map((r) => r.name)).toEqual([
      'Org Collaborator',
      'Org Admin',
      'Org Restricted Collaborator',
    ]);
    expect(roles.map((r) => r.name)).not.toContain('Group Admin');
  });

  it('answers the second group members request within a minute with 429 and Retry-After', async () => {
    const first = await h.call('GET', `/v1/group/${h.groupId}/members`);
    expect(first.status).toBe(200);
    expect((first.body as { groupRole?: string }[]).some((m) => m.groupRole === 'Group Admin')).toBe(true);
    const second = await h.call('GET', `/v1/group/${h.groupId}/members`);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 401 without a token, 404 for an unknown path', async () => {
    const res = await h.call('GET', `/v1/group/${h.groupId}/roles`, { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 401, message: expect.any(String), error: expect.any(String) });
    expect((await h.call('GET', '/v1/nothing')).status).toBe(404);
  });
});

describe('v1 provisioning', () => {
  const path = () => `/v1/org/${group().orgs[1]!.id}/provision`;

  it('provisions a new user with a role, lists and deletes the pending provision', async () => {
    const role = group().orgRoles[1]!;
    const res = await h.call('POST', path(), {
      body: { email: 'future@example.com', rolePublicId: role.id },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: 'future@example.com', rolePublicId: role.id, role: 'Org Admin' });
    expect((await h.call('GET', path())).body).toMatchObject([{ email: 'future@example.com' }]);
    expect((await h.call('DELETE', `${path()}?email=future@example.com`)).body).toEqual({ ok: true });
    expect((await h.call('GET', path())).body).toEqual([]);
  });

  it('refuses existing users, both role and rolePublicId, a missing email query, and groups without SSO', async () => {
    expect((await h.call('POST', path(), { body: { email: 'user0001@example.com' } })).status).toBe(400);
    expect(
      (await h.call('POST', path(), { body: { email: 'a@b.c', role: 'ADMIN', rolePublicId: 'x' } })).status,
    ).toBe(400);
    expect((await h.call('DELETE', path())).status).toBe(400);
    const state = h.emu.getState();
    state.groups[0]!.ssoConfigured = false;
    h.emu.setState(state);
    expect((await h.call('POST', path(), { body: { email: 'new@example.com' } })).status).toBe(400);
  });

  it('refuses service-account tokens with 403', async () => {
    const state = h.emu.getState();
    state.groups[0]!.ssoConfigured = true;
    state.tokens.push({ token: 'sa-token', userId: state.users[0]!.id, kind: 'service_account' });
    h.emu.setState(state);
    expect(
      (await h.call('POST', path(), { token: 'sa-token', body: { email: 'x@example.com' } })).status,
    ).toBe(403);
  });
});
