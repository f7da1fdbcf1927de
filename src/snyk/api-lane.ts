// Everything one API (REST or v1) shares across the requests in flight: its pacer, how many of
// its requests are out, and the first-answer probe. Until the API has answered once, requests
// go one at a time: that answer's X-RateLimit headers say how fast the token may go, so a run
// wider than the token's per-second limit does not open with a burst of 429s.
import { createPacer, type Pacer, type PacerOptions } from './pacer.ts';
import type { RateLimitHint } from './rate-limit-headers.ts';

export interface ApiLane {
  readonly pacer: Pacer;
  /** Resolves when the request may go on to the limiter; returns what to call once it is answered. */
  enter(): Promise<Ticket>;
}

export interface Ticket {
  /** After pacing, right before sending. */
  sending(): void;
  /** The attempt ended: learn from its headers (if any), let waiting requests in. Idempotent. */
  answered(hint?: RateLimitHint): void;
}

export function createApiLane(options: PacerOptions): ApiLane {
  const pacer = createPacer(options);
  let inFlight = 0;
  let answeredOnce = false;
  let probe: Promise<void> | undefined;
  let endProbe = () => {};
  options.signal?.addEventListener('abort', () => endProbe(), { once: true });

  return {
    pacer,
    async enter() {
      let probing = false;
      while (!answeredOnce && !options.signal?.aborted) {
        if (probe === undefined) {
          probe = new Promise<void>((resolve) => {
            endProbe = resolve;
          });
          probing = true;
          break;
        }
        await probe;
      }
      let sent = false;
      let done = false;
      return {
        sending() {
          sent = true;
          inFlight++;
        },
        answered(hint) {
          if (done) return;
          done = true;
          if (sent) inFlight--;
          if (hint !== undefined) pacer.observe(hint, inFlight);
          if (probing) {
            // Any ending counts: a failed probe still lets the others go (they will learn later).
            answeredOnce = true;
            endProbe();
          }
        },
      };
    },
  };
}
