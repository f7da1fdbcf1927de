// The REST (JSON:API) operations: orgs, memberships, invites, tenants, /self.
import { collectRest, sendParsed } from './paginate.ts';
import {
  parseGroup,
  parseInvite,
  parseMembership,
  parseNamedResource,
  parseOrg,
  parseSelf,
  parseTenant,
} from './rest-parsers.ts';
import { readObject } from './shape.ts';
import type { Transport } from './transport.ts';
import type { Membership, SnykClient } from './types.ts';

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

const ORG_MEMBERSHIPS = '/orgs/{org_id}/memberships';
const ORG_MEMBERSHIP = '/orgs/{org_id}/memberships/{membership_id}';
const GROUP_MEMBERSHIPS = '/groups/{group_id}/memberships';
const GROUP_MEMBERSHIP = '/groups/{group_id}/memberships/{membership_id}';
const TENANT_MEMBERSHIP = '/tenants/{tenant_id}/memberships/{membership_id}';

/** A 201 may carry the created membership; an empty body is fine too. */
function optionalMembership(body: unknown): Membership | undefined {
  if (body === undefined) return undefined;
  return parseMembership(readObject(body, 'body').data, 'data');
}

function roleUpdate(kind: string, membershipId: string, roleType: string, roleId: string) {
  return {
    data: {
      id: membershipId,
      type: kind,
      attributes: {},
      relationships: { role: { data: { id: roleId, type: roleType } } },
    },
  };
}

/** The body that creates a membership in an org or a group (ENDPOINTS.md §2.2, §3.1). */
function membershipCreate(scope: 'org' | 'group', scopeId: string, userId: string, roleId: string) {
  return {
    data: {
      type: `${scope}_membership`,
      relationships: {
        [scope]: { data: { id: scopeId, type: scope } },
        role: { data: { id: roleId, type: `${scope}_role` } },
        user: { data: { id: userId, type: 'user' } },
      },
    },
  };
}

export function createRestOperations(t: Transport): RestOperations {
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

    listOrgMemberships: (orgId) =>
      collectRest(
        t,
        { method: 'GET', api: 'rest', template: ORG_MEMBERSHIPS, params: { org_id: orgId } },
        parseMembership,
      ),

    createOrgMembership: (orgId, userId, roleId) =>
      sendParsed(
        t,
        {
          method: 'POST',
          api: 'rest',
          template: ORG_MEMBERSHIPS,
          params: { org_id: orgId },
          body: membershipCreate('org', orgId, userId, roleId),
        },
        optionalMembership,
      ),

    updateOrgMembership: async (orgId, membershipId, roleId) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: ORG_MEMBERSHIP,
        params: { org_id: orgId, membership_id: membershipId },
        body: roleUpdate('org_membership', membershipId, 'org_role', roleId),
      });
    },

    deleteOrgMembership: async (orgId, membershipId) => {
      await t.send({
        method: 'DELETE',
        api: 'rest',
        template: ORG_MEMBERSHIP,
        params: { org_id: orgId, membership_id: membershipId },
      });
    },

    listGroupMemberships: (groupId, filter) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: GROUP_MEMBERSHIPS,
          params: { group_id: groupId },
          query: { email: filter?.email, user_id: filter?.userId },
        },
        parseMembership,
      ),

    createGroupMembership: (groupId, userId, roleId) =>
      sendParsed(
        t,
        {
          method: 'POST',
          api: 'rest',
          template: GROUP_MEMBERSHIPS,
          params: { group_id: groupId },
          body: membershipCreate('group', groupId, userId, roleId),
        },
        optionalMembership,
      ),

    updateGroupMembership: async (groupId, membershipId, roleId) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: GROUP_MEMBERSHIP,
        params: { group_id: groupId, membership_id: membershipId },
        body: roleUpdate('group_membership', membershipId, 'group_role', roleId),
      });
    },

    deleteGroupMembership: async (groupId, membershipId, opts) => {
      await t.send({
        method: 'DELETE',
        api: 'rest',
        template: GROUP_MEMBERSHIP,
        params: { group_id: groupId, membership_id: membershipId },
        query: { cascade: opts?.cascade },
      });
    },

    listOrgInvites: (orgId) =>
      collectRest(
        t,
        { method: 'GET', api: 'rest', template: '/orgs/{org_id}/invites', params: { org_id: orgId } },
        parseInvite,
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

    listTenantMemberships: (tenantId) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/tenants/{tenant_id}/memberships',
          params: { tenant_id: tenantId },
          beta: true,
        },
        parseMembership,
      ),

    updateTenantMembership: async (tenantId, membershipId, roleId) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: TENANT_MEMBERSHIP,
        params: { tenant_id: tenantId, membership_id: membershipId },
        beta: true,
        body: roleUpdate('tenant_membership', membershipId, 'tenant_role', roleId),
      });
    },

    deleteTenantMembership: async (tenantId, membershipId) => {
      await t.send({
        method: 'DELETE',
        api: 'rest',
        template: TENANT_MEMBERSHIP,
        params: { tenant_id: tenantId, membership_id: membershipId },
        beta: true,
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
      ),
  };
}
