// Partial plans (docs/partial-plans.md#partial-plans---target): the desired state is narrowed to
// the scopes the targets name (narrow-desired.ts), read and planned as usual, its issues moved back
// to the file's org numbers (relocate-issues.ts), and only the targeted changes and what they
// depend on kept (select-changes.ts). The same mechanism verifies an apply: the scopes its changes
// touched (`touchedScopes`, target-address.ts) are the targets of the check.
import type { NarrowedDesired } from './narrow-desired.ts';
import { assemblePlan, type BuildPlanOptions, type BuildPlanResult, withRefusals } from './plan.ts';
import { relocateIssues } from './relocate-issues.ts';
import { selectTargeted } from './select-changes.ts';
import { summarizeChanges } from './summary.ts';
import type { Target } from './target-address.ts';
import type { DesiredState, LiveState, Plan } from './types.ts';

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
  if (!result.ok) return { ok: false, issues: relocateIssues(result.issues, narrowed.orgIndex) };
  const { changes, warnings } = selectTargeted(result.plan, targets);
  const plan: Plan = {
    ...result.plan,
    changes,
    summary: summarizeChanges(changes),
    warnings,
    desired,
    partial: true as const,
    targets: targets.map((t) => t.text),
  };
  // Refusals name only what this plan changes: decided on the targeted changes alone.
  return { ok: true, plan: withRefusals(plan, live, lift) };
}
