// How long one request may go on retrying, and the message when it stops. The bounds
// (docs/snyk-api.md#reads-and-writes): a request retries for at most `maxElapsedMs` (2 min) from
// its first failure; 5xx and lost connections at most `maxRetries` (5) times with jittered backoff;
// 429s as often as fit in the budget, each waiting as long as Snyk asks (the pacer holds every
// request of the API meanwhile); a wait asked for beyond the budget stops the run at once ("run the
// same command again after HH:MM"); a 404 naming an org this run created, until `newOrgGraceMs` (60
// s) after its creation.
import { extendError, type SnykApiError } from './api-error.ts';
import { backoffDelay, type RetryDecision, type RetrySettings } from './retry-policy.ts';

export type NextStep =
  | { kind: 'retry'; delayMs: number }
  | { kind: 'stop'; error: SnykApiError; fatal: boolean };

export interface RetryBudget {
  retries(): number;
  /** `rateLimitWait` pauses the API and says for how long, and why (called only for a 429). */
  next(
    decision: RetryDecision,
    error: SnykApiError,
    rateLimitWait: () => { waitMs: number; reason: string },
  ): NextStep;
}

/** Waits while a new org becomes visible: 0.5 s, 1 s, 2 s, 4 s, then every 5 s. */
const NOT_VISIBLE_DELAYS = { baseDelayMs: 500, maxDelayMs: 5_000 };

export function createRetryBudget(input: {
  retry: RetrySettings;
  now: () => number;
  random: () => number;
  /** When this run created the org the request names, if it did. */
  createdAt: number | undefined;
}): RetryBudget {
  const { retry, now } = input;
  let retries = 0;
  let backoffs = 0;
  let notVisible = 0;
  let firstFailureAt: number | undefined;
  const stop = (error: SnykApiError, extra: string, fatal = false): NextStep => ({
    kind: 'stop',
    error: extendError(error, extra, { retries }),
    fatal,
  });
  const gaveUp = (elapsed: number) =>
    `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'} in ${seconds(elapsed)}`;
  const retryIn = (delayMs: number): NextStep => {
    retries++;
    return { kind: 'retry', delayMs };
  };

  return {
    retries: () => retries,
    next(decision, error, rateLimitWait) {
      if (decision.kind === 'done') throw new Error('a successful outcome has no next step');
      if (decision.kind === 'fail') {
        if (!decision.mayHaveApplied) return stop(error, '', decision.fatal);
        return {
          kind: 'stop',
          error: extendError(
            error,
            `; the request may have reached Snyk, so it was not repeated: re-read to see whether it took effect`,
            { mayHaveApplied: true, retries },
          ),
          fatal: false,
        };
      }
      firstFailureAt ??= now();
      const elapsed = now() - firstFailureAt;
      if (decision.wait === 'rate-limit') {
        const { waitMs, reason } = rateLimitWait();
        if (elapsed + waitMs <= retry.maxElapsedMs) return retryIn(0);
        // Every request shares the limit, so none can succeed before then: stop the run.
        const extra = ` (${gaveUp(elapsed)}: Snyk asked to wait ${seconds(waitMs)} more (${reason}), which would exceed the wait budget of ${seconds(retry.maxElapsedMs)}; the run stopped: run the same command again after ${clockTime(now() + waitMs, now())})`;
        return stop(error, extra, true);
      }
      if (decision.wait === 'not-yet-visible') {
        const createdAt = input.createdAt ?? now();
        const delay = backoffDelay(notVisible, { ...retry, ...NOT_VISIBLE_DELAYS }, () => 1);
        if (now() + delay <= createdAt + retry.newOrgGraceMs) {
          notVisible++;
          return retryIn(delay);
        }
        const age = seconds(now() - createdAt);
        return stop(
          error,
          ` (this run created the org ${age} ago; Snyk still does not show it after the ${seconds(retry.newOrgGraceMs)} allowed for a new org to appear)`,
        );
      }
      const delay = backoffDelay(backoffs, retry, input.random);
      if (backoffs >= retry.maxRetries) return stop(error, ` (${gaveUp(elapsed)})`);
      if (elapsed + delay > retry.maxElapsedMs) {
        const extra = ` (${gaveUp(elapsed)}: waiting ${seconds(delay)} more would exceed the retry budget of ${seconds(retry.maxElapsedMs)})`;
        return stop(error, extra);
      }
      backoffs++;
      return retryIn(delay);
    },
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** `14:05 UTC`, with the date when it is not today: a time a user can act on. */
export function clockTime(atMs: number, nowMs: number): string {
  const at = new Date(Math.min(atMs, 8.64e15)).toISOString();
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const day = at.slice(0, 10);
  return `${day === today ? '' : `${day} `}${at.slice(11, 16)} UTC`;
}
