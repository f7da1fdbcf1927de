// The REST operations the emulator serves, each with its releases as the official spec lists
// them (x-snyk-api-releases), which drive per-endpoint version resolution.
import type { Handler, Route } from '../request.ts';
import {
  createGroupMembership,
  deleteGroupMembership,
  listGroupMemberships,
  listGroupUserOrgMemberships,
  updateGroupMembership,
} from './group-memberships.ts';
import { createInvite, deleteInvite, getGroup, getSelf, listGroups, listInvites } from './groups.ts';
import {
  createOrgMembership,
  deleteOrgMembership,
  listOrgMemberships,
  updateOrgMembership,
} from './org-memberships.ts';
import { getOrg, listGroupOrgs, listOrgs, updateOrg } from './orgs.ts';
import { listOrgProjects, updateOrgProject } from './projects.ts';
import {
  deleteTenantMembership,
  getTenant,
  listTenantMemberships,
  listTenantRoles,
  listTenants,
  updateTenant,
  updateTenantMembership,
} from './tenants.ts';

export interface RestOperation {
  handler: Handler;
  releases: readonly string[];
}

const MEMBERSHIPS = ['2024-05-09~experimental', '2024-08-25'];
const MEMBERSHIP_EDITS = ['2024-06-06~experimental', '2024-08-25'];
const TENANTS = ['2024-04-11~experimental', '2024-10-15'];

function op(
  method: string,
  template: string,
  handler: Handler,
  releases: readonly string[],
): Route<RestOperation> {
  return { method, template, handler: { handler, releases } };
}

export const REST_ROUTES: readonly Route<RestOperation>[] = [
  op('GET', '/orgs', listOrgs, ['2022-04-06~experimental', '2022-12-15~beta', '2023-05-29', '2024-02-28']),
  op('GET', '/orgs/{org_id}', getOrg, ['2022-04-06~experimental', '2022-12-15~beta', '2023-05-29']),
  op('PATCH', '/orgs/{org_id}', updateOrg, [
    '2022-04-06~experimental',
    '2022-12-15~beta',
    '2023-05-29',
    '2024-02-28',
  ]),
  op('GET', '/orgs/{org_id}/memberships', listOrgMemberships, MEMBERSHIPS),
  op('POST', '/orgs/{org_id}/memberships', createOrgMembership, MEMBERSHIPS),
  op('PATCH', '/orgs/{org_id}/memberships/{membership_id}', updateOrgMembership, MEMBERSHIP_EDITS),
  op('DELETE', '/orgs/{org_id}/memberships/{membership_id}', deleteOrgMembership, MEMBERSHIP_EDITS),
  op('GET', '/orgs/{org_id}/projects', listOrgProjects, [
    '2021-06-04~beta',
    '2022-08-12~experimental',
    '2022-12-21~experimental',
    '2023-02-15',
    '2023-08-28',
    '2023-09-11',
    '2023-11-06',
    '2024-05-31',
  ]),
  op('PATCH', '/orgs/{org_id}/projects/{project_id}', updateOrgProject, [
    '2022-12-21~experimental',
    '2023-02-15',
    '2023-08-28',
    '2023-09-11',
    '2023-11-06',
    '2024-05-31',
  ]),
  op('GET', '/orgs/{org_id}/invites', listInvites, ['2022-11-14']),
  op('POST', '/orgs/{org_id}/invites', createInvite, ['2022-06-01', '2023-04-28', '2024-06-21']),
  op('DELETE', '/orgs/{org_id}/invites/{invite_id}', deleteInvite, ['2022-11-14']),
  op('GET', '/groups', listGroups, ['2022-01-31~experimental', '2023-01-30~beta']),
  op('GET', '/groups/{group_id}', getGroup, [
    '2022-01-31~experimental',
    '2023-01-30~beta',
    '2024-04-25~experimental',
  ]),
  op('GET', '/groups/{group_id}/orgs', listGroupOrgs, [
    '2023-10-24~experimental',
    '2023-12-14~beta',
    '2024-02-28',
  ]),
  op('GET', '/groups/{group_id}/memberships', listGroupMemberships, MEMBERSHIPS),
  op('POST', '/groups/{group_id}/memberships', createGroupMembership, MEMBERSHIPS),
  op('PATCH', '/groups/{group_id}/memberships/{membership_id}', updateGroupMembership, MEMBERSHIPS),
  op('DELETE', '/groups/{group_id}/memberships/{membership_id}', deleteGroupMembership, MEMBERSHIPS),
  op('GET', '/groups/{group_id}/org_memberships', listGroupUserOrgMemberships, ['2024-08-25']),
  op('GET', '/tenants', listTenants, TENANTS),
  op('GET', '/tenants/{tenant_id}', getTenant, TENANTS),
  op('PATCH', '/tenants/{tenant_id}', updateTenant, TENANTS),
  op('GET', '/tenants/{tenant_id}/memberships', listTenantMemberships, [
    '2024-05-09~experimental',
    '2024-09-03~beta',
  ]),
  op('PATCH', '/tenants/{tenant_id}/memberships/{membership_id}', updateTenantMembership, [
    '2024-06-09~experimental',
    '2024-09-03~beta',
  ]),
  op('DELETE', '/tenants/{tenant_id}/memberships/{membership_id}', deleteTenantMembership, [
    '2024-06-04~experimental',
    '2024-09-03~beta',
  ]),
  op('GET', '/tenants/{tenant_id}/roles', listTenantRoles, ['2024-10-15~beta']),
  op('GET', '/self', getSelf, ['2022-03-01~experimental', '2022-09-14~experimental', '2024-04-22']),
];
