// The `private_key_jwt` client assertion Snyk's token endpoint takes from an
// `oauth_private_key_jwt` service account (OIDC Core 1.0 §9): a short-lived JWT whose issuer and
// subject are the client id and whose audience is the token URL, with the key id of a key in the
// account's JWKS in its header. RSA keys sign RS256 and P-256 keys ES256; node:crypto does both,
// so no JWT library is needed. See docs/authentication.md.
import { createPrivateKey, type KeyObject, randomUUID, sign } from 'node:crypto';

export type AssertionAlgorithm = 'RS256' | 'ES256';

export interface SigningKey {
  key: KeyObject;
  alg: AssertionAlgorithm;
  keyId: string;
}

/** How long an assertion is good for: one token request, with room for a slow clock. */
const LIFETIME_SECONDS = 300;

/** The PEM text as a signing key, or why it cannot be one (never quoting the key). */
export function readSigningKey(pem: string, keyId: string): SigningKey | string {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    return 'is not an unencrypted PEM private key (expected -----BEGIN PRIVATE KEY-----, RSA or EC P-256)';
  }
  if (key.asymmetricKeyType === 'rsa') return { key, alg: 'RS256', keyId };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return { key, alg: 'ES256', keyId };
  }
  const kind =
    key.asymmetricKeyType === 'ec' ? `EC ${key.asymmetricKeyDetails?.namedCurve}` : key.asymmetricKeyType;
  return `is an ${kind ?? 'unknown'} key: Snyk takes RSA (RS256) or EC P-256 (ES256) keys`;
}

export function signClientAssertion(input: {
  clientId: string;
  tokenUrl: string;
  signingKey: SigningKey;
  nowMs: number;
}): string {
  const { alg, key, keyId } = input.signingKey;
  const iat = Math.floor(input.nowMs / 1000);
  const header = { alg, typ: 'JWT', kid: keyId };
  const claims = {
    iss: input.clientId,
    sub: input.clientId,
    aud: input.tokenUrl,
    iat,
    exp: iat + LIFETIME_SECONDS,
    // A fresh nonce per assertion: the endpoint may refuse a replayed one.
    jti: randomUUID(),
  };
  const signed = `${encode(header)}.${encode(claims)}`;
  // JWS wants ECDSA signatures as the raw r||s pair, not DER.
  const signature = sign(
    'sha256',
    Buffer.from(signed),
    alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key,
  );
  return `${signed}.${signature.toString('base64url')}`;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
