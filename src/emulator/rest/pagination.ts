// Cursor pagination of REST lists (ENDPOINTS.md §0): `limit` 10..100 in steps of 10 (default 10),
// opaque `starting_after`/`ending_before` cursors, `links.next` only when more items follow, and
// links relative to the REST base without '/rest'. A cursor holds the sort key of an item, not its
// index, so deleting items while a client pages through them skips nothing else.
import type { HandlerContext } from '../request.ts';
import { restFail } from './jsonapi.ts';

export interface Page<T> {
  items: T[];
  links: Record<string, string>;
}

export function encodeCursor(key: string): string {
  return `v1.${Buffer.from(JSON.stringify({ k: key })).toString('base64url')}`;
}

/** A cursor past every item (reality mode's extra empty last page, REALITY §7). */
export const END_CURSOR = `v1.${Buffer.from(JSON.stringify({ end: true })).toString('base64url')}`;
const END = Symbol('end');

function decodeCursor(cursor: string, parameter: string): string | typeof END {
  if (cursor === END_CURSOR) return END;
  try {
    if (!cursor.startsWith('v1.')) throw new Error('prefix');
    const parsed = JSON.parse(Buffer.from(cursor.slice(3), 'base64url').toString('utf8')) as { k?: unknown };
    if (typeof parsed.k !== 'string') throw new Error('shape');
    return parsed.k;
  } catch {
    throw restFail(400, `${parameter} '${cursor}' is not a valid pagination cursor`, {
      source: { parameter },
    });
  }
}

export function parseLimit(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return 10;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 10 || limit > 100 || limit % 10 !== 0) {
    throw restFail(400, `limit '${raw}' must be a multiple of 10 from 10 to 100`, {
      source: { parameter: 'limit' },
    });
  }
  return limit;
}

/** Pages `items` (already in list order, `key` strictly increasing along it, or decreasing when `descending`). */
export function paginate<T>(
  ctx: HandlerContext,
  items: readonly T[],
  key: (item: T) => string,
  descending = false,
): Page<T> {
  const beyond = (item: T, k: string): boolean => (descending ? key(item) < k : key(item) > k);
  const query = ctx.req.query;
  const limit = parseLimit(query);
  const after = query.get('starting_after');
  const before = query.get('ending_before');
  if (after !== null && before !== null) {
    throw restFail(400, 'starting_after and ending_before cannot be used together', {
      source: { parameter: 'ending_before' },
    });
  }
  let start = 0;
  let end = items.length;
  if (after !== null) {
    const k = decodeCursor(after, 'starting_after');
    start = k === END ? -1 : items.findIndex((item) => beyond(item, k));
    if (start === -1) start = items.length;
  } else if (before !== null) {
    const k = decodeCursor(before, 'ending_before');
    const firstNotBefore = k === END ? -1 : items.findIndex((item) => beyond(item, k) || key(item) === k);
    end = firstNotBefore === -1 ? items.length : firstNotBefore;
    start = Math.max(0, end - limit);
  }
  end = Math.min(end, start + limit);
  const page = items.slice(start, end);
  const base = ctx.req.path.replace(/^\/rest/, '');
  const link = (cursor?: [string, string]): string => {
    const q = new URLSearchParams(query);
    q.delete('starting_after');
    q.delete('ending_before');
    q.set('limit', String(limit));
    if (cursor !== undefined) q.set(cursor[0], cursor[1]);
    return `${base}?${q.toString()}`;
  };
  const selfQuery = query.toString();
  const links: Record<string, string> = { self: selfQuery ? `${base}?${selfQuery}` : base, first: link() };
  const last = page[page.length - 1];
  const first = page[0];
  if (last !== undefined && end < items.length)
    links.next = link(['starting_after', encodeCursor(key(last))]);
  if (first !== undefined && start > 0) links.prev = link(['ending_before', encodeCursor(key(first))]);
  return { items: page, links };
}
