// What one transport keeps for its whole run, built from the client's options: the agent, the
// retry bounds, the run's abort signal, the concurrency limiter and one pacing lane per API.
// Every rate-limit hold a lane may wait out is bounded by the same budget as retries.
import { setMaxListeners } from 'node:events';
import { Agent, type Dispatcher, ProxyAgent } from 'undici';
import { GitopsError } from '../errors.ts';
import { definedOnly } from '../util/defined-only.ts';
import { type ApiLane, createApiLane } from './api-lane.ts';
import { setUpAuth } from './auth-setup.ts';
import type { Authorizer } from './authorizer.ts';
import { checkApiUrl } from './check-setup.ts';
import type { ErrorContext } from './http-errors.ts';
import { createLimiter } from './limiter.ts';
import type { Hold } from './pacer.ts';
import { DEFAULT_RETRY } from './retry-policy.ts';
import type { SendSettings } from './send-settings.ts';
import { realSleep, type Sleep } from './timers.ts';
import type { ApiRequest } from './transport.ts';
import type { SnykClientOptions } from './types.ts';

/** The abort reason once the client is closed. */
export const CLIENT_CLOSED = new GitopsError('the client was closed', { code: 'SNYK_CLOSED' });

export interface Context extends SendSettings {
  apiUrl: string;
  /** The Authorization header of each request, renewed when it is an OAuth client's. */
  auth: Authorizer;
  ownAgent: Dispatcher | undefined;
  maxBodyBytes: number;
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
  /** Whether any response came back yet (a refused connection means more before the first). */
  serverAnswered: boolean;
  versionFor: (beta: boolean) => string;
  errors: ErrorContext;
}

export function createContext(options: SnykClientOptions): Context {
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
  const retry = { ...DEFAULT_RETRY, ...definedOnly(options.retry ?? {}) };
  const tell = options.onRateLimit;
  const laneFor = (api: ApiRequest['api'], perMinute: number | undefined): ApiLane =>
    createApiLane({
      now,
      sleep,
      signal: run.signal,
      // One budget for every wait: a hold Snyk asks for may last as long as a retry may.
      maxWaitMs: retry.maxElapsedMs,
      ...(tell && {
        onWait: (waitMs: number, hold: Hold) => tell({ kind: 'wait', api, waitMs, hold }),
        onOddWindow: (header: string) => tell({ kind: 'odd-window', api, header }),
      }),
      ...(perMinute !== undefined && { perMinute }),
      ...(options.rateLimit?.windowMs !== undefined && { windowMs: options.rateLimit.windowMs }),
    });
  const headersMs = options.timeouts?.headersMs ?? 30_000;
  const bodyMs = options.timeouts?.bodyMs ?? 60_000;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const { restVersion } = options;
  const sending: SendSettings = {
    dispatcher: options.dispatcher ?? (ownAgent as Dispatcher),
    headersMs,
    bodyMs,
    retry,
    now,
    sleep,
    random: options.random ?? Math.random,
    log: options.log,
  };
  const { authorizer, tokenVariable, redact } = setUpAuthOrClose(ownAgent, options.auth, {
    ...sending,
    apiUrl,
    signal: run.signal,
  });
  return {
    ...sending,
    apiUrl,
    auth: authorizer,
    ownAgent,
    maxBodyBytes,
    run,
    limiter: createLimiter(concurrency),
    lanes: {
      rest: laneFor('rest', options.rateLimit?.perMinute),
      v1: laneFor('v1', options.rateLimit?.v1PerMinute),
    },
    counters: { requests: 0, retries: 0, rateLimited: 0 },
    createdOrgs: new Map(),
    serverAnswered: false,
    versionFor: (beta) => (beta && !restVersion.includes('~') ? `${restVersion}~beta` : restVersion),
    errors: {
      apiUrl,
      restVersion,
      redact,
      tokenVariable,
      headersMs,
      bodyMs,
      maxBodyBytes,
      ...(options.proxy !== undefined && { proxyHost: new URL(options.proxy).host }),
    },
  };
}

/** A client refused at setup leaves no agent open behind it. */
function setUpAuthOrClose(agent: Dispatcher | undefined, ...args: Parameters<typeof setUpAuth>) {
  try {
    return setUpAuth(...args);
  } catch (error) {
    void agent?.close();
    throw error;
  }
}
