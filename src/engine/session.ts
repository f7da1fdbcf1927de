// Opens the Snyk client for a command from its settings. The only place the engine builds a
// client, so every command gets the same manners (concurrency, retries, verbose log).

import type { SnykClient } from '../core/port/snyk-client.ts';
import { GitopsError } from '../errors.ts';
import { createSnykClient } from '../snyk/index.ts';
import { describeRateLimitEvent } from '../snyk/rate-limit-events.ts';
import { type ApiSettings, DEFAULT_RATE_LIMIT, type RateLimitSettings } from './api-settings.ts';
import { describeSignIn } from './oauth-env.ts';

/**
 * `log` gets the --verbose request log; `notice` gets, always, each rate-limit wait of 5 s or
 * more and each rate-limit window that looks wrong, as one line of text.
 */
export function openSnyk(
  settings: ApiSettings,
  log?: (line: string) => void,
  notice?: (text: string) => void,
): SnykClient {
  if (!settings.auth) {
    throw new GitopsError(
      'no Snyk token: set SNYK_TOKEN (an API token), SNYK_OAUTH_TOKEN (an OAuth access token) or SNYK_OAUTH_CLIENT_ID with its secret or key (an OAuth service account, see docs/authentication.md) in the environment',
      { code: 'NO_TOKEN' },
    );
  }
  // A token says who it is; an OAuth client also says where its access tokens come from.
  if (settings.verbose && settings.auth.scheme === 'oauth-client')
    log?.(describeSignIn(settings.auth, settings.apiUrl));
  return createSnykClient({
    apiUrl: settings.apiUrl,
    restVersion: settings.restVersion,
    auth: settings.auth,
    concurrency: settings.concurrency,
    rateLimit: paceFor(settings.rateLimit ?? DEFAULT_RATE_LIMIT),
    ...(settings.httpTimeoutMs !== undefined
      ? { timeouts: { headersMs: settings.httpTimeoutMs, bodyMs: settings.httpTimeoutMs } }
      : {}),
    ...(settings.verbose && log ? { log } : {}),
    ...(notice ? { onRateLimit: (event) => notice(describeRateLimitEvent(event, Date.now())) } : {}),
    ...(settings.allowInsecureHttp === true ? { allowInsecureHttp: true } : {}),
    ...(settings.proxy !== undefined ? { proxy: settings.proxy } : {}),
  });
}

/**
 * Paces under the known limits with a margin (96%), so that request starts that drift by a
 * few milliseconds on their way to Snyk never make a window overflow, which would block the
 * token for a whole window.
 */
export function paceFor(limit: RateLimitSettings): {
  perMinute: number;
  v1PerMinute: number;
  windowMs: number;
} {
  return {
    perMinute: Math.floor(limit.rest * 0.96),
    v1PerMinute: Math.floor(limit.v1 * 0.96),
    windowMs: limit.windowMs,
  };
}

/** What the apply estimate of a plan assumes: the REST limit the client paces to, and its concurrency. */
export function budgetOf(settings: ApiSettings): { ratePerMinute: number; concurrency: number } {
  return {
    ratePerMinute: (settings.rateLimit ?? DEFAULT_RATE_LIMIT).rest,
    concurrency: settings.concurrency,
  };
}
