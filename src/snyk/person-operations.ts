// Person-scoped reads (contract §4.6): one person's group and tenant memberships through the
// documented user filters, that person's org memberships across the group, and the org of a
// slug. They let `access` answer "where does this person have access" without reading every
// org of the group.
import { collectRest } from './paginate.ts';
import { parseMembership, parseOrg } from './rest-parsers.ts';
import { readObject } from './shape.ts';
import type { Transport } from './transport.ts';
import type { PersonFilter, SnykClient } from './types.ts';

type PersonOperations = Pick<
  SnykClient,
  'listGroupMembershipsOf' | 'listTenantMembershipsOf' | 'findGroupOrgsBySlug'
>;

/** The query of a person filter: `email`, `username` and `user_id` are documented on both lists. */
function personQuery(who: PersonFilter): Record<string, string> {
  if ('userId' in who) return { user_id: who.userId };
  if ('email' in who) return { email: who.email };
  return { username: who.username };
}

/** `relationships.<name>.data`, required (the spec requires org, role and user). */
function _related(relationships: Record<string, unknown>, name: string, path: string) {
  const rel = readObject(relationships[name], `${path}.relationships.${name}`);
  return readObject(rel.data, `${path}.relationships.${name}.data`);
}

export function createPersonOperations(t: Transport): PersonOperations {
  return {
    listGroupMembershipsOf: (groupId, who) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/groups/{group_id}/memberships',
          params: { group_id: groupId },
          query: personQuery(who),
        },
        parseMembership,
      ),

    listTenantMembershipsOf: (tenantId, who) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/tenants/{tenant_id}/memberships',
          params: { tenant_id: tenantId },
          query: personQuery(who),
          beta: true,
        },
        parseMembership,
      ),

    // `slug` is an exact, case-sensitive filter of the group's orgs (ENDPOINTS.md §1.2).
    findGroupOrgsBySlug: (groupId, slug) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/groups/{group_id}/orgs',
          params: { group_id: groupId },
          query: { slug },
        },
        parseOrg,
      ),
  };
}
