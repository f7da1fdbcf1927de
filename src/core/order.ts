// The order apply executes (contract §3): dependencies first, then by phase, then by address,
// so the same inputs always give the same plan. Cross-kind dependencies are linked here.
import type { KindModule } from './kinds/kind.ts';
import type { Change } from './types.ts';

/** A user's org memberships and pending entries wait for the same user's group membership. */
export function linkDependencies(changes: Change[]): Change[] {
  const groupCreates = new Map<string, string>();
  for (const change of changes) {
    if (
      change.kind === 'group_membership' &&
      change.action === 'create' &&
      change.target.userId !== undefined
    ) {
      groupCreates.set(change.target.userId, change.address);
    }
  }
  return changes.map((change) => {
    const userId = change.target.userId;
    const needsGroup =
      change.kind === 'org_membership' && change.action !== 'delete' && userId !== undefined
        ? groupCreates.get(userId)
        : undefined;
    const dependsOn = [
      ...new Set([...change.dependsOn, ...(needsGroup === undefined ? [] : [needsGroup])]),
    ].sort();
    return { ...change, dependsOn };
  });
}

export function phaseOf(kinds: readonly KindModule[], change: Change): number {
  return kinds.find((k) => k.kind === change.kind)?.phase[change.action] ?? 100;
}

/** Topological order by `dependsOn`, ties broken by (phase, address): deterministic. */
export function orderChanges(kinds: readonly KindModule[], changes: Change[]): Change[] {
  const rank = new Map(changes.map((c) => [c, phaseOf(kinds, c)]));
  const compare = (a: Change, b: Change) =>
    rank.get(a)! - rank.get(b)! || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const waiting = new Map<Change, number>();
  const dependents = new Map<Change, Change[]>();
  for (const change of changes) {
    const deps = change.dependsOn.flatMap((d) => {
      const dep = byAddress.get(d);
      return dep === undefined || dep === change ? [] : [dep];
    });
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
