// One access token from Snyk's OAuth token endpoint (the API host plus `/oauth2/token`, so it
// follows the region of the API URL): a form-encoded client_credentials grant, with the client
// secret or a signed client assertion. A refusal (invalid_client, …) ends at once; a 5xx, a 429
// or a lost connection is tried again a few times. Messages name the variables to check, never
// their values. See docs/authentication.md.
import { GitopsError } from '../errors.ts';
import type { Redactor } from '../util/redact.ts';
import { clip } from './api-error.ts';
import { type SigningKey, signClientAssertion } from './client-assertion.ts';
import { type AttemptOutcome, sendAttempt } from './http-attempt.ts';
import { backoffDelay, parseRetryAfter } from './retry-policy.ts';
import type { SendSettings } from './send-settings.ts';
import { pause } from './timers.ts';

export type TokenCredential =
  | { kind: 'client_secret'; secret: string }
  | { kind: 'private_key_jwt'; signingKey: SigningKey };

export interface TokenRequestSetup extends SendSettings {
  tokenUrl: URL;
  clientId: string;
  credential: TokenCredential;
  signal: AbortSignal;
  redact: Redactor;
}

export interface IssuedToken {
  accessToken: string;
  /** Absent when the endpoint did not say: the token is then renewed only when refused. */
  expiresInSeconds: number | undefined;
}

export class OAuthError extends GitopsError {
  constructor(message: string, code: 'OAUTH_REFUSED' | 'OAUTH_FAILED') {
    super(message, { code });
  }
}

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Token responses are a few hundred bytes. */
const MAX_TOKEN_BODY_BYTES = 64 * 1024;

export async function requestAccessToken(setup: TokenRequestSetup): Promise<IssuedToken> {
  for (let retry = 0; ; retry++) {
    const started = setup.now();
    const outcome = await sendAttempt({
      url: setup.tokenUrl,
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        'user-agent': 'snyk-gitops',
      },
      // A new assertion per attempt: its nonce must not be replayed.
      body: formBody(setup),
      dispatcher: setup.dispatcher,
      headersMs: setup.headersMs,
      bodyMs: setup.bodyMs,
      maxBodyBytes: MAX_TOKEN_BODY_BYTES,
      signal: setup.signal,
    });
    const status = outcome.kind === 'response' ? String(outcome.status) : outcome.errorCode;
    setup.log?.(`POST /oauth2/token ${status} ${Math.round(setup.now() - started)}ms retries=${retry}`);
    if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
      return readIssuedToken(setup, outcome.text);
    }
    if (!isPassing(outcome) || retry >= setup.retry.maxRetries || setup.signal.aborted) {
      throw errorFor(setup, outcome, retry);
    }
    const asked =
      outcome.kind === 'response' ? parseRetryAfter(outcome.headers['retry-after'], setup.now()) : undefined;
    const waitMs = Math.min(asked ?? backoffDelay(retry, setup.retry, setup.random), setup.retry.maxDelayMs);
    await pause(setup.sleep, waitMs, setup.signal);
  }
}

/** The name of the variables that hold this credential, for messages. */
function credentialVariables(credential: Pick<TokenCredential, 'kind'>): string {
  return credential.kind === 'client_secret'
    ? 'SNYK_OAUTH_CLIENT_ID and SNYK_OAUTH_CLIENT_SECRET'
    : 'SNYK_OAUTH_CLIENT_ID, SNYK_OAUTH_KEY_ID and the private key (SNYK_OAUTH_PRIVATE_KEY or SNYK_OAUTH_PRIVATE_KEY_FILE)';
}

function formBody(setup: TokenRequestSetup): string {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: setup.clientId });
  if (setup.credential.kind === 'client_secret') {
    form.set('client_secret', setup.credential.secret);
  } else {
    form.set('client_assertion_type', ASSERTION_TYPE);
    form.set(
      'client_assertion',
      signClientAssertion({
        clientId: setup.clientId,
        tokenUrl: setup.tokenUrl.href,
        signingKey: setup.credential.signingKey,
        nowMs: setup.now(),
      }),
    );
  }
  return form.toString();
}

/** Worth another try: the endpoint was busy or unreachable, not refusing this client. */
function isPassing(outcome: AttemptOutcome): boolean {
  if (outcome.kind === 'failure') return outcome.reason === 'network' || outcome.reason === 'timeout';
  return outcome.status === 429 || outcome.status >= 500;
}

function readIssuedToken(setup: TokenRequestSetup, text: string): IssuedToken {
  const body = parseObject(text);
  const accessToken = body?.access_token;
  if (typeof accessToken !== 'string' || !/^[\x21-\x7e]+$/.test(accessToken)) {
    throw new OAuthError(
      `${setup.tokenUrl.href} answered without a usable access_token (expected JSON with access_token and expires_in)`,
      'OAUTH_FAILED',
    );
  }
  const expiresIn = Number(body?.expires_in);
  return {
    accessToken,
    expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : undefined,
  };
}

function errorFor(setup: TokenRequestSetup, outcome: AttemptOutcome, retries: number): OAuthError {
  const where = setup.tokenUrl.href;
  const check = `check ${credentialVariables(setup.credential)}`;
  const tries = retries === 0 ? '' : ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})`;
  if (outcome.kind === 'failure') {
    const what =
      outcome.reason === 'timeout'
        ? 'did not answer in time'
        : outcome.reason === 'too-large'
          ? 'answered with a body too large for a token'
          : `could not be reached (${outcome.errorCode})`;
    return new OAuthError(`no OAuth access token: ${where} ${what}${tries}`, 'OAUTH_FAILED');
  }
  const { status } = outcome;
  if (status >= 300 && status < 400) {
    return new OAuthError(
      `no OAuth access token: ${where} redirected (${status}), which is not followed so the credentials go nowhere else: check --api-url/SNYK_API_URL (e.g. https://api.eu.snyk.io)`,
      'OAUTH_FAILED',
    );
  }
  const said = oauthErrorOf(setup, outcome.text);
  if (status >= 400 && status < 500 && status !== 429) {
    return new OAuthError(
      `Snyk's token endpoint ${where} refused the OAuth client (${status}${said}): ${check} (an account of the region of --api-url/SNYK_API_URL, a secret or key not rotated away)`,
      'OAUTH_REFUSED',
    );
  }
  return new OAuthError(`no OAuth access token: ${where} answered ${status}${said}${tries}`, 'OAUTH_FAILED');
}

/** `: invalid_client, "…"` from an RFC 6749 error body; quoted text made inert and clipped. */
function oauthErrorOf(setup: TokenRequestSetup, text: string): string {
  const body = parseObject(text);
  const code = typeof body?.error === 'string' && /^[a-z_]{1,40}$/.test(body.error) ? body.error : undefined;
  const description =
    typeof body?.error_description === 'string'
      ? clip(setup.redact(body.error_description).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '), 200)
      : undefined;
  if (code === undefined && description === undefined) return '';
  return `: ${[code, description === undefined ? undefined : `"${description}"`].filter(Boolean).join(', ')}`;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
