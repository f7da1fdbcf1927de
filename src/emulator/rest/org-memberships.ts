// REST org memberships: the org scope of the membership endpoints. Their roles are the group's
// org roles; a role update must not name another membership than the path's.
import { expectPathId, requireOrg } from './jsonapi.ts';
import type { MembershipScope } from './memberships.ts';

export const ORG_MEMBERSHIPS: MembershipScope = {
  name: 'org',
  locate(ctx, orgId) {
    const { group, org } = requireOrg(ctx, orgId);
    return { holder: org, roles: group.orgRoles, rolesOf: `group ${group.id}` };
  },
  checkUpdate: (data, membership) => expectPathId(data, membership.id, 'membership'),
};
