// Counts of a plan's changes by action (docs/plan-json.md `summary`).
import type { Change, Summary } from './types.ts';

export function summarizeChanges(changes: readonly Change[]): Summary {
  const summary: Summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}
