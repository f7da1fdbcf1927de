// The REST (JSON:API) operations: orgs, memberships, invites, tenants, /self.

import type { SnykClient } from '../core/port/snyk-client.ts';
import {
  GROUP_MEMBERSHIPS,
  membershipEndpoints,
  ORG_MEMBERSHIPS,
  TENANT_MEMBERSHIPS,
} from './membership-endpoints.ts';
import { collectById, collectRest, requestsOn, sendOnly, sendParsed } from './paginate.ts';
import {
  parseGroup,
  parseInvite,
  parseOrg,
  parseOrgWithAge,
  parseSelf,
  parseTenant,
  parseTenantRole,
} from './rest-parsers.ts';
import { readObject } from './shape.ts';
import type { Transport } from './transport.ts';

/** The membership endpoints of orgs, groups and tenants (tenant memberships are not created). */
type MembershipOperationName =
  | 'listOrgMemberships'
  | 'createOrgMembership'
  | 'updateOrgMembership'
  | 'deleteOrgMembership'
  | 'listGroupMemberships'
  | 'createGroupMembership'
  | 'updateGroupMembership'
  | 'deleteGroupMembership'
  | 'listTenantMemberships'
  | 'updateTenantMembership'
  | 'deleteTenantMembership';

type RestOperations = Pick<
  SnykClient,
  | MembershipOperationName
  | 'getSelf'
  | 'listGroupOrgs'
  | 'findGroupOrgs'
  | 'getOrg'
  | 'noteCreatedOrg'
  | 'updateOrg'
  | 'listOrgInvites'
  | 'createOrgInvite'
  | 'deleteOrgInvite'
  | 'getGroup'
  | 'getTenant'
  | 'updateTenant'
  | 'listTenantRoles'
>;

export function createRestOperations(t: Transport): RestOperations {
  return {
    ...orgOperations(t),
    ...orgInviteOperations(t),
    ...membershipOperations(t),
    ...groupAndTenantOperations(t),
  };
}

type Ops<K extends keyof RestOperations> = Pick<RestOperations, K>;

const rest = requestsOn('rest');

/** Parses a single-resource answer: the resource is its `data`. */
const dataOf =
  <T>(parse: (value: unknown, path: string) => T) =>
  (body: unknown): T =>
    parse(readObject(body, 'body').data, 'data');

function orgOperations(
  t: Transport,
): Ops<'getSelf' | 'listGroupOrgs' | 'findGroupOrgs' | 'getOrg' | 'noteCreatedOrg' | 'updateOrg'> {
  return {
    getSelf: () => sendParsed(t, { method: 'GET', api: 'rest', template: '/self' }, dataOf(parseSelf)),

    listGroupOrgs: (groupId, onPage) =>
      collectRest(
        t,
        { method: 'GET', api: 'rest', template: '/groups/{group_id}/orgs', params: { group_id: groupId } },
        parseOrg,
        onPage,
        // A second org with a live slug would bind the file's org to an impostor (issue 18).
        (o) => ({ id: o.id, slug: o.slug }),
      ),

    findGroupOrgs: async (groupId, filter) => {
      const request = rest('GET', '/groups/{group_id}/orgs', { group_id: groupId }, { query: { ...filter } });
      const orgs = await collectRest(t, request, parseOrgWithAge);
      // Snyk's name filter means "contains, case-insensitive": keep exact matches only.
      return orgs.filter(
        (org) =>
          (filter.name === undefined || org.name === filter.name) &&
          (filter.slug === undefined || org.slug === filter.slug),
      );
    },

    noteCreatedOrg: (orgId, at) => t.noteCreatedOrg(orgId, at),

    getOrg: (orgId) => sendParsed(t, rest('GET', '/orgs/{org_id}', { org_id: orgId }), dataOf(parseOrg)),

    updateOrg: (orgId, attrs) =>
      sendOnly(
        t,
        rest('PATCH', '/orgs/{org_id}', { org_id: orgId }, { body: renameBody(orgId, 'org', attrs.name) }),
      ),
  };
}

function membershipOperations(t: Transport): Ops<MembershipOperationName> {
  const orgs = membershipEndpoints(t, ORG_MEMBERSHIPS);
  const groups = membershipEndpoints(t, GROUP_MEMBERSHIPS);
  const tenants = membershipEndpoints(t, TENANT_MEMBERSHIPS);
  return {
    listOrgMemberships: (orgId) => orgs.list(orgId),
    createOrgMembership: (orgId, userId, roleId) => orgs.create(orgId, userId, roleId),
    updateOrgMembership: (orgId, membershipId, roleId) => orgs.update(orgId, membershipId, roleId),
    deleteOrgMembership: (orgId, membershipId) => orgs.delete(orgId, membershipId),
    listGroupMemberships: (groupId, filter) => groups.list(groupId, filter),
    createGroupMembership: (groupId, userId, roleId) => groups.create(groupId, userId, roleId),
    updateGroupMembership: (groupId, membershipId, roleId) => groups.update(groupId, membershipId, roleId),
    // Never a default: whether child org memberships go too is the caller's decision.
    deleteGroupMembership: (groupId, membershipId, opts) =>
      groups.delete(groupId, membershipId, { cascade: opts?.cascade }),
    listTenantMemberships: (tenantId) => tenants.list(tenantId),
    updateTenantMembership: (tenantId, membershipId, roleId) =>
      tenants.update(tenantId, membershipId, roleId),
    deleteTenantMembership: (tenantId, membershipId) => tenants.delete(tenantId, membershipId),
  };
}

function orgInviteOperations(t: Transport): Ops<'listOrgInvites' | 'createOrgInvite' | 'deleteOrgInvite'> {
  return {
    listOrgInvites: (orgId) =>
      collectById(
        t,
        { method: 'GET', api: 'rest', template: '/orgs/{org_id}/invites', params: { org_id: orgId } },
        parseInvite,
      ),

    createOrgInvite: (orgId, email, roleId) =>
      sendOnly(
        t,
        rest(
          'POST',
          '/orgs/{org_id}/invites',
          { org_id: orgId },
          { body: { data: { type: 'org_invitation', attributes: { email, role: roleId } } } },
        ),
      ),

    deleteOrgInvite: (orgId, inviteId) =>
      sendOnly(
        t,
        rest('DELETE', '/orgs/{org_id}/invites/{invite_id}', { org_id: orgId, invite_id: inviteId }),
      ),
  };
}

function groupAndTenantOperations(
  t: Transport,
): Ops<'getGroup' | 'getTenant' | 'updateTenant' | 'listTenantRoles'> {
  return {
    getGroup: (groupId) =>
      sendParsed(
        t,
        rest('GET', '/groups/{group_id}', { group_id: groupId }, { beta: true }),
        dataOf(parseGroup),
      ),

    getTenant: (tenantId) =>
      sendParsed(t, rest('GET', '/tenants/{tenant_id}', { tenant_id: tenantId }), dataOf(parseTenant)),

    updateTenant: (tenantId, attrs) =>
      sendOnly(
        t,
        rest(
          'PATCH',
          '/tenants/{tenant_id}',
          { tenant_id: tenantId },
          { body: renameBody(tenantId, 'tenant', attrs.name) },
        ),
      ),

    listTenantRoles: (tenantId) =>
      collectById(
        t,
        rest('GET', '/tenants/{tenant_id}/roles', { tenant_id: tenantId }, { beta: true }),
        parseTenantRole,
      ),
  };
}

/** The JSON:API body of a PATCH that renames a resource. */
function renameBody(id: string, type: string, name: string) {
  return { data: { id, type, attributes: { name } } };
}
