// The reads that teach the planner who users are and which roles exist: the group's
// memberships (the user directory, and the only source of group role names) and the org
// roles. Several kinds need them; each declares the read and the reader fetches it once.

import { Address, GROUP } from '../addresses.ts';
import type { Membership } from '../port/snyk-shapes.ts';
import type { DesiredState, LiveUser, Role } from '../types.ts';
import { type LiveRead, liveRead } from './live-read.ts';

/** Merges the users of memberships into a directory by id; later reads fill missing fields. */
export function addUsers(directory: Record<string, LiveUser>, memberships: readonly Membership[]): void {
  for (const { user } of memberships) {
    directory[user.id] = { ...user, ...directory[user.id] };
  }
}

/** The distinct roles that memberships name, by id, in first-seen order. */
export function rolesOf(memberships: readonly Membership[]): Role[] {
  const byId = new Map<string, Role>();
  for (const m of memberships) {
    if (!byId.has(m.roleId) && m.roleName !== '') byId.set(m.roleId, { id: m.roleId, name: m.roleName });
  }
  return [...byId.values()];
}

/** A membership as live state keeps it (without the user, which goes to the directory). */
export function withoutUser({ user: _user, ...membership }: Membership) {
  return membership;
}

/**
 * The group's memberships. Managed (`group.members` listed), they are diffed; read only as the
 * directory, they are diffed nowhere and the read is essential: without it no member could be
 * resolved reliably.
 */
export function groupDirectoryRead(desired: DesiredState, options: { managed: boolean }): LiveRead {
  return liveRead(
    GROUP.at('members'),
    (client) => client.listGroupMemberships(desired.group.id),
    (members, live) => {
      if (options.managed) live.group.members = members.map(withoutUser);
      live.roles.group = rolesOf(members);
      addUsers(live.users, members);
    },
    { essential: !options.managed },
  );
}

export function orgRolesRead(desired: DesiredState): LiveRead {
  return liveRead(
    Address.of('roles.org'),
    (client) => client.listOrgRoles(desired.group.id),
    (roles, live) => {
      live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
    },
  );
}
