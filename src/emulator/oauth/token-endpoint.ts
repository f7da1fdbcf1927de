// POST /oauth2/token: the client_credentials grant of Snyk's OAuth service accounts, with the
// client secret (`oauth_client_secret`) or a signed client assertion (`oauth_private_key_jwt`)
// in a form-encoded body. Each access token issued joins the state's tokens until it expires
// (then every API answers 401 to it, as Snyk does); expired ones are dropped as new ones come.
import type { EmuRequest, EmuResponse } from '../request.ts';
import type { EmulatorState, EmuOAuthClient } from '../state-types.ts';
import { checkAssertion } from './verify-assertion.ts';

export const TOKEN_PATH = '/oauth2/token';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const DEFAULT_TTL_SECONDS = 3600;

export interface TokenDeps {
  state: EmulatorState;
  nowMs: number;
  /** The URL the client called, which a client assertion must name as its audience. */
  tokenUrl: string;
  newId: () => string;
  seenAssertions: Set<string>;
}

function refuse(status: number, error: string, description: string): EmuResponse {
  return { status, body: { error, error_description: description } };
}

export function handleTokenRequest(req: EmuRequest, deps: TokenDeps): EmuResponse {
  if (req.method !== 'POST') return refuse(405, 'invalid_request', 'use POST');
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    return refuse(400, 'invalid_request', 'the body must be application/x-www-form-urlencoded');
  }
  const form = new URLSearchParams(req.rawBody ?? '');
  if (form.get('grant_type') !== 'client_credentials') {
    return refuse(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
  }
  const client = (deps.state.oauthClients ?? []).find((c) => c.clientId === form.get('client_id'));
  if (client === undefined) return refuse(401, 'invalid_client', 'unknown client');
  const refusal = authenticate(client, form, deps);
  if (refusal !== undefined) return refuse(401, 'invalid_client', refusal);
  const ttl = client.accessTokenTtlSeconds ?? DEFAULT_TTL_SECONDS;
  const accessToken = `snyk-oauth-${deps.newId()}`;
  deps.state.tokens = deps.state.tokens.filter(
    (t) => t.expiresAt === undefined || Date.parse(t.expiresAt) > deps.nowMs,
  );
  deps.state.tokens.push({
    token: accessToken,
    userId: client.userId,
    kind: 'oauth',
    expiresAt: new Date(deps.nowMs + ttl * 1000).toISOString(),
  });
  return {
    status: 200,
    body: { access_token: accessToken, token_type: 'bearer', expires_in: ttl, scope: '' },
    headers: { 'cache-control': 'no-store' },
  };
}

/** Why the client is not who it says, or undefined when it proved it. */
function authenticate(client: EmuOAuthClient, form: URLSearchParams, deps: TokenDeps): string | undefined {
  const assertion = form.get('client_assertion');
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== ASSERTION_TYPE)
      return `client_assertion_type must be ${ASSERTION_TYPE}`;
    if (client.jwks === undefined) return 'the client has no JWKS: it authenticates with its secret';
    return checkAssertion(assertion, {
      clientId: client.clientId,
      jwks: client.jwks,
      tokenUrl: deps.tokenUrl,
      nowMs: deps.nowMs,
      seen: deps.seenAssertions,
    });
  }
  if (client.clientSecret === undefined) return 'the client authenticates with a client assertion';
  return form.get('client_secret') === client.clientSecret ? undefined : 'wrong client secret';
}
