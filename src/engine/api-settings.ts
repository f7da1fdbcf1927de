// How the engine talks to Snyk: the API URL, REST version, concurrency, rate limit and HTTP
// deadlines, from what an entry point was given (CLI flags, action inputs), then the
// environment, then the defaults. The CLI and the action both resolve their settings here,
// so they get the same manners and the same checks.
import { UsageError } from '../errors.ts';
import type { OAuthClientAuth, StaticAuth } from '../snyk/types.ts';
import { readSignIn } from './oauth-env.ts';
import { proxyFor } from './proxy-env.ts';

export const DEFAULT_API_URL = 'https://api.snyk.io';
/** A dated GA version that serves every GA endpoint the tool uses (ENDPOINTS.md §0). */
export const DEFAULT_REST_VERSION = '2024-10-15';
export const DEFAULT_CONCURRENCY = 8;
const REST_VERSION = /^\d{4}-\d{2}-\d{2}(~(beta|experimental))?$/;

export interface RateLimitSettings {
  rest: number;
  v1: number;
  windowMs: number;
}

/** Snyk's documented limits: 1,620 REST and 2,000 v1 requests a minute per token (ENDPOINTS.md §0). */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { rest: 1620, v1: 2000, windowMs: 60_000 };

export interface ApiSettings {
  apiUrl: string;
  restVersion: string;
  concurrency: number;
  /** The token's known limits, requests per window for REST and v1 (0: unknown, no pacing). */
  rateLimit?: RateLimitSettings;
  verbose: boolean;
  /** Absent when no way to sign in is set; commands that talk to Snyk require one. */
  auth?: StaticAuth | OAuthClientAuth;
  /**
   * SNYK_GITOPS_HTTP_TIMEOUT_MS: deadline for a response's headers and, again, for its whole
   * body (slow-loris protection). Absent: the client's defaults (30 s headers, 60 s body).
   */
  httpTimeoutMs?: number;
  /** SNYK_GITOPS_ALLOW_INSECURE_HTTP=1: plain http to a non-loopback host (test rigs only). */
  allowInsecureHttp?: boolean;
  /** The proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (proxy-env.ts); absent: direct. */
  proxy?: string;
}

/** What an entry point was given (absent: the environment, then the default, decides). */
export interface GivenSettings {
  apiUrl?: string;
  restVersion?: string;
  concurrency?: string;
  rateLimit?: string;
  httpTimeoutMs?: string;
  verbose?: boolean;
}

/** How messages name each setting: `--api-url` for the CLI, `input 'snyk-api-url'` for the action. */
export type SettingNames = Record<Exclude<keyof GivenSettings, 'verbose'>, string>;

export const FLAG_NAMES: SettingNames = {
  apiUrl: '--api-url',
  restVersion: '--rest-version',
  concurrency: '--concurrency',
  rateLimit: '--rate-limit',
  httpTimeoutMs: 'SNYK_GITOPS_HTTP_TIMEOUT_MS',
};

const RATE_LIMIT = /^(\d+)(?:,(\d+))?(?:\/(\d+)s)?$/;

/**
 * `REST[,V1][/SECONDSs]`, e.g. `1620`, `1620,2000`, `1620,2000/60s`; `0` turns pacing off. V1
 * defaults to 2,000 and the window to 60 s.
 */
export function parseRateLimit(raw: string, name = FLAG_NAMES.rateLimit): RateLimitSettings {
  const match = RATE_LIMIT.exec(raw.trim());
  const rest = Number(match?.[1]);
  const v1 = match?.[2] === undefined ? (rest === 0 ? 0 : DEFAULT_RATE_LIMIT.v1) : Number(match[2]);
  const seconds = match?.[3] === undefined ? 60 : Number(match[3]);
  if (!match || rest > 1_000_000 || v1 > 1_000_000 || seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `${name} '${raw}' is not a rate limit (expected REST[,V1][/SECONDSs] requests per window, e.g. 1620,2000/60s, or 0 for no pacing)`,
    );
  }
  return { rest, v1, windowMs: seconds * 1000 };
}

function parseApiUrl(raw: string, name: string): string {
  const apiUrl = raw.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new UsageError(`${name} '${apiUrl}' is not a URL (expected e.g. https://api.eu.snyk.io)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${name} '${apiUrl}' must be an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${name} must not carry credentials; set SNYK_TOKEN in the environment`);
  }
  // The tool adds /rest and /v1 itself: a URL copied from the API docs would 404 on every call.
  const suffix = /\/(rest|v1)$/i.exec(url.pathname)?.[0];
  if (suffix !== undefined) {
    throw new UsageError(
      `${name} '${apiUrl}' ends in ${suffix}: give the base URL (${apiUrl.slice(0, -suffix.length)}); REST calls go to URL/rest/… and v1 calls to URL/v1/…`,
    );
  }
  return apiUrl;
}

function parseInteger(raw: string, name: string, min: number, max: number, unit: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} '${raw}' must be an integer${unit} from ${min} to ${max}`);
  }
  return value;
}

/** Settings for talking to Snyk, from what was given first, then the environment, then defaults. */
export function resolveApiSettings(
  given: GivenSettings,
  env: Readonly<Record<string, string | undefined>>,
  names: SettingNames = FLAG_NAMES,
): ApiSettings {
  // A message names where the bad URL came from: the flag (or input), else the variable.
  const urlName =
    given.apiUrl === undefined && env.SNYK_API_URL !== undefined ? 'SNYK_API_URL' : names.apiUrl;
  const apiUrl = parseApiUrl(given.apiUrl ?? env.SNYK_API_URL ?? DEFAULT_API_URL, urlName);
  const restVersion = given.restVersion ?? env.SNYK_REST_VERSION ?? DEFAULT_REST_VERSION;
  if (!REST_VERSION.test(restVersion)) {
    throw new UsageError(
      `${names.restVersion} '${restVersion}' is not a REST API version (expected YYYY-MM-DD, optionally ~beta)`,
    );
  }
  const rawConcurrency = given.concurrency ?? env.SNYK_GITOPS_CONCURRENCY ?? String(DEFAULT_CONCURRENCY);
  const rawRateLimit = given.rateLimit ?? env.SNYK_GITOPS_RATE_LIMIT;
  const settings: ApiSettings = {
    apiUrl,
    restVersion,
    concurrency: parseInteger(rawConcurrency, names.concurrency, 1, 64, ''),
    rateLimit:
      rawRateLimit === undefined ? DEFAULT_RATE_LIMIT : parseRateLimit(rawRateLimit, names.rateLimit),
    verbose: given.verbose === true,
  };
  const rawTimeout = (given.httpTimeoutMs ?? env.SNYK_GITOPS_HTTP_TIMEOUT_MS)?.trim();
  if (rawTimeout) {
    settings.httpTimeoutMs = parseInteger(
      rawTimeout,
      names.httpTimeoutMs,
      1,
      600_000,
      ' number of milliseconds',
    );
  }
  if (env.SNYK_GITOPS_ALLOW_INSECURE_HTTP === '1') settings.allowInsecureHttp = true;
  const proxy = proxyFor(apiUrl, env);
  if (proxy !== undefined) settings.proxy = proxy;
  const auth = readSignIn(env);
  if (auth !== undefined) settings.auth = auth;
  return settings;
}
