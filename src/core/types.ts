// The data that flows through the pure core: the validated desired state, the live state read
// from Snyk, and the plan between them (contract §3). No I/O here, only shapes.
import type { Operation } from 'fast-json-patch';
import type { DriftIgnore, GroupSettings, MemberSpec, OrgSettings, Tag } from '../config/schema.ts';
import { KIND_NAMES } from '../config/schema.ts';

export type { DriftIgnore, GroupSettings, MemberSpec, OrgSettings, Tag };

export { KIND_NAMES };
export type Kind = (typeof KIND_NAMES)[number];
export type Action = 'create' | 'update' | 'delete';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where something came from in the config files, for located messages. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

// ---------------------------------------------------------------- desired state

/** An org after `defaults.org` has been merged in (the org's own values win). */
export interface DesiredOrg {
  slug: string;
  name?: string;
  id?: string;
  template?: string;
  settings?: OrgSettings;
  members?: MemberSpec[];
}

export interface PruneRules {
  groupMembers: boolean;
  orgMembers: boolean;
  tenantMembers: boolean;
  groupTags: boolean | 'force';
  orgs: boolean;
}

/**
 * The validated, merged and defaulted desired state: what the planner compares with live.
 * It is plain JSON (it is embedded in saved plans as `desired`).
 */
export interface DesiredState {
  version: 1;
  group: { id: string; settings?: GroupSettings; tags?: Tag[]; members?: MemberSpec[] };
  tenant?: { id: string; name?: string; members?: MemberSpec[] };
  orgs: DesiredOrg[];
  users: { unknown: 'error' | 'provision' | 'invite'; ignore: string[] };
  prune: PruneRules;
  limits: { maxDeletePercent: number };
  drift: { ignore: DriftIgnore[] };
}

// ---------------------------------------------------------------- live state

export interface LiveUser {
  id: string;
  email?: string;
  username?: string;
  name?: string;
}

export interface Role {
  id: string;
  name: string;
}

export interface LiveMembership {
  /** Membership id (REST), used to update or delete it. */
  id: string;
  userId: string;
  roleId: string;
  roleName: string;
}

/** An invitation or provision waiting for a user's first login. */
export interface PendingUser {
  via: 'invite' | 'provision';
  email: string;
  roleId: string;
  /** Invite id (REST invites); provisions are keyed by email. */
  id?: string;
}

export interface LiveOrg {
  id: string;
  name: string;
  slug: string;
  /** Present only when the file manages this org's settings and they were read. */
  settings?: OrgSettings;
  /** Present only when the file manages this org's members and they were read. */
  members?: LiveMembership[];
  pending?: PendingUser[];
}

/** A part of live state that could not be read (drift reports it as unknown, plan fails). */
export interface UnknownPart {
  address: string;
  reason: string;
}

export interface LiveState {
  groupId: string;
  /** The token's own user or service account (/self), for the lock-out rail. */
  self: { id: string; type: string; email?: string; username?: string };
  /** Every org of the group (identity by slug). */
  orgs: LiveOrg[];
  group: { settings?: GroupSettings; tags?: Tag[]; members?: LiveMembership[] };
  tenant?: { id: string; name: string; members?: LiveMembership[] };
  /** Directory of users seen in any membership read, by id. */
  users: Record<string, LiveUser>;
  roles: { org: Role[]; group: Role[]; tenant: Role[] };
  unknown: UnknownPart[];
}

// ---------------------------------------------------------------- plan

export interface Change {
  action: Action;
  kind: Kind;
  /** Stable human-readable identity, e.g. `org[payments].member[bob@acme.com]`. */
  address: string;
  before: Json | null;
  after: Json | null;
  /** RFC 6902 patch from `before` to `after` (updates; empty otherwise). */
  patch: Operation[];
  /** Addresses of changes that must succeed before this one runs. */
  dependsOn: string[];
  /**
   * The ids apply needs (src/apply/operations.ts reads them). An org that is being created
   * in the same plan is referenced by `orgSlug` (no `orgId`) and resolved at apply time.
   * - org: create {name, orgSlug, templateOrgId? | templateSlug?}; update {orgId, name}; delete {orgId}
   * - org_settings: update {orgId | orgSlug}, the PUT body is `after`
   * - org_membership: create {orgId | orgSlug, userId, roleId}; update {orgId, membershipId, roleId};
   *   delete {orgId, membershipId, userId}
   * - group_settings: update {groupId}, the PUT body is `after`
   * - group_membership: create {groupId, userId, roleId}; update {groupId, membershipId, roleId};
   *   delete {groupId, membershipId, userId}
   * - group_tag: delete {groupId, key, value, force: 'true' | 'false'}
   * - tenant: update {tenantId, name}
   * - tenant_membership: update {tenantId, membershipId, roleId}; delete {tenantId, membershipId, userId}
   * - pending_user: create {orgId | orgSlug, email, roleId, via: 'invite' | 'provision'};
   *   delete {orgId, email, via, inviteId?}
   */
  target: Record<string, string>;
  /** Why this change is shaped as it is, when not obvious (shown in the plan). */
  note?: string;
}

export interface Warning {
  code: string;
  message: string;
  address?: string;
}

export type Summary = Record<Action, number>;

export interface Plan {
  formatVersion: 1;
  groupId: string;
  fingerprint: string;
  changes: Change[];
  summary: Summary;
  warnings: Warning[];
  desired: DesiredState;
  /** Extensions: when and at what cost the plan was made. */
  createdAt?: string;
  stats?: { requests: number };
}
