// The client as an OAuth service account, against the emulator's token endpoint over real HTTP:
// it gets an access token, renews it before it expires and once when Snyk refuses it, shares one
// token request among concurrent requests, and stops at once, with a clear message that names
// the variables (never their values), when the endpoint refuses the client.
import { describe, expect, it } from 'vitest';
import { tokenUrlFor } from './auth-setup.ts';
import { CLIENT_SECRET, failureOf, oauthRigs } from './testing/oauth-emulator.test-helpers.ts';

const setup = oauthRigs();

describe('an OAuth client with a client secret', () => {
  it('signs requests with a Bearer access token from the token endpoint', async () => {
    const rig = await setup();
    const client = rig.client();
    await expect(client.getSelf()).resolves.toMatchObject({ id: expect.any(String) });
    expect(rig.tokenRequests()).toEqual([200]);
    const issued = rig.emulator.getState().tokens.filter((t) => t.kind === 'oauth');
    expect(issued).toHaveLength(1);
    expect(rig.emulator.requests().find((r) => r.path === '/rest/self')?.tokenId).toMatch(/^token#\d+$/);
  });

  it('gets a new token before the old one expires, so a run longer than its life never sees a 401', async () => {
    const rig = await setup({ accessTokenTtlSeconds: 2 });
    const client = rig.client();
    for (let step = 0; step < 7; step++) {
      await client.listGroupOrgs(rig.groupId);
      rig.clock.ms += 700;
    }
    // Reads from 0 s to 4.2 s, with 2 s tokens renewed 1.5 s after each was asked for (at 2.1 s
    // and 4.2 s): three tokens, and not one request refused.
    expect(rig.tokenRequests()).toEqual([200, 200, 200]);
    expect(rig.emulator.requests().filter((r) => r.status === 401)).toEqual([]);
  });

  it('shares one token request among requests sent at once', async () => {
    const rig = await setup();
    const client = rig.client(undefined, { concurrency: 8 });
    await Promise.all(Array.from({ length: 8 }, () => client.listGroupOrgs(rig.groupId)));
    expect(rig.tokenRequests()).toEqual([200]);
    rig.clock.ms += 5_000;
    await Promise.all(Array.from({ length: 8 }, () => client.listGroupOrgs(rig.groupId)));
    expect(rig.tokenRequests()).toEqual([200, 200]);
  });

  it('renews a token Snyk refuses (revoked) once, and the request goes through', async () => {
    const rig = await setup({ accessTokenTtlSeconds: 3600 });
    const client = rig.client();
    await client.getSelf();
    const state = rig.emulator.getState();
    rig.emulator.setState({ ...state, tokens: state.tokens.filter((t) => t.kind !== 'oauth') });
    await expect(client.getSelf()).resolves.toBeDefined();
    expect(rig.tokenRequests()).toEqual([200, 200]);
    expect(rig.emulator.requests().map((r) => `${r.path} ${r.status}`)).toEqual([
      '/oauth2/token 200',
      '/rest/self 200',
      '/rest/self 401',
      '/oauth2/token 200',
      '/rest/self 200',
    ]);
  });

  it('renews only once per request: a second 401 is the error it always was', async () => {
    const rig = await setup();
    rig.emulator.setFaults({
      rules: [{ path: '^/rest/self$', times: 2, respond: { status: 401, body: {} } }],
    });
    const client = rig.client();
    await expect(client.getSelf()).rejects.toMatchObject({ code: 'SNYK_UNAUTHORIZED' });
    expect(rig.tokenRequests()).toEqual([200, 200]);
  });

  it('stops at once on invalid_client, naming the variables and never the secret, and never asks again', async () => {
    const rig = await setup({ clientSecret: 'the-registered-secret-value' });
    const client = rig.client();
    const error = await failureOf(client.getSelf());
    expect(error).toMatchObject({ code: 'OAUTH_REFUSED' });
    expect(error.message).toMatch(/refused the OAuth client \(401: invalid_client, "wrong client secret"\)/);
    expect(error.message).toContain('check SNYK_OAUTH_CLIENT_ID and SNYK_OAUTH_CLIENT_SECRET');
    expect(error.message).not.toContain(CLIENT_SECRET);
    await expect(client.listGroupOrgs(rig.groupId)).rejects.toMatchObject({ code: 'OAUTH_REFUSED' });
    expect(rig.tokenRequests()).toEqual([401]);
    expect(rig.emulator.requests().filter((r) => r.path !== '/oauth2/token')).toEqual([]);
  });

  it('masks the secret when the endpoint echoes it in its error', async () => {
    const rig = await setup();
    rig.emulator.setFaults({
      rules: [
        {
          path: '^/oauth2/token$',
          respond: {
            status: 400,
            body: { error: 'invalid_request', error_description: `bad ${CLIENT_SECRET}\u001b[2J` },
          },
        },
      ],
    });
    const error = await failureOf(rig.client().getSelf());
    expect(error.message).toContain('invalid_request, "bad ***');
    expect(error.message).not.toContain(CLIENT_SECRET.slice(0, 12));
    expect(error.message).not.toContain('\u001b');
  });

  it('tries a token endpoint that answers 503 again, then goes on', async () => {
    const rig = await setup();
    rig.emulator.setFaults({
      rules: [{ path: '^/oauth2/token$', times: 1, respond: { status: 503, body: {} } }],
    });
    await expect(rig.client().getSelf()).resolves.toBeDefined();
    expect(rig.tokenRequests()).toEqual([503, 200]);
  });

  it('gives up on a token endpoint that keeps failing, with OAUTH_FAILED', async () => {
    const rig = await setup();
    rig.emulator.setFaults({ rules: [{ path: '^/oauth2/token$', respond: { status: 502, body: {} } }] });
    const client = rig.client(undefined, { retry: { maxRetries: 2 } });
    await expect(client.getSelf()).rejects.toMatchObject({
      code: 'OAUTH_FAILED',
      message: expect.stringMatching(/oauth2\/token answered 502 \(after 2 retries\)$/),
    });
    expect(rig.tokenRequests()).toEqual([502, 502, 502]);
  });

  it('refuses an answer without an access token', async () => {
    const rig = await setup();
    rig.emulator.setFaults({
      rules: [
        { path: '^/oauth2/token$', times: 1, respond: { status: 200, body: { token_type: 'bearer' } } },
      ],
    });
    await expect(rig.client().getSelf()).rejects.toMatchObject({
      code: 'OAUTH_FAILED',
      message: expect.stringContaining('answered without a usable access_token'),
    });
  });
});

describe('a token without expires_in', () => {
  it('is used until Snyk refuses it, then renewed', async () => {
    const rig = await setup();
    rig.emulator.setFaults({
      rules: [
        {
          path: '^/oauth2/token$',
          times: 1,
          respond: { status: 200, body: { access_token: 'an-unknown-token' } },
        },
      ],
    });
    await expect(rig.client().getSelf()).resolves.toBeDefined();
    expect(rig.emulator.requests().map((r) => `${r.path} ${r.status}`)).toEqual([
      '/oauth2/token 200',
      '/rest/self 401',
      '/oauth2/token 200',
      '/rest/self 200',
    ]);
  });
});

describe('the token URL', () => {
  it('is the API host of the region plus /oauth2/token', () => {
    expect(tokenUrlFor('https://api.eu.snyk.io/').href).toBe('https://api.eu.snyk.io/oauth2/token');
    expect(tokenUrlFor('https://api.snykgov.io').href).toBe('https://api.snykgov.io/oauth2/token');
  });
});
