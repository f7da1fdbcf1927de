// Every rate-limit hold draws on one budget (issue 34): a hold Snyk asks for beyond it, through
// any header, stops the run with what Snyk asked and when to run again; holds of 5 s or more are
// told as they start; a window no real Snyk limit has is a warning.
import { describe, expect, it } from 'vitest';
import { createPacer, type Hold, RateLimitStop } from './pacer.ts';
import { isOddWindow } from './rate-limit-headers.ts';
import { closedAfterEach, testClient } from './testing/clients.test-helpers.ts';
import { fakeClock } from './testing/fake-clock.test-helpers.ts';
import { sendJson, startScriptedServer } from './testing/scripted-server.test-helpers.ts';
import type { RateLimitEvent } from './types.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000034';
const track = closedAfterEach();

describe('the pacer and the wait budget', () => {
  it('rejects the waiting requests when the reset Snyk asks for is beyond the budget', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const pacer = createPacer({ now, sleep, maxWaitMs: 120_000 });
    pacer.observe({ windows: [], remaining: 0, resetMs: 3_000_000 }, 0);
    const stop = await pacer.wait().catch((error: unknown) => error);
    expect(stop).toBeInstanceOf(RateLimitStop);
    expect((stop as RateLimitStop).hold.reason).toBe('X-RateLimit-Remaining: 0, X-RateLimit-Reset: 3000');
    expect((stop as RateLimitStop).waitMs).toBe(3_000_000);
    expect(c.waits).toEqual([]);
  });

  it('rejects a second request under an announced window of one a day', async () => {
    const { now, sleep } = fakeClock();
    const odd: string[] = [];
    const pacer = createPacer({ now, sleep, maxWaitMs: 120_000, onOddWindow: (h) => odd.push(h) });
    pacer.observe({ windows: [{ count: 1, windowMs: 86_400_000 }] }, 0);
    pacer.observe({ windows: [{ count: 1, windowMs: 86_400_000 }] }, 0);
    await pacer.wait();
    const stop = (await pacer.wait().catch((error: unknown) => error)) as RateLimitStop;
    expect(stop.hold.reason).toBe('X-RateLimit-Limit: 1;w=86400');
    expect(odd).toEqual(['1;w=86400']);
  });

  it('waits out holds within the budget, telling those of 5 s or more', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const told: [number, Hold][] = [];
    const pacer = createPacer({
      now,
      sleep,
      maxWaitMs: 120_000,
      onWait: (ms, hold) => told.push([ms, hold]),
    });
    pacer.observe({ windows: [], remaining: 0, resetMs: 2_000 }, 0);
    await pacer.wait();
    pacer.observe({ windows: [], remaining: 0, resetMs: 90_000 }, 0);
    await pacer.wait();
    expect(c.waits).toEqual([2_000, 90_000]);
    expect(told).toEqual([
      [90_000, { reason: 'X-RateLimit-Remaining: 0, X-RateLimit-Reset: 90', fromSnyk: true }],
    ]);
  });

  it('does not stop on the user’s own --rate-limit ceiling', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const pacer = createPacer({
      perMinute: 1,
      windowMs: 600_000,
      guardMs: 0,
      now,
      sleep,
      maxWaitMs: 120_000,
    });
    await pacer.wait();
    await pacer.wait();
    expect(c.now).toBe(600_000);
  });

  it('calls windows odd when longer than an hour or slower than one request a minute', () => {
    expect(isOddWindow({ count: 1, windowMs: 86_400_000 })).toBe(true);
    expect(isOddWindow({ count: 10, windowMs: 3_600_000 })).toBe(true);
    expect(isOddWindow({ count: 97_200, windowMs: 3_600_000 })).toBe(false);
    expect(isOddWindow({ count: 160, windowMs: 1_000 })).toBe(false);
  });
});

describe('the client over HTTP', () => {
  it('stops the run on a 2xx that asks for an hour-long reset, naming the header and when to retry', async () => {
    let served = 0;
    const server = track(
      await startScriptedServer((_req, res) => {
        served++;
        sendJson(
          res,
          200,
          { data: [], links: {} },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': '3000',
          },
        );
      }),
    );
    const events: RateLimitEvent[] = [];
    const clock = { now: Date.parse('2026-01-01T12:00:00Z') };
    const client = track(
      testClient(server.url, TOKEN, {
        now: () => clock.now,
        sleep: async (ms) => {
          clock.now += ms;
        },
        onRateLimit: (e) => events.push(e),
      }),
    );
    await client.listGroupOrgs('22222222-2222-4222-8222-222222222222');
    const error = await client.listGroupOrgs('22222222-2222-4222-8222-222222222222').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_RATE_LIMITED' });
    expect(String((error as Error).message)).toMatch(
      /^Snyk's REST rate limit asks to wait 50 min \(X-RateLimit-Remaining: 0, X-RateLimit-Reset: 3000\), longer than the wait budget of 2 min, so the run stopped and nothing more was sent\. Run the same command again after 12:50 UTC/,
    );
    expect(served).toBe(1);
    expect(events).toEqual([]);
  });
});
