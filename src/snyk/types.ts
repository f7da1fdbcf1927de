// The client's public surface: what the rest of the tool codes against.
import type { Dispatcher } from 'undici';
import type { ProjectListFilter } from '../core/project-match.ts';
import type { RestProjectAttributes } from '../core/project-rules.ts';
import type {
  GroupSettings,
  Json,
  LiveMembership,
  LiveProject,
  LiveUser,
  OrgSettings,
} from '../core/types.ts';
import type { RateLimitEvent } from './rate-limit-events.ts';

export type { ProjectListFilter, RateLimitEvent };

/** The attributes `PATCH /orgs/{org_id}/projects/{project_id}` sets; `tags` replaces the whole list. */
export type ProjectPatch = RestProjectAttributes;

export interface SnykClientOptions {
  apiUrl: string;
  restVersion: string;
  auth: { scheme: 'token' | 'bearer'; token: string };
  /** Global bound on requests in flight (default 8). */
  concurrency?: number;
  /** Injected transport (tests); otherwise the client owns a keep-alive Agent. */
  dispatcher?: Dispatcher;
  /** --verbose request log: `GET /rest/orgs/{org_id}/memberships 200 34ms retries=0`. Never the token. */
  log?: (line: string) => void;
  /**
   * Retry bounds. `maxRetries` and the backoff delays apply to 5xx and dropped connections;
   * `maxElapsedMs` bounds the time one request spends retrying from its first failure (429s
   * included: a wait Snyk asks for beyond it ends the run at once); `newOrgGraceMs` is how long
   * after this run created an org a 404 naming it is retried (default 60 s).
   */
  retry?: {
    maxRetries?: number;
    maxElapsedMs?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
    newOrgGraceMs?: number;
  };
  /** Slow-loris protection: deadlines for the response headers and for the whole body. */
  timeouts?: { headersMs?: number; bodyMs?: number };
  /** Bodies larger than this are refused (default 32 MiB). */
  maxBodyBytes?: number;
  /**
   * Proactive pacing when a limit is known: request starts are spread to `perMinute` REST and
   * `v1PerMinute` v1 requests per `windowMs` (default one minute), each API on its own (Snyk
   * counts them apart): never more starts than that in any span of a window.
   */
  rateLimit?: { perMinute?: number; v1PerMinute?: number; windowMs?: number };
  /**
   * Plain `http:` to a host that is not loopback (default false: the token is never sent in
   * clear). Entry points set it from SNYK_GITOPS_ALLOW_INSECURE_HTTP=1, for test rigs.
   */
  allowInsecureHttp?: boolean;
  /**
   * An HTTP proxy (`http://[user:password@]host:port`) that requests are tunnelled through with
   * CONNECT. Entry points take it from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. Never shown.
   */
  proxy?: string;
  /**
   * The caller's run: aborting it stops every queued, waiting and retrying request (they reject
   * with SNYK_CANCELLED) and in-flight reads. The client also stops them itself after an error
   * every request would share (401, a rate-limit wait beyond the retry budget).
   */
  signal?: AbortSignal;
  /**
   * Told of each rate-limit hold of 5 s or more as it starts, and of each window Snyk announces
   * that looks wrong (`1;w=86400`). Every hold Snyk asks for is bounded by `retry.maxElapsedMs`.
   */
  onRateLimit?: (event: RateLimitEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface RestOrg {
  id: string;
  name: string;
  slug: string;
  isPersonal: boolean;
  /** `created_at`, when Snyk says it (the spec makes it optional). */
  createdAt?: string;
}

/** A REST membership (org, group or tenant) with the user it refers to. */
export interface Membership extends LiveMembership {
  user: LiveUser;
}

/** One of a user's org memberships, as the group lists them (with the org's id). */
export interface UserOrgMembership extends Membership {
  orgId: string;
  orgName?: string;
}

export interface SelfInfo {
  id: string;
  type: string;
  name?: string;
  email?: string;
  username?: string;
}

export interface OrgInvite {
  id: string;
  email: string;
  roleId: string;
  isActive: boolean;
}

export interface Provision {
  email: string;
  roleId: string;
}

export interface OrgRole {
  id: string;
  name: string;
  custom?: boolean;
}

/** Who a person-scoped read is about: the documented `user_id`, `email` or `username` filter. */
export type PersonFilter = { userId: string } | { email: string } | { username: string };

/** One org membership of a person, from `GET /groups/{id}/org_memberships?user_id=`. */
export type PersonOrgMembership = UserOrgMembership;

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
  listWebhooks(orgId: string): Promise<{ id: string; url: string }[]>;
  /**
   * v1 POST /org/{id}/webhooks. The secret is sent, never logged nor kept in an error. The
   * created webhook, or undefined when Snyk's answer does not name it.
   */
  createWebhook(orgId: string, url: string, secret: string): Promise<{ id: string; url: string } | undefined>;
  deleteWebhook(orgId: string, webhookId: string): Promise<void>;
}
