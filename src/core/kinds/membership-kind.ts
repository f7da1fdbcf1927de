// The one implementation behind the org, group and tenant membership kinds: their targets,
// the changes a membership diff becomes, what applying them does to a live list, the admin
// checks of the lock-out rail, the drift preparation of members whose user Snyk lost, and
// their export. Each kind supplies only where its memberships live and which calls write them.

import type { TProperties } from '@sinclair/typebox';
import { type Address, labelUser, labelUserRef } from '../addresses.ts';
import type { Resolver } from '../resolve.ts';
import type { DesiredState, LiveMembership, MemberSpec, Warning } from '../types.ts';
import { emptyResult, type KindResult, type MissingObject, type PlanContext, updateOf } from './kind.ts';
import { diffMemberships, labelLiveMembership, type MemberScope, type MembershipDiff } from './members.ts';
import { Id, target } from './targets.ts';

/** The ids a membership change carries besides its scope's (`groupId`, the org, `tenantId`). */
export const MEMBERSHIP_IDS = {
  create: { userId: Id, roleId: Id },
  update: { membershipId: Id, userId: Id, roleId: Id },
  delete: { membershipId: Id, userId: Id },
};

/** The targets of the memberships of one group or tenant, whose id `scope` names. */
export function scopedMembershipTargets<P extends TProperties>(scope: P) {
  return {
    create: target({ ...scope, ...MEMBERSHIP_IDS.create }),
    update: target({ ...scope, ...MEMBERSHIP_IDS.update }),
    delete: target({ ...scope, ...MEMBERSHIP_IDS.delete }),
  };
}

/** One list of members the file manages: what its diff needs, and how its changes name it. */
export interface MembershipScope<K extends string, R extends object> extends MemberScope {
  kind: K;
  /** The ids of the scope a change carries (`groupId`, the org, `tenantId`). */
  target: R;
  /** What a create waits for (the org's creation). */
  dependsOn: Address[];
}

/** The changes of one membership diff: a create per new member, an update per role change, a delete per pruned or expired one. */
export function membershipChanges<K extends string, R extends object>(
  ctx: PlanContext,
  scope: MembershipScope<K, R>,
  diff: Pick<MembershipDiff, 'creates' | 'updates' | 'deletes' | 'expired'>,
) {
  const { kind, target } = scope;
  // A membership Snyk answered with only its role's id is named from the role catalogue.
  const roleOf = (live: LiveMembership) =>
    live.roleName || ctx.resolver.roleName(scope.roleScope, live.roleId);
  const creates = diff.creates.map((member) => ({
    action: 'create' as const,
    kind,
    address: scope.address(labelUser(member.user)),
    before: null,
    // `expires` is the file's, not Snyk's (Snyk memberships do not end): shown, never written.
    after: { role: member.role.name, ...expiresOf(member.spec) },
    patch: [],
    dependsOn: scope.dependsOn,
    target: { ...target, userId: member.user.id, roleId: member.role.id },
  }));
  const updates = diff.updates.map(({ member, live }) => ({
    action: 'update' as const,
    kind,
    address: scope.address(labelUser(member.user)),
    ...updateOf({ role: roleOf(live) }, { role: member.role.name }),
    ...(member.spec.expires === undefined
      ? {}
      : { note: `access ends ${member.spec.expires} (expires in the file)` }),
    dependsOn: [],
    target: { ...target, membershipId: live.id, userId: live.userId, roleId: member.role.id },
  }));
  const remove = (live: LiveMembership) => ({
    action: 'delete' as const,
    kind,
    address: scope.address(labelLiveMembership(ctx, live)),
    before: { role: roleOf(live) },
    after: null,
    patch: [],
    dependsOn: [],
    target: { ...target, membershipId: live.id, userId: live.userId },
  });
  const expired = diff.expired.map(({ live, at, note }) => ({
    ...remove(live),
    note,
    expiredAt: at.toISOString(),
  }));
  return [...creates, ...updates, ...diff.deletes.map(remove), ...expired];
}

type MembershipChange<K extends string, R extends object> = ReturnType<
  typeof membershipChanges<K, R>
>[number];

/**
 * A membership kind's plan: each scope's diff becomes its changes, its issues and warnings and
 * (under `users.unknown: error`) its unknown users. `unplanned` words what a diff found that the
 * kind does not plan (a member who is not a Snyk user yet, a membership the API cannot create).
 */
export function planMemberships<K extends string, R extends object>(
  ctx: PlanContext,
  scopes: readonly MembershipScope<K, R>[],
  unplanned: (diff: MembershipDiff, scope: MembershipScope<K, R>) => Warning[] = () => [],
): KindResult<MembershipChange<K, R>> {
  const result = emptyResult<MembershipChange<K, R>>();
  for (const scope of scopes) {
    const diff = diffMemberships(ctx, scope);
    result.issues.push(...diff.issues);
    result.warnings.push(...diff.warnings, ...unplanned(diff, scope));
    if (ctx.desired.users.unknown === 'error') result.unknownUsers.push(...diff.unknownUsers);
    result.changes.push(...membershipChanges(ctx, scope, diff));
  }
  return result;
}

interface MembershipChangeLike {
  action: 'create' | 'update' | 'delete';
  address: Address;
  after: unknown;
  target: { membershipId?: string; userId?: string; roleId?: string };
}

function roleNameOf(change: MembershipChangeLike): string {
  const after = change.after as { role?: unknown } | null;
  return typeof after?.role === 'string' ? after.role : (change.target.roleId ?? '');
}

/** A live membership list after one change (ids of created ones derive from the address). */
export function simulateMembership(
  list: readonly LiveMembership[] | undefined,
  change: MembershipChangeLike,
): LiveMembership[] {
  const members = list ?? [];
  const { membershipId, userId = '', roleId = '' } = change.target;
  switch (change.action) {
    case 'create':
      return [...members, { id: `sim:${change.address}`, userId, roleId, roleName: roleNameOf(change) }];
    case 'update':
      return members.map((m) => (m.id === membershipId ? { ...m, roleId, roleName: roleNameOf(change) } : m));
    case 'delete':
      return members.filter((m) => m.id !== membershipId);
  }
}

/**
 * Drift: a listed member whose user Snyk no longer knows is "removed in Snyk", taken out of
 * the members compared (under users.unknown invite/provision the plan handles them itself).
 */
export function keepKnownMembers(
  members: MemberSpec[],
  desired: DesiredState,
  resolver: Resolver,
  missing: { kind: string; address: (label: string) => Address; out: MissingObject[] },
): MemberSpec[] {
  if (desired.users.unknown !== 'error') return members;
  return members.filter((spec) => {
    if (resolver.findUser(spec.user) !== undefined || resolver.isIgnored({ ref: spec.user })) return true;
    missing.out.push({
      kind: missing.kind,
      address: missing.address(labelUserRef(spec.user)),
      desired: { role: spec.role },
    });
    return false;
  });
}

/**
 * `--replace`: each listed member who has a live membership, offered as a delete and a create
 * of it (the create waits for the delete). The file's role is the one created.
 */
export function membershipReplacements<K extends string, R extends object>(
  ctx: PlanContext,
  scope: MembershipScope<K, R>,
) {
  if (scope.live === undefined) return [];
  // Against no live members, every listed (resolvable, unexpired) member is a create.
  const listed = diffMemberships(ctx, { ...scope, live: [], prune: false });
  const byUser = new Map(scope.live.map((m) => [m.userId, m]));
  return listed.creates.flatMap((resolved) => {
    const current = byUser.get(resolved.user.id);
    if (current === undefined) return [];
    const [create, remove] = membershipChanges(ctx, scope, {
      creates: [resolved],
      updates: [],
      deletes: [current],
      expired: [],
    });
    if (create === undefined || remove === undefined) return [];
    const recreate = { ...create, dependsOn: [...create.dependsOn, create.address] };
    return [{ address: create.address, changes: [remove, recreate] as [typeof remove, typeof recreate] }];
  });
}

function expiresOf(spec: { expires?: string | undefined }): { expires?: string } {
  return spec.expires === undefined ? {} : { expires: spec.expires };
}
