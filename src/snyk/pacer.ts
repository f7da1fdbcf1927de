// The rate-limit state of one API (REST or v1: Snyk counts them apart). Every request of that
// API passes `wait()` just before it is sent, so one pacer sees all requests in flight. It holds
// a start back until all of these allow it:
// - a pause: after a 429, every request of the API waits for the Retry-After, the reset, or a
//   fallback that doubles from 1 s up to the window (60 s when Snyk said nothing);
// - the windows: the `--rate-limit` ceiling, and what X-RateLimit-Limit says the token has
//   (each window kept at 90% of its count, since other tools may share the token);
// - the budget: X-RateLimit-Remaining, less the requests already in flight, until the reset. A hold
// that Snyk asked for and that is longer than `maxWaitMs` is not waited out: the waiting requests
// are rejected with a RateLimitStop saying what Snyk asked (docs/snyk-api.md#pacing-and-retries).
import { isOddWindow, type RateLimitHint } from './rate-limit-headers.ts';
import { pause, type Sleep } from './timers.ts';

/** Holds at least this long are reported through `onWait`. */
export const NOTICE_WAIT_MS = 5_000;

/** Why requests are held: what Snyk asked, in its own header's words, or the --rate-limit ceiling. */
export interface Hold {
  reason: string;
  /** Whether Snyk asked for it (the --rate-limit ceiling is the user's own). */
  fromSnyk: boolean;
}

/** The rejection of every waiting request when Snyk asks for a hold beyond the budget. */
export class RateLimitStop extends Error {
  constructor(
    readonly waitMs: number,
    readonly hold: Hold,
    readonly untilMs: number,
  ) {
    super(`Snyk asked to wait ${Math.ceil(waitMs / 1000)} s (${hold.reason})`);
  }
}

export interface Pacer {
  /**
   * Waits until a request may start. FIFO. Returns early (to be checked) once `signal` aborts;
   * rejects with a RateLimitStop when Snyk asks for a hold beyond `maxWaitMs`.
   */
  wait(): Promise<void>;
  /** Holds every request back until `untilMs`. */
  pauseUntil(untilMs: number, reason?: string): void;
  /** Learns from a response: the windows the token has, and what is left of the current one. */
  observe(hint: RateLimitHint, othersInFlight: number): void;
  /** A 429: pauses every request; returns when the pause ends (epoch ms) and what Snyk asked. */
  rateLimited(hint: RateLimitHint): { until: number; reason: string };
  /** A success: the fallback wait starts again from its shortest. */
  succeeded(): void;
}

export interface PacerOptions {
  /** Requests per window (default window: one minute); absent or 0: no ceiling. */
  perMinute?: number;
  windowMs?: number;
  /** Extra time the configured window is kept (default: 2% of the window, at least 50 ms). */
  guardMs?: number;
  now: () => number;
  sleep: Sleep;
  signal?: AbortSignal;
  /** The longest hold Snyk may ask for; a longer one rejects the waiting requests (default: none). */
  maxWaitMs?: number;
  /** Told of every hold of NOTICE_WAIT_MS or more, when it starts. */
  onWait?: (waitMs: number, hold: Hold) => void;
  /** Told once of each window Snyk announces that looks wrong (see isOddWindow). */
  onOddWindow?: (header: string) => void;
}

interface Window {
  count: number;
  windowMs: number;
  guardMs: number;
  /** How it was stated: `--rate-limit`, or the `X-RateLimit-Limit` item. */
  label: string;
}

/** What share of a window the server announces is used: other tools may share the token. */
const LEARNED_SHARE = 0.9;
/** Snyk's documented rate-limiting interval: the wait when nothing else is known. */
const FALLBACK_WINDOW_MS = 60_000;
const FALLBACK_FIRST_MS = 1_000;
/** A reset of "0" (integer seconds, rounded down) still means "not yet". */
const MIN_RESET_WAIT_MS = 250;

// The server's window starts when a request arrives, the client's when it is sent; the first
// requests of a run arrive late (connections are set up), so a window is kept this much longer
// than its length, or the next full window's requests could land in the server's first.
const guardFor = (windowMs: number) => Math.max(50, windowMs * 0.02);

interface State {
  configured: Window[];
  learned: Window[];
  // A sliding-window log: a start may happen when the start `count` places before it is a whole
  // window (plus guard) ago, so no span of a window holds more than `count` starts, whatever the
  // server's window alignment, and a run below the limit is never slowed at all.
  starts: number[];
  pausedUntil: number;
  pauseReason: string;
  budget: { left: number; until: number; reason: string } | undefined;
  escalation: number;
  oddWindows: Set<string>;
}

export function createPacer(options: PacerOptions): Pacer {
  const state: State = {
    configured: configuredWindows(options),
    learned: [],
    starts: [],
    pausedUntil: 0,
    pauseReason: '',
    budget: undefined,
    escalation: 0,
    oddWindows: new Set(),
  };
  const signal = options.signal ?? new AbortController().signal;
  const maxWaitMs = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  const queue: { resolve: () => void; reject: (error: RateLimitStop) => void }[] = [];
  let pumping = false;
  // Each start is decided when it happens, one waiter at a time, so a late timer (a busy event
  // loop, a long GC pause) never releases the starts it missed all at once.
  const pump = async () => {
    pumping = true;
    try {
      while (queue.length > 0) {
        if (signal.aborted) {
          for (const waiter of queue.splice(0)) waiter.resolve();
          return;
        }
        const now = options.now();
        const { at, hold } = nextStart(state, now);
        if (at > now) {
          if (hold.fromSnyk && at - now > maxWaitMs) {
            const stop = new RateLimitStop(at - now, hold, at);
            for (const waiter of queue.splice(0)) waiter.reject(stop);
            return;
          }
          if (at - now >= NOTICE_WAIT_MS) options.onWait?.(at - now, hold);
          await pause(options.sleep, at - now, signal);
          continue;
        }
        recordStart(state, now);
        queue.shift()?.resolve();
      }
    } finally {
      pumping = false;
    }
  };
  return {
    wait() {
      return new Promise<void>((resolve, reject) => {
        queue.push({ resolve, reject });
        if (!pumping) void pump();
      });
    },
    pauseUntil(untilMs, reason = 'a pause') {
      if (untilMs <= state.pausedUntil) return;
      state.pausedUntil = untilMs;
      state.pauseReason = reason;
    },
    observe: (hint, othersInFlight) => {
      learn(state, hint, othersInFlight, options.now());
      for (const w of hint.windows) {
        const header = `${w.count};w=${w.windowMs / 1000}`;
        if (!isOddWindow(w) || state.oddWindows.has(header)) continue;
        state.oddWindows.add(header);
        options.onOddWindow?.(header);
      }
    },
    rateLimited: (hint) => pauseForRateLimit(state, hint, options.now()),
    succeeded() {
      state.escalation = 0;
    },
  };
}

function configuredWindows(options: PacerOptions): Window[] {
  const limit = options.perMinute !== undefined && options.perMinute > 0 ? Math.floor(options.perMinute) : 0;
  if (limit === 0) return [];
  const windowMs = options.windowMs ?? 60_000;
  return [{ count: limit, windowMs, guardMs: options.guardMs ?? guardFor(windowMs), label: '--rate-limit' }];
}

function nextStart(state: State, now: number): { at: number; hold: Hold } {
  let at = now;
  let hold: Hold = { reason: '', fromSnyk: false };
  const later = (time: number, reason: string, fromSnyk = true) => {
    if (time <= at) return;
    at = time;
    hold = { reason, fromSnyk };
  };
  later(state.pausedUntil, state.pauseReason);
  if (state.budget !== undefined && now >= state.budget.until) state.budget = undefined;
  if (state.budget !== undefined && state.budget.left <= 0) later(state.budget.until, state.budget.reason);
  for (const w of [...state.configured, ...state.learned]) {
    const earlier = state.starts[state.starts.length - w.count];
    if (earlier !== undefined) later(earlier + w.windowMs + w.guardMs, w.label, w.label !== '--rate-limit');
  }
  return { at, hold };
}

function recordStart(state: State, now: number): void {
  state.starts.push(now);
  const keep = Math.max(0, ...[...state.configured, ...state.learned].map((w) => w.count));
  if (state.starts.length > keep * 2 + 16) state.starts.splice(0, state.starts.length - keep);
  if (state.budget !== undefined) state.budget.left--;
}

function learn(state: State, hint: RateLimitHint, othersInFlight: number, now: number): void {
  if (hint.windows.length > 0) {
    state.learned = hint.windows.map((w) => ({
      count: Math.max(1, Math.floor(w.count * LEARNED_SHARE)),
      windowMs: w.windowMs,
      guardMs: guardFor(w.windowMs),
      label: `X-RateLimit-Limit: ${w.count};w=${w.windowMs / 1000}`,
    }));
  }
  if (hint.remaining !== undefined && hint.resetMs !== undefined) {
    state.budget = {
      left: hint.remaining - othersInFlight,
      until: now + hint.resetMs,
      reason: `X-RateLimit-Remaining: ${hint.remaining}, X-RateLimit-Reset: ${hint.resetMs / 1000}`,
    };
  }
}

function pauseForRateLimit(
  state: State,
  hint: RateLimitHint,
  now: number,
): { until: number; reason: string } {
  const told =
    hint.retryAfterMs ?? (hint.resetMs === undefined ? undefined : Math.max(hint.resetMs, MIN_RESET_WAIT_MS));
  if (told !== undefined) {
    if (now + told > state.pausedUntil) {
      state.pausedUntil = now + told;
      state.pauseReason =
        hint.retryAfterMs !== undefined
          ? `a 429 with Retry-After: ${told / 1000}`
          : `a 429 with X-RateLimit-Reset: ${told / 1000}`;
    }
  } else if (now >= state.pausedUntil) {
    // Nothing said: wait 1 s, 2 s, 4 s … up to the shortest window known (Snyk's minute by
    // default). Answers to requests sent before this pause began do not escalate it.
    const cap = Math.min(FALLBACK_WINDOW_MS, ...state.learned.map((w) => w.windowMs));
    state.pausedUntil = now + Math.min(cap, FALLBACK_FIRST_MS * 2 ** state.escalation);
    state.pauseReason = 'a 429 without Retry-After: backing off';
    state.escalation++;
  }
  state.budget = undefined;
  return { until: state.pausedUntil, reason: state.pauseReason };
}
