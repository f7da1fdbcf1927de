// The emulator's internal request/response model: handlers are plain functions from a parsed
// request and the (mutable) state to a response, so they can be driven without sockets.
import type { IncomingHttpHeaders } from 'node:http';
import type { ResolvedReality } from './reality/options.ts';
import type { EmulatorState, EmuToken, EmuUser } from './state-types.ts';

export interface EmuRequest {
  method: string;
  /** The URL pathname, e.g. '/rest/orgs/…/memberships'. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The request body, undefined when empty. */
  rawBody: string | undefined;
}

export interface EmuResponse {
  status: number;
  /** Serialised as JSON unless `raw` is set; absent means no body. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface HandlerContext {
  state: EmulatorState;
  req: EmuRequest;
  params: Record<string, string>;
  token: EmuToken;
  user: EmuUser;
  now: Date;
  newId: () => string;
  /** The reality switches that are on (REALITY.md), for the few a handler itself must know. */
  reality: ResolvedReality;
}

export type Handler = (ctx: HandlerContext) => EmuResponse;

/** Thrown by handlers to answer early with an error response. */
export class HttpFailure extends Error {
  readonly response: EmuResponse;
  constructor(response: EmuResponse) {
    super(`HTTP ${response.status}`);
    this.response = response;
  }
}

/**
 * Runs a route's handler for an authenticated caller: the context from the emulator's state and
 * clock and the request's match; an HttpFailure the handler throws is its answer.
 */
export function runHandler(
  deps: { state: EmulatorState; now: Date; newId: () => string; reality?: ResolvedReality },
  call: { req: EmuRequest; params: Record<string, string>; token: EmuToken; user: EmuUser },
  handler: Handler,
): EmuResponse {
  const ctx: HandlerContext = {
    state: deps.state,
    req: call.req,
    params: call.params,
    token: call.token,
    user: call.user,
    now: deps.now,
    newId: deps.newId,
    reality: deps.reality ?? {},
  };
  try {
    return handler(ctx);
  } catch (error) {
    if (error instanceof HttpFailure) return error.response;
    throw error;
  }
}

export interface Route<H> {
  method: string;
  template: string;
  handler: H;
}

export interface RouteMatch<H> {
  route: Route<H>;
  params: Record<string, string>;
}

/** Finds the route for a method and a path relative to the API base (e.g. '/orgs/x'). */
export function matchRoute<H>(
  routes: readonly Route<H>[],
  method: string,
  path: string,
): RouteMatch<H> | undefined {
  const parts = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const tparts = route.template.split('/');
    if (tparts.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < tparts.length && ok; i++) {
      const t = tparts[i] ?? '';
      const p = parts[i] ?? '';
      if (t.startsWith('{') && t.endsWith('}')) {
        if (p === '') ok = false;
        else params[t.slice(1, -1)] = decodeURIComponent(p);
      } else if (t !== p) ok = false;
    }
    if (ok) return { route, params };
  }
  return undefined;
}
