// The part of a plan that removes expired access (contract §4.3): what the scheduled Action
// applies on its own, leaving everything else to be reported as drift.
import { summarizeChanges } from './summary.ts';
import type { Plan } from './types.ts';

export function expiryPlan(plan: Plan): Plan {
  const { refusals: _refusals, ...rest } = plan;
  const changes = plan.changes.filter((c) => c.expiredAt !== undefined);
  return { ...rest, changes, summary: summarizeChanges(changes) };
}
