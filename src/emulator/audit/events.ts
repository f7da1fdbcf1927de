// Which audit event a write through the API records, with Snyk's real event names (see
// docs/emulator.md#audit-logs). One table, keyed by method and path: the server asks it once per
// request, before handling (a deleted org must still be placed in its group), and records the
// event when the write succeeded.
import type { EmuRequest } from '../request.ts';
import type { EmulatorState } from '../state-types.ts';

/** An event named before the write, finished once the write succeeded. */
export interface PendingAudit {
  event: string;
  groupId?: string;
  orgId?: string;
  projectId?: string;
}

type Namer = (body: Record<string, unknown>, state: EmulatorState, path: string) => string;
type Rule = [method: string, path: RegExp, name: string | Namer];

const ID = '([^/]+)';

/**
 * The project PATCH says which it edited by the attributes it sends; its tag list replaces the old
 * one, so a list that drops a tag the project has is a removal.
 */
const projectEvent: Namer = (body, state, path) => {
  const data = body.data as { attributes?: Record<string, unknown> } | undefined;
  const tags = data?.attributes?.tags;
  if (!Array.isArray(tags)) return 'org.project.attributes.edit';
  const projectId = PROJECT_PATH.exec(path)?.[1];
  const project = state.groups
    .flatMap((g) => g.orgs.flatMap((o) => o.projects ?? []))
    .find((p) => p.id === projectId);
  const sent = new Set(
    tags.map((t) => JSON.stringify([(t as { key?: unknown }).key, (t as { value?: unknown }).value])),
  );
  const removed = project?.tags.some((t) => !sent.has(JSON.stringify([t.key, t.value]))) === true;
  return removed ? 'org.project.tag.remove' : 'org.project.tag.add';
};

/** v1 org settings: access requests and the ignore policy are separate events in Snyk. */
const orgSettingsEvent: Namer = (body) =>
  body.requestAccess !== undefined && body.ignores === undefined
    ? 'org.request_access_settings.edit'
    : body.ignores !== undefined
      ? 'org.ignore_policy.edit'
      : 'org.settings.edit';

/** Known writes; the first rule that matches names the event. Paths are under /rest or /v1. */
const RULES: readonly Rule[] = [
  ['PATCH', new RegExp(`^/rest/orgs/${ID}$`), 'org.edit'],
  ['POST', new RegExp(`^/rest/orgs/${ID}/memberships$`), 'org.user.add'],
  ['PATCH', new RegExp(`^/rest/orgs/${ID}/memberships/${ID}$`), 'org.user.role.edit'],
  ['DELETE', new RegExp(`^/rest/orgs/${ID}/memberships/${ID}$`), 'org.user.remove'],
  ['PATCH', new RegExp(`^/rest/orgs/${ID}/projects/${ID}$`), projectEvent],
  ['POST', new RegExp(`^/rest/orgs/${ID}/invites$`), 'org.user.invite'],
  ['DELETE', new RegExp(`^/rest/orgs/${ID}/invites/${ID}$`), 'org.user.invite.revoke'],
  ['POST', new RegExp(`^/rest/groups/${ID}/memberships$`), 'group.user.add'],
  ['PATCH', new RegExp(`^/rest/groups/${ID}/memberships/${ID}$`), 'group.user.role.edit'],
  ['DELETE', new RegExp(`^/rest/groups/${ID}/memberships/${ID}$`), 'group.user.remove'],
  ['POST', /^\/v1\/org$/, 'org.create'],
  ['DELETE', new RegExp(`^/v1/org/${ID}$`), 'org.delete'],
  ['PUT', new RegExp(`^/v1/org/${ID}/settings$`), orgSettingsEvent],
  ['POST', new RegExp(`^/v1/org/${ID}/invite$`), 'org.user.invite'],
  ['POST', new RegExp(`^/v1/org/${ID}/provision$`), 'org.user.provision.accept'],
  ['DELETE', new RegExp(`^/v1/org/${ID}/provision$`), 'org.user.provision.delete'],
  ['PUT', new RegExp(`^/v1/org/${ID}/integrations/${ID}/settings$`), 'org.integration.settings.edit'],
  ['PUT', new RegExp(`^/v1/org/${ID}/notification-settings$`), 'org.notification_settings.edit'],
  ['POST', new RegExp(`^/v1/org/${ID}/webhooks$`), 'org.webhook.add'],
  ['DELETE', new RegExp(`^/v1/org/${ID}/webhooks/${ID}$`), 'org.webhook.delete'],
  ['PUT', new RegExp(`^/v1/group/${ID}/settings$`), 'group.settings.edit'],
  ['POST', new RegExp(`^/v1/group/${ID}/tags/delete$`), 'group.tag.delete'],
  ['PATCH', new RegExp(`^/rest/orgs/${ID}/settings/sast$`), 'org.sast_settings.edit'],
  ['POST', new RegExp(`^/v1/org/${ID}/integrations/${ID}/clone$`), 'org.integration.create'],
  ['DELETE', new RegExp(`^/rest/orgs/${ID}/targets/${ID}$`), 'org.target.delete'],
  ['POST', new RegExp(`^/v1/org/${ID}/integrations/${ID}/import$`), 'org.target.create'],
  ['POST', new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), 'org.project.ignore.create'],
  ['PUT', new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), 'org.project.ignore.edit'],
  ['DELETE', new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), 'org.project.ignore.delete'],
  ['POST', new RegExp(`^/rest/orgs/${ID}/service_accounts$`), 'org.service_account.create'],
  ['PATCH', new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}$`), 'org.service_account.edit'],
  ['DELETE', new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}$`), 'org.service_account.delete'],
  ['POST', new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}/secrets$`), 'org.service_account.edit'],
  ['POST', new RegExp(`^/rest/groups/${ID}/service_accounts$`), 'group.service_account.create'],
  ['PATCH', new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}$`), 'group.service_account.edit'],
  ['DELETE', new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}$`), 'group.service_account.delete'],
  ['POST', new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}/secrets$`), 'group.service_account.edit'],
];

/** Writes no rule names still have a scope: the org or group their path is under. */
const ORG_PATH = /^\/(?:rest\/orgs|v1\/org)\/([^/]+)/;
const GROUP_PATH = /^\/(?:rest\/groups|v1\/group)\/([^/]+)/;
const PROJECT_PATH = /\/projects?\/([^/]+)/;

function bodyOf(req: EmuRequest): Record<string, unknown> {
  try {
    const parsed = JSON.parse(req.rawBody ?? '{}') as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function groupOfOrg(state: EmulatorState, orgId: string): string | undefined {
  return state.groups.find((g) => g.orgs.some((o) => o.id === orgId))?.id;
}

/** The event a write would record (undefined for reads and paths under no org or group). */
export function nameAuditEvent(state: EmulatorState, req: EmuRequest): PendingAudit | undefined {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const body = bodyOf(req);
  const rule = RULES.find(([method, path]) => method === req.method && path.test(req.path));
  const orgId = ORG_PATH.exec(req.path)?.[1];
  const groupId = GROUP_PATH.exec(req.path)?.[1];
  const projectId = PROJECT_PATH.exec(req.path)?.[1];
  const fallback = orgId !== undefined ? 'org.edit' : groupId !== undefined ? 'group.edit' : undefined;
  const name =
    rule === undefined ? fallback : typeof rule[2] === 'string' ? rule[2] : rule[2](body, state, req.path);
  if (name === undefined) return undefined;
  const created = name === 'org.create' && typeof body.groupId === 'string' ? body.groupId : undefined;
  const pending: PendingAudit = { event: name };
  const group = groupId ?? created ?? (orgId === undefined ? undefined : groupOfOrg(state, orgId));
  if (group !== undefined) pending.groupId = group;
  if (orgId !== undefined) pending.orgId = orgId;
  if (projectId !== undefined && orgId !== undefined) pending.projectId = projectId;
  return pending;
}
