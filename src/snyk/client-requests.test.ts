// What the client sends and how it reads collections: auth, versions, limit=100, every form
// of links.next, all-or-nothing pagination, and response shapes checked at the boundary.
import { describe, expect, it } from 'vitest';
import { SnykApiError } from './api-error.ts';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000001';
const ORG = '11111111-1111-4111-8111-111111111111';
const GROUP = '22222222-2222-4222-8222-222222222222';

const setup = scriptedClients(TOKEN);

/** Spec ids are UUIDs (and checked as such): `m(3)` = aaaaaaaa-0000-4000-8000-000000000003. */
const uuid = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const m = (i: number) => uuid('aaaaaaaa', i);
const u = (i: number) => uuid('bbbbbbbb', i);
const ROLE_COLLAB = uuid('cccccccc', 1);

function membership(i: number) {
  return {
    id: m(i),
    type: 'org_membership',
    relationships: {
      role: { data: { id: ROLE_COLLAB, type: 'org_role', attributes: { name: 'Org Collaborator' } } },
      user: {
        data: {
          id: u(i),
          type: 'user',
          attributes: { email: `user${i}@acme.com`, name: `User ${i}`, username: `user${i}` },
        },
      },
    },
  };
}

function orgItem(i: number) {
  return { id: uuid('dddddddd', i), type: 'org', attributes: { name: `Org ${i}`, slug: `org-${i}` } };
}

describe('requests', () => {
  it('sends the token scheme, JSON:API accept header and the configured REST version', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 200, {
        data: { id: 'me', type: 'user', attributes: { name: 'Me', email: 'me@acme.com' } },
      }),
    );
    expect(await client.getSelf()).toEqual({ id: 'me', type: 'user', name: 'Me', email: 'me@acme.com' });
    const [req] = server.requests;
    expect(req?.headers.authorization).toBe(`token ${TOKEN}`);
    expect(req?.headers.accept).toBe('application/vnd.api+json');
    expect(req?.url).toBe('/rest/self?version=2024-10-15');
  });

  it('sends an OAuth token as Bearer', async () => {
    const { server, client } = await setup(
      (_req, res) => sendJson(res, 200, { data: { id: 'me', type: 'service_account' } }),
      {
        auth: { scheme: 'bearer', token: TOKEN },
      },
    );
    await client.getSelf();
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('calls beta-only endpoints with the ~beta form of the configured version', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 200, { data: [], links: {} }));
    await client.listTenantMemberships('t1');
    await client.listTenantRoles('t1');
    expect(server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('version'))).toEqual([
      '2024-10-15~beta',
      '2024-10-15~beta',
    ]);
  });

  it('sends JSON:API bodies for REST writes and plain JSON for v1', async () => {
    const { server, client } = await setup((req, res) =>
      req.url.startsWith('/v1/org?') || req.url === '/v1/org'
        ? sendJson(res, 201, { id: ORG, name: 'Payments', slug: 'payments', url: 'x' })
        : sendJson(res, 204, undefined),
    );
    await client.updateOrgMembership(ORG, 'm-1', 'role-admin');
    expect(await client.createOrg({ name: 'Payments', groupId: GROUP })).toEqual({
      id: ORG,
      name: 'Payments',
      slug: 'payments',
    });
    await client.deleteGroupMembership(GROUP, 'm-2', { cascade: true });
    const [patch, post, del] = server.requests;
    expect(patch?.method).toBe('PATCH');
    expect(patch?.headers['content-type']).toBe('application/vnd.api+json');
    expect(JSON.parse(patch?.body ?? '')).toEqual({
      data: {
        id: 'm-1',
        type: 'org_membership',
        attributes: {},
        relationships: { role: { data: { id: 'role-admin', type: 'org_role' } } },
      },
    });
    expect(post?.url).toBe('/v1/org');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post?.body ?? '')).toEqual({ name: 'Payments', groupId: GROUP });
    expect(del?.url).toBe(`/rest/groups/${GROUP}/memberships/m-2?version=2024-10-15&cascade=true`);
  });
});

describe('pagination', () => {
  it('follows links.next in every documented form, always at limit=100, and returns every item', async () => {
    const base = `/rest/orgs/${ORG}/memberships`;
    const { server, client } = await setup((_req, res, i) => {
      const next = [
        `/orgs/${ORG}/memberships?version=2024-10-15&limit=100&starting_after=p1`, // relative to REST base
        { href: `${base}?version=2024-10-15&limit=100&starting_after=p2` }, // {href}, /rest path
        `${server?.url}${base}?starting_after=p3`, // absolute, no version or limit
        undefined,
      ][i];
      sendJson(res, 200, {
        data: [membership(i * 2), membership(i * 2 + 1)],
        links: next === undefined ? {} : { next },
      });
    });
    const members = await client.listOrgMemberships(ORG);
    expect(members.map((x) => x.id)).toEqual([m(0), m(1), m(2), m(3), m(4), m(5), m(6), m(7)]);
    expect(members[0]).toEqual({
      id: m(0),
      userId: u(0),
      roleId: ROLE_COLLAB,
      roleName: 'Org Collaborator',
      user: { id: u(0), email: 'user0@acme.com', username: 'user0', name: 'User 0' },
    });
    expect(server.requests).toHaveLength(4);
    for (const req of server.requests) {
      const url = new URL(req.url, 'http://x');
      expect(url.pathname).toBe(base);
      expect(url.searchParams.get('limit')).toBe('100');
      expect(url.searchParams.get('version')).toBe('2024-10-15');
    }
    expect(new URL(server.requests[3]?.url ?? '', 'http://x').searchParams.get('starting_after')).toBe('p3');
  });

  it('fails the whole read when a later page fails: never a partial list', async () => {
    const { client } = await setup((_req, res, i) =>
      i === 0
        ? sendJson(res, 200, {
            data: [membership(0)],
            links: { next: `/orgs/${ORG}/memberships?starting_after=x` },
          })
        : sendJson(res, 403, { errors: [{ status: '403', detail: 'Forbidden' }] }),
    );
    await expect(client.listOrgMemberships(ORG)).rejects.toMatchObject({
      code: 'SNYK_FORBIDDEN',
      status: 403,
    });
  });

  it('refuses a next link to another host, before sending anything there', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 200, {
        data: [orgItem(0)],
        links: { next: 'https://elsewhere.example/rest/orgs?starting_after=x' },
      }),
    );
    const error = await client.listGroupOrgs(GROUP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnykApiError);
    expect(error).toMatchObject({ code: 'SNYK_BAD_RESPONSE', pathTemplate: '/rest/groups/{group_id}/orgs' });
    expect(server.requests).toHaveLength(1);
  });

  it('stops a server that repeats a next link instead of looping forever', async () => {
    const { client } = await setup((_req, res, i) =>
      sendJson(res, 200, { data: [orgItem(i)], links: { next: '/groups/g/orgs?starting_after=same' } }),
    );
    await expect(client.listGroupOrgs(GROUP)).rejects.toMatchObject({ code: 'SNYK_BAD_RESPONSE' });
  });

  it('reads v1 group tags page by page and stops on a short page', async () => {
    const { server, client } = await setup((_req, res, i) => {
      const count = i === 0 ? 1000 : 3;
      sendJson(res, 200, {
        tags: Array.from({ length: count }, (_, k) => ({ key: 'team', value: `t${i}-${k}` })),
      });
    });
    const tags = await client.listGroupTags(GROUP);
    expect(tags).toHaveLength(1003);
    expect(server.requests.map((r) => r.url)).toEqual([
      `/v1/group/${GROUP}/tags?perPage=1000&page=1`,
      `/v1/group/${GROUP}/tags?perPage=1000&page=2`,
    ]);
  });
});

describe('response shapes', () => {
  it('rejects a body without the documented shape, naming the endpoint and the field', async () => {
    const { client } = await setup((_req, res) =>
      sendJson(res, 200, {
        data: [{ id: 'm-1', relationships: { role: { data: { id: 'r' } }, user: { data: { id: 'u' } } } }],
      }),
    );
    const error = await client.listOrgMemberships(ORG).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      method: 'GET',
      pathTemplate: '/rest/orgs/{org_id}/memberships',
    });
    expect((error as Error).message).toBe(
      'GET /rest/orgs/{org_id}/memberships returned a body without the documented shape: data[0].relationships.user.data.id: expected a UUID',
    );
  });

  it("reads a tenant role's permissions (the last-admin rail compares them), and refuses a list that is not strings", async () => {
    const role = (permissions: unknown) => ({
      id: uuid('eeeeeeee', 1),
      type: 'tenant_role',
      attributes: { name: 'Tenant Owner', description: 'x', custom: true, permissions },
    });
    const good = await setup((_req, res) => sendJson(res, 200, { data: [role(['tenant.edit'])], links: {} }));
    expect(await good.client.listTenantRoles('t1')).toEqual([
      { id: uuid('eeeeeeee', 1), name: 'Tenant Owner', permissions: ['tenant.edit'] },
    ]);
    const bad = await setup((_req, res) => sendJson(res, 200, { data: [role([7])], links: {} }));
    await expect(bad.client.listTenantRoles('t1')).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: expect.stringContaining('data[0].attributes.permissions[0]: expected a string'),
    });
  });

  it('rejects a body that is not JSON', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data": [');
    });
    await expect(client.getOrgSettings(ORG)).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: 'GET /v1/org/{orgId}/settings returned 200 with a body that is not JSON',
    });
  });

  it('reads v1 settings, roles and provisions into the documented fields only', async () => {
    const { client } = await setup((req, res) => {
      if (req.url.endsWith('/settings') && req.url.startsWith('/v1/org/'))
        return sendJson(res, 200, {
          requestAccess: { enabled: true },
          ignores: { reasonRequired: false },
          extra: 1,
        });
      if (req.url.endsWith('/settings'))
        return sendJson(res, 200, { sessionLength: null, requestAccess: { enabled: false } });
      if (req.url.endsWith('/roles'))
        return sendJson(res, 200, [
          { name: 'Org Admin', publicId: 'r-admin', description: '', created: '', modified: '' },
        ]);
      return sendJson(res, 200, [
        { email: 'x@acme.com', role: 'COLLABORATOR', rolePublicId: 'r-collab', created: '' },
      ]);
    });
    expect(await client.getOrgSettings(ORG)).toEqual({
      requestAccess: { enabled: true },
      ignores: { reasonRequired: false },
    });
    expect(await client.getGroupSettings(GROUP)).toEqual({
      sessionLength: null,
      requestAccess: { enabled: false },
    });
    expect(await client.listOrgRoles(GROUP)).toEqual([{ id: 'r-admin', name: 'Org Admin' }]);
    expect(await client.listProvisions(ORG)).toEqual([{ email: 'x@acme.com', roleId: 'r-collab' }]);
  });
});
