// The emulator's service-account endpoints over real HTTP: a secret in the answer of the create
// or rotation that made it and in no other, the account a member with its role, an API key a
// working token, and a duplicate name refused (a 500 under reality's serviceAccountDuplicate500).
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import { VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({ generate: { orgs: 1, membersPerOrg: [1, 1], seed: 24 } });

type Account = { id: string; attributes: Record<string, unknown> };

async function harness(reality?: RealityOptions) {
  const h = await start(reality === undefined ? {} : { reality });
  const group = h.emu.getState().groups[0]!;
  const base = `/rest/groups/${group.id}/service_accounts`;
  const create = (attributes: Record<string, unknown>) =>
    h.call('POST', `${base}?version=${VERSION}`, { body: { data: { type: 'service_account', attributes } } });
  return { h, group, base, create, roleId: group.groupRoles[0]!.id };
}

describe('service accounts in the emulator', () => {
  it('answers a secret once, at create and rotation, and never in a list or get', async () => {
    const { h, base, create, roleId } = await harness();
    const made = await create({ name: 'ci', role_id: roleId, auth_type: 'oauth_client_secret' });
    expect(made.status).toBe(201);
    const account = (made.body as { data: Account }).data;
    const secret = account.attributes.client_secret as string;
    expect(secret).toMatch(/^snyk_cs_/);
    expect(account.attributes).toMatchObject({ level: 'Group', access_token_ttl_seconds: 3600 });
    const listed = await h.call('GET', `${base}?version=${VERSION}`);
    const got = await h.call('GET', `${base}/${account.id}?version=${VERSION}`);
    expect(JSON.stringify([listed.body, got.body])).not.toContain(secret);
    const rotated = await h.call('POST', `${base}/${account.id}/secrets?version=${VERSION}`, {
      body: { data: { type: 'service_account', attributes: { mode: 'replace' } } },
    });
    const fresh = (rotated.body as { data: Account }).data.attributes.client_secret;
    expect(fresh).toMatch(/^snyk_cs_/);
    expect(fresh).not.toBe(secret);
    const group = h.emu.getState().groups[0]!;
    expect(group.members.some((m) => m.userId === account.id && m.roleId === roleId)).toBe(true);
  });

  it('makes an API key a token of the account, gone with it', async () => {
    const { h, base, create, roleId } = await harness();
    const made = (await create({ name: 'key', role_id: roleId, auth_type: 'api_key' })).body as {
      data: Account;
    };
    const key = made.data.attributes.api_key as string;
    const self = await h.call('GET', `/rest/self?version=${VERSION}`, { token: key });
    expect(self.body).toMatchObject({ data: { id: made.data.id, type: 'service_account' } });
    expect((await h.call('DELETE', `${base}/${made.data.id}?version=${VERSION}`)).status).toBe(204);
    expect((await h.call('GET', `/rest/self?version=${VERSION}`, { token: key })).status).toBe(401);
    expect((await h.call('DELETE', `${base}/${made.data.id}?version=${VERSION}`)).status).toBe(404);
  });

  it('lets an oauth_client_secret account sign in with its newest secret, until it is deleted', async () => {
    const { h, base, create, roleId } = await harness();
    const made = (await create({ name: 'oauth', role_id: roleId, auth_type: 'oauth_client_secret' }))
      .body as {
      data: Account;
    };
    const clientId = made.data.attributes.client_id as string;
    const signIn = async (secret: string) => {
      const response = await fetch(`${h.emu.url}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: secret,
        }).toString(),
      });
      return response.status;
    };
    const first = made.data.attributes.client_secret as string;
    expect(await signIn(first)).toBe(200);
    const rotated = await h.call('POST', `${base}/${made.data.id}/secrets?version=${VERSION}`, {
      body: { data: { type: 'service_account', attributes: { mode: 'replace' } } },
    });
    const second = (rotated.body as { data: Account }).data.attributes.client_secret as string;
    expect(await signIn(first)).toBe(401);
    expect(await signIn(second)).toBe(200);
    expect((await h.call('DELETE', `${base}/${made.data.id}?version=${VERSION}`)).status).toBe(204);
    expect(await signIn(second)).toBe(401);
  });

  it.each([
    [undefined, 409],
    [{ serviceAccountDuplicate500: true }, 500],
  ] as const)('refuses a duplicate name (reality %j: %i)', async (reality, status) => {
    const { create, roleId } = await harness(reality);
    const jwt = {
      name: 'jwt',
      role_id: roleId,
      auth_type: 'oauth_private_key_jwt',
      jwks_url: 'https://x.example/jwks',
    };
    expect((await create(jwt)).status).toBe(201);
    expect((await create(jwt)).status).toBe(status);
    expect((await create({ ...jwt, name: 'other', jwks_url: 'http://plain' })).status).toBe(400);
  });
});

describe.skipIf(contractSkipReason !== undefined)('service-account contract (official OpenAPI spec)', () => {
  it('answers every call as the 2025-11-05 spec describes it', async () => {
    const { h, base, create, roleId } = await harness();
    const made = (await create({ name: 'ci', role_id: roleId, auth_type: 'api_key' })).body as {
      data: Account;
    };
    await h.call('GET', `${base}?version=${VERSION}`);
    await h.call('GET', `${base}/${made.data.id}?version=${VERSION}`);
    await h.call('PATCH', `${base}/${made.data.id}?version=${VERSION}`, {
      body: { data: { id: made.data.id, type: 'service_account', attributes: { name: 'ci-2' } } },
    });
    await h.call('DELETE', `${base}/${made.data.id}?version=${VERSION}`);
    expect(h.records.filter((r) => r.template.includes('service_accounts')).length).toBeGreaterThanOrEqual(5);
    expect(contractViolations(h.records)).toEqual([]);
  });
});
