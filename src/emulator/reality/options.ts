// The emulator's "reality" mode: behaviours the real Snyk API shows where it differs from its
// documentation (../shared/snyk-api/REALITY.md), each switchable on its own and all off by
// default. `RealityOptions` is what callers write; `ResolvedReality` is it with defaults filled in.

export type LinkForm = 'relative' | 'rest' | 'absolute';

export interface RealityOptions {
  /** REALITY §1: the 201 of a membership create has the resource at the top level, no `data`. */
  membershipTopLevel?: boolean | { org?: boolean; group?: boolean };
  /**
   * REALITY §2: a group-membership create for a user with any group membership is a 409, and an
   * org-membership create gives a user without one a default group membership (`defaultRole`).
   */
  groupMembershipConflict?: boolean | { defaultMembership?: boolean; defaultRole?: string };
  /** REALITY §3: `POST /v1/org` answers only `{ id, name, created }`. */
  orgCreateMinimal?: boolean;
  /** REALITY §4: an org created through the API is invisible (404, missing from lists) for a while. */
  createdOrgLag?: boolean | { requests?: number; ms?: number };
  /** REALITY §5: REST error objects carry `details` instead of `detail`. */
  errorDetails?: boolean;
  /** REALITY §6: `links` of REST lists come relative, prefixed with '/rest', or absolute, per endpoint. */
  linkForms?: boolean | { endpoints?: Record<string, LinkForm> };
  /** REALITY §7: on the last page `next` equals `self` (selfEndpoints) or points to an empty page. */
  lastPageSelf?: boolean | { selfEndpoints?: string[] };
  /** REALITY §8: structured X-RateLimit-* headers on every response, and a per-second bucket. */
  rateLimitHeaders?: boolean | { perSecond?: number; perHour?: number };
  /** REALITY §9: a 429 has no Retry-After, body `{}`, only X-RateLimit-* (Reset in delta seconds). */
  rateLimitNoRetryAfter?: boolean;
  /** REALITY §10: these v1 endpoints (templates like 'POST /v1/org') answer 410 Gone. */
  v1Gone?: boolean | { endpoints?: string[] };
  /**
   * REALITY §11: integration settings read with the real key names and keys the spec lacks,
   * registry integrations read `{}`, and a PUT keeps the keys it does not send.
   */
  integrationSettingsReal?: boolean;
  /**
   * REALITY §12: an org with a `github`, `github-enterprise` or `bitbucket-cloud` integration
   * also has the `github-cloud-app`, `github-server-app` or `bitbucket-connect-app` one.
   */
  appIntegrations?: boolean;
  /** REALITY §13: a webhook secret under 16 characters is a 400; a create answers without a body. */
  webhookSecretMinimum?: boolean;
  /** REALITY §14: deleting a group tag projects carry is a 403; one already gone is a 422. */
  tagDeleteForbidden?: boolean;
  /** REALITY §15: a notification-settings PUT answers exactly the events sent, without `inherited`. */
  notificationPutEcho?: boolean;
  /** REALITY §16: project tag values may hold `/ . @ :` (and the REST filter's other characters). */
  projectTagValues?: boolean;
  /** REALITY §21: a v1 ignore POST for an issue already ignored adds a second ignore beside it. */
  ignorePostAppends?: boolean;
  /** REALITY §17: an import's `Location` is an absolute v1 URL on another host and prefix. */
  importLocationForms?: boolean;
  /** REALITY §18: an import through the `github` integration with a service-account or OAuth token is a 401. */
  githubImportPersonalOnly?: boolean;
  /** REALITY §19: an import job's projects carry `projectUrl` only, no `projectId`. */
  importLogsProjectUrl?: boolean;
  /** REALITY §20: an import body whose `branch` is empty or absent imports the default branch. */
  importBranchOptional?: boolean;
  /** REALITY §23: a repository is also a `cli` target of the same display name; SCM targets' `url` is null. */
  targetsRealNames?: boolean;
  /** REALITY §26: audit-log items carry the actor's `user_id` (the spec's schema has none). */
  auditUserIds?: boolean;
  /** REALITY §24: a service-account create with a name the scope has already is a 500, not a 409. */
  serviceAccountDuplicate500?: boolean;
  /** REALITY §26: an org's Snyk Code setting reads `{}` (no `sast_enabled`) until it is first set. */
  sastUnsetEmpty?: boolean;
}

export type RealitySwitch = keyof RealityOptions;

/**
 * Every switch, in the order of REALITY.md, and whether it takes settings (`true`) or is only on
 * or off (`false`). A record, so a switch added to `RealityOptions` must be added here too.
 */
const TAKES_SETTINGS = {
  membershipTopLevel: true,
  groupMembershipConflict: true,
  orgCreateMinimal: false,
  createdOrgLag: true,
  errorDetails: false,
  linkForms: true,
  lastPageSelf: true,
  rateLimitHeaders: true,
  rateLimitNoRetryAfter: false,
  v1Gone: true,
  integrationSettingsReal: false,
  appIntegrations: false,
  webhookSecretMinimum: false,
  tagDeleteForbidden: false,
  notificationPutEcho: false,
  projectTagValues: false,
  ignorePostAppends: false,
  importLocationForms: false,
  githubImportPersonalOnly: false,
  importLogsProjectUrl: false,
  importBranchOptional: false,
  targetsRealNames: false,
  auditUserIds: false,
  serviceAccountDuplicate500: false,
  sastUnsetEmpty: false,
} as const satisfies Record<RealitySwitch, boolean>;

type PlainSwitch = {
  [K in RealitySwitch]: (typeof TAKES_SETTINGS)[K] extends false ? K : never;
}[RealitySwitch];

export const REALITY_SWITCHES = Object.keys(TAKES_SETTINGS) as readonly RealitySwitch[];

/** The switches that take no settings: on or off. */
const PLAIN_SWITCHES = REALITY_SWITCHES.filter((s): s is PlainSwitch => !TAKES_SETTINGS[s]);

/** Every switch on, with its defaults. */
export const REALITY_ALL: RealityOptions = Object.freeze(
  Object.fromEntries(REALITY_SWITCHES.map((s) => [s, true])),
) as RealityOptions;

/**
 * The endpoints' link forms (REST templates without '/rest'): `/orgs` and group memberships
 * relative (pysnyk fixtures, tsrobsworld), group orgs with '/rest' (snyk-identity), some absolute.
 */
export const DEFAULT_LINK_FORMS: Readonly<Record<string, LinkForm>> = {
  '/orgs': 'relative',
  '/groups': 'relative',
  '/groups/{group_id}/memberships': 'relative',
  '/tenants': 'relative',
  '/tenants/{tenant_id}/memberships': 'relative',
  '/groups/{group_id}/orgs': 'rest',
  '/groups/{group_id}/org_memberships': 'rest',
  '/tenants/{tenant_id}/roles': 'rest',
  '/orgs/{org_id}/memberships': 'absolute',
  '/orgs/{org_id}/invites': 'absolute',
  '/orgs/{org_id}/projects': 'rest',
  '/groups/{group_id}/audit_logs/search': 'rest',
  '/orgs/{org_id}/audit_logs/search': 'rest',
};

/** Lists whose last page has `next` = `self` (pysnyk #212 on /orgs); the others end with an empty page. */
export const DEFAULT_SELF_ENDPOINTS: readonly string[] = ['/orgs', '/groups/{group_id}/orgs'];

/**
 * The v1 endpoints that have a REST equivalent in the REST spec (2025-11-05), with it:
 * org members → org memberships, org invite → org invites, group members → group memberships.
 */
export const V1_REST_EQUIVALENTS: Readonly<Record<string, string>> = {
  'GET /v1/org/{orgId}/members': 'GET /rest/orgs/{org_id}/memberships',
  'POST /v1/org/{orgId}/invite': 'POST /rest/orgs/{org_id}/invites',
  'GET /v1/group/{groupId}/members':
    'GET /rest/groups/{group_id}/memberships (and /groups/{group_id}/org_memberships)',
};

export type ResolvedReality = { [K in PlainSwitch]?: true } & {
  membershipTopLevel?: { org: boolean; group: boolean };
  groupMembershipConflict?: { defaultMembership: boolean; defaultRole: string };
  createdOrgLag?: { requests: number; ms: number };
  linkForms?: { endpoints: Record<string, LinkForm> };
  lastPageSelf?: { selfEndpoints: string[] };
  rateLimitHeaders?: { perSecond: number; perHour: number };
  v1Gone?: { endpoints: string[] };
};

type Config<K extends RealitySwitch> = Exclude<NonNullable<RealityOptions[K]>, boolean>;

function configOf<K extends RealitySwitch>(options: RealityOptions, key: K): Config<K> | undefined {
  const value = options[key];
  if (value === undefined || value === false) return undefined;
  return (value === true ? {} : value) as Config<K>;
}

/** Fills in each switched-on behaviour's defaults; switches that are off stay absent. */
export function resolveReality(reality: RealityOptions | 'all' | undefined): ResolvedReality {
  const o = reality === 'all' ? REALITY_ALL : (reality ?? {});
  const r: ResolvedReality = {};
  const members = configOf(o, 'membershipTopLevel');
  if (members) r.membershipTopLevel = { org: members.org ?? true, group: members.group ?? true };
  const conflict = configOf(o, 'groupMembershipConflict');
  if (conflict) {
    r.groupMembershipConflict = {
      defaultMembership: conflict.defaultMembership ?? true,
      defaultRole: conflict.defaultRole ?? 'Group Member',
    };
  }
  for (const name of PLAIN_SWITCHES) if (o[name] === true) r[name] = true;
  const lag = configOf(o, 'createdOrgLag');
  if (lag) r.createdOrgLag = { requests: lag.requests ?? (lag.ms === undefined ? 2 : 0), ms: lag.ms ?? 0 };
  const links = configOf(o, 'linkForms');
  if (links) r.linkForms = { endpoints: { ...DEFAULT_LINK_FORMS, ...links.endpoints } };
  const last = configOf(o, 'lastPageSelf');
  if (last) r.lastPageSelf = { selfEndpoints: [...(last.selfEndpoints ?? DEFAULT_SELF_ENDPOINTS)] };
  const rate = configOf(o, 'rateLimitHeaders');
  if (rate) r.rateLimitHeaders = { perSecond: rate.perSecond ?? 160, perHour: rate.perHour ?? 97_200 };
  const gone = configOf(o, 'v1Gone');
  if (gone) r.v1Gone = { endpoints: [...(gone.endpoints ?? Object.keys(V1_REST_EQUIVALENTS))] };
  return r;
}
