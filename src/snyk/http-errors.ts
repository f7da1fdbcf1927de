// Turns a failed HTTP exchange into a SnykApiError whose message names the endpoint by its
// template, quotes Snyk's detail and request id, and never carries the token.

import type { Redactor } from '../util/redact.ts';
import { clip, codeForStatus, extractErrorDetail, SnykApiError } from './api-error.ts';
import type { AttemptOutcome, Headers } from './http-attempt.ts';
import { goneAdvice } from './retired-endpoints.ts';
import type { ApiRequest } from './transport.ts';

export interface ErrorContext {
  apiUrl: string;
  restVersion: string;
  /** Removes the token, in every form a server might echo it, from text quoted in errors. */
  redact: Redactor;
  /** SNYK_TOKEN or SNYK_OAUTH_TOKEN: what the user should check after a 401. */
  tokenVariable: string;
  headersMs: number;
  bodyMs: number;
  maxBodyBytes: number;
  /** `host:port` of the proxy requests go through (never its credentials). */
  proxyHost?: string;
}

type Details = Omit<ConstructorParameters<typeof SnykApiError>[1], 'method' | 'pathTemplate'>;

/** `GET /rest/orgs/{org_id}` */
export function label(r: Pick<ApiRequest, 'method' | 'api' | 'template'>): string {
  return `${r.method} /${r.api}${r.template}`;
}

export function failWith(ctx: ErrorContext, r: ApiRequest, message: string, details: Details): SnykApiError {
  return new SnykApiError(ctx.redact(message), {
    ...details,
    method: r.method,
    pathTemplate: `/${r.api}${r.template}`,
  });
}

export function errorForStatus(
  ctx: ErrorContext,
  r: ApiRequest,
  outcome: Extract<AttemptOutcome, { kind: 'response' }>,
): SnykApiError {
  const { status, headers } = outcome;
  const parsed = extractErrorDetail(tryParse(outcome.text));
  // A body that may hold a secret (a service account's) is not quoted at all.
  const detail =
    parsed.detail === undefined || r.secretBody === true ? undefined : clip(ctx.redact(parsed.detail));
  const requestId =
    headerValue(headers, 'snyk-request-id') ?? headerValue(headers, 'x-error-reference') ?? parsed.errorRef;
  const suffix = requestId === undefined ? '' : ` (request id ${requestId})`;
  const details: Details = {
    code: codeForStatus(status),
    status,
    ...(detail !== undefined && { detail }),
    ...(requestId !== undefined && { requestId }),
  };
  if (status >= 300 && status < 400) {
    const location = headerValue(headers, 'location');
    const where = location === undefined ? '' : ` to ${describeLocation(location, ctx.apiUrl)}`;
    return failWith(
      ctx,
      r,
      `${label(r)} was redirected (${status})${where}; redirects are not followed so the token is never sent elsewhere: check --api-url (e.g. https://api.eu.snyk.io)`,
      { ...details, code: 'SNYK_BAD_RESPONSE' },
    );
  }
  if (status === 401) {
    return failWith(
      ctx,
      r,
      `the token was rejected by ${ctx.apiUrl} (401): check ${ctx.tokenVariable} (a valid, unexpired token, for the region of --api-url/SNYK_API_URL)${detail === undefined ? '' : `; Snyk says: ${detail}`}${suffix}`,
      details,
    );
  }
  if (status === 410) {
    return failWith(
      ctx,
      r,
      `${label(r)} returned 410 Gone: ${goneAdvice(r, ctx.restVersion)}${detail === undefined ? '' : `; Snyk says: ${detail}`}${suffix}`,
      details,
    );
  }
  return failWith(
    ctx,
    r,
    `${label(r)} returned ${status}${detail === undefined ? '' : `: ${detail}`}${suffix}`,
    details,
  );
}

export function errorForFailure(
  ctx: ErrorContext,
  r: ApiRequest,
  outcome: Extract<AttemptOutcome, { kind: 'failure' }>,
): SnykApiError {
  const host = new URL(ctx.apiUrl).host;
  if (outcome.reason === 'too-large') {
    return failWith(ctx, r, `${label(r)} returned a body larger than ${ctx.maxBodyBytes} bytes; refused`, {
      code: 'SNYK_BAD_RESPONSE',
    });
  }
  if (outcome.reason === 'timeout') {
    const ms = outcome.phase === 'headers' ? ctx.headersMs : ctx.bodyMs;
    return failWith(
      ctx,
      r,
      `${label(r)} timed out after ${ms}ms waiting for the response ${outcome.phase} from ${host}`,
      {
        code: 'SNYK_TIMEOUT',
        cause: outcome.cause,
      },
    );
  }
  if (outcome.reason === 'proxy') {
    const status = outcome.proxyStatus ?? 0;
    const hint =
      status === 407
        ? "check the user and password in the proxy variable's URL"
        : status >= 500
          ? 'the proxy could not reach it'
          : 'check NO_PROXY and the proxy variables (HTTPS_PROXY, HTTP_PROXY)';
    return failWith(
      ctx,
      r,
      `${label(r)} failed: the proxy refused the connection to ${host} with HTTP ${status}: ${hint}`,
      {
        code: 'SNYK_NETWORK',
        cause: outcome.cause,
      },
    );
  }
  return failWith(
    ctx,
    r,
    `${label(r)} failed: connection to ${host}${ctx.proxyHost === undefined ? '' : ` through the proxy ${ctx.proxyHost}`} ${outcome.sent ? 'dropped' : 'could not be made'} (${outcome.errorCode})${outcome.errorCode === 'ECONNREFUSED' ? refusedHint(ctx) : ''}`,
    { code: 'SNYK_NETWORK', cause: outcome.cause },
  );
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function headerValue(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A redirect target without query or credentials (a query might echo something private). */
function describeLocation(location: string, base: string): string {
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return 'an unreadable location';
  }
}

/** A refused connection is nearly always a wrong URL or a server that is not running. */
function refusedHint(ctx: ErrorContext): string {
  const target = ctx.proxyHost === undefined ? new URL(ctx.apiUrl).host : `the proxy ${ctx.proxyHost}`;
  return `: connection refused, nothing is listening at ${target}; check --api-url (SNYK_API_URL)${ctx.proxyHost === undefined ? '' : ' and the proxy variables'}`;
}
