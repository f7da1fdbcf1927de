// The emulator's OAuth token endpoint, over HTTP: what it refuses as Snyk does (the form, the
// grant, the client, the assertion's audience and replays), and access tokens that the REST
// and v1 APIs refuse with 401 once they have expired.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { signClientAssertion } from '../../snyk/client-assertion.ts';
import { generateState } from '../generate.ts';
import { startEmulator } from '../server.ts';
import type { Emulator } from '../types.ts';

const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
let emulator: Emulator | undefined;
let orgId = '';
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(clock: { ms: number }) {
  const { state } = generateState({ orgs: 1, membersPerOrg: [1, 1], seed: 5 });
  orgId = state.groups[0]!.orgs[0]!.id;
  const userId = state.tokens[0]!.userId;
  state.oauthClients = [
    { clientId: 'secret-client', userId, clientSecret: 'the-secret-value', accessTokenTtlSeconds: 60 },
    {
      clientId: 'jwt-client',
      userId,
      jwks: { keys: [{ ...keys.publicKey.export({ format: 'jwk' }), kid: 'k1' }] },
    },
  ];
  emulator = await startEmulator({ state, rateLimit: false, now: () => new Date(clock.ms) });
  return emulator;
}

async function post(emu: Emulator, body: string, type = 'application/x-www-form-urlencoded') {
  const response = await fetch(`${emu.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('POST /oauth2/token', () => {
  it('issues a token that works until it expires, then is answered 401 by REST and v1 alike', async () => {
    const clock = { ms: Date.parse('2026-12-06T12:00:00Z') };
    const emu = await start(clock);
    const issued = await post(
      emu,
      form({
        grant_type: 'client_credentials',
        client_id: 'secret-client',
        client_secret: 'the-secret-value',
      }),
    );
    expect(issued).toMatchObject({ status: 200, body: { token_type: 'bearer', expires_in: 60 } });
    const auth = { authorization: `Bearer ${String(issued.body.access_token)}` };
    const rest = () =>
      fetch(`${emu.url}/rest/self?version=2024-10-15`, { headers: auth }).then((r) => r.status);
    const v1 = () => fetch(`${emu.url}/v1/org/${orgId}/settings`, { headers: auth }).then((r) => r.status);
    expect([await rest(), await v1()]).toEqual([200, 200]);
    clock.ms += 60_000;
    expect([await rest(), await v1()]).toEqual([401, 401]);
  });

  it.each([
    [form({ grant_type: 'client_credentials', client_id: 'x' }), 'application/json', 400, 'invalid_request'],
    [form({ grant_type: 'password', client_id: 'secret-client' }), undefined, 400, 'unsupported_grant_type'],
    [
      form({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 's' }),
      undefined,
      401,
      'invalid_client',
    ],
    [
      form({ grant_type: 'client_credentials', client_id: 'secret-client', client_secret: 'wrong' }),
      undefined,
      401,
      'invalid_client',
    ],
  ])('refuses %s as Snyk does', async (body, type, status, error) => {
    const emu = await start({ ms: Date.now() });
    expect(await post(emu, body, type)).toMatchObject({ status, body: { error } });
  });

  it('takes a client assertion once, for its own URL only', async () => {
    const clock = { ms: Date.parse('2026-12-06T12:00:00Z') };
    const emu = await start(clock);
    const signingKey = { key: keys.privateKey, alg: 'ES256' as const, keyId: 'k1' };
    const assertionFor = (tokenUrl: string) =>
      form({
        grant_type: 'client_credentials',
        client_id: 'jwt-client',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: signClientAssertion({
          clientId: 'jwt-client',
          tokenUrl,
          signingKey,
          nowMs: clock.ms,
        }),
      });
    const good = assertionFor(`${emu.url}/oauth2/token`);
    expect((await post(emu, good)).status).toBe(200);
    expect(await post(emu, good)).toMatchObject({
      status: 401,
      body: { error_description: expect.stringContaining('used before') },
    });
    expect(await post(emu, assertionFor('https://api.snyk.io/oauth2/token'))).toMatchObject({
      status: 401,
      body: { error_description: expect.stringContaining('aud') },
    });
    clock.ms += 10 * 60_000;
    const stale = assertionFor(`${emu.url}/oauth2/token`);
    clock.ms += 10 * 60_000;
    expect(await post(emu, stale)).toMatchObject({
      status: 401,
      body: { error_description: expect.stringContaining('expired') },
    });
  });
});
