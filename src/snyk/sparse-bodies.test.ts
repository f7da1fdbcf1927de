// Sparse and empty answers real Snyk gives (docs/snyk-api.md#reads-and-writes): `{}` integration
// settings, a webhook create answered with an empty 201 or 200, a notification PUT that
// echoes only the events sent, and memberships whose role object has no attributes. The
// client takes each as success, over real HTTP from a scripted server.
import { describe, expect, it } from 'vitest';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-2b6e0c1d-aaaa-bbbb-cccc-000000000026';
const ORG = '11111111-1111-4111-8111-111111111126';
const USER = '33333333-3333-4333-8333-333333333326';
const ROLE = '44444444-4444-4444-8444-444444444426';
const setup = scriptedClients(TOKEN);

describe('sparse and empty bodies', () => {
  it('reads {} integration settings as no settings', async () => {
    const { client } = await setup((_req, res) => sendJson(res, 200, {}));
    await expect(client.getIntegrationSettings(ORG, 'int-1')).resolves.toEqual({});
  });

  it.each([201, 200])(
    'takes an empty %i to a webhook create as success, without the secret anywhere',
    async (status) => {
      const { server, client } = await setup((_req, res) => {
        res.writeHead(status);
        res.end();
      });
      await expect(
        client.createWebhook(ORG, 'https://hooks.example.com/a', 'whsec-0123456789abcdef'),
      ).resolves.toBeUndefined();
      expect(server.requests).toHaveLength(1);
    },
  );

  it('takes a created webhook answered as {} as success, and still reads a full answer', async () => {
    const bodies = [{}, { id: 'wh-1', url: 'https://hooks.example.com/b' }];
    const { client } = await setup((_req, res, i) => sendJson(res, 200, bodies[i]));
    await expect(
      client.createWebhook(ORG, 'https://hooks.example.com/b', 'whsec-0123456789abcdef'),
    ).resolves.toBeUndefined();
    await expect(
      client.createWebhook(ORG, 'https://hooks.example.com/b', 'whsec-0123456789abcdef'),
    ).resolves.toEqual({
      id: 'wh-1',
      url: 'https://hooks.example.com/b',
    });
  });

  it('takes a notification PUT answered with only the events sent', async () => {
    const { client } = await setup((_req, res) =>
      sendJson(res, 200, { 'weekly-report': { enabled: false } }),
    );
    await expect(
      client.updateNotificationSettings(ORG, { 'weekly-report': { enabled: false } }),
    ).resolves.toBeUndefined();
  });

  it('reads a membership whose role object has no attributes, by the role id', async () => {
    const membership = {
      id: '55555555-5555-4555-8555-555555555526',
      type: 'org_membership',
      relationships: {
        role: { data: { id: ROLE, type: 'org_role' } },
        user: { data: { id: USER, type: 'user', attributes: { email: 'ann@example.com' } } },
      },
    };
    const { client } = await setup((_req, res) => sendJson(res, 200, { data: [membership], links: {} }));
    const [read] = await client.listOrgMemberships(ORG);
    expect(read).toMatchObject({ roleId: ROLE, roleName: '', userId: USER });
  });
});
