// Waiting that a fatal error can cut short. Every wait in the client goes through `pause`, so
// once the run's signal is aborted no request sleeps on toward another retry, and no timer is
// left to keep the process alive after the error was printed.

/** setTimeout fires at once (with a TimeoutOverflowWarning) above this; longer waits are clamped. */
export const MAX_TIMER_MS = 2_147_483_647;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export function clampTimerMs(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return ms === Number.POSITIVE_INFINITY ? MAX_TIMER_MS : 0;
  return Math.min(ms, MAX_TIMER_MS);
}

/** The real sleep: a clamped timer, cleared when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, clampTimerMs(ms));
    signal?.addEventListener('abort', done, { once: true });
  });

/** Sleeps with `sleep` (maybe injected, maybe ignoring signals) but returns as soon as `signal` aborts. */
export function pause(sleep: Sleep, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  let onAbort = () => {};
  const aborted = new Promise<void>((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([sleep(clampTimerMs(ms), signal), aborted]).finally(() =>
    signal.removeEventListener('abort', onAbort),
  );
}
