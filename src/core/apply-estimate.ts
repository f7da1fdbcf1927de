// What applying a plan will cost (docs/partial-plans.md `stats.writes`, `estimatedApplySeconds`):
// one write request per change, paced by the rate limit and bounded by how many run at once at the
// latency this run measured. The slower of the two bounds is the estimate.

export interface ApplyBudget {
  /** The REST limit the client paces to (requests per minute); 0 when pacing is off. */
  ratePerMinute: number;
  concurrency: number;
  /** Mean seconds one request took in this run (its reads), or 0 when nothing was measured. */
  secondsPerRequest: number;
}

export function estimateApplySeconds(writes: number, budget: ApplyBudget): number {
  if (writes === 0) return 0;
  const paced = budget.ratePerMinute > 0 ? (writes * 60) / budget.ratePerMinute : 0;
  const parallel = (writes * budget.secondsPerRequest) / Math.max(1, budget.concurrency);
  // Tenths of a second: the figure is an estimate, and plans saved twice should not differ.
  return Math.round(Math.max(paced, parallel) * 10) / 10;
}

/** `Apply: 342 writes, about 13 s at 1,620 requests/min.` */
export function applyBudgetSentence(stats: {
  writes?: number;
  estimatedApplySeconds?: number;
  ratePerMinute?: number;
}): string | undefined {
  if (stats.writes === undefined || stats.writes === 0 || stats.estimatedApplySeconds === undefined)
    return undefined;
  const seconds = stats.estimatedApplySeconds;
  const about =
    seconds < 1
      ? 'under 1 s'
      : seconds < 120
        ? `about ${Math.round(seconds)} s`
        : `about ${Math.round(seconds / 60)} min`;
  const rate =
    stats.ratePerMinute !== undefined && stats.ratePerMinute > 0
      ? ` at ${stats.ratePerMinute.toLocaleString('en-US')} requests/min`
      : '';
  return `Apply: ${stats.writes} write${stats.writes === 1 ? '' : 's'}, ${about}${rate}.`;
}
