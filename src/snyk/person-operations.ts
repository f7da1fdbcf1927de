// Person-scoped reads (docs/access.md#one-persons-access): one person's group, tenant and org
// memberships through the documented user filters, that person's org memberships across the
// group (`GET /groups/{group_id}/org_memberships?user_id=…`, one collection instead of one
// membership list per org), and the org of a slug. They let `access` and `--target 'user[…]'`
// answer "where does this person have access" without reading every org of the group.

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { PersonFilter } from '../core/port/snyk-shapes.ts';
import { collectRest, requestsOn } from './paginate.ts';
import { parseMembership, parseOrg, parseUserOrgMembership } from './rest-parsers.ts';
import type { Transport } from './transport.ts';

type PersonOperations = Pick<
  SnykClient,
  | 'listGroupMembershipsOf'
  | 'listTenantMembershipsOf'
  | 'listOrgMembershipsOf'
  | 'listGroupUserOrgMemberships'
  | 'findGroupOrgsBySlug'
>;

const rest = requestsOn('rest');

/** The query of a person filter: `email`, `username` and `user_id` are documented on all three lists. */
function personQuery(who: PersonFilter): Record<string, string> {
  if ('userId' in who) return { user_id: who.userId };
  if ('email' in who) return { email: who.email };
  return { username: who.username };
}

export function createPersonOperations(t: Transport): PersonOperations {
  // The three membership lists differ only in where they are read; the tenant one is beta.
  const membershipsOf = (template: string, params: Record<string, string>, who: PersonFilter, beta?: true) =>
    collectRest(
      t,
      rest('GET', template, params, { query: personQuery(who), ...(beta ? { beta } : {}) }),
      parseMembership,
    );

  return {
    listGroupMembershipsOf: (groupId, who) =>
      membershipsOf('/groups/{group_id}/memberships', { group_id: groupId }, who),

    listTenantMembershipsOf: (tenantId, who) =>
      membershipsOf('/tenants/{tenant_id}/memberships', { tenant_id: tenantId }, who, true),

    // How a person without a group membership is found: in an org the file lists them in.
    listOrgMembershipsOf: (orgId, who) => membershipsOf('/orgs/{org_id}/memberships', { org_id: orgId }, who),

    listGroupUserOrgMemberships: (groupId, userId) =>
      collectRest(
        t,
        rest(
          'GET',
          '/groups/{group_id}/org_memberships',
          { group_id: groupId },
          { query: { user_id: userId } },
        ),
        parseUserOrgMembership,
      ),

    // `slug` is an exact, case-sensitive filter of the group's orgs (ENDPOINTS.md §1.2).
    findGroupOrgsBySlug: (groupId, slug) =>
      collectRest(
        t,
        rest('GET', '/groups/{group_id}/orgs', { group_id: groupId }, { query: { slug } }),
        parseOrg,
      ),
  };
}
