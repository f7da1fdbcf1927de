// When to try again and how long to wait. Pure: the clock and the dice are passed in.

export interface RetrySettings {
  maxRetries: number;
  maxElapsedMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  newOrgGraceMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
  maxRetries: 5,
  // Snyk's REST rate limit window is one minute: leave room to wait one out.
  maxElapsedMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  // Snyk's REST reads lag its v1 org create (REALITY.md §4); a minute covers what was seen in
  // practice without stalling a run for the 10 minutes a Terraform provider allows.
  newOrgGraceMs: 60_000,
};

/**
 * `Retry-After` as milliseconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base·2^n)], at least 1 ms. */
export function backoffDelay(retryIndex: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retryIndex);
  return Math.max(1, Math.round(ceiling * random()));
}

/** What one attempt ended in, as far as deciding what to do next needs to know. */
export type OutcomeSummary =
  | { kind: 'response'; status: number }
  | {
      kind: 'failure';
      reason: 'network' | 'timeout' | 'too-large' | 'proxy';
      sent: boolean;
      errorCode: string;
      proxyStatus?: number;
    };

export type RetryDecision =
  | { kind: 'done' }
  /** `fatal`: every other request would fail the same way (the token was rejected). */
  | { kind: 'fail'; mayHaveApplied: boolean; fatal: boolean }
  /**
   * `rate-limit`: wait as Snyk says, pausing the whole API; `backoff`: exponential, bounded by
   * maxRetries; `not-yet-visible`: a 404 naming an org this run created (REALITY.md §4).
   */
  | { kind: 'retry'; wait: 'rate-limit' | 'backoff' | 'not-yet-visible' };

const FAIL: RetryDecision = { kind: 'fail', mayHaveApplied: false, fatal: false };

/**
 * Whether to retry, as a pure function of the outcome and the method. A POST is never repeated
 * once it may have reached Snyk (a 5xx, or a connection lost after sending): it may have been
 * applied, and the caller re-reads instead. A 429 or a 404 was not processed, so any method may
 * be sent again.
 */
export function classifyOutcome(
  outcome: OutcomeSummary,
  method: string,
  context: { namesCreatedOrg: boolean; serverAnswered?: boolean },
): RetryDecision {
  if (outcome.kind === 'response') {
    const { status } = outcome;
    if (status >= 200 && status < 300) return { kind: 'done' };
    if (status === 429) return { kind: 'retry', wait: 'rate-limit' };
    if (status === 401) return { kind: 'fail', mayHaveApplied: false, fatal: true };
    if (status === 404 && context.namesCreatedOrg) return { kind: 'retry', wait: 'not-yet-visible' };
    if (status >= 500) {
      return method === 'POST'
        ? { kind: 'fail', mayHaveApplied: true, fatal: false }
        : { kind: 'retry', wait: 'backoff' };
    }
    return FAIL;
  }
  if (outcome.reason === 'too-large') return FAIL;
  // A proxy that refuses the tunnel (407: its credentials) refuses every request; one that
  // cannot reach Snyk (5xx) may be passing trouble. Nothing reached Snyk either way.
  if (outcome.reason === 'proxy') {
    return (outcome.proxyStatus ?? 0) >= 500
      ? { kind: 'retry', wait: 'backoff' }
      : { kind: 'fail', mayHaveApplied: false, fatal: true };
  }
  // A name that does not resolve will not resolve in a second either.
  if (outcome.errorCode === 'ENOTFOUND') return FAIL;
  // Refused before the server ever answered: nothing listens there (a wrong URL or port), and
  // every request would be refused the same way. Once it has answered, a refusal is a blip.
  if (outcome.errorCode === 'ECONNREFUSED' && context.serverAnswered !== true) {
    return { kind: 'fail', mayHaveApplied: false, fatal: true };
  }
  if (method === 'POST' && outcome.sent) return { kind: 'fail', mayHaveApplied: true, fatal: false };
  return { kind: 'retry', wait: 'backoff' };
}
