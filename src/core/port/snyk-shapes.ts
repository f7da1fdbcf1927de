// What the Snyk client returns and takes, as the core sees it: the vocabulary of the port
// (src/core/port/snyk-client.ts). The live-state shapes it shares with the rest of the core are
// declared in core/types.ts and named here, so that src/snyk reaches the core only through
// this folder (README "Development", layers).
import type { ProjectListFilter } from '../project-match.ts';
import type { RestProjectAttributes } from '../project-rules.ts';
import type { LiveMembership, LiveUser } from '../types.ts';

export type {
  GroupSettings,
  Json,
  LiveIgnore,
  LiveMembership,
  LiveProject,
  LiveTarget,
  LiveUser,
  OrgSettings,
  Tag,
} from '../types.ts';
export type { ProjectListFilter };

/** The attributes `PATCH /orgs/{org_id}/projects/{project_id}` sets; `tags` replaces the whole list. */
export type ProjectPatch = RestProjectAttributes;

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

/** What a v1 ignore POST or PUT sets on one issue of a project (all paths). */
export interface IgnoreSpec {
  reason: string;
  reasonType: string;
  /** An ISO instant; absent for an ignore without end. */
  expires?: string;
}

/** The repository a v1 import asks for (`target` of the import body). */
export interface ImportRequest {
  owner: string;
  name: string;
  branch: string;
  /** Manifest paths; empty: Snyk detects them. */
  files: string[];
}

/** One manifest of an import job's log. */
export interface ImportedProject {
  targetFile: string;
  success: boolean;
  /** The project's id when it was created (the spec's `projectId`, or the last segment of `projectUrl`). */
  projectId?: string;
}

/** A v1 import job: `pending` while it runs; `complete`, `failed` and `aborted` are final (REALITY.md §19). */
export interface ImportJob {
  id: string;
  status: string;
  projects: ImportedProject[];
}

/** One audit-log item (REST audit_logs/search), as drift reads it (docs/commands.md#drift-from-the-audit-log). */
export interface AuditEvent {
  /** ISO time of the event. */
  created: string;
  /** Snyk's event name, e.g. `org.user.add`: data from Snyk. */
  event: string;
  groupId?: string;
  orgId?: string;
  projectId?: string;
  /** The acting user; absent for system events (and where Snyk leaves it out). */
  userId?: string;
}

/** Which audit log to read: the group's (with its orgs' events) or one org's. */
export type AuditScope = { groupId: string } | { orgId: string };
