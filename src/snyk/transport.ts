// Sends one logical request to Snyk, composing the layers that each live in their own file:
// the URL (request-url.ts), one HTTP exchange (http-attempt.ts), what to do with its outcome
// (retry-policy.ts, pure), pacing per API (pacer.ts, api-lane.ts) and the global bound on
// requests in flight (limiter.ts). Every failure becomes a SnykApiError; everything that
// reaches the network from src/snyk goes through `send`.
import { GitopsError } from '../errors.ts';
import { SnykApiError } from './api-error.ts';
import type { Ticket } from './api-lane.ts';
import { type AttemptOutcome, type Headers, sendAttempt } from './http-attempt.ts';
import { errorForFailure, errorForStatus, failWith, label } from './http-errors.ts';
import { RateLimitStop } from './pacer.ts';
import { describeRateLimitStop } from './rate-limit-events.ts';
import { type RateLimitHint, readRateLimitHint } from './rate-limit-headers.ts';
import { buildRequestUrl } from './request-url.ts';
import { createRetryBudget } from './retry-budget.ts';
import { classifyOutcome } from './retry-policy.ts';
import { pause } from './timers.ts';
import { CLIENT_CLOSED, type Context, createContext } from './transport-context.ts';
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
  /** An org the body names (a clone's destination): a 404 while it is new means "not visible yet". */
  bodyOrgId?: string;
  /** Its answers may carry a secret: an error about it quotes nothing from the body. */
  secretBody?: boolean;
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
  noteCreatedOrg(orgId: string, at?: number): void;
  stats(): { requests: number; retries: number; rateLimited: number };
  close(): Promise<void>;
}

const USER_AGENT = 'snyk-gitops';

export function createTransport(options: SnykClientOptions): Transport {
  const ctx = createContext(options);
  return {
    apiUrl: ctx.apiUrl,
    send: (r) => send(ctx, r),
    versionFor: ctx.versionFor,
    label,
    noteCreatedOrg: (orgId, at) => {
      ctx.createdOrgs.set(orgId, at ?? ctx.now());
    },
    stats: () => ({ ...ctx.counters }),
    close: async () => {
      // Requests still queued or waiting to retry stop now: sent to a closed agent, each would
      // fail as a lost connection and back off five times before giving up.
      if (!ctx.run.signal.aborted) ctx.run.abort(CLIENT_CLOSED);
      if (ctx.ownAgent) await ctx.ownAgent.close();
    },
  };
}

async function send(ctx: Context, r: ApiRequest): Promise<ApiResponse> {
  if (ctx.run.signal.aborted) throw cancelled(ctx, r);
  const url = buildRequestUrl(ctx.apiUrl, r, ctx.versionFor(r.beta ?? false));
  const init = requestInit(r);
  const started = ctx.now();
  const createdAt = createdOrgAt(ctx, r);
  const budget = createRetryBudget({ retry: ctx.retry, now: ctx.now, random: ctx.random, createdAt });
  const log = (status: string) =>
    ctx.log?.(`${label(r)} ${status} ${Math.round(ctx.now() - started)}ms retries=${budget.retries()}`);
  let renewed = false;
  for (;;) {
    const { outcome, authorization } = await attempt(ctx, r, url, init);
    if (outcome.kind === 'response') ctx.serverAnswered = true;
    // An OAuth access token refused (expired early, revoked): one new token, one more try. A
    // 401 was not processed, so any method may be sent again.
    if (
      outcome.kind === 'response' &&
      outcome.status === 401 &&
      !renewed &&
      (await ctx.auth.renew(authorization))
    ) {
      renewed = true;
      ctx.counters.retries++;
      continue;
    }
    const decision = classifyOutcome(outcome, r.method, {
      namesCreatedOrg: createdAt !== undefined,
      serverAnswered: ctx.serverAnswered,
    });
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
async function attempt(
  ctx: Context,
  r: ApiRequest,
  url: URL,
  init: RequestInit,
): Promise<{ outcome: AttemptOutcome; authorization: string }> {
  const lane = ctx.lanes[r.api];
  const ticket: Ticket = await lane.enter();
  let hint: RateLimitHint | undefined;
  try {
    const release = await ctx.limiter.acquire();
    try {
      // The pacer is the last gate before sending, so the window it keeps counts real sends
      // (passed the other way round, requests would clump while queued for a slot).
      await lane.pacer.wait().catch((error: unknown) => {
        throw error instanceof RateLimitStop ? stopForRateLimit(ctx, r, error) : error;
      });
      // Asked for last, so that a request that waited for its turn does not leave with a token
      // that expired meanwhile.
      const authorization = await ctx.auth.header();
      if (ctx.run.signal.aborted) throw cancelled(ctx, r);
      ticket.sending();
      ctx.counters.requests++;
      const outcome = await sendAttempt({
        url,
        method: r.method,
        headers: { authorization, ...init.headers },
        ...(init.body !== undefined && { body: init.body }),
        dispatcher: ctx.dispatcher,
        headersMs: ctx.headersMs,
        bodyMs: ctx.bodyMs,
        maxBodyBytes: ctx.maxBodyBytes,
        // A write already on its way is left to finish, so that its outcome is known.
        ...(r.method === 'GET' && { signal: ctx.run.signal }),
      });
      if (outcome.kind === 'response') hint = readRateLimitHint(outcome.headers, ctx.now());
      return { outcome, authorization };
    } finally {
      release();
    }
  } finally {
    ticket.answered(hint);
  }
}

/** Errors that are every request's own: the requests they stop end with them, not "cancelled". */
const RUN_WIDE = new WeakSet<object>();

function cancelled(ctx: Context, r: ApiRequest, mayHaveApplied = false) {
  const reason: unknown = ctx.run.signal.reason;
  if (!mayHaveApplied && reason instanceof SnykApiError && RUN_WIDE.has(reason)) return reason;
  // Our own fatal errors are GitopsErrors; anything else (an AbortError) is the caller's abort.
  const why =
    reason === CLIENT_CLOSED
      ? 'the run had ended (the client was closed)'
      : reason instanceof GitopsError
        ? `the run stopped on an earlier error: ${reason.message}`
        : 'the run was cancelled';
  return failWith(ctx.errors, r, `${label(r)} was not completed: ${why}`, {
    code: 'SNYK_CANCELLED',
    mayHaveApplied,
  });
}

/** Snyk asked for a hold beyond the budget: every request would wait as long, so the run stops. */
function stopForRateLimit(ctx: Context, r: ApiRequest, stop: RateLimitStop) {
  if (ctx.run.signal.aborted) return cancelled(ctx, r);
  const why = describeRateLimitStop(r.api, stop, ctx.retry.maxElapsedMs, ctx.now());
  const error = failWith(ctx.errors, r, why, { code: 'SNYK_RATE_LIMITED' });
  RUN_WIDE.add(error);
  ctx.run.abort(error);
  return error;
}

/** A 429 pauses every request of its API; returns how long from now the pause lasts, and why. */
function rateLimitPause(ctx: Context, r: ApiRequest, outcome: AttemptOutcome) {
  const hint: RateLimitHint =
    outcome.kind === 'response' ? readRateLimitHint(outcome.headers, ctx.now()) : { windows: [] };
  const { until, reason } = ctx.lanes[r.api].pacer.rateLimited(hint);
  return { waitMs: Math.max(0, until - ctx.now()), reason };
}

function createdOrgAt(ctx: Context, r: ApiRequest): number | undefined {
  const orgIds = [r.params?.org_id ?? r.params?.orgId, r.bodyOrgId];
  return orgIds
    .map((id) => (id === undefined ? undefined : ctx.createdOrgs.get(id)))
    .find((at) => at !== undefined);
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

function requestInit(r: ApiRequest): RequestInit {
  const headers: Record<string, string> = {
    accept: r.api === 'rest' ? 'application/vnd.api+json' : 'application/json',
    'user-agent': USER_AGENT,
  };
  if (r.body === undefined) return { headers };
  headers['content-type'] = r.api === 'rest' ? 'application/vnd.api+json' : 'application/json';
  return { headers, body: JSON.stringify(r.body) };
}
