// Group memberships (REST): identity (group, user). A role change is one update; unlisted
// members are removed when `prune.groupMembers`. An unknown user (with `users.unknown` set to
// invite or provision) becomes a member when they first log in: a warning, not a change.
import jsonpatch from 'fast-json-patch';
import { groupMemberAddress, labelUser, labelUserRef } from '../addresses.ts';
import { emptyResult, type KindModule } from './kind.ts';
import { diffMemberships, labelLiveMembership } from './members.ts';

export const groupMembershipKind: KindModule = {
  kind: 'group_membership',
  phase: { create: 40, update: 40, delete: 62 },
  plan(ctx) {
    const result = emptyResult();
    const members = ctx.desired.group.members;
    if (members === undefined) return result;
    const groupId = ctx.desired.group.id;
    const diff = diffMemberships(ctx, {
      roleScope: 'group',
      path: ['group', 'members'],
      desired: members,
      live: ctx.live.group.members ?? [],
      prune: ctx.desired.prune.groupMembers,
      address: groupMemberAddress,
    });
    result.issues.push(...diff.issues);
    if (ctx.desired.users.unknown === 'error') result.unknownUsers.push(...diff.unknownUsers);
    else {
      for (const { spec } of diff.unknown) {
        result.warnings.push({
          code: 'GROUP_MEMBER_PENDING',
          message: `'${spec.user}' is not a Snyk user yet: the group membership converges after their first login.`,
          address: groupMemberAddress(labelUserRef(spec.user)),
        });
      }
    }
    for (const member of diff.creates) {
      result.changes.push({
        action: 'create',
        kind: 'group_membership',
        address: groupMemberAddress(labelUser(member.user)),
        before: null,
        after: { role: member.role.name },
        patch: [],
        dependsOn: [],
        target: { groupId, userId: member.user.id, roleId: member.role.id },
      });
    }
    for (const { member, live } of diff.updates) {
      const before = { role: live.roleName };
      const after = { role: member.role.name };
      result.changes.push({
        action: 'update',
        kind: 'group_membership',
        address: groupMemberAddress(labelUser(member.user)),
        before,
        after,
        patch: jsonpatch.compare(before, after),
        dependsOn: [],
        target: { groupId, membershipId: live.id, userId: live.userId, roleId: member.role.id },
      });
    }
    for (const live of diff.deletes) {
      result.changes.push({
        action: 'delete',
        kind: 'group_membership',
        address: groupMemberAddress(labelLiveMembership(ctx, live)),
        before: { role: live.roleName },
        after: null,
        patch: [],
        dependsOn: [],
        target: { groupId, membershipId: live.id, userId: live.userId },
      });
    }
    return result;
  },
};
