// Reshapes a handled response the way the real API answers (REALITY §1, §3, §5, §9). Each
// function is pure: a response in, the response the switch describes out.
import type { EmuResponse } from '../request.ts';
import type { ResolvedReality } from './options.ts';
import { type RateSnapshot, rateHeaders } from './rate-headers.ts';

const ORG_MEMBERSHIPS = '/orgs/{org_id}/memberships';
const GROUP_MEMBERSHIPS = '/groups/{group_id}/memberships';

/** §1: the 201 of a membership create carries the resource itself, not `{ data }`. */
export function liftMembership(
  config: NonNullable<ResolvedReality['membershipTopLevel']>,
  method: string,
  template: string | undefined,
  response: EmuResponse,
): EmuResponse {
  if (method !== 'POST' || response.status !== 201) return response;
  const applies =
    (template === ORG_MEMBERSHIPS && config.org) || (template === GROUP_MEMBERSHIPS && config.group);
  const data = (response.body as { data?: unknown } | undefined)?.data;
  if (!applies || data === undefined) return response;
  return { ...response, body: data };
}

/** §3: `POST /v1/org` answers `{ id, name, created }` only (snyk-api-import's type). */
export function minimalCreatedOrg(response: EmuResponse): EmuResponse {
  if (response.status !== 201) return response;
  const { id, name, created } = (response.body ?? {}) as Record<string, unknown>;
  return { ...response, body: { id, name, created } };
}

/** §5: REST error objects with `details` where the spec says `detail`. */
export function detailsNotDetail(response: EmuResponse): EmuResponse {
  const errors = (response.body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return response;
  const renamed = errors.map((e: Record<string, unknown>) => {
    if (!('detail' in e)) return e;
    const { detail, ...rest } = e;
    return { ...rest, details: detail };
  });
  return { ...response, body: { ...(response.body as object), errors: renamed } };
}

/** §9: a 429 without Retry-After, body `{}`, the wait only in X-RateLimit-Reset (delta seconds). */
export function bareRateLimited(response: EmuResponse, snapshot: RateSnapshot): EmuResponse {
  const headers: Record<string, string> = {};
  let retryAfter: number | undefined;
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (name.toLowerCase() === 'retry-after') retryAfter = Number(value);
    else headers[name] = value;
  }
  return {
    status: 429,
    body: {},
    headers: { ...headers, ...rateHeaders(snapshot, retryAfter ?? snapshot.resetSeconds) },
  };
}
