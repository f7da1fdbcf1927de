// What memberships teach about users and roles: a directory of users by id, and the group
// roles (no endpoint lists them, so they are learned from group memberships' role data).
import type { LiveUser, Role } from '../core/types.ts';
import type { Membership } from '../snyk/index.ts';

/** Merges the users of memberships into a directory by id; later reads fill missing fields. */
export function addUsers(directory: Record<string, LiveUser>, memberships: readonly Membership[]): void {
  for (const { user } of memberships) {
    directory[user.id] = { ...user, ...directory[user.id] };
  }
}

/** The distinct roles that memberships refer to, by id, in first-seen order. */
export function rolesOf(memberships: readonly Membership[]): Role[] {
  const byId = new Map<string, Role>();
  for (const m of memberships) {
    if (!byId.has(m.roleId)) byId.set(m.roleId, { id: m.roleId, name: m.roleName });
  }
  return [...byId.values()];
}
