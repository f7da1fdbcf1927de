// Which way a run signs in, from the environment: one of an API token, an OAuth access token or
// an OAuth client; two at once, or an OAuth client without exactly one credential, is refused
// with a message that names the variables and never their values.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSignIn } from './oauth-env.ts';

const KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const noFiles = (path: string): string => {
  throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' });
};

function refusal(env: Record<string, string>, readText = noFiles) {
  try {
    readSignIn(env, readText);
  } catch (error) {
    return error as Error & { code: string };
  }
  throw new Error('expected a refusal');
}

describe('readSignIn', () => {
  it('takes the one way to sign in that is set', () => {
    expect(readSignIn({ SNYK_TOKEN: ' t0k3n-value ' }, noFiles)).toEqual({
      scheme: 'token',
      token: 't0k3n-value',
    });
    expect(readSignIn({ SNYK_OAUTH_TOKEN: 'access' }, noFiles)).toEqual({
      scheme: 'bearer',
      token: 'access',
    });
    expect(
      readSignIn({ SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_CLIENT_SECRET: 's3cret-value' }, noFiles),
    ).toEqual({
      scheme: 'oauth-client',
      clientId: 'id',
      credential: { kind: 'client_secret', secret: 's3cret-value' },
    });
    expect(
      readSignIn(
        { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_PRIVATE_KEY_FILE: 'k.pem', SNYK_OAUTH_KEY_ID: 'kid1' },
        () => KEY,
      ),
    ).toEqual({
      scheme: 'oauth-client',
      clientId: 'id',
      credential: { kind: 'private_key_jwt', privateKey: KEY, keyId: 'kid1' },
    });
    expect(readSignIn({ SNYK_API_URL: 'https://api.eu.snyk.io' }, noFiles)).toBeUndefined();
  });

  it('refuses two ways at once, naming both, never their values', () => {
    const error = refusal({
      SNYK_TOKEN: 'api-token-value',
      SNYK_OAUTH_CLIENT_ID: 'id',
      SNYK_OAUTH_CLIENT_SECRET: 'secret-value',
    });
    expect(error.code).toBe('AUTH_AMBIGUOUS');
    expect(error.message).toMatch(/^SNYK_TOKEN and SNYK_OAUTH_CLIENT_ID are all set: keep the one/);
    expect(error.message).not.toMatch(/api-token-value|secret-value/);
    expect(refusal({ SNYK_TOKEN: 'a', SNYK_OAUTH_TOKEN: 'b' }).code).toBe('AUTH_AMBIGUOUS');
  });

  it.each([
    [
      { SNYK_OAUTH_CLIENT_ID: 'id' },
      /^SNYK_OAUTH_CLIENT_ID is set without its credential: set SNYK_OAUTH_CLIENT_SECRET/,
    ],
    [
      { SNYK_OAUTH_CLIENT_SECRET: 'secret-value' },
      /^SNYK_OAUTH_CLIENT_SECRET is set without SNYK_OAUTH_CLIENT_ID/,
    ],
    [{ SNYK_OAUTH_KEY_ID: 'k' }, /^SNYK_OAUTH_KEY_ID is set without SNYK_OAUTH_CLIENT_ID/],
    [
      { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_CLIENT_SECRET: 'secret-value', SNYK_OAUTH_PRIVATE_KEY: KEY },
      /^SNYK_OAUTH_CLIENT_SECRET and SNYK_OAUTH_PRIVATE_KEY are all set/,
    ],
    [
      { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_PRIVATE_KEY: KEY },
      /^SNYK_OAUTH_PRIVATE_KEY needs SNYK_OAUTH_KEY_ID: the id \(kid\)/,
    ],
    [
      { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_CLIENT_SECRET: 'secret-value', SNYK_OAUTH_KEY_ID: 'k' },
      /^SNYK_OAUTH_KEY_ID goes with a private key/,
    ],
    [
      { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_PRIVATE_KEY_FILE: '/no/such.pem', SNYK_OAUTH_KEY_ID: 'k' },
      /^SNYK_OAUTH_PRIVATE_KEY_FILE "\/no\/such.pem" cannot be read \(ENOENT\)$/,
    ],
    [
      { SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_PRIVATE_KEY: 'secret-value', SNYK_OAUTH_KEY_ID: 'k' },
      /^SNYK_OAUTH_PRIVATE_KEY is not an unencrypted PEM private key/,
    ],
  ])('refuses an incomplete OAuth client (%o)', (env, message) => {
    const error = refusal(env);
    expect(error.code).toBe('OAUTH_SETUP');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('secret-value');
    expect(error.message).not.toContain(KEY.slice(40, 60));
  });

  it('refuses a client secret with a line break as a token it cannot send', () => {
    const error = refusal({ SNYK_OAUTH_CLIENT_ID: 'id', SNYK_OAUTH_CLIENT_SECRET: 'abc\ndef' });
    expect(error).toMatchObject({
      code: 'TOKEN_INVALID',
      message: expect.stringMatching(/^SNYK_OAUTH_CLIENT_SECRET contains a control/),
    });
  });
});
