// Tenant memberships: the API can change or remove them, not create them, so a listed member
// Snyk lacks is a warning. Unlisted members are removed only with `prune.tenantMembers`.
import { labelUser, labelUserRef } from '../addresses.ts';
import { written } from './apply-support.ts';
import { addUsers, withoutUser } from './directory.ts';
import { type ChangeOf, emptyResult, type KindModule, type MissingObject } from './kind.ts';
import { liveRead } from './live-read.ts';
import { diffMemberships } from './members.ts';
import {
  keepKnownMembers,
  MEMBERSHIP_IDS,
  membershipChanges,
  simulateMembership,
} from './membership-kind.ts';
import { Id, target } from './targets.ts';

export function tenantMemberAddress(label: string): string {
  return `tenant.member[${label}]`;
}

const targets = {
  update: target({ tenantId: Id, ...MEMBERSHIP_IDS.update }),
  delete: target({ tenantId: Id, ...MEMBERSHIP_IDS.delete }),
};

type TenantMembershipChange = ChangeOf<'tenant_membership', typeof targets>;

const NOT_CREATABLE = 'TENANT_MEMBER_NOT_CREATABLE';

export const tenantMembershipKind: KindModule<'tenant_membership', typeof targets> = {
  kind: 'tenant_membership',
  noun: { one: 'tenant membership', many: 'tenant memberships' },
  targets,
  phase: { update: 40, delete: 64 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant?.members === undefined) return [];
      return [
        liveRead(
          'tenant.members',
          (client) => client.listTenantMemberships(tenant.id),
          (members, live) => {
            live.tenant = { id: tenant.id, name: '', ...live.tenant, members: members.map(withoutUser) };
            addUsers(live.users, members);
          },
        ),
        liveRead(
          'roles.tenant',
          (client) => client.listTenantRoles(tenant.id),
          (roles, live) => {
            live.roles.tenant = roles;
          },
        ),
      ];
    },
  },
  plan(ctx) {
    const result = emptyResult<TenantMembershipChange>();
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
    result.warnings.push(...diff.warnings);
    if (ctx.desired.users.unknown === 'error') result.unknownUsers.push(...diff.unknownUsers);
    const missing = [
      ...diff.creates.map((member) => labelUser(member.user)),
      ...(ctx.desired.users.unknown === 'error'
        ? []
        : diff.unknown.map(({ spec }) => labelUserRef(spec.user))),
    ];
    for (const label of missing) {
      result.warnings.push({
        code: NOT_CREATABLE,
        message: `${label} is not a member of the tenant, and the API cannot create tenant memberships: add them in the Snyk UI.`,
        address: tenantMemberAddress(label),
      });
    }
    const scope = { kind: 'tenant_membership' as const, target: { tenantId: live.id } };
    result.changes.push(
      ...membershipChanges(
        ctx,
        { ...scope, address: tenantMemberAddress, dependsOn: [] },
        { creates: [], updates: diff.updates, deletes: diff.deletes, expired: diff.expired },
      ).filter((c): c is Exclude<typeof c, { action: 'create' }> => c.action !== 'create'),
    );
    return result;
  },
  apply: {
    update: ({ target: t }, { client }) =>
      written(client.updateTenantMembership(t.tenantId, t.membershipId, t.roleId)),
    delete: ({ target: t }, { client }) => written(client.deleteTenantMembership(t.tenantId, t.membershipId)),
  },
  simulate(live, change) {
    if (live.tenant !== undefined) live.tenant.members = simulateMembership(live.tenant.members, change);
  },
  countLive: (live) => live.tenant?.members?.length ?? 0,
  driftWarnings: [NOT_CREATABLE],
  prepareDrift(desired, _live, resolver) {
    const out: MissingObject[] = [];
    if (desired.tenant?.members !== undefined) {
      desired.tenant.members = keepKnownMembers(desired.tenant.members, desired, resolver, {
        kind: 'tenant_membership',
        address: tenantMemberAddress,
        out,
      });
    }
    return out;
  },
  export(live, draft) {
    const members = draft.members(live.tenant?.members, live.roles.tenant);
    if (draft.model.tenant !== undefined && members !== undefined) draft.model.tenant.members = members;
  },
};
