// v1 building blocks: the `{ code, message, error }` error body with its x-error-reference
// header, JSON body parsing, and lookups that fail with 404/403.
import { randomUUID } from 'node:crypto';
import { canSeeGroup, findGroup, findOrg, type OrgLocation } from '../access.ts';
import { type EmuResponse, type HandlerContext, HttpFailure } from '../request.ts';
import type { EmuGroup } from '../state-types.ts';

const ERRORS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
};

export function v1Error(status: number, message: string): EmuResponse {
  const ref = randomUUID();
  return {
    status,
    body: { code: status, message, error: ERRORS[status] ?? 'Error' },
    headers: { 'x-error-reference': ref },
  };
}

export function v1Fail(status: number, message: string): HttpFailure {
  return new HttpFailure(v1Error(status, message));
}

export function json(body: unknown, status = 200): EmuResponse {
  return { status, body };
}

/** The JSON object body of a v1 request, or 400. */
export function bodyOf(ctx: HandlerContext): Record<string, unknown> {
  const raw = ctx.req.rawBody;
  if (raw === undefined || raw.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw v1Fail(400, 'Request body must be a JSON object');
}

export function requireV1Group(ctx: HandlerContext): EmuGroup {
  const id = ctx.params.groupId ?? '';
  const group = findGroup(ctx.state, id);
  if (group === undefined) throw v1Fail(404, `Group ${id} not found`);
  if (!canSeeGroup(group, ctx.user.id)) throw v1Fail(403, `The token's user has no access to group ${id}`);
  return group;
}

export function requireV1Org(ctx: HandlerContext): OrgLocation {
  const id = ctx.params.orgId ?? '';
  const found = findOrg(ctx.state, id);
  if (found === undefined) throw v1Fail(404, `Org ${id} not found`);
  if (!canSeeGroup(found.group, ctx.user.id))
    throw v1Fail(403, `The token's user has no access to org ${id}`);
  return found;
}

/** v1 speaks of org roles by short names for the two built-in roles. */
export function v1RoleName(name: string): string {
  if (name === 'Org Admin') return 'admin';
  if (name === 'Org Collaborator') return 'collaborator';
  return name;
}
