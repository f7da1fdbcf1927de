// The REST operations the emulator serves, each with its releases as the official spec lists
// them (x-snyk-api-releases), which drive per-endpoint version resolution.
import { searchGroupAuditLogs, searchOrgAuditLogs } from '../audit/search.ts';
import type { Handler, Route } from '../request.ts';
import { GROUP_MEMBERSHIPS, listGroupUserOrgMemberships } from './group-memberships.ts';
import { createInvite, deleteInvite, getGroup, getSelf, listGroups, listInvites } from './groups.ts';
import { type Holder, type MembershipScope, membershipHandlers } from './memberships.ts';
import { ORG_MEMBERSHIPS } from './org-memberships.ts';
import { getOrg, listGroupOrgs, listOrgs, updateOrg } from './orgs.ts';
import { listOrgProjects, updateOrgProject } from './projects.ts';
import { serviceAccountHandlers } from './service-accounts.ts';
import { settingsRoutes } from './settings.ts';
import { deleteOrgTarget, listOrgTargets } from './targets.ts';
import { getTenant, listTenantRoles, listTenants, TENANT_MEMBERSHIPS, updateTenant } from './tenants.ts';

export interface RestOperation {
  handler: Handler;
  releases: readonly string[];
}

const ORG = ['2022-04-06~experimental', '2022-12-15~beta', '2023-05-29'];
const ORG_LISTS = [...ORG, '2024-02-28'];
const GROUPS = ['2022-01-31~experimental', '2023-01-30~beta'];
const MEMBERSHIPS = ['2024-05-09~experimental', '2024-08-25'];
const MEMBERSHIP_EDITS = ['2024-06-06~experimental', '2024-08-25'];
const PROJECT_EDITS = [
  '2022-12-21~experimental',
  '2023-02-15',
  '2023-08-28',
  '2023-09-11',
  '2023-11-06',
  '2024-05-31',
];
const TENANTS = ['2024-04-11~experimental', '2024-10-15'];
const AUDIT_LOGS = ['2023-09-11', '2024-04-29'];

function op(
  method: string,
  template: string,
  handler: Handler,
  releases: readonly string[],
): Route<RestOperation> {
  return { method, template, handler: { handler, releases } };
}

/** A scope's membership operations, by their releases (no `create`: the API cannot create them). */
function membershipOps<H extends Holder>(
  scope: MembershipScope<H>,
  releases: { list: string[]; create?: string[]; update: string[]; delete: string[] },
): Route<RestOperation>[] {
  const handlers = membershipHandlers(scope);
  const list = `/${scope.name}s/{${scope.name}_id}/memberships`;
  return [
    op('GET', list, handlers.list, releases.list),
    ...(releases.create === undefined ? [] : [op('POST', list, handlers.create, releases.create)]),
    op('PATCH', `${list}/{membership_id}`, handlers.update, releases.update),
    op('DELETE', `${list}/{membership_id}`, handlers.delete, releases.delete),
  ];
}

const SERVICE_ACCOUNTS = ['2023-09-07'];

/** A level's service-account operations (group or org). */
function serviceAccountOps(level: 'group' | 'org'): Route<RestOperation>[] {
  const h = serviceAccountHandlers(level);
  const base = `/${level}s/{${level}_id}/service_accounts`;
  return [
    op('GET', base, h.list, SERVICE_ACCOUNTS),
    op('POST', base, h.create, SERVICE_ACCOUNTS),
    op('GET', `${base}/{serviceaccount_id}`, h.get, SERVICE_ACCOUNTS),
    op('PATCH', `${base}/{serviceaccount_id}`, h.rename, SERVICE_ACCOUNTS),
    op('DELETE', `${base}/{serviceaccount_id}`, h.remove, SERVICE_ACCOUNTS),
    op('POST', `${base}/{serviceaccount_id}/secrets`, h.rotate, SERVICE_ACCOUNTS),
  ];
}

export const REST_ROUTES: readonly Route<RestOperation>[] = [
  op('GET', '/orgs', listOrgs, ORG_LISTS),
  op('GET', '/orgs/{org_id}', getOrg, ORG),
  op('PATCH', '/orgs/{org_id}', updateOrg, ORG_LISTS),
  ...membershipOps(ORG_MEMBERSHIPS, {
    list: MEMBERSHIPS,
    create: MEMBERSHIPS,
    update: MEMBERSHIP_EDITS,
    delete: MEMBERSHIP_EDITS,
  }),
  op('GET', '/orgs/{org_id}/projects', listOrgProjects, [
    '2021-06-04~beta',
    '2022-08-12~experimental',
    ...PROJECT_EDITS,
  ]),
  op('PATCH', '/orgs/{org_id}/projects/{project_id}', updateOrgProject, PROJECT_EDITS),
  op('GET', '/orgs/{org_id}/targets', listOrgTargets, ['2021-08-20~beta', '2024-02-21']),
  op('DELETE', '/orgs/{org_id}/targets/{target_id}', deleteOrgTarget, [
    '2021-09-29~beta',
    '2023-06-23~beta',
    '2024-02-21',
  ]),
  op('GET', '/orgs/{org_id}/invites', listInvites, ['2022-11-14']),
  op('POST', '/orgs/{org_id}/invites', createInvite, ['2022-06-01', '2023-04-28', '2024-06-21']),
  op('DELETE', '/orgs/{org_id}/invites/{invite_id}', deleteInvite, ['2022-11-14']),
  op('GET', '/groups', listGroups, GROUPS),
  op('GET', '/groups/{group_id}', getGroup, [...GROUPS, '2024-04-25~experimental']),
  op('GET', '/groups/{group_id}/orgs', listGroupOrgs, [
    '2023-10-24~experimental',
    '2023-12-14~beta',
    '2024-02-28',
  ]),
  ...membershipOps(GROUP_MEMBERSHIPS, {
    list: MEMBERSHIPS,
    create: MEMBERSHIPS,
    update: MEMBERSHIPS,
    delete: MEMBERSHIPS,
  }),
  op('GET', '/groups/{group_id}/org_memberships', listGroupUserOrgMemberships, ['2024-08-25']),
  op('GET', '/tenants', listTenants, TENANTS),
  op('GET', '/tenants/{tenant_id}', getTenant, TENANTS),
  op('PATCH', '/tenants/{tenant_id}', updateTenant, TENANTS),
  ...membershipOps(TENANT_MEMBERSHIPS, {
    list: ['2024-05-09~experimental', '2024-09-03~beta'],
    update: ['2024-06-09~experimental', '2024-09-03~beta'],
    delete: ['2024-06-04~experimental', '2024-09-03~beta'],
  }),
  op('GET', '/tenants/{tenant_id}/roles', listTenantRoles, ['2024-10-15~beta']),
  op('GET', '/groups/{group_id}/audit_logs/search', searchGroupAuditLogs, AUDIT_LOGS),
  op('GET', '/orgs/{org_id}/audit_logs/search', searchOrgAuditLogs, AUDIT_LOGS),
  ...serviceAccountOps('group'),
  ...serviceAccountOps('org'),
  op('GET', '/self', getSelf, ['2022-03-01~experimental', '2022-09-14~experimental', '2024-04-22']),
  ...settingsRoutes(op),
];
