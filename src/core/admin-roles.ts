// Which roles administer a scope, for the last-admin rail
// (docs/safety.md#safety-rails-one-decision-for-plan-and-apply). Besides the built-in admin role
// (`Org Admin`, `Group Admin`, `Tenant Admin`), a custom role counts when it is admin-level: by its
// permissions where Snyk lists them (tenant roles: every permission of the built-in admin role),
// else by its name (the word "admin" or "administrator"). A custom role whose name only imitates
// the built-in one's (`ORG ADMIN`) is never trusted as admin: a name chosen to look like the real
// role proves nothing, and the rail must not go quiet for it.
import type { Address } from './addresses.ts';
import type { LiveMembership, Role } from './types.ts';

const ADMIN_WORD = /\b(admin|administrator)\b/i;

/** The ids of the roles of `roles` that administer the scope whose built-in admin role is `builtIn`. */
export function adminRoleIds(roles: readonly Role[], builtIn: string): Set<string> {
  const reference = roles.find((role) => role.name === builtIn);
  return new Set(roles.filter((role) => isAdminLevel(role, builtIn, reference)).map((role) => role.id));
}

function isAdminLevel(role: Role, builtIn: string, reference: Role | undefined): boolean {
  if (role.name === builtIn) return true;
  if (role.name.toLowerCase() === builtIn.toLowerCase()) return false;
  const needed = reference?.permissions;
  if (role.permissions !== undefined && needed !== undefined && needed.length > 0) {
    const held = new Set(role.permissions);
    return needed.every((permission) => held.has(permission));
  }
  return ADMIN_WORD.test(role.name);
}

/** The addresses of the changes that take an admin-level membership of `members` away (or may). */
export function adminLosses(
  changes: readonly { action: string; address: Address; target: object }[],
  members: readonly LiveMembership[] | undefined,
  adminIds: Set<string>,
): string[] {
  const held = new Set((members ?? []).filter((m) => adminIds.has(m.roleId)).map((m) => m.id));
  return changes
    .filter(
      (c) => c.action !== 'create' && 'membershipId' in c.target && held.has(String(c.target.membershipId)),
    )
    .map((c) => c.address.text);
}

export function hasAdmin(members: readonly LiveMembership[] | undefined, adminIds: Set<string>): boolean {
  return (members ?? []).some((m) => adminIds.has(m.roleId));
}
