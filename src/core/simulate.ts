// A pure model of what applying a plan does to the live state: the lock-out rail looks at the
// state after, and the property tests check that planning again after it gives no changes.
// Each kind models its own changes; ids of created objects derive from addresses.
import { handlersOf } from './kinds/index.ts';
import type { Change, LiveState } from './types.ts';

export function applyChangesToLive(live: LiveState, plan: { changes: readonly Change[] }): LiveState {
  const next = structuredClone(live);
  for (const change of plan.changes) handlersOf(change.kind).simulate(next, change);
  return next;
}
