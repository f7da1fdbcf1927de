// The port the core calls to read and change Snyk: every operation the kinds, the live reader
// and the engine use. src/snyk implements it over HTTP (createSnykClient); tests may script it.
// Declared on the core side so that the core depends on no I/O module (README "Development", layers).

import type {
  IssuedServiceAccount,
  LiveServiceAccount,
  ServiceAccountInput,
  ServiceAccountScope,
} from './service-account-shapes.ts';
import type { RestSettingsEndpoint, SettingsValue } from './settings-endpoint.ts';
import type {
  AuditEvent,
  AuditScope,
  GroupSettings,
  IgnoreSpec,
  ImportJob,
  ImportRequest,
  Json,
  LiveIgnore,
  LiveProject,
  LiveTarget,
  Membership,
  OrgInvite,
  OrgRole,
  OrgSettings,
  PersonFilter,
  ProjectListFilter,
  ProjectPatch,
  Provision,
  RestOrg,
  SelfInfo,
  UserOrgMembership,
} from './snyk-shapes.ts';

export interface SnykClient {
  /** Every HTTP attempt counts as a request. */
  stats(): { requests: number; retries: number; rateLimited: number };
  close(): Promise<void>;
  getSelf(): Promise<SelfInfo>;
  /** All orgs of the group; `onPage` sees each page as it arrives (to start work on it early). */
  listGroupOrgs(groupId: string, onPage?: (orgs: RestOrg[]) => void): Promise<RestOrg[]>;
  /** The group's orgs with exactly this name and/or slug (one filtered read, not the whole list). */
  findGroupOrgs(groupId: string, filter: { name?: string; slug?: string }): Promise<RestOrg[]>;
  getOrg(orgId: string): Promise<RestOrg>;
  /**
   * An org created moments ago (by this run, or at `at`, epoch ms, by an earlier one that did
   * not finish): until a minute after its creation, a 404 naming it means "not visible yet"
   * (REALITY.md §4) and is waited out.
   */
  noteCreatedOrg(orgId: string, at?: number): void;
  updateOrg(orgId: string, attrs: { name: string }): Promise<void>;
  listOrgMemberships(orgId: string): Promise<Membership[]>;
  createOrgMembership(orgId: string, userId: string, roleId: string): Promise<Membership | undefined>;
  updateOrgMembership(orgId: string, membershipId: string, roleId: string): Promise<void>;
  deleteOrgMembership(orgId: string, membershipId: string): Promise<void>;
  /** REST `GET /groups/{id}/org_memberships?user_id=`: one user's org memberships in the group. */
  listGroupUserOrgMemberships(groupId: string, userId: string): Promise<UserOrgMembership[]>;
  listGroupMemberships(groupId: string, filter?: { email?: string; userId?: string }): Promise<Membership[]>;
  createGroupMembership(groupId: string, userId: string, roleId: string): Promise<Membership | undefined>;
  updateGroupMembership(groupId: string, membershipId: string, roleId: string): Promise<void>;
  deleteGroupMembership(groupId: string, membershipId: string, opts?: { cascade?: boolean }): Promise<void>;
  listOrgInvites(orgId: string): Promise<OrgInvite[]>;
  createOrgInvite(orgId: string, email: string, roleId: string): Promise<void>;
  deleteOrgInvite(orgId: string, inviteId: string): Promise<void>;
  /** REST beta `GET /groups/{id}`: the group's name and the tenant that holds it (if said). */
  getGroup(groupId: string): Promise<{ id: string; name: string; tenantId?: string }>;
  getTenant(tenantId: string): Promise<{ id: string; name: string; slug?: string }>;
  updateTenant(tenantId: string, attrs: { name: string }): Promise<void>;
  listTenantMemberships(tenantId: string): Promise<Membership[]>;
  updateTenantMembership(tenantId: string, membershipId: string, roleId: string): Promise<void>;
  deleteTenantMembership(tenantId: string, membershipId: string): Promise<void>;
  listTenantRoles(tenantId: string): Promise<{ id: string; name: string; permissions?: string[] }[]>;
  /**
   * v1 POST /org. Not repeated on an ambiguous failure: see SnykApiError.mayHaveApplied.
   * `onCreated` hears the new id as soon as Snyk answers, before the slug is read back (which
   * may wait out the while a new org is not visible): long enough for a crash to matter.
   */
  createOrg(
    input: { name: string; groupId: string; sourceOrgId?: string },
    onCreated?: (orgId: string) => Promise<void>,
  ): Promise<{
    id: string;
    name: string;
    slug: string;
  }>;
  deleteOrg(orgId: string): Promise<void>;
  getOrgSettings(orgId: string): Promise<OrgSettings>;
  updateOrgSettings(orgId: string, settings: OrgSettings): Promise<void>;
  getGroupSettings(groupId: string): Promise<GroupSettings>;
  updateGroupSettings(groupId: string, settings: GroupSettings): Promise<void>;
  listGroupTags(groupId: string): Promise<{ key: string; value: string }[]>;
  deleteGroupTag(
    groupId: string,
    tag: { key: string; value: string },
    opts?: { force?: boolean },
  ): Promise<void>;
  /** v1 GET /group/{id}/roles: the org roles of the group (publicId → id). */
  listOrgRoles(groupId: string): Promise<OrgRole[]>;
  /** Person-scoped reads (src/snyk/person-operations.ts). The filters may match loosely: pick the exact person. */
  listGroupMembershipsOf(groupId: string, who: PersonFilter): Promise<Membership[]>;
  listTenantMembershipsOf(tenantId: string, who: PersonFilter): Promise<Membership[]>;
  listOrgMembershipsOf(orgId: string, who: PersonFilter): Promise<Membership[]>;
  findGroupOrgsBySlug(groupId: string, slug: string): Promise<RestOrg[]>;
  listProvisions(orgId: string): Promise<Provision[]>;
  provisionUser(orgId: string, email: string, roleId: string): Promise<void>;
  deleteProvision(orgId: string, email: string): Promise<void>;
  /** REST `GET /orgs/{id}/projects` with the filters given; each page goes to `onPage`, nothing is kept. */
  listOrgProjects(
    orgId: string,
    filter: ProjectListFilter,
    onPage: (projects: LiveProject[]) => void,
  ): Promise<void>;
  /** REST `PATCH /orgs/{id}/projects/{id}`. */
  updateProject(orgId: string, projectId: string, attributes: ProjectPatch): Promise<void>;
  /** v1 `PUT /org/{id}/project/{id}/move`: the project goes to `targetOrgId` (its history stays). */
  moveProject(orgId: string, projectId: string, targetOrgId: string): Promise<void>;
  /** v1 `GET /org/{id}/project/{id}/ignores`: every ignore of the project, one per issue and path. */
  listProjectIgnores(orgId: string, projectId: string): Promise<LiveIgnore[]>;
  /** v1 `POST …/ignore/{issueId}`: adds an ignore (Snyk may keep another one beside it). */
  addProjectIgnore(orgId: string, projectId: string, issueId: string, spec: IgnoreSpec): Promise<void>;
  /** v1 `PUT …/ignore/{issueId}`: replaces the issue's ignores with this one. */
  replaceProjectIgnore(orgId: string, projectId: string, issueId: string, spec: IgnoreSpec): Promise<void>;
  /** v1 `DELETE …/ignore/{issueId}`: removes the issue's ignores. */
  deleteProjectIgnore(orgId: string, projectId: string, issueId: string): Promise<void>;
  /** v1 GET /org/{id}/integrations: integration id by type. */
  listIntegrations(orgId: string): Promise<Record<string, string>>;
  /** v1 integration settings, whole (every key Snyk returns). */
  getIntegrationSettings(orgId: string, integrationId: string): Promise<Record<string, Json>>;
  updateIntegrationSettings(
    orgId: string,
    integrationId: string,
    settings: Record<string, Json>,
  ): Promise<void>;
  /**
   * v1 POST /org/{id}/integrations/{id}/clone: copies the integration, credentials included, into
   * another org of the group. The new integration's id, or undefined when Snyk's answer does not
   * name it.
   */
  cloneIntegration(
    orgId: string,
    integrationId: string,
    destinationOrgId: string,
  ): Promise<string | undefined>;
  /** v1 GET /org/{id}/notification-settings: the org's defaults, by event. */
  getNotificationSettings(orgId: string): Promise<Record<string, Json>>;
  updateNotificationSettings(orgId: string, settings: Record<string, Json>): Promise<void>;
  /**
   * A REST settings part of an org or a group, as its declaration says (settings-endpoint.ts):
   * its keys, or null when a part that may not exist (`deletable`) does not.
   */
  readSettings(endpoint: RestSettingsEndpoint, scopeId: string): Promise<SettingsValue | null>;
  writeSettings(endpoint: RestSettingsEndpoint, scopeId: string, value: SettingsValue): Promise<void>;
  deleteSettings(endpoint: RestSettingsEndpoint, scopeId: string): Promise<void>;
  listWebhooks(orgId: string): Promise<{ id: string; url: string }[]>;
  /**
   * v1 POST /org/{id}/webhooks. The secret is sent, never logged nor kept in an error. The
   * created webhook, or undefined when Snyk's answer does not name it.
   */
  createWebhook(orgId: string, url: string, secret: string): Promise<{ id: string; url: string } | undefined>;
  deleteWebhook(orgId: string, webhookId: string): Promise<void>;
  /** REST `GET /orgs/{id}/targets`, every page. */
  listOrgTargets(orgId: string): Promise<LiveTarget[]>;
  /** REST `DELETE /orgs/{id}/targets/{id}` (Snyk deletes the target's projects with it). */
  deleteOrgTarget(orgId: string, targetId: string): Promise<void>;
  /** v1 import of one repository: the id of the job it started (from the `Location` header). */
  importRepository(orgId: string, integrationId: string, request: ImportRequest): Promise<{ jobId: string }>;
  /** v1 `GET .../import/{jobId}`: the job's status and the manifests it imported. */
  getImportJob(orgId: string, integrationId: string, jobId: string): Promise<ImportJob>;
  /** Audit events from `from` (inclusive) to `to` (exclusive), oldest first, every page read. */
  searchAuditLogs(scope: AuditScope, window: { from: string; to: string }): Promise<AuditEvent[]>;
  /** Service accounts (src/snyk/service-account-operations.ts): every body is treated as secret-bearing. */
  listServiceAccounts(scope: ServiceAccountScope): Promise<LiveServiceAccount[]>;
  createServiceAccount(scope: ServiceAccountScope, input: ServiceAccountInput): Promise<IssuedServiceAccount>;
  renameServiceAccount(scope: ServiceAccountScope, accountId: string, name: string): Promise<void>;
  deleteServiceAccount(scope: ServiceAccountScope, accountId: string): Promise<void>;
  /** `POST …/secrets` with mode `replace`: the old client secret stops working. */
  rotateServiceAccountSecret(scope: ServiceAccountScope, accountId: string): Promise<IssuedServiceAccount>;
}
