// The client as an `oauth_private_key_jwt` service account: its client assertion, signed with
// node:crypto, is verified by the emulator against the public keys registered for the client.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSigningKey } from './client-assertion.ts';
import { failureOf, oauthRigs } from './testing/oauth-emulator.test-helpers.ts';

const setup = oauthRigs();

function keyPair(kind: 'rsa' | 'ec') {
  return kind === 'rsa'
    ? generateKeyPairSync('rsa', { modulusLength: 2048 })
    : generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

const pem = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();
const jwk = (key: KeyObject, kid: string) => ({ ...key.export({ format: 'jwk' }), kid });

describe('an OAuth client with a private key', () => {
  it.each(['rsa', 'ec'] as const)(
    'gets a token with a %s key, and renews it with a fresh assertion',
    async (kind) => {
      const { publicKey, privateKey } = keyPair(kind);
      const rig = await setup({ clientSecret: undefined, jwks: { keys: [jwk(publicKey, 'ci-2026')] } });
      const client = rig.client({ kind: 'private_key_jwt', privateKey: pem(privateKey), keyId: 'ci-2026' });
      await client.getSelf();
      rig.clock.ms += 10_000;
      await client.getSelf();
      // The emulator refuses a replayed assertion: the second token proves a new one was signed.
      expect(rig.tokenRequests()).toEqual([200, 200]);
    },
  );

  it('is refused (invalid_client) when the key is not the registered one', async () => {
    const registered = keyPair('ec');
    const other = keyPair('ec');
    const rig = await setup({ clientSecret: undefined, jwks: { keys: [jwk(registered.publicKey, 'k1')] } });
    const client = rig.client({ kind: 'private_key_jwt', privateKey: pem(other.privateKey), keyId: 'k1' });
    const error = await failureOf(client.getSelf());
    expect(error).toMatchObject({ code: 'OAUTH_REFUSED' });
    expect(error.message).toContain('signature does not verify');
    expect(error.message).toContain('SNYK_OAUTH_KEY_ID and the private key');
  });

  it('is refused when the key id names no registered key', async () => {
    const { publicKey, privateKey } = keyPair('ec');
    const rig = await setup({ clientSecret: undefined, jwks: { keys: [jwk(publicKey, 'k1')] } });
    const client = rig.client({ kind: 'private_key_jwt', privateKey: pem(privateKey), keyId: 'k2' });
    await expect(client.getSelf()).rejects.toMatchObject({
      code: 'OAUTH_REFUSED',
      message: expect.stringContaining('kid'),
    });
  });

  it('refuses a key Snyk cannot take, saying why without quoting it', () => {
    const ed = generateKeyPairSync('ed25519').privateKey;
    expect(readSigningKey(pem(ed), 'k')).toBe(
      'is an ed25519 key: Snyk takes RSA (RS256) or EC P-256 (ES256) keys',
    );
    const secp384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
    expect(readSigningKey(pem(secp384), 'k')).toMatch(/^is an EC secp384r1 key/);
    expect(readSigningKey('-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----', 'k')).toMatch(
      /^is not an unencrypted PEM private key/,
    );
  });
});
