// Partial plans (contract §4.4): the desired state is narrowed to the scopes the targets name
// (so the reader, which asks each kind for the reads of its part of the file, reads only those
// and what they depend on), planned as usual, and the changes kept are the targeted ones and
// the changes they depend on. The same mechanism verifies an apply: the scopes its changes
// touched are the targets of the check.
import { orgSlugOfAddress } from './addresses.ts';
import type { PlanIssue } from './issues.ts';
import { assemblePlan, type BuildPlanOptions, type BuildPlanResult, withRefusals } from './plan.ts';
import { summarizeChanges } from './summary.ts';
import type { Target } from './target-address.ts';
import type { Change, DesiredState, LiveState, Plan } from './types.ts';

export interface NarrowedDesired {
  desired: DesiredState;
  /** Index in the full file of each narrowed org, so messages point at the right place. */
  orgIndex: number[];
}

/**
 * The desired state limited to what the targets select: the orgs a target names (in full: an
 * org's parts are read together), the group section when a target is in the group, the tenant
 * when one is in the tenant. Org deletion (`prune.orgs`) stays only when an org is targeted.
 */
export function narrowDesired(desired: DesiredState, targets: readonly Target[]): NarrowedDesired {
  const orgTargets = targets.filter((t) => t.kind === 'org');
  const orgIndex: number[] = [];
  const orgs = desired.orgs.filter((org, index) => {
    const kept = orgTargets.some((t) => t.selectsOrg(org.slug));
    if (kept) orgIndex.push(index);
    return kept;
  });
  const narrowed: DesiredState = {
    ...desired,
    group: targets.some((t) => t.kind === 'group') ? desired.group : { id: desired.group.id },
    orgs,
    prune: { ...desired.prune, orgs: desired.prune.orgs && orgTargets.length > 0 },
  };
  if (desired.tenant === undefined || !targets.some((t) => t.kind === 'tenant')) delete narrowed.tenant;
  return { desired: narrowed, orgIndex };
}

/** The targeted changes, and (transitively) the changes they depend on, in plan order. */
export function selectChanges(changes: readonly Change[], targets: readonly Target[]): Change[] {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const kept = new Set<string>();
  const keep = (change: Change) => {
    if (kept.has(change.address)) return;
    kept.add(change.address);
    for (const dependency of change.dependsOn) {
      const needed = byAddress.get(dependency);
      if (needed !== undefined) keep(needed);
    }
  };
  for (const change of changes) if (targets.some((t) => t.matches(change.address))) keep(change);
  return changes.filter((c) => kept.has(c.address));
}

function relocate(issue: PlanIssue, orgIndex: readonly number[]): PlanIssue {
  const path = issue.path;
  if (path?.[0] !== 'orgs' || typeof path[1] !== 'number') return issue;
  return { ...issue, path: ['orgs', orgIndex[path[1]] ?? path[1], ...path.slice(2)] };
}

/**
 * Plans `desired` against a live state read for `narrowed`, keeping only the targeted changes.
 * The plan carries the full desired state and its targets: `apply --plan` narrows it again.
 */
export function buildTargetedPlan(
  desired: DesiredState,
  narrowed: NarrowedDesired,
  live: LiveState,
  targets: readonly Target[],
  { lift, ...options }: BuildPlanOptions = {},
): BuildPlanResult {
  const result = assemblePlan(narrowed.desired, live, options);
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => relocate(i, narrowed.orgIndex)) };
  const changes = selectChanges(result.plan.changes, targets);
  const inScope = (address: string | undefined) =>
    address === undefined || targets.some((t) => t.matches(address));
  const plan: Plan = {
    ...result.plan,
    changes,
    summary: summarizeChanges(changes),
    warnings: result.plan.warnings.filter((w) => inScope(w.address)),
    desired,
    partial: true as const,
    targets: targets.map((t) => t.text),
  };
  // Refusals name only what this plan changes: decided on the targeted changes alone.
  return { ok: true, plan: withRefusals(plan, live, lift) };
}

/** A target naming one address exactly and what is inside it (no glob: addresses are data). */
export function scopeTarget(address: string): Target {
  const slug = orgSlugOfAddress(address);
  const kind = slug !== undefined ? 'org' : address.startsWith('tenant') ? 'tenant' : 'group';
  return {
    text: address,
    kind,
    matches: (other) => other === address || other.startsWith(`${address}.`),
    selectsOrg: (other) => other === slug,
  };
}

/**
 * The scopes an apply's changes touched, as targets: each org a change is in (its reads are
 * re-read together), and each group or tenant change itself.
 */
export function touchedScopes(changes: readonly Change[]): Target[] {
  const scopes = new Set<string>();
  for (const change of changes) {
    const slug = orgSlugOfAddress(change.address);
    scopes.add(slug !== undefined ? `org[${slug}]` : change.address);
  }
  return [...scopes].map(scopeTarget);
}
