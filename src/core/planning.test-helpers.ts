// Planning for the core's tests: the plan of a desired and a live state, or the issues that
// stop it, failing loudly when the other outcome comes.

import { desiredState, liveState } from './builders.test-helpers.ts';
import type { PlanIssue } from './issues.ts';
import { buildPlan } from './plan.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveState, Plan } from './types.ts';

type PlanOptions = Parameters<typeof buildPlan>[2];

/** The plan; throws (naming the issues) when planning reports issues instead. */
export function plan(desired: DesiredState, live: LiveState, options?: PlanOptions): Plan {
  const result = buildPlan(desired, live, options);
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

/** The issues; throws when planning succeeds instead. */
export function issuesOf(desired: DesiredState, live: LiveState, options?: PlanOptions): PlanIssue[] {
  const result = buildPlan(desired, live, options);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

/** Each change as `action address`, in plan order. */
export const planLines = (p: Plan): string[] => p.changes.map((c) => `${c.action} ${c.address}`);

/** The plan of these orgs against these live orgs (webhook pruning on when asked). */
export function planOrgs(
  orgs: DesiredOrg[],
  live: LiveOrg[],
  options: { replace?: string[]; pruneWebhooks?: boolean } = {},
): Plan {
  const desired = desiredState({ orgs });
  if (options.pruneWebhooks) desired.prune.webhooks = true;
  return plan(desired, liveState({ orgs: live }), options.replace ? { replace: options.replace } : {});
}
