// The audit-log search endpoints (GET /groups/{group_id}/audit_logs/search and
// GET /orgs/{org_id}/audit_logs/search, docs/emulator.md#audit-logs): the spec's filters (from,
// to, user_id, project_id, events, exclude_events), `size` up to 100, `sort_order` (DESC by
// default) and an opaque cursor in `links.next`. Items carry `user_id` only in reality mode
// (`auditUserIds`): the spec's item schema has no actor.
import type { EmuResponse, HandlerContext } from '../request.ts';
import { JSONAPI, requireGroup, requireOrg, restFail } from '../rest/jsonapi.ts';
import type { EmuAuditEvent, EmuGroup } from '../state-types.ts';

const DAY_MS = 86_400_000;
const GROUP_TEMPLATE = '/groups/{group_id}/audit_logs/search';
const ORG_TEMPLATE = '/orgs/{org_id}/audit_logs/search';

function parseTime(query: URLSearchParams, name: 'from' | 'to'): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(ms)) {
    throw restFail(400, `${name} '${raw}' is not an RFC 3339 date-time`, { source: { parameter: name } });
  }
  return ms;
}

function parseSize(query: URLSearchParams): number {
  const raw = query.get('size');
  if (raw === null) return 100;
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < 1 || size > 100) {
    throw restFail(400, `size '${raw}' must be from 1 to 100`, { source: { parameter: 'size' } });
  }
  return size;
}

/** `events=a&events=b` or `events=a,b`: both forms clients send for an array parameter. */
function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const values = query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .filter((v) => v !== '');
  return values.length === 0 ? undefined : values;
}

function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ s: seq })).toString('base64url');
}

function decodeCursor(raw: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { s?: unknown };
    if (typeof parsed.s === 'number') return parsed.s;
  } catch {}
  throw restFail(400, `cursor '${raw}' is not a valid cursor`, { source: { parameter: 'cursor' } });
}

function checkAvailable(group: EmuGroup): void {
  if (group.auditLogs === false) {
    throw restFail(403, 'Audit logs are available on the Enterprise plan only', { code: 'forbidden' });
  }
}

function search(ctx: HandlerContext, scoped: (e: EmuAuditEvent) => boolean): EmuResponse {
  const query = ctx.req.query;
  const events = listParam(query, 'events');
  const excluded = listParam(query, 'exclude_events');
  if (events !== undefined && excluded !== undefined) {
    throw restFail(400, 'events and exclude_events cannot be used together', {
      source: { parameter: 'exclude_events' },
    });
  }
  const startOfYesterday = Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const from = parseTime(query, 'from') ?? startOfYesterday;
  const to = parseTime(query, 'to') ?? Number.POSITIVE_INFINITY;
  const size = parseSize(query);
  const ascending = (query.get('sort_order') ?? 'DESC').toUpperCase() === 'ASC';
  const userId = query.get('user_id');
  const projectId = query.get('project_id');
  const cursor = query.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor);
  const matching = (ctx.state.auditLog ?? []).filter((e) => {
    const at = Date.parse(e.created);
    return (
      scoped(e) &&
      at >= from &&
      at < to &&
      (userId === null || e.userId === userId) &&
      (projectId === null || e.project_id === projectId) &&
      (events === undefined || events.includes(e.event)) &&
      (excluded === undefined || !excluded.includes(e.event))
    );
  });
  const ordered = ascending ? matching : [...matching].reverse();
  const start =
    after === undefined ? 0 : ordered.findIndex((e) => (ascending ? e.seq > after : e.seq < after));
  const page = start === -1 ? [] : ordered.slice(start, start + size);
  const last = page[page.length - 1];
  const more = start !== -1 && start + size < ordered.length;
  // REALITY §26: the real links are '/rest/…' paths (the lists' link forms do not reach this body).
  const template = ctx.req.path.includes('/groups/') ? GROUP_TEMPLATE : ORG_TEMPLATE;
  const prefix = ctx.reality.linkForms?.endpoints[template] === 'rest' ? '/rest' : '';
  const base = prefix + ctx.req.path.replace(/^\/rest/, '');
  const links: Record<string, string> = { self: `${base}?${query.toString()}` };
  if (more && last !== undefined) {
    const next = new URLSearchParams(query);
    next.set('cursor', encodeCursor(last.seq));
    links.next = `${base}?${next.toString()}`;
  }
  const items = page.map((e) => itemOf(e, ctx.reality.auditUserIds === true));
  return { status: 200, body: { jsonapi: JSONAPI, data: { items }, links } };
}

function itemOf(e: EmuAuditEvent, withUser: boolean): Record<string, unknown> {
  const item: Record<string, unknown> = { created: e.created, event: e.event };
  if (e.group_id !== undefined) item.group_id = e.group_id;
  if (e.org_id !== undefined) item.org_id = e.org_id;
  if (e.project_id !== undefined) item.project_id = e.project_id;
  if (withUser && e.userId !== undefined) item.user_id = e.userId;
  item.content = e.content;
  return item;
}

export function searchGroupAuditLogs(ctx: HandlerContext): EmuResponse {
  const groupId = ctx.params.group_id ?? '';
  checkAvailable(requireGroup(ctx, groupId));
  return search(ctx, (e) => e.group_id === groupId);
}

export function searchOrgAuditLogs(ctx: HandlerContext): EmuResponse {
  const orgId = ctx.params.org_id ?? '';
  checkAvailable(requireOrg(ctx, orgId).group);
  return search(ctx, (e) => e.org_id === orgId);
}
