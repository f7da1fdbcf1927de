// Serves one v1 request: authentication, then the route's handler.

import type { ResolvedReality } from '../reality/options.ts';
import type { EmuRequest, EmuResponse, Handler, HandlerContext } from '../request.ts';
import { matchRoute, type Route, runHandler } from '../request.ts';
import type { EmulatorState, EmuToken } from '../state-types.ts';
import { v1Error } from './common.ts';
import {
  deleteGroupTag,
  getGroupSettings,
  listGroupMembersV1,
  listGroupRoles,
  listGroupTags,
  putGroupSettings,
} from './groups.ts';
import { getImportJob, importTargets } from './imports.ts';
import { cloneIntegration } from './integration-clone.ts';
import { getIntegrationSettings, listIntegrations, putIntegrationSettings } from './integrations.ts';
import { getNotificationSettings, putNotificationSettings } from './notifications.ts';
import { createOrg, deleteOrg, getOrgSettings, inviteV1, listOrgMembersV1, putOrgSettings } from './orgs.ts';
import {
  addProjectIgnore,
  deleteProjectIgnores,
  getProjectIgnore,
  listProjectIgnores,
  moveProject,
  replaceProjectIgnores,
} from './project-estate.ts';
import { deleteProvision, listProvisions, provisionUser } from './provision.ts';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks } from './webhooks.ts';

type V1Handler = (ctx: HandlerContext, apiUrl: string) => EmuResponse;

const route = (method: string, template: string, handler: Handler | V1Handler): Route<V1Handler> => ({
  method,
  template,
  handler,
});

export const V1_ROUTES: readonly Route<V1Handler>[] = [
  route('POST', '/org', createOrg),
  route('DELETE', '/org/{orgId}', deleteOrg),
  route('GET', '/org/{orgId}/settings', getOrgSettings),
  route('PUT', '/org/{orgId}/settings', putOrgSettings),
  route('GET', '/org/{orgId}/members', listOrgMembersV1),
  route('POST', '/org/{orgId}/invite', inviteV1),
  route('POST', '/org/{orgId}/provision', provisionUser),
  route('GET', '/org/{orgId}/provision', listProvisions),
  route('DELETE', '/org/{orgId}/provision', deleteProvision),
  route('GET', '/org/{orgId}/integrations', listIntegrations),
  route('GET', '/org/{orgId}/integrations/{integrationId}/settings', getIntegrationSettings),
  route('PUT', '/org/{orgId}/integrations/{integrationId}/settings', putIntegrationSettings),
  route('POST', '/org/{orgId}/integrations/{integrationId}/clone', cloneIntegration),
  route('POST', '/org/{orgId}/integrations/{integrationId}/import', importTargets),
  route('GET', '/org/{orgId}/integrations/{integrationId}/import/{jobId}', getImportJob),
  route('GET', '/org/{orgId}/notification-settings', getNotificationSettings),
  route('PUT', '/org/{orgId}/notification-settings', putNotificationSettings),
  route('GET', '/org/{orgId}/webhooks', listWebhooks),
  route('POST', '/org/{orgId}/webhooks', createWebhook),
  route('GET', '/org/{orgId}/webhooks/{webhookId}', getWebhook),
  route('DELETE', '/org/{orgId}/webhooks/{webhookId}', deleteWebhook),
  route('PUT', '/org/{orgId}/project/{projectId}/move', moveProject),
  route('GET', '/org/{orgId}/project/{projectId}/ignores', listProjectIgnores),
  route('GET', '/org/{orgId}/project/{projectId}/ignore/{issueId}', getProjectIgnore),
  route('POST', '/org/{orgId}/project/{projectId}/ignore/{issueId}', addProjectIgnore),
  route('PUT', '/org/{orgId}/project/{projectId}/ignore/{issueId}', replaceProjectIgnores),
  route('DELETE', '/org/{orgId}/project/{projectId}/ignore/{issueId}', deleteProjectIgnores),
  route('GET', '/group/{groupId}/settings', getGroupSettings),
  route('PUT', '/group/{groupId}/settings', putGroupSettings),
  route('GET', '/group/{groupId}/tags', listGroupTags),
  route('POST', '/group/{groupId}/tags/delete', deleteGroupTag),
  route('GET', '/group/{groupId}/roles', listGroupRoles),
  route('GET', '/group/{groupId}/members', listGroupMembersV1),
];

export interface V1Deps {
  state: EmulatorState;
  token: EmuToken | undefined;
  now: Date;
  newId: () => string;
  /** The reality switches that are on; none when absent. */
  reality?: ResolvedReality;
  /** The emulator's v1 base URL, for `url` fields. */
  apiUrl: string;
}

export function handleV1(req: EmuRequest, deps: V1Deps): EmuResponse {
  const user =
    deps.token === undefined ? undefined : deps.state.users.find((u) => u.id === deps.token?.userId);
  if (deps.token === undefined || user === undefined) {
    return v1Error(401, 'Invalid auth token provided');
  }
  const path = req.path.replace(/^\/v1/, '') || '/';
  const match = matchRoute(V1_ROUTES, req.method, path);
  if (match === undefined) return v1Error(404, `No endpoint ${req.method} ${path}`);
  const call = { req, params: match.params, token: deps.token, user };
  return runHandler(deps, call, (ctx) => match.route.handler(ctx, deps.apiUrl));
}
