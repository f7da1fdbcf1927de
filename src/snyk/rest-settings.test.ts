// The generic REST settings calls over real HTTP: the request each declaration makes, and every
// answer that is not the declared shape refused as SNYK_BAD_RESPONSE naming the attribute.
import { Type as T } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import type { RestSettingsEndpoint } from '../core/port/settings-endpoint.ts';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-0c1d2e3f-aaaa-bbbb-cccc-000000000031';
const ORG = '11111111-1111-4111-8111-111111111111';
const GROUP = '22222222-2222-4222-8222-222222222222';
const setup = scriptedClients(TOKEN);

const orgPart: RestSettingsEndpoint = {
  template: '/orgs/{org_id}/settings/example',
  type: 'example_settings',
  write: 'PATCH',
  writeId: true,
  schema: T.Object({
    enabled: T.Optional(T.Boolean()),
    customRules: T.Optional(T.Object({ isEnabled: T.Optional(T.Boolean()) })),
  }),
  renames: { enabled: 'example_enabled' },
  releases: { read: ['2023-06-22'], write: ['2023-09-11'] },
};
const groupPart: RestSettingsEndpoint = {
  template: '/groups/{group_id}/settings/template',
  type: 'template',
  write: 'POST',
  deletable: true,
  schema: T.Object({ title: T.Optional(T.String({ minLength: 1 })) }),
  releases: { read: ['2024-05-08'], write: ['2024-05-08'], delete: ['2024-05-08'] },
};

const answer = (attributes: unknown) => ({
  jsonapi: { version: '1.0' },
  data: { id: ORG, type: 't', attributes },
});

describe('readSettings', () => {
  it('reads the declared keys from the attributes', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(
        res,
        200,
        answer({ example_enabled: true, custom_rules: { is_enabled: false }, updated: 'x' }),
      ),
    );
    await expect(client.readSettings(orgPart, ORG)).resolves.toEqual({
      enabled: true,
      customRules: { isEnabled: false },
    });
    expect(server.requests[0]!.url).toBe(`/rest/orgs/${ORG}/settings/example?version=2024-10-15`);
  });

  it.each([
    [{ data: null }, 'data: expected an object'],
    [{ data: { id: ORG } }, 'data.attributes: expected an object'],
    [answer({ example_enabled: 'on' }), 'data.attributes.example_enabled: expected a boolean'],
    [
      answer({ custom_rules: { is_enabled: 1 } }),
      'data.attributes.custom_rules.is_enabled: expected a boolean',
    ],
    [[], 'body: expected an object'],
  ])('refuses a hostile body %j, naming the place', async (body, message) => {
    const { client } = await setup((_req, res) => sendJson(res, 200, body));
    await expect(client.readSettings(orgPart, ORG)).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: expect.stringContaining(message),
    });
  });

  it('reads a 404 of a part that may not exist as none, and of any other part as an error', async () => {
    const { client } = await setup((_req, res) =>
      sendJson(res, 404, { errors: [{ status: '404', detail: 'none' }] }),
    );
    await expect(client.readSettings(groupPart, GROUP)).resolves.toBeNull();
    await expect(client.readSettings(orgPart, ORG)).rejects.toMatchObject({ code: 'SNYK_NOT_FOUND' });
  });
});

describe('writeSettings and deleteSettings', () => {
  it('send the declared method, type, id and attributes', async () => {
    const { server, client } = await setup((req, res) =>
      req.method === 'DELETE' ? sendJson(res, 204, undefined) : sendJson(res, 201, answer({})),
    );
    await client.writeSettings(orgPart, ORG, { enabled: false, customRules: { isEnabled: true } });
    await client.writeSettings(groupPart, GROUP, { title: 'Fix {{ package_name }}' });
    await client.deleteSettings(groupPart, GROUP);
    const sent = server.requests.map((r) => [r.method, r.url.split('?')[0], r.body && JSON.parse(r.body)]);
    expect(sent).toEqual([
      [
        'PATCH',
        `/rest/orgs/${ORG}/settings/example`,
        {
          data: {
            id: ORG,
            type: 'example_settings',
            attributes: { example_enabled: false, custom_rules: { is_enabled: true } },
          },
        },
      ],
      [
        'POST',
        `/rest/groups/${GROUP}/settings/template`,
        { data: { type: 'template', attributes: { title: 'Fix {{ package_name }}' } } },
      ],
      ['DELETE', `/rest/groups/${GROUP}/settings/template`, ''],
    ]);
  });
});
