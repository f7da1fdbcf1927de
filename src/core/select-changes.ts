// Selection for partial plans: of a plan made from the narrowed desired state, what the targets
// keep. Each address is matched against the targets once, and changes and warnings are kept in
// the same pass.
import type { Address } from './addresses.ts';
import type { Target } from './target-address.ts';
import type { Change, Warning } from './types.ts';

export interface Selected {
  changes: Change[];
  warnings: Warning[];
}

/**
 * The targeted changes and (transitively) the changes they depend on, in plan order, and the
 * warnings that are about a targeted address or about no address at all.
 */
export function selectTargeted(
  plan: { changes: readonly Change[]; warnings: readonly Warning[] },
  targets: readonly Target[],
): Selected {
  const matched = new Map<Address, boolean>();
  const isTargeted = (address: Address) => {
    let hit = matched.get(address);
    if (hit === undefined) {
      hit = targets.some((t) => t.matches(address));
      matched.set(address, hit);
    }
    return hit;
  };
  const byAddress = new Map(plan.changes.map((c) => [c.address, c]));
  const kept = new Set<Address>();
  const keep = (change: Change) => {
    if (kept.has(change.address)) return;
    kept.add(change.address);
    for (const dependency of change.dependsOn) {
      const needed = byAddress.get(dependency);
      if (needed !== undefined) keep(needed);
    }
  };
  for (const change of plan.changes) if (isTargeted(change.address)) keep(change);
  return {
    changes: plan.changes.filter((c) => kept.has(c.address)),
    warnings: plan.warnings.filter((w) => w.address === undefined || isTargeted(w.address)),
  };
}
