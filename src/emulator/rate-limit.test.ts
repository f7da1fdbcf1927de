import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows `limit` requests per window and answers the next with a Retry-After', () => {
    const limiter = new RateLimiter(3, 60_000, true);
    expect([0, 1, 2].map((t) => limiter.check('a', t).ok)).toEqual([true, true, true]);
    expect(limiter.check('a', 3)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it('keeps each key in its own bucket', () => {
    const limiter = new RateLimiter(1, 1000, true);
    expect(limiter.check('a', 0).ok).toBe(true);
    expect(limiter.check('b', 0).ok).toBe(true);
    expect(limiter.check('a', 1).ok).toBe(false);
  });

  it('keeps refusing until a whole window passes with no requests (REST wording)', () => {
    const limiter = new RateLimiter(1, 1000, true);
    limiter.check('a', 0);
    expect(limiter.check('a', 100).ok).toBe(false); // blocked until 1100
    expect(limiter.check('a', 1000).ok).toBe(false); // a request while blocked extends to 2000
    expect(limiter.check('a', 1999).ok).toBe(false); // … and again to 2999
    expect(limiter.check('a', 2999).ok).toBe(true);
  });

  it('without extension, frees the key when the window ends (v1 group members: 1/min)', () => {
    const limiter = new RateLimiter(1, 60_000, false);
    expect(limiter.check('a', 0).ok).toBe(true);
    expect(limiter.check('a', 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.check('a', 59_999).ok).toBe(false);
    expect(limiter.check('a', 60_000).ok).toBe(true);
  });
});
