// Tenant memberships: the API can change or remove them, not create them, so a listed member
// Snyk lacks is a warning. Unlisted members are removed only with `prune.tenantMembers`.
import { Address, labelUser, labelUserRef, TENANT, tenantMemberAddress } from '../addresses.ts';
import { adminLosses, adminRoleIds, hasAdmin } from '../admin-roles.ts';
import { lastAdminRefusal } from '../refusal.ts';
import { deleteListed, written } from './apply-support.ts';
import { addUsers, withoutUser } from './directory.ts';
import { defineKind, type MissingObject, type PlanContext } from './kind.ts';
import { liveRead } from './live-read.ts';
import {
  keepKnownMembers,
  type MembershipScope,
  planMemberships,
  scopedMembershipTargets,
  simulateMembership,
} from './membership-kind.ts';
import { Id } from './targets.ts';

const TENANT_ADMIN = 'Tenant Admin';

// The API cannot create a tenant membership: the kind has only updates and deletes.
const { update, delete: remove } = scopedMembershipTargets({ tenantId: Id });
const targets = { update, delete: remove };

/** The tenant's members, when the file lists them and the tenant is the group's. */
function tenantScopes(ctx: PlanContext): MembershipScope<'tenant_membership', { tenantId: string }>[] {
  const members = ctx.desired.tenant?.members;
  const live = ctx.live.tenant;
  if (members === undefined || live === undefined || live.id !== ctx.desired.tenant?.id) return [];
  return [
    {
      kind: 'tenant_membership',
      target: { tenantId: live.id },
      dependsOn: [],
      roleScope: 'tenant',
      path: ['tenant', 'members'],
      desired: members,
      live: live.members ?? [],
      prune: ctx.desired.prune.tenantMembers,
      address: tenantMemberAddress,
    },
  ];
}

const NOT_CREATABLE = 'TENANT_MEMBER_NOT_CREATABLE';

export const tenantMembershipKind = defineKind('tenant_membership', targets).with({
  noun: { one: 'tenant membership', many: 'tenant memberships' },
  phase: { update: 40, delete: 64 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant?.members === undefined) return [];
      return [
        liveRead(
          TENANT.at('members'),
          (client) => client.listTenantMemberships(tenant.id),
          (members, live) => {
            live.tenant = { id: tenant.id, name: '', ...live.tenant, members: members.map(withoutUser) };
            addUsers(live.users, members);
          },
        ),
        liveRead(
          Address.of('roles.tenant'),
          (client) => client.listTenantRoles(tenant.id),
          (roles, live) => {
            live.roles.tenant = roles;
          },
        ),
      ];
    },
  },
  plan(ctx) {
    const { changes, ...result } = planMemberships(ctx, tenantScopes(ctx), (diff) =>
      [
        ...diff.creates.map((member) => labelUser(member.user)),
        ...(ctx.desired.users.unknown === 'error'
          ? []
          : diff.unknown.map(({ spec }) => labelUserRef(spec.user))),
      ].map((label) => ({
        code: NOT_CREATABLE,
        message: `${label} is not a member of the tenant, and the API cannot create tenant memberships: add them in the Snyk UI.`,
        address: tenantMemberAddress(label),
      })),
    );
    // The creates the diff finds are the warnings above.
    return { ...result, changes: changes.filter((c) => c.action !== 'create') };
  },
  apply: {
    update: ({ target: t }, { client }) =>
      written(client.updateTenantMembership(t.tenantId, t.membershipId, t.roleId)),
    delete: deleteListed(
      (t) => t.membershipId,
      (client, t) => client.deleteTenantMembership(t.tenantId, t.membershipId),
      (client, t) => client.listTenantMemberships(t.tenantId),
    ),
  },
  simulate(live, change) {
    if (live.tenant !== undefined) live.tenant.members = simulateMembership(live.tenant.members, change);
  },
  countLive: (live) => live.tenant?.members?.length ?? 0,
  rails({ live, after, changes }) {
    const admins = adminRoleIds(live.roles.tenant, TENANT_ADMIN);
    if (!hasAdmin(live.tenant?.members, admins) || hasAdmin(after.tenant?.members, admins)) return [];
    return [lastAdminRefusal('the tenant', TENANT_ADMIN, adminLosses(changes, live.tenant?.members, admins))];
  },
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
});
