// Sends one logical request to Snyk, composing the layers that each live in their own file:
// the URL (request-url.ts), one HTTP exchange (http-attempt.ts), what to do with its outcome
// (retry-policy.ts, pure), pacing per API (pacer.ts, api-lane.ts) and the global bound on
// requests in flight (limiter.ts). Every failure becomes a SnykApiError; everything that
// reaches the network from src/snyk goes through `send`.
import { setMaxListeners } from 'node:events';
import { Agent, type Dispatcher, ProxyAgent } from 'undici';
import { GitopsError } from '../errors.ts';
import { createRedactor } from '../util/redact.ts';
import { type ApiLane, createApiLane, type Ticket } from './api-lane.ts';
import { checkApiUrl, checkToken } from './check-setup.ts';
import { type AttemptOutcome, type Headers, sendAttempt } from './http-attempt.ts';
import { type ErrorContext, errorForFailure, errorForStatus, failWith, label } from './http-errors.ts';
import { createLimiter } from './limiter.ts';
import { type RateLimitHint, readRateLimitHint } from './rate-limit-headers.ts';
import { buildRequestUrl } from './request-url.ts';
import { createRetryBudget } from './retry-budget.ts';
import { classifyOutcome, DEFAULT_RETRY, type RetrySettings } from './retry-policy.ts';
import { pause, realSleep, type Sleep } from './timers.ts';
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
  /** An org this run created: for a while, a 404 naming it means "not visible yet" (REALITY.md §4). */
  noteCreatedOrg(orgId: string): void;
  stats(): { requests: number; retries: number; rateLimited: number };
  close(): Promise<void>;
}

const USER_AGENT = 'snyk-gitops';

interface Context {
  apiUrl: string;
  authorization: string;
  dispatcher: Dispatcher;
  ownAgent: Dispatcher | undefined;
  retry: RetrySettings;
  headersMs: number;
  bodyMs: number;
  maxBodyBytes: number;
  now: () => number;
  sleep: Sleep;
  random: () => number;
  log: ((line: string) => void) | undefined;
  /**
   * One signal for the whole run: a fatal error (or the caller) aborts it, and every wait,
   * queued request and in-flight read stops instead of retrying on toward its own budget.
   */
  run: AbortController;
  limiter: ReturnType<typeof createLimiter>;
  /** Snyk limits REST and v1 requests apart: each API has its own pace and its own 429 pause. */
  lanes: Record<ApiRequest['api'], ApiLane>;
  counters: { requests: number; retries: number; rateLimited: number };
  createdOrgs: Map<string, number>;
  versionFor: (beta: boolean) => string;
  errors: ErrorContext;
}

export function createTransport(options: SnykClientOptions): Transport {
  const ctx = createContext(options);
  return {
    apiUrl: ctx.apiUrl,
    send: (r) => send(ctx, r),
    versionFor: ctx.versionFor,
    label,
    noteCreatedOrg: (orgId) => {
      ctx.createdOrgs.set(orgId, ctx.now());
    },
    stats: () => ({ ...ctx.counters }),
    close: async () => {
      if (ctx.ownAgent) await ctx.ownAgent.close();
    },
  };
}

function createContext(options: SnykClientOptions): Context {
  const tokenVariable = options.auth.scheme === 'bearer' ? 'SNYK_OAUTH_TOKEN' : 'SNYK_TOKEN';
  checkToken(options.auth.token, tokenVariable);
  checkApiUrl(options.apiUrl, options.allowInsecureHttp ?? false);
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const concurrency = options.concurrency ?? 8;
  const agentOptions = { keepAliveTimeout: 10_000, connections: concurrency };
  const ownAgent =
    options.dispatcher !== undefined
      ? undefined
      : options.proxy !== undefined
        ? new ProxyAgent({ ...agentOptions, uri: options.proxy })
        : new Agent(agentOptions);
  const now = options.now ?? Date.now;
  const sleep: Sleep = options.sleep ?? realSleep;
  const run = new AbortController();
  // Every waiting request listens on it; hundreds at once are normal, not a leak.
  setMaxListeners(0, run.signal);
  if (options.signal?.aborted) run.abort(options.signal.reason);
  options.signal?.addEventListener('abort', () => run.abort(options.signal?.reason), { once: true });
  const laneFor = (perMinute: number | undefined): ApiLane =>
    createApiLane({
      now,
      sleep,
      signal: run.signal,
      ...(perMinute !== undefined && { perMinute }),
      ...(options.rateLimit?.windowMs !== undefined && { windowMs: options.rateLimit.windowMs }),
    });
  const headersMs = options.timeouts?.headersMs ?? 30_000;
  const bodyMs = options.timeouts?.bodyMs ?? 60_000;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const { restVersion } = options;
  return {
    apiUrl,
    authorization: `${options.auth.scheme === 'bearer' ? 'Bearer' : 'token'} ${options.auth.token}`,
    dispatcher: options.dispatcher ?? (ownAgent as Dispatcher),
    ownAgent,
    retry: { ...DEFAULT_RETRY, ...definedOnly(options.retry ?? {}) },
    headersMs,
    bodyMs,
    maxBodyBytes,
    now,
    sleep,
    random: options.random ?? Math.random,
    log: options.log,
    run,
    limiter: createLimiter(concurrency),
    lanes: { rest: laneFor(options.rateLimit?.perMinute), v1: laneFor(options.rateLimit?.v1PerMinute) },
    counters: { requests: 0, retries: 0, rateLimited: 0 },
    createdOrgs: new Map(),
    versionFor: (beta) => (beta && !restVersion.includes('~') ? `${restVersion}~beta` : restVersion),
    errors: {
      apiUrl,
      restVersion,
      redact: createRedactor([options.auth.token]),
      tokenVariable,
      headersMs,
      bodyMs,
      maxBodyBytes,
      ...(options.proxy !== undefined && { proxyHost: new URL(options.proxy).host }),
    },
  };
}

async function send(ctx: Context, r: ApiRequest): Promise<ApiResponse> {
  if (ctx.run.signal.aborted) throw cancelled(ctx, r);
  const url = buildRequestUrl(ctx.apiUrl, r, ctx.versionFor(r.beta ?? false));
  const init = requestInit(r, ctx.authorization);
  const started = ctx.now();
  const createdAt = createdOrgAt(ctx, r);
  const budget = createRetryBudget({ retry: ctx.retry, now: ctx.now, random: ctx.random, createdAt });
  const log = (status: string) =>
    ctx.log?.(`${label(r)} ${status} ${Math.round(ctx.now() - started)}ms retries=${budget.retries()}`);
  for (;;) {
    const outcome = await attempt(ctx, r, url, init);
    const decision = classifyOutcome(outcome, r.method, { namesCreatedOrg: createdAt !== undefined });
    if (decision.kind === 'done' && outcome.kind === 'response') {
      log(String(outcome.status));
      ctx.lanes[r.api].pacer.succeeded();
      return { status: outcome.status, headers: outcome.headers, body: parseJson(ctx, r, outcome) };
    }
    if (ctx.run.signal.aborted) {
      log('cancelled');
      throw cancelled(ctx, r, r.method === 'POST' && (outcome.kind === 'response' || outcome.sent));
    }
    const error =
      outcome.kind === 'response'
        ? errorForStatus(ctx.errors, r, outcome)
        : errorForFailure(ctx.errors, r, outcome);
    if (outcome.kind === 'response' && outcome.status === 429) ctx.counters.rateLimited++;
    const next = budget.next(decision, error, () => rateLimitPause(ctx, r, outcome));
    if (next.kind === 'stop') {
      log(outcome.kind === 'response' ? String(outcome.status) : error.code);
      if (next.fatal) ctx.run.abort(next.error);
      throw next.error;
    }
    ctx.counters.retries++;
    if (next.delayMs > 0) await pause(ctx.sleep, next.delayMs, ctx.run.signal);
  }
}

/** One attempt through every gate: probe, concurrency slot, pacer, then the network. */
async function attempt(ctx: Context, r: ApiRequest, url: URL, init: RequestInit): Promise<AttemptOutcome> {
  const lane = ctx.lanes[r.api];
  const ticket: Ticket = await lane.enter();
  let hint: RateLimitHint | undefined;
  try {
    const release = await ctx.limiter.acquire();
    try {
      // The pacer is the last gate before sending, so the window it keeps counts real sends
      // (passed the other way round, requests would clump while queued for a slot).
      await lane.pacer.wait();
      if (ctx.run.signal.aborted) throw cancelled(ctx, r);
      ticket.sending();
      ctx.counters.requests++;
      const outcome = await sendAttempt({
        url,
        method: r.method,
        headers: init.headers,
        ...(init.body !== undefined && { body: init.body }),
        dispatcher: ctx.dispatcher,
        headersMs: ctx.headersMs,
        bodyMs: ctx.bodyMs,
        maxBodyBytes: ctx.maxBodyBytes,
        // A write already on its way is left to finish, so that its outcome is known.
        ...(r.method === 'GET' && { signal: ctx.run.signal }),
      });
      if (outcome.kind === 'response') hint = readRateLimitHint(outcome.headers, ctx.now());
      return outcome;
    } finally {
      release();
    }
  } finally {
    ticket.answered(hint);
  }
}

function cancelled(ctx: Context, r: ApiRequest, mayHaveApplied = false) {
  const reason: unknown = ctx.run.signal.reason;
  // Our own fatal errors are GitopsErrors; anything else (an AbortError) is the caller's abort.
  const why =
    reason instanceof GitopsError
      ? `the run stopped on an earlier error: ${reason.message}`
      : 'the run was cancelled';
  return failWith(ctx.errors, r, `${label(r)} was not completed: ${why}`, {
    code: 'SNYK_CANCELLED',
    mayHaveApplied,
  });
}

/** A 429 pauses every request of its API; returns how long from now the pause lasts. */
function rateLimitPause(ctx: Context, r: ApiRequest, outcome: AttemptOutcome): number {
  const hint: RateLimitHint =
    outcome.kind === 'response' ? readRateLimitHint(outcome.headers, ctx.now()) : { windows: [] };
  return Math.max(0, ctx.lanes[r.api].pacer.rateLimited(hint) - ctx.now());
}

function createdOrgAt(ctx: Context, r: ApiRequest): number | undefined {
  const orgId = r.params?.org_id ?? r.params?.orgId;
  return orgId === undefined ? undefined : ctx.createdOrgs.get(orgId);
}

function parseJson(
  ctx: Context,
  r: ApiRequest,
  outcome: Extract<AttemptOutcome, { kind: 'response' }>,
): unknown {
  if (outcome.text.trim() === '') return undefined;
  try {
    return JSON.parse(outcome.text);
  } catch {
    throw failWith(ctx.errors, r, `${label(r)} returned ${outcome.status} with a body that is not JSON`, {
      code: 'SNYK_BAD_RESPONSE',
      status: outcome.status,
    });
  }
}

interface RequestInit {
  headers: Record<string, string>;
  body?: string;
}

function requestInit(r: ApiRequest, authorization: string): RequestInit {
  const headers: Record<string, string> = {
    authorization,
    accept: r.api === 'rest' ? 'application/vnd.api+json' : 'application/json',
    'user-agent': USER_AGENT,
  };
  if (r.body === undefined) return { headers };
  headers['content-type'] = r.api === 'rest' ? 'application/vnd.api+json' : 'application/json';
  return { headers, body: JSON.stringify(r.body) };
}

function definedOnly<T extends object>(value: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<
    Record<keyof T, number>
  >;
}
