// What the client tells its caller about rate limits as they happen, and how it is worded: a
// hold long enough to notice (the CLI shows it in the progress line or as one log line), a
// window Snyk announces that looks wrong, and the stop when Snyk asks for a hold beyond the
// wait budget. README.md, "Pacing and retries", states the budget.
import type { Hold } from './pacer.ts';
import { clockTime } from './retry-budget.ts';

export type RateLimitEvent =
  | { kind: 'wait'; api: 'rest' | 'v1'; waitMs: number; hold: Hold }
  | { kind: 'odd-window'; api: 'rest' | 'v1'; header: string };

const API_NAMES = { rest: 'REST', v1: 'v1' } as const;

/** `42 s`, `3 min`, `2.5 h`: a duration a user reads at a glance. */
export function duration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function describeRateLimitEvent(event: RateLimitEvent, nowMs: number): string {
  const api = API_NAMES[event.api];
  if (event.kind === 'wait') {
    const whose = event.hold.fromSnyk ? `Snyk's ${api} rate limit` : `the ${api} --rate-limit ceiling`;
    const why = event.hold.fromSnyk ? ` (${event.hold.reason})` : '';
    return `waiting ${duration(event.waitMs)} for ${whose}${why}, until ${clockTime(nowMs + event.waitMs, nowMs)}`;
  }
  return `warning: Snyk announced a ${api} rate limit of ${event.header.replace(';w=', ' requests per ')} s (X-RateLimit-Limit: ${event.header}), far below its documented limits; it is obeyed, and a wait it asks for beyond the wait budget stops the run`;
}

/** The stop's message: what Snyk asked, the budget, and how to resume. */
export function describeRateLimitStop(
  api: 'rest' | 'v1',
  stop: { waitMs: number; hold: Hold; untilMs: number },
  budgetMs: number,
  nowMs: number,
): string {
  return `Snyk's ${API_NAMES[api]} rate limit asks to wait ${duration(stop.waitMs)} (${stop.hold.reason}), longer than the wait budget of ${duration(budgetMs)}, so the run stopped and nothing more was sent. Run the same command again after ${clockTime(stop.untilMs, nowMs)}; plan and apply start from what is live, so nothing done is done twice`;
}
