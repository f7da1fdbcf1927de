// The order apply executes (docs/plan-json.md): dependencies first, then by phase, then by address,
// so the same inputs always give the same plan. Cross-kind dependencies are linked here from
// what each kind says its changes provide and need (a user's org membership waits for the
// same user's group membership).

import { type Address, compareAddresses } from './addresses.ts';
import { handlersOf } from './kinds/index.ts';
import type { Change } from './types.ts';

export function linkDependencies(changes: Change[]): Change[] {
  const providers = new Map<string, Address>();
  for (const change of changes) {
    for (const key of handlersOf(change.kind).provides?.(change) ?? []) providers.set(key, change.address);
  }
  return changes.map((change) => {
    const needed = (handlersOf(change.kind).needs?.(change) ?? []).flatMap((key) => {
      const provider = providers.get(key);
      return provider === undefined ? [] : [provider];
    });
    const dependsOn = [...new Set([...change.dependsOn, ...needed])].sort(compareAddresses);
    return { ...change, dependsOn };
  });
}

/**
 * For each change, the changes it waits for. A dependency names an address; every other change
 * with that address counts, so a replaced object's create, which names its own address, waits
 * for the delete of the same address (`--replace`), and what depends on a replaced object
 * waits for both.
 */
export function dependencyIndices(changes: readonly Pick<Change, 'address' | 'dependsOn'>[]): number[][] {
  const byAddress = new Map<Address, number[]>();
  changes.forEach((c, i) => {
    byAddress.set(c.address, [...(byAddress.get(c.address) ?? []), i]);
  });
  return changes.map((change, i) => {
    const deps = new Set<number>();
    for (const address of change.dependsOn)
      for (const d of byAddress.get(address) ?? []) if (d !== i) deps.add(d);
    return [...deps];
  });
}

export function phaseOf(change: Change): number {
  return handlersOf(change.kind).phase[change.action] ?? 100;
}

/** Topological order by `dependsOn`, ties broken by (phase, address): deterministic. */
export function orderChanges(changes: Change[]): Change[] {
  const rank = new Map(changes.map((c) => [c, phaseOf(c)]));
  const compare = (a: Change, b: Change) =>
    rank.get(a)! - rank.get(b)! || compareAddresses(a.address, b.address);
  const indices = dependencyIndices(changes);
  const waiting = new Map<Change, number>();
  const dependents = new Map<Change, Change[]>();
  for (const [i, change] of changes.entries()) {
    const deps = indices[i]!.map((d) => changes[d]!);
    waiting.set(change, deps.length);
    for (const dep of deps) dependents.set(dep, [...(dependents.get(dep) ?? []), change]);
  }
  const ready = changes.filter((c) => waiting.get(c) === 0).sort(compare);
  const out: Change[] = [];
  while (ready.length > 0) {
    const next = ready.shift()!;
    out.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const left = waiting.get(dependent)! - 1;
      waiting.set(dependent, left);
      if (left === 0) ready.splice(insertionIndex(ready, dependent, compare), 0, dependent);
    }
  }
  // A dependency cycle cannot be ordered; keep its changes last, still deterministic.
  const placed = new Set(out);
  return [...out, ...changes.filter((c) => !placed.has(c)).sort(compare)];
}

function insertionIndex<T>(sorted: T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid]!, item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
