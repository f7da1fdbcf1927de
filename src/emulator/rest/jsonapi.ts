// JSON:API building blocks shared by every REST handler: the error document, and lookups that
// fail with the documented statuses (404 unknown, 403 outside the token user's groups).
import { randomUUID } from 'node:crypto';
import { canSeeGroup, canSeeTenant, findGroup, findOrg, findTenant, type OrgLocation } from '../access.ts';
import { type EmuResponse, type HandlerContext, HttpFailure } from '../request.ts';
import type { EmuGroup, EmuTenant } from '../state-types.ts';

export const JSONAPI = { version: '1.0' } as const;
export const JSONAPI_TYPE = 'application/vnd.api+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export interface ErrorExtra {
  code?: string;
  source?: { pointer?: string; parameter?: string };
}

/** A JSON:API error document (schema ErrorDocument: jsonapi + errors[1..]). */
export function restError(status: number, detail: string, extra: ErrorExtra = {}): EmuResponse {
  const error: Record<string, unknown> = {
    id: randomUUID(),
    status: String(status),
    title: TITLES[status] ?? 'Error',
    detail,
  };
  if (extra.code !== undefined) error.code = extra.code;
  if (extra.source !== undefined) error.source = extra.source;
  return { status, body: { jsonapi: JSONAPI, errors: [error] } };
}

export function restFail(status: number, detail: string, extra: ErrorExtra = {}): HttpFailure {
  return new HttpFailure(restError(status, detail, extra));
}

export function requireGroup(ctx: HandlerContext, groupId: string): EmuGroup {
  const group = findGroup(ctx.state, groupId);
  if (group === undefined) throw restFail(404, `Group ${groupId} not found`, { code: 'entity-not-found' });
  if (!canSeeGroup(group, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to group ${groupId}`, { code: 'forbidden' });
  }
  return group;
}

export function requireOrg(ctx: HandlerContext, orgId: string): OrgLocation {
  const found = findOrg(ctx.state, orgId);
  if (found === undefined) throw restFail(404, `Org ${orgId} not found`, { code: 'entity-not-found' });
  if (!canSeeGroup(found.group, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to org ${orgId}`, { code: 'forbidden' });
  }
  return found;
}

export function requireTenant(ctx: HandlerContext, tenantId: string): EmuTenant {
  const tenant = findTenant(ctx.state, tenantId);
  if (tenant === undefined) throw restFail(404, `Tenant ${tenantId} not found`, { code: 'entity-not-found' });
  if (!canSeeTenant(ctx.state, tenant, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to tenant ${tenantId}`, { code: 'forbidden' });
  }
  return tenant;
}

/** The parsed JSON:API request body's `data` object, or 400 naming what is wrong. */
export function requireData(ctx: HandlerContext): Record<string, unknown> {
  const raw = ctx.req.rawBody;
  if (raw === undefined || raw.trim() === '') throw restFail(400, 'Request body is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw restFail(400, 'Request body is not valid JSON');
  }
  const data = (parsed as { data?: unknown } | null)?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw restFail(400, 'Request body must be a JSON:API document with a `data` object', {
      source: { pointer: '/data' },
    });
  }
  return data as Record<string, unknown>;
}

/** 400 unless the request `data` has the resource type the endpoint takes. */
export function expectType(data: Record<string, unknown>, type: string): void {
  if (data.type !== type) {
    throw restFail(400, `data.type '${String(data.type)}' must be '${type}'`, {
      source: { pointer: '/data/type' },
    });
  }
}

/** 409 when the request `data` names another resource than the path (`what`): JSON:API's rule. */
export function expectPathId(data: Record<string, unknown>, id: string, what: string): void {
  if (data.id !== undefined && data.id !== id) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the ${what} in the path`, {
      source: { pointer: '/data/id' },
    });
  }
}

/** A PATCH's `name` (1 to 60 characters, for orgs and tenants alike), applied when given. */
export function applyName(ctx: HandlerContext, target: { name: string; updatedAt?: string }, name: unknown) {
  if (name === undefined) return;
  if (typeof name !== 'string' || name.length < 1 || name.length > 60) {
    throw restFail(400, 'name must be a string of 1 to 60 characters', {
      source: { pointer: '/data/attributes/name' },
    });
  }
  target.name = name;
  target.updatedAt = ctx.now.toISOString();
}

/** Reads `relationships.<name>.data.id` of a request `data` object. */
export function relationshipId(data: Record<string, unknown>, name: string): string | undefined {
  const rel = (data.relationships as Record<string, { data?: { id?: unknown } }> | undefined)?.[name];
  const id = rel?.data?.id;
  return typeof id === 'string' ? id : undefined;
}

export function requireRelationshipId(data: Record<string, unknown>, name: string): string {
  const id = relationshipId(data, name);
  if (id === undefined) {
    throw restFail(400, `relationships.${name}.data.id is required`, {
      source: { pointer: `/data/relationships/${name}/data/id` },
    });
  }
  return id;
}

export function ok(body: unknown, status = 200): EmuResponse {
  return { status, body };
}

export function single(ctx: HandlerContext, data: unknown, status = 200): EmuResponse {
  return { status, body: { jsonapi: JSONAPI, data, links: { self: selfLink(ctx) } } };
}

/** The request's own path and query relative to the REST base (no '/rest'). */
export function selfLink(ctx: HandlerContext): string {
  const q = ctx.req.query.toString();
  return ctx.req.path.replace(/^\/rest/, '') + (q ? `?${q}` : '');
}
