// The port the core calls to read and change Snyk: every operation the kinds, the live reader
// and the engine use. src/snyk implements it over HTTP (createSnykClient); tests may script it.
// Declared on the core side so that the core depends on no I/O module (README "Development", layers).

import type { RestSettingsEndpoint, SettingsValue } from './settings-endpoint.ts';
import type {
  GroupSettings,
  Json,
  LiveProject,
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
  /** v1 GET /org/{id}/integrations: integration id by type. */
  listIntegrations(orgId: string): Promise<Record<string, string>>;
  /** v1 integration settings, whole (every key Snyk returns). */
  getIntegrationSettings(orgId: string, integrationId: string): Promise<Record<string, Json>>;
  updateIntegrationSettings(
    orgId: string,
    integrationId: string,
    settings: Record<string, Json>,
  ): Promise<void>;
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
}
