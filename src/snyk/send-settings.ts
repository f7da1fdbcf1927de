// How every request of a run is sent, whoever sends it (the API transport or the OAuth token
// request): the agent, the deadlines, the retry bounds, and the clock, sleep and randomness
// that tests inject.
import type { Dispatcher } from 'undici';
import type { RetrySettings } from './retry-policy.ts';
import type { Sleep } from './timers.ts';

export interface SendSettings {
  dispatcher: Dispatcher;
  headersMs: number;
  bodyMs: number;
  retry: RetrySettings;
  now: () => number;
  sleep: Sleep;
  random: () => number;
  log: ((line: string) => void) | undefined;
}
