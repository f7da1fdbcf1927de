// The part of a plan that removes expired access
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations): what the scheduled
// Action applies on its own, leaving everything else to be reported as drift.
import { summarizeChanges } from './summary.ts';
import type { DesiredState, Plan } from './types.ts';

/** Whether any member entry (or ignore rule) of the desired state has an `expires`. */
export function hasExpiringEntries(desired: DesiredState): boolean {
  const lists = [
    desired.group.members,
    desired.tenant?.members,
    ...desired.orgs.map((o) => o.members),
    desired.ignores,
  ];
  return lists.some((list) => (list ?? []).some((m) => m.expires !== undefined));
}

export function expiryPlan(plan: Plan): Plan {
  const { refusals: _refusals, ...rest } = plan;
  const changes = plan.changes.filter((c) => c.expiredAt !== undefined);
  return { ...rest, changes, summary: summarizeChanges(changes) };
}
