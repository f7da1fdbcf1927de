// Shared by the org, group and tenant membership kinds: resolve the listed members and diff
// them with the live memberships by user id (a role change is an update, never delete+create).
import { labelUser } from '../addresses.ts';
import type { PlanIssue } from '../issues.ts';
import type { RoleScope } from '../resolve.ts';
import type { LiveMembership, LiveUser, MemberSpec, Role } from '../types.ts';
import type { PlanContext, UnknownUserRef } from './kind.ts';

export interface ResolvedMember {
  index: number;
  spec: MemberSpec;
  user: LiveUser;
  role: Role;
}

export interface UnresolvedMember {
  index: number;
  spec: MemberSpec;
  role?: Role;
}

export interface MembershipDiff {
  creates: ResolvedMember[];
  updates: { member: ResolvedMember; live: LiveMembership }[];
  deletes: LiveMembership[];
  /** Listed members the live directory does not know (not ignored). */
  unknown: UnresolvedMember[];
  unknownUsers: UnknownUserRef[];
  issues: PlanIssue[];
}

export interface MemberScope {
  roleScope: RoleScope;
  /** Path of the members array in DesiredState. */
  path: (string | number)[];
  desired: readonly MemberSpec[];
  /** Live memberships; undefined when the scope does not exist yet (org created by the plan). */
  live: readonly LiveMembership[] | undefined;
  prune: boolean;
  address: (label: string) => string;
}

export function diffMemberships(ctx: PlanContext, scope: MemberScope): MembershipDiff {
  const { resolver } = ctx;
  const diff: MembershipDiff = {
    creates: [],
    updates: [],
    deletes: [],
    unknown: [],
    unknownUsers: [],
    issues: [],
  };
  const listed = new Map<string, ResolvedMember>();
  scope.desired.forEach((spec, index) => {
    const user = resolver.findUser(spec.user);
    if (resolver.isIgnored({ ref: spec.user, email: user?.email, username: user?.username })) return;
    const path = [...scope.path, index];
    const found = resolver.findRole(scope.roleScope, spec.role);
    if (!found.ok) {
      diff.issues.push({ code: 'UNKNOWN_ROLE', message: found.message, path: [...path, 'role'] });
    }
    if (user === undefined) {
      diff.unknown.push(found.ok ? { index, spec, role: found.role } : { index, spec });
      diff.unknownUsers.push({ ref: spec.user, path: [...path, 'user'] });
      return;
    }
    const previous = listed.get(user.id);
    if (previous !== undefined) {
      diff.issues.push({
        code: 'DUPLICATE_MEMBER',
        message: `'${spec.user}' and '${previous.spec.user}' are the same user (${user.email ?? user.username ?? user.id}), listed twice in ${scope.address('…')}.`,
        path: [...path, 'user'],
      });
      return;
    }
    if (found.ok) listed.set(user.id, { index, spec, user, role: found.role });
  });

  const liveByUser = new Map((scope.live ?? []).map((m) => [m.userId, m]));
  for (const member of listed.values()) {
    const live = liveByUser.get(member.user.id);
    if (live === undefined) diff.creates.push(member);
    else if (live.roleId !== member.role.id) diff.updates.push({ member, live });
  }
  if (scope.prune) {
    for (const live of scope.live ?? []) {
      if (listed.has(live.userId)) continue;
      // A listed member whose role is unknown is still listed: never delete it for a typo.
      if (scope.desired.some((spec) => resolver.findUser(spec.user)?.id === live.userId)) continue;
      const user = resolver.userById(live.userId);
      if (resolver.isIgnored({ email: user?.email, username: user?.username })) continue;
      diff.deletes.push(live);
    }
  }
  return diff;
}

/** The address label of a live membership's user. */
export function labelLiveMembership(ctx: PlanContext, membership: LiveMembership): string {
  const user = ctx.resolver.userById(membership.userId);
  return user === undefined ? membership.userId : labelUser(user);
}
