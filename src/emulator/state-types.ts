// The emulator's whole state, as loaded from and dumped to JSON (`snyk-gitops emulator --state
// snapshot.json`, the control surface, the demo and the tests). Shapes follow Snyk's data model
// as the API documents it, not the client's needs.

import type { JsonWebKey } from 'node:crypto';

export interface EmuUser {
  id: string;
  name: string;
  email: string;
  username: string;
  /** e.g. 'saml', 'google', 'github'. */
  loginMethod?: string;
  /** 'user' | 'service_account' (what /self reports as `type`). */
  type?: 'user' | 'service_account';
}

/** An API token the emulator accepts, and whose it is. */
export interface EmuToken {
  token: string;
  /** The user or service account the token belongs to (/self). */
  userId: string;
  /** Tokens are personal unless said otherwise (provisioning refuses service accounts). */
  kind?: 'personal' | 'service_account' | 'oauth';
  /** An OAuth access token's end (ISO time): refused with 401 from then on. */
  expiresAt?: string;
}

/**
 * An OAuth service account as the token endpoint knows it (POST /oauth2/token): its client id,
 * and its client secret or the public keys (a JWKS) its client assertions are checked against.
 */
export interface EmuOAuthClient {
  clientId: string;
  /** The service account's user: access tokens act as it. */
  userId: string;
  clientSecret?: string;
  jwks?: { keys: JsonWebKey[] };
  /** Life of the access tokens issued (default 3600; tests use 1-2 s). */
  accessTokenTtlSeconds?: number;
}

export interface EmuRole {
  /** The public id used as `role` in REST memberships and `rolePublicId` in v1. */
  id: string;
  name: string;
  description?: string;
  custom?: boolean;
  /** Tenant roles list what they may do. */
  permissions?: string[];
}

export interface EmuMembership {
  id: string;
  userId: string;
  roleId: string;
  createdAt: string;
}

export interface EmuInvite {
  id: string;
  email: string;
  roleId: string;
  isActive: boolean;
}

export interface EmuProvision {
  email: string;
  rolePublicId: string;
  role?: string;
  created: string;
}

export interface EmuOrg {
  id: string;
  name: string;
  slug: string;
  isPersonal?: boolean;
  createdAt: string;
  updatedAt?: string;
  settings: {
    requestAccess: { enabled: boolean };
    ignores: { reasonRequired: boolean; autoApproveIgnores: boolean; approvalWorkflowEnabled: boolean };
  };
  members: EmuMembership[];
  invites: EmuInvite[];
  provisions: EmuProvision[];
  /** Number of projects; an org with projects cannot be deleted (v1 DELETE /org). */
  projectCount?: number;
  /** Configured integrations (v1 `/org/{id}/integrations`); copied to an org created from this one. */
  integrations?: EmuIntegration[];
  /** Org default notification settings by event; absent events are inherited defaults. */
  notifications?: Record<string, EmuNotificationSetting>;
  webhooks?: EmuWebhook[];
  serviceAccounts?: EmuServiceAccount[];
  /** Projects served by REST `/orgs/{id}/projects` (they count as projects for the delete, too). */
  projects?: EmuProject[];
  /** REST settings objects (`/orgs/{id}/settings/<name>`) by name, as their attributes; absent = never written. */
  restSettings?: Record<string, Record<string, unknown>>;
  /** Targets served by REST `/orgs/{id}/targets`; an import adds one, a delete removes its projects. */
  targets?: EmuTarget[];
  /** v1 import jobs of the org (src/emulator/import-jobs.ts). */
  importJobs?: EmuImportJob[];
}

/** A target (REST PublicTarget): one repository of an integration, or a CLI upload. */
export interface EmuTarget {
  id: string;
  displayName: string;
  /** The integration's id; absent for CLI targets. */
  integrationId?: string;
  integrationType: string;
  url: string | null;
  isPrivate: boolean;
  createdAt: string;
}

/** A v1 import job: `pending` for `pendingPolls` reads, then final (REALITY.md §19). */
export interface EmuImportJob {
  id: string;
  integrationId: string;
  created: string;
  status: 'pending' | 'complete' | 'failed' | 'aborted';
  pendingPolls: number;
  target: { owner: string; name: string; branch: string };
  files: string[];
  /** The manifests and their success, once final. */
  projects: { targetFile: string; success: boolean; projectId?: string }[];
}

/**
 * What an SCM repository holds, for the import jobs the emulator runs (by `owner/name`, lower
 * case). A repository not listed holds one `package.json` that imports.
 */
export interface EmuRepository {
  manifests: string[];
  /** Manifests Snyk fails to import. */
  failing?: string[];
  /** A job that does not complete: it ends so. */
  outcome?: 'failed' | 'aborted';
  defaultBranch?: string;
}

/** A project (REST ProjectAttributes), with what its tags and attributes hold. */
export interface EmuProject {
  id: string;
  name: string;
  /** The package manager or scan type: 'npm', 'maven', 'sast', … */
  type: string;
  /** Where it was imported from: 'github', 'cli', … */
  origin: string;
  targetFile: string;
  targetReference: string;
  targetId: string;
  createdAt: string;
  status: 'active' | 'inactive';
  tags: { key: string; value: string }[];
  businessCriticality?: string[];
  environment?: string[];
  lifecycle?: string[];
  /** v1 ignores of the project (`/org/{id}/project/{id}/ignores`), one per issue and path. */
  ignores?: EmuIgnore[];
}

/** A v1 ignore: one issue ignored on one path of a project, and who ignored it. */
export interface EmuIgnore {
  issueId: string;
  /** `*` for every path (what an empty `ignorePath` means). */
  path: string;
  reason: string;
  reasonType: 'not-vulnerable' | 'wont-fix' | 'temporary-ignore';
  disregardIfFixable: boolean;
  created: string;
  expires?: string;
  ignoredBy: { id: string; name: string; email: string };
}

export interface EmuIntegration {
  id: string;
  /** One of the spec's IntegrationType values, e.g. 'github'. */
  type: string;
  /** The spec's Integrationsettings object. */
  settings: Record<string, unknown>;
  /** SCM credentials (a token, a broker token): never served by any route, copied by a clone. */
  credentials?: Record<string, string>;
}

export interface EmuNotificationSetting {
  enabled: boolean;
  /** Only `new-issues-remediations`. */
  issueSeverity?: 'all' | 'high';
  issueType?: 'all' | 'vuln' | 'license' | 'none';
}

export interface EmuWebhook {
  id: string;
  url: string;
  /** Write-only in the API: kept so tests can tell a rotated secret from the old one. */
  secret: string;
}

/**
 * A service account (REST `/groups|orgs/{id}/service_accounts`). Its user (`EmuUser` of type
 * `service_account`, same id) is a member of its group or org with its role; an API key is a
 * token the emulator accepts.
 */
export interface EmuServiceAccount {
  id: string;
  name: string;
  roleId: string;
  authType: 'api_key' | 'oauth_client_secret' | 'oauth_private_key_jwt' | 'access_token';
  jwksUrl?: string;
  accessTokenTtlSeconds?: number;
  clientId?: string;
  /** Write-once in the API: kept so tests can tell a rotated secret from the old one. */
  secrets: string[];
  createdAt: string;
}

export interface EmuTag {
  key: string;
  value: string;
  /** Projects carrying the tag; deleting it without `force` is refused while > 0. */
  projectCount?: number;
}

export interface EmuGroup {
  id: string;
  name: string;
  tenantId?: string;
  /** Whether SSO is configured (provisioning requires it). */
  ssoConfigured?: boolean;
  settings: { sessionLength: number | null; requestAccess: { enabled: boolean } };
  tags: EmuTag[];
  /** Group roles (Group Admin, Group Member, Group Viewer, custom): no endpoint lists them. */
  groupRoles: EmuRole[];
  /** Org roles, listed by v1 GET /group/{id}/roles. */
  orgRoles: EmuRole[];
  members: EmuMembership[];
  orgs: EmuOrg[];
  /** false: the group's plan has no audit logs (the search answers 403, Enterprise only). */
  auditLogs?: boolean;
  serviceAccounts?: EmuServiceAccount[];
  /** REST settings objects (`/groups/{id}/settings/<name>`) by name, as their attributes; absent = never written. */
  restSettings?: Record<string, Record<string, unknown>>;
}

export interface EmuTenant {
  id: string;
  name: string;
  slug: string;
  createdAt: string;
  updatedAt?: string;
  ownerId?: string;
  roles: EmuRole[];
  members: EmuMembership[];
}

/** An audit-log event (docs/emulator.md#audit-logs): the spec's item fields, the actor, and an order. */
export interface EmuAuditEvent {
  seq: number;
  created: string;
  event: string;
  group_id?: string;
  org_id?: string;
  project_id?: string;
  /** The acting user; absent for a system event. */
  userId?: string;
  content: Record<string, unknown>;
}

export interface EmulatorState {
  tokens: EmuToken[];
  users: EmuUser[];
  tenants: EmuTenant[];
  groups: EmuGroup[];
  /** OAuth clients the token endpoint issues access tokens to (absent: none). */
  oauthClients?: EmuOAuthClient[];
  /** The SCM repositories imports read (EmuRepository); absent: every repository holds a package.json. */
  repositories?: Record<string, EmuRepository>;
  /** How many reads of an import job answer `pending` before it ends (default 1). */
  importPendingPolls?: number;
  /** Every audit event recorded, oldest first. */
  auditLog?: EmuAuditEvent[];
}
