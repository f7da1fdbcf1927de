// The emulator's whole state, as loaded from and dumped to JSON (`snyk-gitops emulator --state
// snapshot.json`, the control surface, the demo and the tests). Shapes follow Snyk's data model
// as the API documents it, not the client's needs.

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
  /** Projects served by REST `/orgs/{id}/projects` (they count as projects for the delete, too). */
  projects?: EmuProject[];
  /** REST settings objects (`/orgs/{id}/settings/<name>`) by name, as their attributes; absent = never written. */
  restSettings?: Record<string, Record<string, unknown>>;
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
}

export interface EmuIntegration {
  id: string;
  /** One of the spec's IntegrationType values, e.g. 'github'. */
  type: string;
  /** The spec's Integrationsettings object. */
  settings: Record<string, unknown>;
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

export interface EmulatorState {
  tokens: EmuToken[];
  users: EmuUser[];
  tenants: EmuTenant[];
  groups: EmuGroup[];
}
