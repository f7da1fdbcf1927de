// Tenant memberships: the API can change or remove them, not create them, so a listed member
// Snyk lacks is a warning. Unlisted members are removed only with `prune.tenantMembers`.
import jsonpatch from 'fast-json-patch';
import { labelUser, labelUserRef, tenantMemberAddress } from '../addresses.ts';
import { emptyResult, type KindModule } from './kind.ts';
import { diffMemberships, labelLiveMembership } from './members.ts';

export const tenantMembershipKind: KindModule = {
  kind: 'tenant_membership',
  phase: { update: 40, delete: 64 },
  plan(ctx) {
    const result = emptyResult();
    const members = ctx.desired.tenant?.members;
    const live = ctx.live.tenant;
    if (members === undefined || live === undefined || live.id !== ctx.desired.tenant?.id) return result;
    const diff = diffMemberships(ctx, {
      roleScope: 'tenant',
      path: ['tenant', 'members'],
      desired: members,
      live: live.members ?? [],
      prune: ctx.desired.prune.tenantMembers,
      address: tenantMemberAddress,
    });
    result.issues.push(...diff.issues);
    if (ctx.desired.users.unknown === 'error') result.unknownUsers.push(...diff.unknownUsers);
    const missing = [
      ...diff.creates.map((member) => labelUser(member.user)),
      ...(ctx.desired.users.unknown === 'error'
        ? []
        : diff.unknown.map(({ spec }) => labelUserRef(spec.user))),
    ];
    for (const label of missing) {
      result.warnings.push({
        code: 'TENANT_MEMBER_NOT_CREATABLE',
        message: `${label} is not a member of the tenant, and the API cannot create tenant memberships: add them in the Snyk UI.`,
        address: tenantMemberAddress(label),
      });
    }
    for (const { member, live: membership } of diff.updates) {
      const before = { role: membership.roleName };
      const after = { role: member.role.name };
      result.changes.push({
        action: 'update',
        kind: 'tenant_membership',
        address: tenantMemberAddress(labelUser(member.user)),
        before,
        after,
        patch: jsonpatch.compare(before, after),
        dependsOn: [],
        target: {
          tenantId: live.id,
          membershipId: membership.id,
          userId: membership.userId,
          roleId: member.role.id,
        },
      });
    }
    for (const membership of diff.deletes) {
      result.changes.push({
        action: 'delete',
        kind: 'tenant_membership',
        address: tenantMemberAddress(labelLiveMembership(ctx, membership)),
        before: { role: membership.roleName },
        after: null,
        patch: [],
        dependsOn: [],
        target: { tenantId: live.id, membershipId: membership.id, userId: membership.userId },
      });
    }
    return result;
  },
};
