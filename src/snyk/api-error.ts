// The one error the Snyk client throws. Its `code` is stable (scripts and the planner branch on
// it); the message names the endpoint by its path template, never by a URL with ids or query,
// and never carries the token.
import { type ErrorCode, GitopsError } from '../errors.ts';

export const SNYK_ERROR_CODES = [
  'SNYK_UNAUTHORIZED',
  'SNYK_FORBIDDEN',
  'SNYK_NOT_FOUND',
  'SNYK_CONFLICT',
  'SNYK_RATE_LIMITED',
  'SNYK_SERVER_ERROR',
  'SNYK_NETWORK',
  'SNYK_BAD_RESPONSE',
  'SNYK_BAD_REQUEST',
  'SNYK_TIMEOUT',
  /** 410 Gone: Snyk retired the endpoint (v1 burn-down). */
  'SNYK_GONE',
  /** Not sent, or stopped while retrying: the run already failed on a fatal error (or was cancelled). */
  'SNYK_CANCELLED',
  /** Refused before sending: a path parameter that would change which resource the URL names. */
  'SNYK_BAD_PARAMETER',
] as const satisfies readonly ErrorCode[];
export type SnykErrorCode = (typeof SNYK_ERROR_CODES)[number];

export interface SnykApiErrorDetails {
  code: SnykErrorCode;
  method: string;
  /** e.g. `/rest/orgs/{org_id}/memberships` */
  pathTemplate: string;
  status?: number;
  /** JSON:API `errors[].detail` or the v1 `message`. */
  detail?: string;
  /** `snyk-request-id` or `x-error-reference`, to quote to Snyk support. */
  requestId?: string;
  /** A POST that may have reached Snyk before failing: re-read before repeating it. */
  mayHaveApplied?: boolean;
  /** Retries spent before giving up. */
  retries?: number;
  cause?: unknown;
}

export class SnykApiError extends GitopsError {
  declare readonly code: SnykErrorCode;
  readonly method: string;
  readonly pathTemplate: string;
  readonly status: number | undefined;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  readonly mayHaveApplied: boolean;
  readonly retries: number;

  constructor(message: string, details: SnykApiErrorDetails) {
    super(message, { code: details.code, cause: details.cause });
    this.method = details.method;
    this.pathTemplate = details.pathTemplate;
    this.status = details.status;
    this.detail = details.detail;
    this.requestId = details.requestId;
    this.mayHaveApplied = details.mayHaveApplied ?? false;
    this.retries = details.retries ?? 0;
  }
}

/** The code for an HTTP error status. */
export function codeForStatus(status: number): SnykErrorCode {
  if (status === 401) return 'SNYK_UNAUTHORIZED';
  if (status === 403) return 'SNYK_FORBIDDEN';
  if (status === 404) return 'SNYK_NOT_FOUND';
  if (status === 409) return 'SNYK_CONFLICT';
  if (status === 410) return 'SNYK_GONE';
  if (status === 429) return 'SNYK_RATE_LIMITED';
  if (status >= 500) return 'SNYK_SERVER_ERROR';
  if (status >= 400) return 'SNYK_BAD_REQUEST';
  return 'SNYK_BAD_RESPONSE';
}

/** The human detail of an error body: JSON:API `errors[].detail`, or v1 `message`/`error`. */
export function extractErrorDetail(body: unknown): { detail?: string; errorRef?: string } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const result: { detail?: string; errorRef?: string } = {};
  if (Array.isArray(record.errors)) {
    const details = record.errors
      .map((e) => {
        if (typeof e !== 'object' || e === null) return undefined;
        // Some Snyk services answer `details` instead of the documented `detail`
        // (REALITY.md §5, as pavel-snyk/snyk-sdk-go coalesces them).
        const { detail, details, title } = e as Record<string, unknown>;
        if (typeof detail === 'string' && detail !== '') return detail;
        if (typeof details === 'string' && details !== '') return details;
        return typeof title === 'string' ? title : undefined;
      })
      .filter((d): d is string => d !== undefined);
    if (details.length > 0) result.detail = details.join('; ');
  } else if (typeof record.message === 'string') {
    result.detail = record.message;
  } else if (typeof record.error === 'string') {
    result.detail = record.error;
  }
  if (typeof record.errorRef === 'string') result.errorRef = record.errorRef;
  return result;
}

/** Keeps server-provided text to one readable line. */
export function clip(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The same error with more said (why retrying stopped, or what was being read) and more known
 * (retries, mayHaveApplied). `extra` is appended; `more.prefix` goes in front.
 */
export function extendError(
  error: SnykApiError,
  extra: string,
  more: { mayHaveApplied?: boolean; retries?: number; prefix?: string },
): SnykApiError {
  const { prefix = '', ...known } = more;
  return new SnykApiError(prefix + error.message + extra, {
    code: error.code,
    method: error.method,
    pathTemplate: error.pathTemplate,
    ...(error.status !== undefined && { status: error.status }),
    ...(error.detail !== undefined && { detail: error.detail }),
    ...(error.requestId !== undefined && { requestId: error.requestId }),
    ...(error.cause !== undefined && { cause: error.cause }),
    mayHaveApplied: error.mayHaveApplied,
    retries: error.retries,
    ...known,
  });
}
