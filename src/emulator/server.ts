// The emulator's HTTP server: one pipeline per request — control surface, scripted and random
// faults, latency, then the OAuth token endpoint, or rate limits, reality mode and the REST or
// v1 handlers. Binds 127.0.0.1 only.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { viewerDenial } from './access.ts';
import { ApiRateLimits } from './api-rate-limits.ts';
import { nameAuditEvent } from './audit/events.ts';
import { recordAuditEvent } from './audit/record.ts';
import { handleControl } from './control.ts';
import { FaultInjector } from './faults.ts';
import { MAX_API_BODY_BYTES, MAX_CONTROL_BODY_BYTES, readBody, send, tokenOf } from './http-io.ts';
import { handleTokenRequest, TOKEN_PATH } from './oauth/token-endpoint.ts';
import { playFaults } from './play-faults.ts';
import type { RealityOptions } from './reality/options.ts';
import { detailsNotDetail } from './reality/responses.ts';
import { RealityRuntime } from './reality/runtime.ts';
import { type EmuRequest, type EmuResponse, matchRoute } from './request.ts';
import { handleRest } from './rest/dispatch.ts';
import { restError } from './rest/jsonapi.ts';
import { REST_ROUTES } from './rest/routes.ts';
import type { EmulatorState, EmuToken } from './state-types.ts';
import type {
  Emulator,
  EmulatorOptions,
  FaultConfig,
  RateLimitConfig,
  RequestLogEntry,
  WebUiChange,
} from './types.ts';
import { v1Error } from './v1/common.ts';
import { handleV1 } from './v1/dispatch.ts';

type Api = RequestLogEntry['api'];
type ApiName = 'rest' | 'v1';

function apiOf(path: string): Api {
  if (path.startsWith('/_emulator')) return 'control';
  return path === '/v1' || path.startsWith('/v1/') ? 'v1' : 'rest';
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  let state = structuredClone(options.state);
  const now = options.now ?? (() => new Date());
  let faults = new FaultInjector(options.faults);
  let reality = new RealityRuntime(options.reality);
  const log: RequestLogEntry[] = [];
  let seq = 0;
  const timers = new Set<NodeJS.Timeout>();
  const seenAssertions = new Set<string>();

  const limits = new ApiRateLimits(options.rateLimit, options.v1GroupMembersPerMinute ?? 1);

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const control = {
    getState: () => structuredClone(state),
    setState: (next: EmulatorState) => {
      state = structuredClone(next);
    },
    requests: () => log.map((e) => ({ ...e })),
    clearRequests: () => {
      log.length = 0;
    },
    setFaults: (config: FaultConfig | undefined) => {
      faults = new FaultInjector(config);
    },
    setRateLimit: (limit: RateLimitConfig | false) => limits.set(limit),
    getReality: (): RealityOptions => structuredClone(reality.options),
    setReality: (next: RealityOptions | 'all' | undefined) => {
      reality = new RealityRuntime(next);
    },
    changeInWebUi: (change: WebUiChange) => changeInWebUi(change),
  };

  let baseUrl = '';

  function errorFor(api: ApiName, status: number, message: string): EmuResponse {
    if (api !== 'rest') return v1Error(status, message);
    const response = restError(status, message);
    response.headers = { 'snyk-request-id': randomUUID() };
    return reality.resolved.errorDetails ? detailsNotDetail(response) : response;
  }

  function recordRest(req: EmuRequest, response: EmuResponse, template: string | undefined): void {
    if (options.onRestResponse === undefined) return;
    const path = req.path.replace(/^\/rest/, '');
    const t = template ?? matchRoute(REST_ROUTES, req.method, path)?.route.template;
    if (t === undefined) return;
    options.onRestResponse({
      method: req.method,
      template: t,
      path,
      status: response.status,
      body: response.body,
    });
  }

  /**
   * The URL the client used, as a real server builds absolute links: from the Host header (a
   * client behind a proxy names the API host, not 127.0.0.1), else the address listened on.
   */
  function baseOf(req: EmuRequest): string {
    const host = req.headers.host;
    return typeof host === 'string' && /^[A-Za-z0-9.-]+(?::\d+)?$|^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(host)
      ? `http://${host}`
      : baseUrl;
  }

  /** Handles a request that got past faults: rate limits, reality mode, then the API handlers. */
  function handle(req: EmuRequest, api: ApiName, token: EmuToken | undefined, tokenId: string | undefined) {
    const nowDate = now();
    const nowMs = nowDate.getTime();
    const key = tokenId ?? 'anonymous';
    const rate = reality.count(api, key, token !== undefined, nowMs, limits.perMinute[api]);
    const finish = (response: EmuResponse, template?: string): EmuResponse => {
      const restBase = `${baseOf(req)}/rest`;
      const ctx = { req, api, template, state, now: nowDate, newId: randomUUID, restBase, rate };
      const out = reality.after(ctx, response);
      if (api === 'rest') recordRest(req, out, template);
      return out;
    };
    const retryAfter = token === undefined ? undefined : limits.retryAfter(req, api, key, rate, nowMs);
    if (retryAfter !== undefined) {
      const response = errorFor(
        api,
        429,
        'Too many requests: the rate limit for this API token was exceeded',
      );
      response.headers = { ...response.headers, 'retry-after': String(retryAfter) };
      return finish(response);
    }
    const intercepted = reality.intercept(req, api, nowMs);
    if (intercepted !== undefined) return finish(intercepted);
    const denied = token === undefined ? undefined : viewerDenial(state, token.userId, req.method, req.path);
    if (denied !== undefined) return finish(errorFor(api, 403, denied));
    const result = serve(req, api, token, token?.userId);
    return finish(result.response, result.template);
  }

  /** Runs the API handler and records the audit event of a write that succeeded, for `actorId`. */
  function serve(req: EmuRequest, api: ApiName, token: EmuToken | undefined, actorId: string | undefined) {
    const nowDate = now();
    const handled = reality.prepare(req, api, state, randomUUID);
    const audit = nameAuditEvent(state, req);
    const deps = {
      state: reality.view(req, state, nowDate.getTime()),
      token,
      now: nowDate,
      newId: randomUUID,
      reality: reality.resolved,
    };
    const result =
      api === 'v1'
        ? { response: handleV1(handled, { ...deps, apiUrl: `${baseOf(req)}/v1` }) }
        : handleRest(handled, deps);
    recordAuditEvent(state, audit, result.response, { userId: actorId, now: nowDate });
    return result;
  }

  function changeInWebUi(change: WebUiChange): { status: number; body?: unknown } {
    const url = new URL(change.path, 'http://127.0.0.1');
    const req: EmuRequest = {
      method: change.method.toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: { 'content-type': 'application/vnd.api+json' },
      rawBody: change.body === undefined ? undefined : JSON.stringify(change.body),
    };
    const token: EmuToken = { token: '(web UI session)', userId: change.userId };
    const { response } = serve(
      req,
      apiOf(url.pathname) === 'v1' ? 'v1' : 'rest',
      token,
      change.system ? undefined : change.userId,
    );
    return response.body === undefined
      ? { status: response.status }
      : { status: response.status, body: response.body };
  }

  async function onRequest(rawReq: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const mySeq = ++seq;
    const url = new URL(rawReq.url ?? '/', 'http://127.0.0.1');
    const method = (rawReq.method ?? 'GET').toUpperCase();
    const api = apiOf(url.pathname);
    const body = await readBody(rawReq, api === 'control' ? MAX_CONTROL_BODY_BYTES : MAX_API_BODY_BYTES);
    const req: EmuRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: rawReq.headers,
      rawBody: body.ok ? body.body : undefined,
    };
    const { token, tokenId } = tokenOf(state, rawReq.headers.authorization, now().getTime());
    const record = (status: number, fault?: string): void => {
      if (api === 'control' && url.pathname.startsWith('/_emulator/requests')) return;
      const entry: RequestLogEntry = {
        seq: mySeq,
        time: now().toISOString(),
        method,
        path: url.pathname,
        query: url.search.replace(/^\?/, ''),
        status,
        ms: Math.round(performance.now() - started),
        api,
      };
      if (fault !== undefined) entry.fault = fault;
      if (tokenId !== undefined) entry.tokenId = tokenId;
      log.push(entry);
    };
    const drop = (fault: string): void => {
      rawReq.socket.destroy();
      record(0, fault);
    };

    if (!body.ok) {
      const limit = api === 'control' ? MAX_CONTROL_BODY_BYTES : MAX_API_BODY_BYTES;
      const response = errorFor(
        api === 'control' ? 'v1' : api,
        413,
        `Request body too large: at most ${limit} bytes`,
      );
      // The unread rest of the body must not keep the connection: close it after the answer.
      response.headers = { ...response.headers, connection: 'close' };
      send(res, api, response);
      record(413);
      return;
    }
    if (api === 'control') {
      const response = handleControl(req, control);
      send(res, api, response);
      record(response.status);
      return;
    }
    const decision = faults.decide(method, url.pathname);
    const outcome = await playFaults(decision, { res, api, record, drop, sleep, errorFor });
    if (outcome.done) return;
    let response: EmuResponse;
    try {
      response =
        url.pathname === TOKEN_PATH
          ? handleTokenRequest(req, {
              state,
              nowMs: now().getTime(),
              tokenUrl: `${baseOf(req)}${TOKEN_PATH}`,
              newId: randomUUID,
              seenAssertions,
            })
          : handle(req, api, token, tokenId);
    } catch (error) {
      response = errorFor(
        api,
        500,
        `Emulator error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (outcome.dropAfter) return drop(outcome.fault ?? 'drop-after');
    if (outcome.answer !== undefined) response = outcome.answer;
    send(res, api, response);
    record(response.status, outcome.fault);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        send(res, 'v1', { status: 500, body: { error: String(error) } });
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    ...control,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
