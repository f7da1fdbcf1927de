// REST org memberships: the org scope of the membership endpoints. Their roles are the group's
// org roles; a role update must not name another membership than the path's.
import { expectPathId, requireOrg } from './jsonapi.ts';
import type { MembershipScope } from './memberships.ts';
import { orgMembership } from './serialize.ts';

export const ORG_MEMBERSHIPS: MembershipScope = {
  name: 'org',
  locate(ctx, orgId) {
    const { group, org } = requireOrg(ctx, orgId);
    return {
      holder: org,
      roles: group.orgRoles,
      roleMissing: (roleId) => `Org role ${roleId} not found in group ${group.id}`,
      serialize: (m) => orgMembership(ctx.state, group, org, m),
    };
  },
  checkUpdate: (data, membership) => expectPathId(data, membership.id, 'membership'),
};
