// A 409 on a membership create (REALITY.md §2): the user already has a membership, maybe with
// another role. The client settles it: found by user id, PATCHed once when the role differs.
import { describe, expect, it } from 'vitest';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { type ScriptedHandler, sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000007';
const ORG = '11111111-1111-4111-8111-111111111111';

const setup = scriptedClients(TOKEN);

const jsonApiError = (status: number, detail: string) => ({
  jsonapi: { version: '1.0' },
  errors: [{ status: String(status), detail }],
});

describe('a 409 on a membership create', () => {
  const USER = '33333333-3333-4333-8333-333333333333';
  const ROLE = '44444444-4444-4444-8444-444444444444';
  const OTHER_ROLE = '55555555-5555-4555-8555-555555555555';
  const MEMBERSHIP = '66666666-6666-4666-8666-666666666666';
  const existing = (roleId: string) => ({
    data: [
      {
        id: MEMBERSHIP,
        type: 'org_membership',
        relationships: {
          role: { data: { id: roleId, type: 'org_role', attributes: { name: 'Some Role' } } },
          user: { data: { id: USER, type: 'user', attributes: { email: 'a@acme.com' } } },
        },
      },
    ],
    links: {},
  });
  const conflictThen =
    (list: unknown): ScriptedHandler =>
    (req, res) => {
      if (req.method === 'POST') return sendJson(res, 409, jsonApiError(409, 'already a member'));
      if (req.method === 'GET') return sendJson(res, 200, list);
      return sendJson(res, 204, undefined);
    };

  it.each([
    ['org', (c: SnykClient) => c.createOrgMembership(ORG, USER, ROLE), `/rest/orgs/${ORG}/memberships`],
    ['group', (c: SnykClient) => c.createGroupMembership(ORG, USER, ROLE), `/rest/groups/${ORG}/memberships`],
  ])(
    'settles a 409 on a %s membership create with one PATCH when the existing role differs',
    async (_kind, create, base) => {
      const { server, client } = await setup(conflictThen(existing(OTHER_ROLE)));
      await expect(create(client)).resolves.toBeUndefined();
      expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        `POST ${base}?version=2024-10-15`,
        `GET ${base}?version=2024-10-15&user_id=${USER}&limit=100`,
        `PATCH ${base}/${MEMBERSHIP}?version=2024-10-15`,
      ]);
      expect(JSON.parse(server.requests[2]?.body ?? '').data.relationships.role.data.id).toBe(ROLE);
    },
  );

  it('takes a 409 as success when the existing membership already has the role: no PATCH', async () => {
    const { server, client } = await setup(conflictThen(existing(ROLE)));
    await expect(client.createGroupMembership(ORG, USER, ROLE)).resolves.toMatchObject({
      id: MEMBERSHIP,
      roleId: ROLE,
    });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('keeps SNYK_CONFLICT when the membership behind a 409 cannot be found', async () => {
    const { server, client } = await setup(conflictThen({ data: [], links: {} }));
    await expect(client.createOrgMembership(ORG, USER, ROLE)).rejects.toMatchObject({
      code: 'SNYK_CONFLICT',
      mayHaveApplied: false,
    });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });
});
