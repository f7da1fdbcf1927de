// The emulator's HTTP server: one pipeline per request — control surface, scripted and random
// faults, latency, rate limits, then the REST or v1 handlers. Binds 127.0.0.1 only.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control.ts';
import { type FaultDecision, FaultInjector } from './faults.ts';
import { RateLimiter } from './rate-limit.ts';
import { type EmuRequest, type EmuResponse, matchRoute } from './request.ts';
import { handleRest } from './rest/dispatch.ts';
import { restError } from './rest/jsonapi.ts';
import { REST_ROUTES } from './rest/routes.ts';
import type { EmulatorState, EmuToken } from './state-types.ts';
import type { Emulator, EmulatorOptions, FaultConfig, RateLimitConfig, RequestLogEntry } from './types.ts';
import { v1Error } from './v1/common.ts';
import { handleV1 } from './v1/dispatch.ts';

type Api = RequestLogEntry['api'];
const GROUP_MEMBERS = /^\/v1\/group\/[^/]+\/members$/;

function apiOf(path: string): Api {
  if (path.startsWith('/_emulator')) return 'control';
  return path === '/v1' || path.startsWith('/v1/') ? 'v1' : 'rest';
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The token an Authorization header carries (`token X`, `Token X`, `bearer X`, `Bearer X`). */
function tokenOf(state: EmulatorState, header: string | undefined): { token?: EmuToken; tokenId?: string } {
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  if (m === null) return header === undefined ? {} : { tokenId: 'unknown' };
  const index = state.tokens.findIndex((t) => t.token === m[2]);
  const token = state.tokens[index];
  return token === undefined ? { tokenId: 'unknown' } : { token, tokenId: `token#${index}` };
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  let state = structuredClone(options.state);
  const now = options.now ?? (() => new Date());
  let faults = new FaultInjector(options.faults);
  let restLimiter: RateLimiter | undefined;
  let v1Limiter: RateLimiter | undefined;
  let membersLimiter: RateLimiter | undefined;
  const log: RequestLogEntry[] = [];
  let seq = 0;
  const timers = new Set<NodeJS.Timeout>();

  const setRateLimit = (limit: RateLimitConfig | false | undefined): void => {
    const windowMs = (limit === false ? undefined : limit?.windowMs) ?? 60_000;
    restLimiter = limit === false ? undefined : new RateLimiter(limit?.perMinute ?? 1620, windowMs, true);
    v1Limiter = limit === false ? undefined : new RateLimiter(limit?.perMinute ?? 2000, windowMs, true);
    const perMinute = options.v1GroupMembersPerMinute ?? 1;
    membersLimiter = perMinute > 0 ? new RateLimiter(perMinute, windowMs, false) : undefined;
  };
  setRateLimit(options.rateLimit);

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
    setRateLimit: (limit: RateLimitConfig | false) => setRateLimit(limit),
  };

  let baseUrl = '';

  function send(res: ServerResponse, api: Api, response: EmuResponse): void {
    if (res.destroyed) return;
    const headers: Record<string, string> = { ...response.headers };
    let payload: string | undefined;
    if (response.raw !== undefined) {
      payload = response.raw;
      headers['content-type'] = response.contentType ?? 'text/plain';
    } else if (response.body !== undefined) {
      payload = JSON.stringify(response.body);
      headers['content-type'] =
        response.contentType ??
        (api === 'rest' ? 'application/vnd.api+json' : 'application/json; charset=utf-8');
    }
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(response.status, headers);
    res.end(payload);
  }

  function errorFor(api: Api, status: number, message: string): EmuResponse {
    if (api !== 'rest') return v1Error(status, message);
    const response = restError(status, message);
    response.headers = { 'snyk-request-id': randomUUID() };
    return response;
  }

  async function dribble(
    res: ServerResponse,
    status: number,
    body: unknown,
    bytesPerSecond: number,
    beforeEnd: () => void,
  ): Promise<void> {
    const payload = Buffer.from(JSON.stringify(body ?? {}));
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(payload.length) });
    const chunk = Math.max(1, Math.ceil(bytesPerSecond / 10));
    for (let offset = 0; offset < payload.length; offset += chunk) {
      if (res.destroyed) return;
      const last = offset + chunk >= payload.length;
      if (last) beforeEnd();
      res.write(payload.subarray(offset, offset + chunk));
      if (!last) await sleep(100);
    }
    res.end();
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

  /** Handles a request that got past faults: rate limits, then the API handlers. */
  function handle(
    req: EmuRequest,
    api: Api,
    token: EmuToken | undefined,
    tokenId: string | undefined,
  ): EmuResponse {
    const nowDate = now();
    if (token !== undefined) {
      const limiter = api === 'v1' ? v1Limiter : restLimiter;
      let decision = limiter?.check(tokenId ?? 'anonymous', nowDate.getTime()) ?? { ok: true as const };
      if (
        decision.ok &&
        api === 'v1' &&
        req.method === 'GET' &&
        GROUP_MEMBERS.test(req.path) &&
        membersLimiter
      ) {
        decision = membersLimiter.check(`${tokenId}`, nowDate.getTime());
      }
      if (!decision.ok) {
        const response = errorFor(
          api,
          429,
          'Too many requests: the rate limit for this API token was exceeded',
        );
        response.headers = { ...response.headers, 'retry-after': String(decision.retryAfterSeconds) };
        if (api === 'rest') recordRest(req, response, undefined);
        return response;
      }
    }
    const deps = { state, token, now: nowDate, newId: randomUUID };
    if (api === 'v1') return handleV1(req, { ...deps, apiUrl: `${baseUrl}/v1` });
    const result = handleRest(req, deps);
    recordRest(req, result.response, result.template);
    return result.response;
  }

  async function onRequest(rawReq: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const mySeq = ++seq;
    const url = new URL(rawReq.url ?? '/', 'http://127.0.0.1');
    const method = (rawReq.method ?? 'GET').toUpperCase();
    const api = apiOf(url.pathname);
    const req: EmuRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: rawReq.headers,
      rawBody: await readBody(rawReq),
    };
    const { token, tokenId } = tokenOf(state, rawReq.headers.authorization);
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

    if (api === 'control') {
      const response = handleControl(req, control);
      send(res, api, response);
      record(response.status);
      return;
    }

    const decision: FaultDecision = faults.decide(method, url.pathname);
    const rule = decision.rule;
    let dropAfter = decision.dropAfter;
    let fault: string | undefined = decision.dropAfter ? 'drop-after' : undefined;
    if (rule !== undefined) {
      const name = `rule#${decision.ruleIndex}`;
      if ('delayMs' in rule) {
        await sleep(rule.delayMs);
        fault ??= `${name}:delay`;
      } else if ('drop' in rule) {
        if (rule.drop === 'before') return drop(`${name}:drop-before`);
        dropAfter = true;
        fault = `${name}:drop-after`;
      } else {
        await sleep(decision.latencyMs);
        if ('redirect' in rule) {
          send(res, api, { status: rule.status ?? 302, headers: { location: rule.redirect } });
          return record(rule.status ?? 302, `${name}:redirect`);
        }
        if ('slowBytesPerSecond' in rule) {
          await dribble(res, rule.status ?? 200, rule.body, rule.slowBytesPerSecond, () =>
            record(rule.status ?? 200, `${name}:slow`),
          );
          return;
        }
        if ('raw' in rule) {
          send(res, api, { status: rule.status, raw: rule.raw, contentType: rule.contentType });
        } else {
          send(res, api, {
            status: rule.status,
            body: rule.body,
            ...(rule.headers === undefined ? {} : { headers: rule.headers }),
          });
        }
        return record(rule.status, `${name}:respond`);
      }
    }
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (rule === undefined || 'delayMs' in rule) {
      if (decision.dropBefore) return drop('drop-before');
      if (decision.serverError !== undefined) {
        send(
          res,
          api,
          errorFor(api, decision.serverError, 'Injected server error (emulator fault injection)'),
        );
        return record(decision.serverError, 'server-error');
      }
    }
    let response: EmuResponse;
    try {
      response = handle(req, api, token, tokenId);
    } catch (error) {
      response = errorFor(
        api,
        500,
        `Emulator error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (dropAfter) return drop(fault ?? 'drop-after');
    send(res, api, response);
    record(response.status, fault);
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
