// The responses REALITY.md records from the real API (not the docs), each accepted: a 201 with
// the membership at the top level, a v1 org create without a slug, a new org that answers 404
// for a while, `details` instead of `detail`, last pages that point at themselves, 410 Gone.
import { describe, expect, it } from 'vitest';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000004';
const GROUP = '22222222-2222-4222-8222-222222222222';
const ORG = '11111111-1111-4111-8111-111111111111';
const USER = '33333333-3333-4333-8333-333333333333';
const ROLE = '44444444-4444-4444-8444-444444444444';
const MEMBERSHIP = '66666666-6666-4666-8666-666666666666';

const clock = { now: 0, sleeps: [] as number[] };
const setup = scriptedClients(TOKEN, () => {
  clock.now = Date.parse('2026-01-01T00:00:00Z');
  clock.sleeps = [];
  return {
    now: () => clock.now,
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
    random: () => 1,
  };
});

const restOrg = (id: string, i = 0) => ({
  id,
  type: 'org',
  attributes: { name: `Org ${i}`, slug: `org-${i}`, is_personal: false },
});
const membershipResource = {
  id: MEMBERSHIP,
  type: 'org_membership',
  attributes: { created_at: '2026-01-01T00:00:00Z' },
  relationships: {
    role: { data: { id: ROLE, type: 'org_role', attributes: { name: 'Org Collaborator' } } },
    user: { data: { id: USER, type: 'user', attributes: { email: 'a@acme.com' } } },
  },
};

describe('responses as Snyk sends them', () => {
  it('reads an org-membership 201 that has the resource at the top level (§1)', async () => {
    const { client } = await setup((_req, res) => sendJson(res, 201, membershipResource));
    await expect(client.createOrgMembership(ORG, USER, ROLE)).resolves.toMatchObject({
      id: MEMBERSHIP,
      userId: USER,
      roleId: ROLE,
    });
  });

  it('takes any 201 body as success, even one without a usable membership', async () => {
    const { client } = await setup((_req, res) => sendJson(res, 201, { id: MEMBERSHIP }));
    await expect(client.createOrgMembership(ORG, USER, ROLE)).resolves.toBeUndefined();
  });

  it('reads back the slug when POST /v1/org answers only { id, name, created } (§3), waiting out 404s of the new org (§4)', async () => {
    const { server, client } = await setup((req, res, i) => {
      if (req.method === 'POST') return sendJson(res, 201, { id: ORG, name: 'Payments', created: 'x' });
      return i < 3
        ? sendJson(res, 404, { errors: [{ status: '404', detail: 'Org not found' }] })
        : sendJson(res, 200, {
            data: { ...restOrg(ORG), attributes: { name: 'Payments', slug: 'payments' } },
          });
    });
    await expect(client.createOrg({ name: 'Payments', groupId: GROUP })).resolves.toEqual({
      id: ORG,
      name: 'Payments',
      slug: 'payments',
    });
    expect(server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'POST /v1/org',
      `GET /rest/orgs/${ORG}`,
      `GET /rest/orgs/${ORG}`,
      `GET /rest/orgs/${ORG}`,
    ]);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it('retries a write naming a just-created org while it answers 404, then gives up after the grace period', async () => {
    let visible = false;
    const { server, client } = await setup((req, res) => {
      if (req.method === 'POST' && req.url === '/v1/org')
        return sendJson(res, 201, { id: ORG, name: 'New', slug: 'new' });
      if (visible) return sendJson(res, 204, undefined);
      return sendJson(res, 404, { errors: [{ status: '404', detail: 'not found' }] });
    });
    await client.createOrg({ name: 'New', groupId: GROUP });
    const failure = await client.updateOrgMembership(ORG, MEMBERSHIP, ROLE).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'SNYK_NOT_FOUND' });
    expect((failure as Error).message).toContain(
      'Snyk still does not show it after the 60.0s allowed for a new org to appear',
    );
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    visible = true;
    await client.updateOrgMembership(ORG, MEMBERSHIP, ROLE);
    expect(server.requests.at(-1)?.method).toBe('PATCH');
  });

  it('does not retry a 404 for an org this run did not create', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 404, { errors: [{ status: '404', detail: 'not found' }] }),
    );
    await expect(client.getOrg(ORG)).rejects.toMatchObject({ code: 'SNYK_NOT_FOUND' });
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the reason of a REST error that says `details` instead of `detail` (§5)', async () => {
    const { client } = await setup((_req, res) =>
      sendJson(res, 400, { errors: [{ status: '400', details: 'name is too long' }] }),
    );
    await expect(client.updateOrg(ORG, { name: 'x' })).rejects.toMatchObject({
      code: 'SNYK_BAD_REQUEST',
      detail: 'name is too long',
    });
  });
});

describe('last pages as Snyk sends them (§7)', () => {
  it('ends on a page whose next is its own self link', async () => {
    const self = `/groups/${GROUP}/orgs?version=2024-10-15&limit=100&starting_after=p1`;
    const { server, client } = await setup((_req, res, i) =>
      sendJson(res, 200, {
        data: [restOrg(`dddddddd-0000-4000-8000-00000000000${i}`, i)],
        links: i === 0 ? { next: self } : { self, next: self },
      }),
    );
    expect(await client.listGroupOrgs(GROUP)).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
  });

  it('ends on an empty page even when it has a next link', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 200, { data: [], links: { next: `/groups/${GROUP}/orgs?starting_after=zzz` } }),
    );
    expect(await client.listGroupOrgs(GROUP)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('retired endpoints (§10)', () => {
  it('reports 410 Gone from a v1 endpoint as SNYK_GONE naming it, saying REST has no equivalent', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 410, { code: 410, message: 'Gone' }));
    const error = await client.getGroupSettings(GROUP).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'SNYK_GONE',
      status: 410,
      pathTemplate: '/v1/group/{groupId}/settings',
    });
    expect((error as Error).message).toMatch(
      /^GET \/v1\/group\/\{groupId\}\/settings returned 410 Gone: Snyk has retired this v1 endpoint and the REST API \(2025-11-05\) has no equivalent: REST has/,
    );
    expect(server.requests).toHaveLength(1);
  });
});
