// The REST (JSON:API) operations: orgs, memberships, invites, tenants, /self.

import {
  GROUP_MEMBERSHIPS,
  membershipEndpoints,
  ORG_MEMBERSHIPS,
  TENANT_MEMBERSHIPS,
} from './membership-endpoints.ts';
import { collectRest, sendParsed } from './paginate.ts';
import {
  parseGroup,
  parseInvite,
  parseNamedResource,
  parseOrg,
  parseSelf,
  parseTenant,
} from './rest-parsers.ts';
import { readObject } from './shape.ts';
import type { Transport } from './transport.ts';
import type { SnykClient } from './types.ts';

type RestOperations = Pick<
  SnykClient,
  | 'getSelf'
  | 'listGroupOrgs'
  | 'getOrg'
  | 'updateOrg'
  | 'listOrgMemberships'
  | 'createOrgMembership'
  | 'updateOrgMembership'
  | 'deleteOrgMembership'
  | 'listGroupMemberships'
  | 'createGroupMembership'
  | 'updateGroupMembership'
  | 'deleteGroupMembership'
  | 'listOrgInvites'
  | 'createOrgInvite'
  | 'deleteOrgInvite'
  | 'getGroup'
  | 'getTenant'
  | 'updateTenant'
  | 'listTenantMemberships'
  | 'updateTenantMembership'
  | 'deleteTenantMembership'
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

function orgOperations(t: Transport): Ops<'getSelf' | 'listGroupOrgs' | 'getOrg' | 'updateOrg'> {
  return {
    getSelf: () =>
      sendParsed(t, { method: 'GET', api: 'rest', template: '/self' }, (body) =>
        parseSelf(readObject(body, 'body').data, 'data'),
      ),

    listGroupOrgs: (groupId, onPage) =>
      collectRest(
        t,
        { method: 'GET', api: 'rest', template: '/groups/{group_id}/orgs', params: { group_id: groupId } },
        parseOrg,
        onPage,
        // A second org with a live slug would bind the file's org to an impostor (issue 18).
        (o) => ({ id: o.id, slug: o.slug }),
      ),

    getOrg: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'rest', template: '/orgs/{org_id}', params: { org_id: orgId } },
        (body) => parseOrg(readObject(body, 'body').data, 'data'),
      ),

    updateOrg: async (orgId, attrs) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: '/orgs/{org_id}',
        params: { org_id: orgId },
        body: { data: { id: orgId, type: 'org', attributes: { name: attrs.name } } },
      });
    },
  };
}

function membershipOperations(
  t: Transport,
): Ops<
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
  | 'deleteTenantMembership'
> {
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
      collectRest(
        t,
        { method: 'GET', api: 'rest', template: '/orgs/{org_id}/invites', params: { org_id: orgId } },
        parseInvite,
        undefined,
        (i) => ({ id: i.id }),
      ),

    createOrgInvite: async (orgId, email, roleId) => {
      await t.send({
        method: 'POST',
        api: 'rest',
        template: '/orgs/{org_id}/invites',
        params: { org_id: orgId },
        body: { data: { type: 'org_invitation', attributes: { email, role: roleId } } },
      });
    },

    deleteOrgInvite: async (orgId, inviteId) => {
      await t.send({
        method: 'DELETE',
        api: 'rest',
        template: '/orgs/{org_id}/invites/{invite_id}',
        params: { org_id: orgId, invite_id: inviteId },
      });
    },
  };
}

function groupAndTenantOperations(
  t: Transport,
): Ops<'getGroup' | 'getTenant' | 'updateTenant' | 'listTenantRoles'> {
  return {
    getGroup: (groupId) =>
      sendParsed(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/groups/{group_id}',
          params: { group_id: groupId },
          beta: true,
        },
        (body) => parseGroup(readObject(body, 'body').data, 'data'),
      ),

    getTenant: (tenantId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'rest', template: '/tenants/{tenant_id}', params: { tenant_id: tenantId } },
        (body) => parseTenant(readObject(body, 'body').data, 'data'),
      ),

    updateTenant: async (tenantId, attrs) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: '/tenants/{tenant_id}',
        params: { tenant_id: tenantId },
        body: { data: { id: tenantId, type: 'tenant', attributes: { name: attrs.name } } },
      });
    },

    listTenantRoles: (tenantId) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/tenants/{tenant_id}/roles',
          params: { tenant_id: tenantId },
          beta: true,
        },
        parseNamedResource,
        undefined,
        (r) => ({ id: r.id }),
      ),
  };
}
