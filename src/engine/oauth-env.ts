// Which way a run signs in to Snyk, from the environment: an API token (SNYK_TOKEN), a ready-made
// OAuth access token (SNYK_OAUTH_TOKEN), or an OAuth service account whose access tokens the
// client gets and renews itself (SNYK_OAUTH_CLIENT_ID with SNYK_OAUTH_CLIENT_SECRET, or with a
// private key and its key id). Exactly one: two set at once is an error, never a silent choice,
// because they may be different identities with different rights (docs/authentication.md).
import { readFileSync } from 'node:fs';
import { GitopsError } from '../errors.ts';
import { tokenUrlFor } from '../snyk/auth-setup.ts';
import { readSigningKey } from '../snyk/client-assertion.ts';
import type { OAuthClientAuth, StaticAuth } from '../snyk/types.ts';
import { addSecrets } from '../util/redact.ts';
import { tokenProblem } from '../util/token-text.ts';

type Env = Readonly<Record<string, string | undefined>>;

const SIGN_INS = ['SNYK_TOKEN', 'SNYK_OAUTH_TOKEN', 'SNYK_OAUTH_CLIENT_ID'] as const;
const CREDENTIALS = [
  'SNYK_OAUTH_CLIENT_SECRET',
  'SNYK_OAUTH_PRIVATE_KEY',
  'SNYK_OAUTH_PRIVATE_KEY_FILE',
] as const;

function setup(message: string): GitopsError {
  return new GitopsError(message, { code: 'OAUTH_SETUP' });
}

/** The way to sign in the environment sets, or undefined when it sets none. */
export function readSignIn(
  env: Env,
  readText: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): StaticAuth | OAuthClientAuth | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  for (const name of [
    'SNYK_TOKEN',
    'SNYK_OAUTH_TOKEN',
    'SNYK_OAUTH_CLIENT_ID',
    'SNYK_OAUTH_CLIENT_SECRET',
    'SNYK_OAUTH_KEY_ID',
  ]) {
    const text = value(name);
    const problem = text === undefined ? undefined : tokenProblem(text);
    // Caught here, a clear message; in an HTTP header it was an uncaught throw (exit 13).
    if (problem) throw new GitopsError(`${name} ${problem}`, { code: 'TOKEN_INVALID' });
  }
  const set = SIGN_INS.filter((name) => value(name) !== undefined);
  if (set.length > 1) {
    throw new GitopsError(
      `${set.join(' and ')} are all set: keep the one to sign in with (they may be different accounts with different rights)`,
      { code: 'AUTH_AMBIGUOUS' },
    );
  }
  const token = value('SNYK_TOKEN');
  if (token !== undefined) return { scheme: 'token', token };
  const oauth = value('SNYK_OAUTH_TOKEN');
  if (oauth !== undefined) return { scheme: 'bearer', token: oauth };
  const clientId = value('SNYK_OAUTH_CLIENT_ID');
  const credentials = CREDENTIALS.filter((name) => value(name) !== undefined);
  if (clientId === undefined) {
    const orphan = [
      ...credentials,
      ...(value('SNYK_OAUTH_KEY_ID') === undefined ? [] : ['SNYK_OAUTH_KEY_ID']),
    ][0];
    if (orphan !== undefined)
      throw setup(`${orphan} is set without SNYK_OAUTH_CLIENT_ID: set the service account's client id too`);
    return undefined;
  }
  if (credentials.length !== 1) {
    throw setup(
      credentials.length === 0
        ? 'SNYK_OAUTH_CLIENT_ID is set without its credential: set SNYK_OAUTH_CLIENT_SECRET (an oauth_client_secret account) or SNYK_OAUTH_PRIVATE_KEY or SNYK_OAUTH_PRIVATE_KEY_FILE with SNYK_OAUTH_KEY_ID (an oauth_private_key_jwt account)'
        : `${credentials.join(' and ')} are all set: keep the one credential of the service account`,
    );
  }
  const keyId = value('SNYK_OAUTH_KEY_ID');
  const secret = value('SNYK_OAUTH_CLIENT_SECRET');
  if (secret !== undefined) {
    if (keyId !== undefined)
      throw setup('SNYK_OAUTH_KEY_ID goes with a private key, not with SNYK_OAUTH_CLIENT_SECRET: unset it');
    return { scheme: 'oauth-client', clientId, credential: { kind: 'client_secret', secret } };
  }
  const [keyName] = credentials as [string];
  const privateKey =
    keyName === 'SNYK_OAUTH_PRIVATE_KEY'
      ? (value(keyName) ?? '')
      : readKeyFile(value(keyName) ?? '', readText);
  if (keyId === undefined) {
    throw setup(
      `${keyName} needs SNYK_OAUTH_KEY_ID: the id (kid) of its public key in the service account's JWKS`,
    );
  }
  const problem = readSigningKey(privateKey, keyId);
  if (typeof problem === 'string') throw setup(`${keyName} ${problem}`);
  return { scheme: 'oauth-client', clientId, credential: { kind: 'private_key_jwt', privateKey, keyId } };
}

function readKeyFile(path: string, readText: (path: string) => string): string {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw setup(
      `SNYK_OAUTH_PRIVATE_KEY_FILE ${JSON.stringify(path)} cannot be read${typeof code === 'string' ? ` (${code})` : ''}`,
    );
  }
  // Read from a file, the key is not among the environment's secrets: masked from now on.
  addSecrets([text.trim()]);
  return text;
}

/** The --verbose line that says how an OAuth client signs in (names and the URL, no values). */
export function describeSignIn(auth: OAuthClientAuth, apiUrl: string): string {
  const how =
    auth.credential.kind === 'client_secret'
      ? 'its client secret'
      : 'a client assertion signed with its private key (kid from SNYK_OAUTH_KEY_ID)';
  return `signing in as the OAuth client of SNYK_OAUTH_CLIENT_ID with ${how}; access tokens from ${tokenUrlFor(apiUrl).href}, renewed before they expire`;
}
