// How a client signs its requests, from its `auth` option: a fixed header for a token, or an
// OAuth client that gets access tokens from the token endpoint of the API URL's host (the
// regional host: api.eu.snyk.io/oauth2/token for https://api.eu.snyk.io). Also what messages
// tell the user to check after a 401, and the secrets errors must never show.
import { addSecrets, type Redactor, redact } from '../util/redact.ts';
import { type Authorizer, createOAuthAuthorizer, createStaticAuthorizer } from './authorizer.ts';
import { checkToken } from './check-setup.ts';
import { readSigningKey } from './client-assertion.ts';
import { requestAccessToken, type TokenCredential } from './oauth-token-request.ts';
import type { SendSettings } from './send-settings.ts';
import { SnykSetupError } from './setup-error.ts';
import type { SnykClientOptions } from './types.ts';

export interface AuthDeps extends SendSettings {
  apiUrl: string;
  signal: AbortSignal;
}

export interface AuthSetup {
  authorizer: Authorizer;
  /** What to check after a 401: SNYK_TOKEN, SNYK_OAUTH_TOKEN or the OAuth client's variables. */
  tokenVariable: string;
  /** Masks the token, secret or key, and every access token learnt so far, in error text. */
  redact: Redactor;
}

/** Snyk's token endpoint for an API base URL (REALITY.md: the regional API host). */
export function tokenUrlFor(apiUrl: string): URL {
  return new URL(`${apiUrl.replace(/\/+$/, '')}/oauth2/token`);
}

export function setUpAuth(auth: SnykClientOptions['auth'], deps: AuthDeps): AuthSetup {
  if (auth.scheme !== 'oauth-client') {
    const tokenVariable = auth.scheme === 'bearer' ? 'SNYK_OAUTH_TOKEN' : 'SNYK_TOKEN';
    checkToken(auth.token, tokenVariable);
    const header = `${auth.scheme === 'bearer' ? 'Bearer' : 'token'} ${auth.token}`;
    return { authorizer: createStaticAuthorizer(header), tokenVariable, redact: redactorOf([auth.token]) };
  }
  checkToken(auth.clientId, 'SNYK_OAUTH_CLIENT_ID');
  const credential = credentialOf(auth.credential);
  const secret =
    auth.credential.kind === 'client_secret' ? auth.credential.secret : auth.credential.privateKey;
  const redactSecrets = redactorOf([secret]);
  const tokenUrl = tokenUrlFor(deps.apiUrl);
  const authorizer = createOAuthAuthorizer({
    now: deps.now,
    onToken: (accessToken) => addSecrets([accessToken]),
    fetchToken: () =>
      requestAccessToken({ ...deps, tokenUrl, clientId: auth.clientId, credential, redact: redactSecrets }),
  });
  return { authorizer, tokenVariable: 'SNYK_OAUTH_CLIENT_ID (its access token)', redact: redactSecrets };
}

/** The shared redactor, which also masks the access tokens learnt during the run. */
function redactorOf(secrets: string[]): Redactor {
  return (text) => redact(text, secrets);
}

function credentialOf(
  credential: Extract<SnykClientOptions['auth'], { scheme: 'oauth-client' }>['credential'],
): TokenCredential {
  if (credential.kind === 'client_secret') {
    if (credential.secret === '')
      throw new SnykSetupError('SNYK_OAUTH_CLIENT_SECRET is empty', 'SNYK_BAD_TOKEN');
    return credential;
  }
  const signingKey = readSigningKey(credential.privateKey, credential.keyId);
  if (typeof signingKey === 'string')
    throw new SnykSetupError(`the OAuth private key ${signingKey}`, 'SNYK_BAD_TOKEN');
  return { kind: 'private_key_jwt', signingKey };
}
