// The service-account endpoints over real HTTP: what is sent, what is kept of the answers (a
// secret only from a create or rotation), and that an error about them quotes nothing Snyk
// sent back, however the body echoes a secret.
import { afterEach, describe, expect, it } from 'vitest';
import { noSleep, testClient } from './testing/clients.test-helpers.ts';
import {
  type ScriptedServer,
  sendJson,
  startScriptedServer,
} from './testing/scripted-server.test-helpers.ts';

const SECRET = 'sa-secret-9f8e7d6c5b4a39281706';
const ID = '6b1d2f9e-0000-4000-8000-00000000aa01';
const ROLE = '3c1cfe56-f0a1-548b-8315-cfa2ce2e3aef';
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const resource = (extra: Record<string, unknown> = {}) => ({
  id: ID,
  type: 'service_account',
  attributes: { name: 'ci', auth_type: 'oauth_client_secret', role_id: ROLE, client_id: 'cid', ...extra },
});

function errorText(error: unknown): string {
  const e = error as Error & { detail?: unknown; cause?: unknown };
  return [e.message, e.stack, String(e.detail), String((e.cause as Error | undefined)?.message)].join('\n');
}

describe('service-account operations', () => {
  it('lists accounts without any secret a hostile listing carries', async () => {
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 200, { data: [resource({ client_secret: SECRET, api_key: SECRET })], links: {} }),
    );
    const client = testClient(server.url, 'tok-0123456789abcdef');
    const listed = await client.listServiceAccounts({ level: 'org', id: 'o1' });
    await client.close();
    expect(listed).toEqual([{ id: ID, name: 'ci', roleId: ROLE, auth: 'oauth_client_secret' }]);
    expect(JSON.stringify(listed)).not.toContain(SECRET);
    expect(server.requests[0]!.url).toMatch(/^\/rest\/orgs\/o1\/service_accounts\?/);
  });

  it('sends a create as the spec has it and returns the one secret of its answer', async () => {
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 201, { data: resource({ client_secret: SECRET, access_token_ttl_seconds: 7200 }) }),
    );
    const client = testClient(server.url, 'tok-0123456789abcdef');
    const issued = await client.createServiceAccount(
      { level: 'group', id: 'g1' },
      { name: 'ci', roleId: ROLE, auth: 'oauth_client_secret', accessTokenTtlSeconds: 7200 },
    );
    await client.close();
    expect(issued.secret).toBe(SECRET);
    expect(issued.account.accessTokenTtlSeconds).toBe(7200);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      data: {
        type: 'service_account',
        attributes: {
          name: 'ci',
          role_id: ROLE,
          auth_type: 'oauth_client_secret',
          access_token_ttl_seconds: 7200,
        },
      },
    });
  });

  it('rotates with mode replace', async () => {
    server = await startScriptedServer((_req, res) =>
      sendJson(res, 200, { data: resource({ client_secret: SECRET }) }),
    );
    const client = testClient(server.url, 'tok-0123456789abcdef');
    expect((await client.rotateServiceAccountSecret({ level: 'org', id: 'o1' }, ID)).secret).toBe(SECRET);
    await client.close();
    expect(server.requests[0]!.method).toBe('POST');
    expect(server.requests[0]!.url).toMatch(new RegExp(`^/rest/orgs/o1/service_accounts/${ID}/secrets\\?`));
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      data: { type: 'service_account', attributes: { mode: 'replace' } },
    });
  });

  it.each([400, 409, 500])(
    'quotes nothing of a %i answer that echoes a secret, in the error or the log',
    async (status) => {
      server = await startScriptedServer((_req, res) =>
        sendJson(res, status, {
          errors: [{ status: String(status), detail: `account exists, api_key ${SECRET}`, details: SECRET }],
          message: SECRET,
        }),
      );
      const lines: string[] = [];
      const client = testClient(server.url, 'tok-0123456789abcdef', {
        log: (line) => lines.push(line),
        sleep: noSleep,
        retry: { maxRetries: 0 },
      });
      const failed = await client
        .createServiceAccount({ level: 'org', id: 'o1' }, { name: 'ci', roleId: ROLE, auth: 'api_key' })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      await client.close();
      expect(failed).toBeInstanceOf(Error);
      expect(errorText(failed)).toContain('/service_accounts');
      expect(errorText(failed)).not.toContain(SECRET);
      expect(lines.join('\n')).not.toContain(SECRET);
    },
  );
});
