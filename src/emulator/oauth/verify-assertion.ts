// Checks a `private_key_jwt` client assertion as Snyk's token endpoint does (OIDC Core 1.0 §9):
// signed RS256 or ES256 by a key of the client's JWKS named by `kid`, issued by and about the
// client, for this token URL, not expired, and never seen before (its `jti`).
import { createPublicKey, type JsonWebKey, verify } from 'node:crypto';

export interface AssertionCheck {
  clientId: string;
  jwks: { keys: JsonWebKey[] };
  tokenUrl: string;
  nowMs: number;
  /** Nonces of the assertions accepted so far: a replay is refused. */
  seen: Set<string>;
}

/** Why the assertion is refused, or undefined when it is good. */
export function checkAssertion(assertion: string, check: AssertionCheck): string | undefined {
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'client_assertion is not a compact JWS';
  const [headerText, claimsText, signatureText] = parts as [string, string, string];
  const header = decode(headerText);
  const claims = decode(claimsText);
  if (header === undefined || claims === undefined) return 'client_assertion is not JSON';
  if (header.alg !== 'RS256' && header.alg !== 'ES256') return 'client_assertion alg must be RS256 or ES256';
  const jwk = check.jwks.keys.find((k) => (k as { kid?: unknown }).kid === header.kid);
  if (typeof header.kid !== 'string' || jwk === undefined)
    return 'client_assertion kid names no key of the client';
  let good: boolean;
  try {
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    const data = Buffer.from(`${headerText}.${claimsText}`);
    const signature = Buffer.from(signatureText, 'base64url');
    good = verify(
      'sha256',
      data,
      header.alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key,
      signature,
    );
  } catch {
    good = false;
  }
  if (!good) return 'client_assertion signature does not verify';
  if (claims.iss !== check.clientId || claims.sub !== check.clientId)
    return 'client_assertion iss and sub must be the client id';
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audience.includes(check.tokenUrl)) return 'client_assertion aud must be the token URL';
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= check.nowMs)
    return 'client_assertion has expired';
  if (typeof claims.jti !== 'string' || claims.jti === '') return 'client_assertion has no jti';
  if (check.seen.has(claims.jti)) return 'client_assertion was used before (jti)';
  check.seen.add(claims.jti);
  return undefined;
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
