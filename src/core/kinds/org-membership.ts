// Org memberships (REST): identity (org, user). A role change is one update; unlisted members
// are removed when `prune.orgMembers`. Unknown users are the pending-user kind's business.
import { orgAddress, orgMemberAddress } from '../addresses.ts';
import { adminLosses, adminRoleIds, hasAdmin } from '../admin-roles.ts';
import { matchOrgs } from '../org-match.ts';
import { lastAdminRefusal } from '../refusal.ts';
import type { LiveMembership } from '../types.ts';
import { createOnce, deleteListedInOrg, orgIdOf, written } from './apply-support.ts';
import { addUsers, groupDirectoryRead, orgRolesRead } from './directory.ts';
import { defineKind, type MissingObject, type PlanContext } from './kind.ts';
import { liveRead } from './live-read.ts';
import {
  keepKnownMembers,
  MEMBERSHIP_IDS,
  type MembershipScope,
  membershipReplacements,
  planMemberships,
  simulateMembership,
} from './membership-kind.ts';
import { findOrgOf, orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { type OrgRef, orgScoped } from './targets.ts';

const ORG_ADMIN = 'Org Admin';

const targets = {
  create: orgScoped(MEMBERSHIP_IDS.create),
  update: orgScoped(MEMBERSHIP_IDS.update),
  delete: orgScoped(MEMBERSHIP_IDS.delete),
};

/** The members of each org whose members the file lists (none yet in an org this plan creates). */
function orgScopes(ctx: PlanContext): MembershipScope<'org_membership', OrgRef>[] {
  return plannableOrgs(ctx).flatMap((binding) => {
    const members = binding.desired.members;
    if (members === undefined) return [];
    return [
      {
        kind: 'org_membership',
        target: orgTarget(binding),
        dependsOn: orgDependencies(binding),
        roleScope: 'org',
        path: ['orgs', binding.index, 'members'],
        desired: members,
        live: binding.live === undefined ? undefined : (binding.live.members ?? []),
        prune: ctx.desired.prune.orgMembers,
        address: (label: string) => orgMemberAddress(binding.slug, label),
      },
    ];
  });
}

export const orgMembershipKind = defineKind('org_membership', targets).with({
  noun: { one: 'org membership', many: 'org memberships' },
  phase: { create: 50, update: 50, delete: 60 },
  reads: {
    group: (desired) =>
      desired.orgs.some((o) => o.members !== undefined)
        ? [orgRolesRead(desired), groupDirectoryRead(desired, { managed: false })]
        : [],
    org: (_desired, want, org) =>
      want.members === undefined
        ? []
        : [
            liveRead(
              orgAddress(want.slug).at('members'),
              (client) => client.listOrgMemberships(org.id),
              (members, live, intern) => {
                org.members = members.map(
                  ({ user: _user, ...m }): LiveMembership => ({
                    ...m,
                    userId: intern(m.userId),
                    roleId: intern(m.roleId),
                    roleName: intern(m.roleName),
                  }),
                );
                addUsers(live.users, members);
              },
            ),
          ],
  },
  plan: (ctx) => planMemberships(ctx, orgScopes(ctx)),
  apply: {
    create: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      return createOnce(
        () => client.createOrgMembership(orgId, t.userId, t.roleId),
        async () =>
          (await client.listOrgMemberships(orgId)).some(
            (m) => m.userId === t.userId && m.roleId === t.roleId,
          ),
      );
    },
    update: ({ target: t, address }, { client, ctx }) =>
      written(client.updateOrgMembership(orgIdOf(t, address, ctx), t.membershipId, t.roleId)),
    delete: deleteListedInOrg(
      (t) => t.membershipId,
      (client, orgId, id) => client.deleteOrgMembership(orgId, id),
      (client, orgId) => client.listOrgMemberships(orgId),
    ),
  },
  replaceable: (ctx) => orgScopes(ctx).flatMap((scope) => membershipReplacements(ctx, scope)),
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org !== undefined) org.members = simulateMembership(org.members, change);
  },
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    const managed = new Set(desired.orgs.filter((d) => d.members !== undefined).map((d) => match(d)));
    return live.orgs.reduce((sum, org) => sum + (managed.has(org) ? (org.members?.length ?? 0) : 0), 0);
  },
  rails({ live, after, changes }) {
    const admins = adminRoleIds(live.roles.org, ORG_ADMIN);
    // By slug, so that the refusals read the same whatever order the orgs were read in.
    const bySlug = [...live.orgs].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    // The first org of each id, as a search of the list finds it, without one per org.
    const afterById = new Map<string, (typeof after.orgs)[number]>();
    for (const o of after.orgs) if (!afterById.has(o.id)) afterById.set(o.id, o);
    return bySlug.flatMap((org) => {
      const orgAfter = afterById.get(org.id);
      if (orgAfter === undefined || !hasAdmin(org.members, admins) || hasAdmin(orgAfter.members, admins)) {
        return [];
      }
      const own = changes.filter((c) => 'orgId' in c.target && c.target.orgId === org.id);
      return [lastAdminRefusal(orgAddress(org.slug).text, ORG_ADMIN, adminLosses(own, org.members, admins))];
    });
  },
  prepareDrift(desired, _live, resolver) {
    const out: MissingObject[] = [];
    for (const org of desired.orgs) {
      if (org.members === undefined) continue;
      org.members = keepKnownMembers(org.members, desired, resolver, {
        kind: 'org_membership',
        address: (label) => orgMemberAddress(org.slug, label),
        out,
      });
    }
    return out;
  },
  needs: (change) => (change.action === 'delete' ? [] : [`user:${change.target.userId}`]),
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      const members = draft.members(org.members, live.roles.org);
      if (entry !== undefined && members !== undefined) entry.members = members;
    }
  },
});
