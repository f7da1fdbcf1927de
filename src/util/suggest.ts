// "Did you mean" hints: the closest candidate by edit distance, when it is close enough to be
// a typo rather than a different word.

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
 * case-insensitive: role names and keys differ mostly by typos like 'nmae'.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] ?? Math.max(s.length, t.length);
}

/** How many edits still make a typo: a third of the length, at least 1, at most 3. */
const budgetOf = (value: string) => Math.min(3, Math.max(1, Math.floor(value.length / 3)));

/** Up to `limit` candidates within the typo budget of `value`, closest first. */
export function closestMatches(value: string, candidates: readonly string[], limit: number): string[] {
  const budget = budgetOf(value);
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(value, candidate) }))
    .filter((c) => c.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** The candidate closest to `value`, if within a third of its length (at least 1, at most 3). */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const budget = budgetOf(value);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= budget ? best : undefined;
}

/** ` Did you mean 'members'?` or the empty string. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? '' : ` Did you mean '${match}'?`;
}
