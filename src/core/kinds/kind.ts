// The seam every resource kind implements: from the desired and live states (with names
// resolved and orgs bound), the changes of that kind, plus warnings and issues.
import type { PlanIssue } from '../issues.ts';
import type { Resolver } from '../resolve.ts';
import type {
  Action,
  Change,
  DesiredOrg,
  DesiredState,
  Kind,
  LiveOrg,
  LiveState,
  Warning,
} from '../types.ts';

/** A desired org and the live org it designates (absent when the plan creates it). */
export interface OrgBinding {
  index: number;
  slug: string;
  desired: DesiredOrg;
  live?: LiveOrg;
  /** Address of the org create that this org's other changes depend on. */
  createdBy?: string;
}

export interface PlanContext {
  desired: DesiredState;
  live: LiveState;
  resolver: Resolver;
  orgs: OrgBinding[];
}

/** A member reference the live directory does not know (reported once, as one issue). */
export interface UnknownUserRef {
  ref: string;
  path: (string | number)[];
}

export interface KindResult {
  changes: Change[];
  warnings: Warning[];
  issues: PlanIssue[];
  unknownUsers: UnknownUserRef[];
}

export interface KindModule {
  kind: Kind;
  /** When apply runs each action of this kind: lower phases first (contract §3 order). */
  phase: Partial<Record<Action, number>>;
  plan(ctx: PlanContext): KindResult;
}

export function emptyResult(): KindResult {
  return { changes: [], warnings: [], issues: [], unknownUsers: [] };
}

/** How a change names its org for apply: by id when live, by slug when created in this plan. */
export function orgTarget(binding: OrgBinding): Record<string, string> {
  return binding.live !== undefined ? { orgId: binding.live.id } : { orgSlug: binding.slug };
}

export function orgDependencies(binding: OrgBinding): string[] {
  return binding.createdBy === undefined ? [] : [binding.createdBy];
}

/** Orgs whose changes can be planned: live, or created by this plan. */
export function plannableOrgs(ctx: PlanContext): OrgBinding[] {
  return ctx.orgs.filter((binding) => binding.live !== undefined || binding.createdBy !== undefined);
}
