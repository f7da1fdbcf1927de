import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.ts';
import { createPacer } from './pacer.ts';

describe('createLimiter', () => {
  it('never lets more than the bound run at once, and serves waiters in order', async () => {
    const limiter = createLimiter(2);
    const order: number[] = [];
    const r1 = await limiter.acquire();
    const r2 = await limiter.acquire();
    const third = limiter.acquire().then((r) => {
      order.push(3);
      return r;
    });
    const fourth = limiter.acquire().then((r) => {
      order.push(4);
      return r;
    });
    await Promise.resolve();
    expect(limiter.inFlight()).toBe(2);
    expect(order).toEqual([]);
    r1();
    r1(); // releasing twice frees one slot only
    const r3 = await third;
    expect(order).toEqual([3]);
    expect(limiter.inFlight()).toBe(2);
    r2();
    const r4 = await fourth;
    expect(order).toEqual([3, 4]);
    r3();
    r4();
    expect(limiter.inFlight()).toBe(0);
  });
});

describe('createPacer', () => {
  it('holds every request back until a pause ends', async () => {
    let now = 1000;
    const waits: number[] = [];
    const pacer = createPacer({
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    pacer.pauseUntil(4000);
    pacer.pauseUntil(2000); // an earlier end does not shorten the pause
    await pacer.wait();
    expect(waits).toEqual([3000]);
    await pacer.wait();
    expect(waits).toEqual([3000]);
  });
});
