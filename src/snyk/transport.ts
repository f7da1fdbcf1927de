// Sends one logical request to Snyk: builds the URL (REST with `version`, v1), adds auth, waits
// for a concurrency slot and the pacer, retries what is safe to retry, and turns every failure
// into a SnykApiError. Everything that reaches the network from src/snyk goes through `send`.
import { Agent, type Dispatcher } from 'undici';
import { extendError } from './api-error.ts';
import { type AttemptOutcome, type Headers, sendAttempt } from './http-attempt.ts';
import { type ErrorContext, errorForFailure, errorForStatus, failWith, label } from './http-errors.ts';
import { createLimiter, createPacer } from './limiter.ts';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetrySettings } from './retry-policy.ts';
import type { SnykClientOptions } from './types.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  api: 'rest' | 'v1';
  /** Path under the API base, with `{name}` placeholders: `/orgs/{org_id}/memberships`. */
  template: string;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Beta-only REST endpoint: sent with the `~beta` form of the configured version. */
  beta?: boolean;
  /** A full URL to fetch instead (next pages); `template` still names the endpoint. */
  url?: URL;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
}

export interface Transport {
  readonly apiUrl: string;
  send(request: ApiRequest): Promise<ApiResponse>;
  /** The `version` query value for a REST request. */
  versionFor(beta: boolean): string;
  /** `GET /rest/orgs/{org_id}` — how errors and logs name an endpoint. */
  label(request: Pick<ApiRequest, 'method' | 'api' | 'template'>): string;
  stats(): { requests: number; retries: number; rateLimited: number };
  close(): Promise<void>;
}

const USER_AGENT = 'snyk-gitops';

export function createTransport(options: SnykClientOptions): Transport {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const token = options.auth.token;
  const authorization = `${options.auth.scheme === 'bearer' ? 'Bearer' : 'token'} ${token}`;
  const tokenVariable = options.auth.scheme === 'bearer' ? 'SNYK_OAUTH_TOKEN' : 'SNYK_TOKEN';
  const concurrency = options.concurrency ?? 8;
  const ownAgent =
    options.dispatcher === undefined
      ? new Agent({ keepAliveTimeout: 10_000, connections: concurrency })
      : undefined;
  const dispatcher: Dispatcher = options.dispatcher ?? (ownAgent as Agent);
  const retry: RetrySettings = { ...DEFAULT_RETRY, ...definedOnly(options.retry ?? {}) };
  const headersMs = options.timeouts?.headersMs ?? 30_000;
  const bodyMs = options.timeouts?.bodyMs ?? 60_000;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const limiter = createLimiter(concurrency);
  const pacerFor = (perMinute: number | undefined) => {
    const pacerOptions: Parameters<typeof createPacer>[0] = { now, sleep };
    if (perMinute !== undefined) pacerOptions.perMinute = perMinute;
    if (options.rateLimit?.windowMs !== undefined) pacerOptions.windowMs = options.rateLimit.windowMs;
    return createPacer(pacerOptions);
  };
  // Snyk limits REST and v1 requests apart: each API has its own pace and its own 429 pause.
  const pacers = {
    rest: pacerFor(options.rateLimit?.perMinute),
    v1: pacerFor(options.rateLimit?.v1PerMinute),
  };
  const counters = { requests: 0, retries: 0, rateLimited: 0 };
  const errorContext: ErrorContext = { apiUrl, token, tokenVariable, headersMs, bodyMs, maxBodyBytes };

  const versionFor = (beta: boolean) =>
    beta && !options.restVersion.includes('~') ? `${options.restVersion}~beta` : options.restVersion;

  function buildUrl(r: ApiRequest): URL {
    if (r.url) return r.url;
    const path = r.template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = r.params?.[name];
      if (value === undefined) throw new Error(`no value for {${name}} in ${r.template}`);
      return encodeURIComponent(value);
    });
    const url = new URL(`${apiUrl}/${r.api}${path}`);
    if (r.api === 'rest') url.searchParams.set('version', versionFor(r.beta ?? false));
    for (const [key, value] of Object.entries(r.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  async function send(r: ApiRequest): Promise<ApiResponse> {
    const url = buildUrl(r);
    const headers: Record<string, string> = {
      authorization,
      accept: r.api === 'rest' ? 'application/vnd.api+json' : 'application/json',
      'user-agent': USER_AGENT,
    };
    let body: string | undefined;
    if (r.body !== undefined) {
      body = JSON.stringify(r.body);
      headers['content-type'] = r.api === 'rest' ? 'application/vnd.api+json' : 'application/json';
    }
    const started = now();
    let retries = 0;
    const log = (status: string) =>
      options.log?.(`${label(r)} ${status} ${Math.round(now() - started)}ms retries=${retries}`);
    const pacer = pacers[r.api];
    for (;;) {
      // The pacer is the last gate before sending, so the window it keeps counts real sends
      // (passed the other way round, requests would clump while queued for a slot); it also
      // holds back everything while a 429's Retry-After lasts.
      const release = await limiter.acquire();
      await pacer.wait();
      let outcome: AttemptOutcome;
      try {
        counters.requests++;
        outcome = await sendAttempt({
          url,
          method: r.method,
          headers,
          ...(body !== undefined && { body }),
          dispatcher,
          headersMs,
          bodyMs,
          maxBodyBytes,
        });
      } finally {
        release();
      }
      if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
        log(String(outcome.status));
        const parsed = parseBody(outcome.text);
        if (!parsed.ok) {
          throw failWith(
            errorContext,
            r,
            `${label(r)} returned ${outcome.status} with a body that is not JSON`,
            {
              code: 'SNYK_BAD_RESPONSE',
              status: outcome.status,
              retries,
            },
          );
        }
        return { status: outcome.status, headers: outcome.headers, body: parsed.value };
      }
      const error =
        outcome.kind === 'response'
          ? errorForStatus(errorContext, r, outcome)
          : errorForFailure(errorContext, r, outcome);
      let retryAfterMs: number | undefined;
      let retryable: boolean;
      let mayHaveApplied = false;
      if (outcome.kind === 'response') {
        if (outcome.status === 429) {
          counters.rateLimited++;
          retryAfterMs = parseRetryAfter(outcome.headers['retry-after'], now());
          if (retryAfterMs !== undefined) pacer.pauseUntil(now() + retryAfterMs);
          retryable = true;
        } else {
          retryable = outcome.status >= 500;
          mayHaveApplied = retryable && r.method === 'POST';
        }
      } else {
        retryable = outcome.reason !== 'too-large' && outcome.errorCode !== 'ENOTFOUND';
        mayHaveApplied = outcome.reason !== 'too-large' && outcome.sent && r.method === 'POST';
      }
      const status = outcome.kind === 'response' ? String(outcome.status) : error.code;
      if (mayHaveApplied) {
        log(status);
        throw extendError(
          error,
          `; the request may have reached Snyk, so it was not repeated: re-read to see whether it took effect`,
          { mayHaveApplied: true, retries },
        );
      }
      if (!retryable) {
        log(status);
        throw extendError(error, '', { retries });
      }
      const delay = retryAfterMs ?? backoffDelay(retries, retry, random);
      const elapsed = now() - started;
      if (retries >= retry.maxRetries || elapsed + delay > retry.maxElapsedMs) {
        log(status);
        const why =
          retries >= retry.maxRetries
            ? `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'} in ${seconds(elapsed)}`
            : `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'} in ${seconds(elapsed)}: waiting ${seconds(delay)} more would exceed the retry budget of ${seconds(retry.maxElapsedMs)}`;
        throw extendError(error, ` (${why})`, { retries });
      }
      retries++;
      counters.retries++;
      await sleep(delay);
    }
  }

  return {
    apiUrl,
    send,
    versionFor,
    label,
    stats: () => ({ ...counters }),
    close: async () => {
      if (ownAgent) await ownAgent.close();
    },
  };
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function definedOnly<T extends object>(value: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, number>
  >;
}
