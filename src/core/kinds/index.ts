// The registry of resource kinds. Adding a kind = one module + one line here; the mapped type
// below makes the compiler name any part a module forgot, and `Kind`, `KIND_NAMES` and the
// `Change` union are derived from this object.

import type { ChangeAction, LiveState } from '../types.ts';
import type { ApplyEnv, Outcome } from './apply-support.ts';
import { groupMembershipKind } from './group-membership.ts';
import { groupSettingsKind } from './group-settings.ts';
import { groupTagKind } from './group-tag.ts';
import { iacSettingsKind } from './iac-settings.ts';
import { ignoreKind } from './ignore.ts';
import { importKind } from './import.ts';
import { integrationSettingsKind } from './integration-settings.ts';
import type { ChangeOf, KindModule, PlanContext, Replacement, SecretUse, TargetSchemas } from './kind.ts';
import { notificationSettingsKind } from './notification-settings.ts';
import { orgKind } from './org.ts';
import { orgMembershipKind } from './org-membership.ts';
import { orgSettingsKind } from './org-settings.ts';
import { pendingUserKind } from './pending-user.ts';
import { placementKind } from './placement.ts';
import { projectKind } from './project.ts';
import { pullRequestTemplateKind } from './pull-request-template.ts';
import { sastSettingsKind } from './sast-settings.ts';
import { serviceAccountKind } from './service-account.ts';
import { tenantKind } from './tenant.ts';
import { tenantMembershipKind } from './tenant-membership.ts';
import { webhookKind } from './webhook.ts';

/**
 * In the documented order (docs/plan-json.md): the order of `KIND_NAMES`, and the order kinds are read,
 * planned and exported in (an org before its parts, the tenant before its memberships).
 */
const REGISTRY = {
  org: orgKind,
  org_settings: orgSettingsKind,
  sast_settings: sastSettingsKind,
  iac_settings: iacSettingsKind,
  org_membership: orgMembershipKind,
  group_settings: groupSettingsKind,
  group_membership: groupMembershipKind,
  group_tag: groupTagKind,
  pull_request_template: pullRequestTemplateKind,
  tenant: tenantKind,
  tenant_membership: tenantMembershipKind,
  pending_user: pendingUserKind,
  project: projectKind,
  integration_settings: integrationSettingsKind,
  notification_settings: notificationSettingsKind,
  webhook: webhookKind,
  placement: placementKind,
  ignore: ignoreKind,
  import: importKind,
  service_account: serviceAccountKind,
};

export type Kind = keyof typeof REGISTRY;

type TargetsOf<K extends Kind> = (typeof REGISTRY)[K]['targets'];

/** The modules by kind: each entry must be the module of its own kind, complete. */
export const KIND_MODULES: { readonly [K in Kind]: KindModule<K, TargetsOf<K>> } = REGISTRY;

/** A planned change: a union over kinds and their actions, each with its typed target. */
export type Change = { [K in Kind]: ChangeOf<K, TargetsOf<K>> }[Kind];

export const KIND_NAMES = Object.keys(REGISTRY) as Kind[];

type AnyKindModule = { [K in Kind]: KindModule<K, TargetsOf<K>> }[Kind];

/** Every module, in registry order, for code that runs each kind's part (plan, reads, rails). */
export const KINDS: readonly AnyKindModule[] = Object.values(KIND_MODULES);

/** The parts of a module that take one of its changes, as code over any change sees them. */
export interface ChangeHandlers {
  noun: { one: string; many: string };
  phase: Partial<Record<ChangeAction, number>>;
  targets: TargetSchemas;
  apply: Partial<Record<ChangeAction, (change: Change, env: ApplyEnv) => Promise<Outcome>>>;
  simulate(live: LiveState, change: Change): void;
  provides?(change: Change): string[];
  needs?(change: Change): string[];
  removes?(change: Change): boolean;
  secrets?(change: Change): SecretUse[];
  secretOutputs?(change: Change): boolean;
  replaceable?(ctx: PlanContext): Replacement<Change>[];
}

/**
 * The module of a change's kind. TypeScript cannot correlate a union's members with a map's
 * entries, so this is the one place that casts: the registry's mapped type has already made
 * sure each module takes exactly the changes of its own kind.
 */
export function handlersOf(kind: Kind): ChangeHandlers {
  return KIND_MODULES[kind] as unknown as ChangeHandlers;
}

export type { ChangeOf, KindModule, OrgBinding, PlanContext, SecretUse } from './kind.ts';
