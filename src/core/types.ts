// The data that flows through the pure core: the validated desired state, the live state read
// from Snyk, and the plan between them (docs/plan-json.md). No I/O here, only shapes.

import type { Address } from './addresses.ts';
import type { DesiredState, GroupSettings, Tag } from './desired-schema.ts';
import type { LiveGroupSettingsParts } from './group-settings-parts.ts';
import type { Change, Kind } from './kinds/index.ts';
import type { LiveSettingsParts } from './org-settings-parts.ts';
import type { WarningCode } from './plan-codes.ts';
import type { Rail, Refusal } from './refusal.ts';

export type {
  DesiredOrg,
  DesiredState,
  DriftIgnore,
  GroupSettings,
  IgnoreRule,
  IgnoreType,
  IntegrationSettings,
  IntegrationsSpec,
  MemberSpec,
  NotificationsSpec,
  OrgSettings,
  PlacementRule,
  ProjectAttributes,
  ProjectRule,
  PruneRules,
  ServiceAccountSpec,
  Tag,
  WebhookSpec,
} from './desired-schema.ts';
export { KIND_NAMES } from './kinds/index.ts';
export type { Change, Kind, Refusal };
/** What a change does to its object (the plan JSON's `action` field); not the GitHub Action. */
export type ChangeAction = 'create' | 'update' | 'delete';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where something came from in the config files, for located messages. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

// ---------------------------------------------------------------- live state

export interface LiveUser {
  id: string;
  email?: string;
  username?: string;
  name?: string;
  /** Snyk's membership says the user is a service account (managed by `serviceAccounts`). */
  serviceAccount?: true;
}

export interface Role {
  id: string;
  name: string;
  /** What the role may do, where Snyk lists it (tenant roles): the last-admin rail reads it. */
  permissions?: string[];
}

export interface LiveMembership {
  /** Membership id (REST), used to update or delete it. */
  id: string;
  userId: string;
  roleId: string;
  /** '' when Snyk's answer named only the role's id (the role catalogue has its name). */
  roleName: string;
}

/** An invitation or provision waiting for a user's first login. */
export interface PendingUser {
  via: 'invite' | 'provision';
  email: string;
  roleId: string;
  /** Invite id (REST invites); provisions are keyed by email. */
  id?: string;
  /** False for an invitation Snyk reports as no longer active (expired, never accepted). */
  active?: boolean;
}

/** A live org; its settings parts (org-settings-parts.ts) only when the file manages them and they were read. */
export interface LiveOrg extends LiveSettingsParts {
  id: string;
  name: string;
  slug: string;
  /** Present only when the file manages this org's members and they were read. */
  members?: LiveMembership[];
  pending?: PendingUser[];
  /** Present only when the file lists this org's integrations: integration id by type. */
  integrations?: Record<string, string>;
  /** Settings of the integrations the file lists settings for, by type, whole (as Snyk has them). */
  integrationSettings?: Record<string, Record<string, Json>>;
  /** Present only when the file lists webhooks. Snyk never returns a webhook's secret. */
  webhooks?: LiveWebhook[];
  /** Present only when the file lists this org's service accounts (never with a secret). */
  serviceAccounts?: LiveServiceAccount[];
  /**
   * Present only when the file has project rules for this org: the projects some rule
   * matches (the others are never changed, so they are not kept), reduced to what is compared.
   */
  projects?: LiveProject[];
  /** Present only when the file lists this org's `imports`: its targets (every integration). */
  targets?: LiveTarget[];
}

/** A Snyk target (REST `/orgs/{org_id}/targets`): one repository (or image, or CLI upload) of an org. */
export interface LiveTarget {
  id: string;
  /** `display_name`: `owner/name` for SCM targets; not unique within an org (REALITY.md §23). */
  name: string;
  /** The integration's type (`github-cloud-app`, `cli`, …); '' when Snyk names none. */
  integrationType: string;
  /** The repository's URL; Snyk may give none. */
  url?: string;
}

/** What the project kind compares of a live project (REST attribute names in comments). */
export interface LiveProject {
  id: string;
  name: string;
  type: string;
  origin: string;
  tags: Tag[];
  /** `business_criticality`, `environment`, `lifecycle`; absent when Snyk has none. */
  attributes: { criticality?: string[]; environment?: string[]; lifecycle?: string[] };
  /** Present only when an `ignores` rule covers the project's org: its v1 ignores. */
  ignores?: LiveIgnore[];
}

/** One v1 ignore of a project: an issue ignored on one path (docs/configuration.md#ignores-as-code). */
export interface LiveIgnore {
  issueId: string;
  /** The ignored path (`*` for every path). */
  path: string;
  reason: string;
  reasonType: string;
  /** An instant, as Snyk said it; absent for an ignore without end. */
  expires?: string;
  /** The user who created it (v1 `ignoredBy.id`); absent when Snyk does not say. */
  ignoredById?: string;
}

/** A service account as Snyk lists it; its secret is never part of live state. */
export interface LiveServiceAccount {
  id: string;
  name: string;
  roleId: string;
  /** Snyk's `auth_type` (it may be one the file format does not take, e.g. `access_token`). */
  auth: string;
  jwksUrl?: string;
  accessTokenTtlSeconds?: number;
}

export interface LiveWebhook {
  id: string;
  url: string;
}

/** A part of live state that could not be read (drift reports it as unknown, plan fails). */
export interface UnknownPart {
  /** As text: live state is plain data (cloned by the simulation, hashed for the fingerprint). */
  address: string;
  reason: string;
}

export interface LiveState {
  groupId: string;
  /** The token's own user or service account (/self), for the lock-out rail. */
  self: { id: string; type: string; email?: string; username?: string };
  /** Every org of the group (identity by slug). */
  orgs: LiveOrg[];
  group: {
    settings?: GroupSettings;
    tags?: Tag[];
    members?: LiveMembership[];
    serviceAccounts?: LiveServiceAccount[];
  } & LiveGroupSettingsParts;
  tenant?: { id: string; name: string; members?: LiveMembership[] };
  /** Directory of users seen in any membership read, by id. */
  users: Record<string, LiveUser>;
  roles: { org: Role[]; group: Role[]; tenant: Role[] };
  unknown: UnknownPart[];
  /**
   * Repository listings by owner (lower case), read from GitHub only for the owners that the
   * file's imports need listed (globs, or names without a branch); absent when none was read.
   */
  repositories?: Record<string, LiveRepository[]>;
}

/** A repository as its host lists it. */
export interface LiveRepository {
  /** `owner/name`. */
  fullName: string;
  defaultBranch: string;
  archived: boolean;
}

// ---------------------------------------------------------------- plan

export interface Warning {
  /** One cause each, from the catalogue (src/core/plan-codes.ts). */
  code: WarningCode;
  message: string;
  address?: Address;
}

export type Summary = Record<ChangeAction, number>;

export interface Plan {
  formatVersion: 1;
  groupId: string;
  fingerprint: string;
  changes: Change[];
  summary: Summary;
  warnings: Warning[];
  desired: DesiredState;
  /**
   * What `apply` will refuse, computed by the same function apply runs (core/safety.ts) with
   * the rails the plan lifted: a reviewer sees the refusal before the merge. Absent in plans
   * saved by older versions.
   */
  refusals?: Refusal[];
  /**
   * The rails lifted when the plan was made (`plan --allow-mass-delete`, `--allow-lockout`):
   * `apply --plan` honours them, and still refuses what they did not lift.
   */
  lifted?: Rail[];
  /** Extensions: when and at what cost the plan was made. */
  createdAt?: string;
  stats?: PlanStats;
  /** Addresses planned as delete + create (`--replace`): part of what the plan was made from. */
  replace?: string[];
  /** Service accounts whose secret the plan replaces (`--rotate`): part of what it was made from. */
  rotate?: string[];
  /** Set when `--target` limited the plan: it changes only what its targets select. */
  partial?: true;
  /** The `--target` addresses, as given; `apply --plan` reads and plans by them again. */
  targets?: string[];
  /**
   * Parts of live state the token may not read (a read-only token: invitations, provisions),
   * left out of the comparison. Such a plan shows what it can and is never applied.
   */
  unreadable?: UnknownPart[];
}

export interface PlanStats {
  /** Requests made to read live state and plan. */
  requests: number;
  /** Write requests applying the plan makes (one per change). */
  writes?: number;
  /** Seconds applying it should take at the configured rate limit, concurrency and measured latency. */
  estimatedApplySeconds?: number;
  /** The REST rate limit the estimate assumes (requests per minute). */
  ratePerMinute?: number;
}
