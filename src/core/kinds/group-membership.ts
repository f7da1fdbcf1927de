// Group memberships (REST): identity (group, user). A role change is one update; unlisted
// members are removed when `prune.groupMembers`. An unknown user (with `users.unknown` set to
// invite or provision) becomes a member when they first log in: a warning, not a change.
// The group's memberships are also the directory of its users: someone the file adds to an
// org is usually in the group, though in none of the orgs the file manages (Snyk has no user
// search), so the org kinds read them too.
import { groupMemberAddress, labelUser, labelUserRef } from '../addresses.ts';
import { adminLosses, adminRoleIds, hasAdmin } from '../admin-roles.ts';
import { lastAdminRefusal, lockoutRefusal } from '../refusal.ts';
import { createOnce, deleteListed, written } from './apply-support.ts';
import { groupDirectoryRead } from './directory.ts';
import { defineKind, type MissingObject, type PlanContext } from './kind.ts';
import {
  keepKnownMembers,
  type MembershipScope,
  membershipReplacements,
  planMemberships,
  scopedMembershipTargets,
  simulateMembership,
} from './membership-kind.ts';
import { Id } from './targets.ts';

const GROUP_ADMIN = 'Group Admin';

const targets = scopedMembershipTargets({ groupId: Id });

/** The group's members, when the file lists them. */
function groupScopes(ctx: PlanContext): MembershipScope<'group_membership', { groupId: string }>[] {
  const members = ctx.desired.group.members;
  if (members === undefined) return [];
  return [
    {
      kind: 'group_membership',
      target: { groupId: ctx.desired.group.id },
      dependsOn: [],
      roleScope: 'group',
      path: ['group', 'members'],
      desired: members,
      live: ctx.live.group.members ?? [],
      prune: ctx.desired.prune.groupMembers,
      address: groupMemberAddress,
    },
  ];
}

export const groupMembershipKind = defineKind('group_membership', targets).with({
  noun: { one: 'group membership', many: 'group memberships' },
  phase: { create: 40, update: 40, delete: 62 },
  reads: {
    group: (desired) =>
      desired.group.members === undefined ? [] : [groupDirectoryRead(desired, { managed: true })],
  },
  plan(ctx) {
    return planMemberships(ctx, groupScopes(ctx), (diff) =>
      ctx.desired.users.unknown === 'error'
        ? []
        : diff.unknown.map(({ spec }) => ({
            code: 'GROUP_MEMBER_PENDING',
            message: `'${spec.user}' is not a Snyk user yet: the group membership converges after their first login.`,
            address: groupMemberAddress(labelUserRef(spec.user)),
          })),
    );
  },
  apply: {
    create: ({ target: t }, { client }) =>
      createOnce(
        () => client.createGroupMembership(t.groupId, t.userId, t.roleId),
        async () =>
          (await client.listGroupMemberships(t.groupId, { userId: t.userId })).some(
            (m) => m.roleId === t.roleId,
          ),
      ),
    update: ({ target: t }, { client }) =>
      written(client.updateGroupMembership(t.groupId, t.membershipId, t.roleId)),
    // Never cascade: the org memberships the file keeps are planned on their own.
    delete: deleteListed(
      (t) => t.membershipId,
      (client, t) => client.deleteGroupMembership(t.groupId, t.membershipId, { cascade: false }),
      (client, t) => client.listGroupMemberships(t.groupId, { userId: t.userId }),
    ),
  },
  replaceable: (ctx) => groupScopes(ctx).flatMap((scope) => membershipReplacements(ctx, scope)),
  simulate(live, change) {
    live.group.members = simulateMembership(live.group.members, change);
  },
  countLive: (live) => live.group.members?.length ?? 0,
  rails({ live, after, changes }) {
    const refusals = [];
    const admins = adminRoleIds(live.roles.group, GROUP_ADMIN);
    const isAdmin = (m: { roleId: string } | undefined) => m !== undefined && admins.has(m.roleId);
    const selfBefore = live.group.members?.find((m) => m.userId === live.self.id);
    const selfAfter = after.group.members?.find((m) => m.userId === live.self.id);
    if (isAdmin(selfBefore) && !isAdmin(selfAfter)) {
      const user = live.users[live.self.id];
      const address = groupMemberAddress(user === undefined ? live.self.id : labelUser(user));
      refusals.push(
        lockoutRefusal(
          `Refusing to ${selfAfter === undefined ? 'remove' : 'demote'} the token's own user (${address}) from Group Admin: the token would lose control of the group.`,
          [address.text],
        ),
      );
    }
    if (hasAdmin(live.group.members, admins) && !hasAdmin(after.group.members, admins)) {
      refusals.push(
        lastAdminRefusal('the group', GROUP_ADMIN, adminLosses(changes, live.group.members, admins)),
      );
    }
    return refusals;
  },
  prepareDrift(desired, _live, resolver) {
    const out: MissingObject[] = [];
    if (desired.group.members !== undefined) {
      desired.group.members = keepKnownMembers(desired.group.members, desired, resolver, {
        kind: 'group_membership',
        address: groupMemberAddress,
        out,
      });
    }
    return out;
  },
  provides: (change) => (change.action === 'create' ? [`user:${change.target.userId}`] : []),
  export(live, draft) {
    const members = draft.members(live.group.members, live.roles.group);
    if (members !== undefined) draft.model.group.members = members;
  },
});
