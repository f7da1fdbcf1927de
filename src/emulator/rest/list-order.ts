// Ordering of membership lists: insertion order by default; `sort_by` + `sort_order` sort on a
// user or role field (ties broken by insertion order, so cursors stay stable).
import type { HandlerContext } from '../request.ts';
import type { EmuMembership, EmuRole } from '../state-types.ts';
import { restFail } from './jsonapi.ts';
import { createdKey, roleOf, userOf } from './serialize.ts';

const FIELDS = ['username', 'user_display_name', 'email', 'login_method', 'role', 'role_name'] as const;

export interface Ordered<T> {
  items: T[];
  key: (item: T) => string;
  descending: boolean;
}

export function orderMemberships<T extends { m: EmuMembership }>(
  ctx: HandlerContext,
  items: T[],
  roles: readonly EmuRole[],
  defaultOrder: 'ASC' | 'DESC' = 'ASC',
): Ordered<T> {
  const sortBy = ctx.req.query.get('sort_by');
  const sortOrder = ctx.req.query.get('sort_order') ?? defaultOrder;
  if (sortOrder !== 'ASC' && sortOrder !== 'DESC') {
    throw restFail(400, `sort_order '${sortOrder}' must be ASC or DESC`, {
      source: { parameter: 'sort_order' },
    });
  }
  if (sortBy === null) {
    const key = (item: T) => createdKey(item.m);
    return { items: [...items].sort((a, b) => (key(a) < key(b) ? -1 : 1)), key, descending: false };
  }
  if (!(FIELDS as readonly string[]).includes(sortBy)) {
    throw restFail(400, `sort_by '${sortBy}' must be one of ${FIELDS.join(', ')}`, {
      source: { parameter: 'sort_by' },
    });
  }
  const field = (m: EmuMembership): string => {
    const user = userOf(ctx.state, m.userId);
    if (sortBy === 'username') return user.username;
    if (sortBy === 'user_display_name') return user.name;
    if (sortBy === 'email') return user.email;
    if (sortBy === 'login_method') return user.loginMethod ?? '';
    return roleOf(roles, m.roleId).name;
  };
  const key = (item: T) => `${field(item.m).toLowerCase()}\u0000${createdKey(item.m)}`;
  const descending = sortOrder === 'DESC';
  const sorted = [...items].sort((a, b) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return descending ? -c : c;
  });
  return { items: sorted, key, descending };
}

/** Applies the documented membership filters (email, user_id, username, role_name). */
export function filterMemberships<T extends { m: EmuMembership }>(
  ctx: HandlerContext,
  items: T[],
  roles: readonly EmuRole[],
): T[] {
  const q = ctx.req.query;
  const email = q.get('email')?.toLowerCase();
  const userId = q.get('user_id');
  const username = q.get('username')?.toLowerCase();
  const roleName = q.get('role_name')?.toLowerCase();
  const name = q.get('name')?.toLowerCase();
  return items.filter(({ m }) => {
    const user = userOf(ctx.state, m.userId);
    if (email !== undefined && user.email.toLowerCase() !== email) return false;
    if (userId !== null && m.userId !== userId) return false;
    if (username !== undefined && user.username.toLowerCase() !== username) return false;
    if (name !== undefined && !user.name.toLowerCase().includes(name)) return false;
    if (roleName !== undefined && roleOf(roles, m.roleId).name.toLowerCase() !== roleName) return false;
    return true;
  });
}
