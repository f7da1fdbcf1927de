// Shared by the org, group and tenant membership kinds: resolve the listed members and diff them
// with the live memberships by user id (a role change is an update, never delete+create). Entries
// that expired (docs/configuration.md#access-that-ends-delegated-team-files-invitations) are not
// desired: their live membership is deleted whatever `prune` says, and they are never created;
// entries about to expire are warnings.
import { type Address, labelUser, labelUserRef } from '../addresses.ts';
import { DEFAULT_EXPIRY_WARNING_DAYS, expiredNote, expiryOf, formatInstant } from '../expiry.ts';
import type { PlanIssue } from '../issues.ts';
import type { RoleScope } from '../resolve.ts';
import { isServiceAccountUser } from '../service-account-users.ts';
import type { LiveMembership, LiveUser, MemberSpec, Role, Warning } from '../types.ts';
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

/** A live membership deleted because the file's entry for its user has expired. */
export interface ExpiredMembership {
  live: LiveMembership;
  at: Date;
  note: string;
}

export interface MembershipDiff {
  creates: ResolvedMember[];
  updates: { member: ResolvedMember; live: LiveMembership }[];
  deletes: LiveMembership[];
  expired: ExpiredMembership[];
  /** Listed members the live directory does not know (not ignored, not expired). */
  unknown: UnresolvedMember[];
  unknownUsers: UnknownUserRef[];
  issues: PlanIssue[];
  /** Entries about to expire, and expired ones that have nothing left to delete. */
  warnings: Warning[];
}

export interface MemberScope {
  roleScope: RoleScope;
  /** Path of the members array in DesiredState. */
  path: (string | number)[];
  desired: readonly MemberSpec[];
  /** Live memberships; undefined when the scope does not exist yet (org created by the plan). */
  live: readonly LiveMembership[] | undefined;
  prune: boolean;
  address: (label: string) => Address;
}

interface ExpiredEntry {
  spec: MemberSpec;
  user: LiveUser | undefined;
  at: Date;
}

export function diffMemberships(ctx: PlanContext, scope: MemberScope): MembershipDiff {
  const { resolver } = ctx;
  const diff: MembershipDiff = {
    creates: [],
    updates: [],
    deletes: [],
    expired: [],
    unknown: [],
    unknownUsers: [],
    issues: [],
    warnings: [],
  };
  const warningDays = ctx.desired.users.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
  const listed = new Map<string, ResolvedMember>();
  const expiredEntries: ExpiredEntry[] = [];
  /** Every user an entry names, whatever becomes of the entry. */
  const named = new Set<string>();
  scope.desired.forEach((spec, index) => {
    const user = resolver.findUser(spec.user);
    if (user !== undefined) named.add(user.id);
    if (resolver.isIgnored({ ref: spec.user, email: user?.email, username: user?.username })) return;
    const expiry = expiryOf(spec, ctx.now, warningDays);
    if (expiry.state === 'expired') {
      expiredEntries.push({ spec, user, at: expiry.at });
      return;
    }
    if (expiry.state === 'expiring') diff.warnings.push(expiringWarning(scope, spec, user, expiry));
    const found = resolver.findRole(scope.roleScope, spec.role);
    if (!found.ok) {
      diff.issues.push({
        code: 'UNKNOWN_ROLE',
        message: found.message,
        path: [...scope.path, index, 'role'],
      });
    }
    if (user === undefined) {
      diff.unknown.push(found.ok ? { index, spec, role: found.role } : { index, spec });
      diff.unknownUsers.push({ ref: spec.user, path: [...scope.path, index, 'user'] });
      return;
    }
    const previous = listed.get(user.id);
    if (previous !== undefined) {
      diff.issues.push({
        code: 'DUPLICATE_MEMBER',
        message: `'${spec.user}' and '${previous.spec.user}' are the same user (${user.email ?? user.username ?? user.id}), listed twice in ${scope.address('…')}.`,
        path: [...scope.path, index, 'user'],
      });
      return;
    }
    if (isServiceAccountUser(ctx.live, user.id)) {
      diff.warnings.push({
        code: 'SERVICE_ACCOUNT_MEMBER',
        message: `'${spec.user}' is a service account: it is managed by its serviceAccounts entry, not as a member of ${scope.address('…')}; this entry is left out.`,
        address: scope.address(labelUserRef(spec.user)),
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
  const ended = planExpired(scope, expiredEntries, liveByUser, listed, diff);
  if (scope.prune) {
    for (const live of scope.live ?? []) {
      if (listed.has(live.userId) || ended.has(live.userId)) continue;
      // A listed member whose role is unknown is still listed: never delete it for a typo.
      if (named.has(live.userId) || isServiceAccountUser(ctx.live, live.userId)) continue;
      const user = resolver.userById(live.userId);
      if (resolver.isIgnored({ email: user?.email, username: user?.username })) continue;
      diff.deletes.push(live);
    }
  }
  return diff;
}

/** Expired entries: a delete of the live membership, or a warning that there is none. */
function planExpired(
  scope: MemberScope,
  entries: readonly ExpiredEntry[],
  liveByUser: ReadonlyMap<string, LiveMembership>,
  listed: ReadonlyMap<string, ResolvedMember>,
  diff: MembershipDiff,
): Set<string> {
  const ended = new Set<string>();
  for (const { spec, user, at } of entries) {
    // The same person listed again without an expired entry keeps the access.
    if (user !== undefined && listed.has(user.id)) continue;
    const live = user === undefined ? undefined : liveByUser.get(user.id);
    if (live !== undefined && !ended.has(live.userId)) {
      ended.add(live.userId);
      diff.expired.push({ live, at, note: expiredNote(spec, at) });
      continue;
    }
    diff.warnings.push({
      code: 'MEMBER_EXPIRED',
      message: `expired at ${formatInstant(at)} (expires: ${spec.expires}): not created; remove the entry from the file.`,
      address: scope.address(user === undefined ? labelUserRef(spec.user) : labelUser(user)),
    });
  }
  return ended;
}

function expiringWarning(
  scope: MemberScope,
  spec: MemberSpec,
  user: LiveUser | undefined,
  expiry: { at: Date; days: number },
): Warning {
  const when = expiry.days === 1 ? 'within a day' : `in ${expiry.days} days`;
  return {
    code: 'MEMBER_EXPIRES_SOON',
    message: `expires ${when}, at ${formatInstant(expiry.at)} (expires: ${spec.expires}); extend the date in the file to keep this access.`,
    address: scope.address(user === undefined ? labelUserRef(spec.user) : labelUser(user)),
  };
}

/** The address label of a live membership's user. */
export function labelLiveMembership(ctx: PlanContext, membership: LiveMembership): string {
  const user = ctx.resolver.userById(membership.userId);
  return user === undefined ? membership.userId : labelUser(user);
}
