// Org memberships (REST): identity (org, user). A role change is one update; unlisted members
// are removed when `prune.orgMembers`. Unknown users are the pending-user kind's business.
import jsonpatch from 'fast-json-patch';
import { labelUser, orgMemberAddress } from '../addresses.ts';
import { emptyResult, type KindModule, orgDependencies, orgTarget, plannableOrgs } from './kind.ts';
import { diffMemberships, labelLiveMembership } from './members.ts';

export const orgMembershipKind: KindModule = {
  kind: 'org_membership',
  phase: { create: 50, update: 50, delete: 60 },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of plannableOrgs(ctx)) {
      const members = binding.desired.members;
      if (members === undefined) continue;
      const address = (label: string) => orgMemberAddress(binding.slug, label);
      const diff = diffMemberships(ctx, {
        roleScope: 'org',
        path: ['orgs', binding.index, 'members'],
        desired: members,
        live: binding.live === undefined ? undefined : (binding.live.members ?? []),
        prune: ctx.desired.prune.orgMembers,
        address,
      });
      result.issues.push(...diff.issues);
      if (ctx.desired.users.unknown === 'error') result.unknownUsers.push(...diff.unknownUsers);
      for (const member of diff.creates) {
        result.changes.push({
          action: 'create',
          kind: 'org_membership',
          address: address(labelUser(member.user)),
          before: null,
          after: { role: member.role.name },
          patch: [],
          dependsOn: orgDependencies(binding),
          target: { ...orgTarget(binding), userId: member.user.id, roleId: member.role.id },
        });
      }
      for (const { member, live } of diff.updates) {
        const before = { role: live.roleName };
        const after = { role: member.role.name };
        result.changes.push({
          action: 'update',
          kind: 'org_membership',
          address: address(labelUser(member.user)),
          before,
          after,
          patch: jsonpatch.compare(before, after),
          dependsOn: [],
          target: {
            ...orgTarget(binding),
            membershipId: live.id,
            userId: live.userId,
            roleId: member.role.id,
          },
        });
      }
      for (const live of diff.deletes) {
        result.changes.push({
          action: 'delete',
          kind: 'org_membership',
          address: address(labelLiveMembership(ctx, live)),
          before: { role: live.roleName },
          after: null,
          patch: [],
          dependsOn: [],
          target: { ...orgTarget(binding), membershipId: live.id, userId: live.userId },
        });
      }
    }
    return result;
  },
};
