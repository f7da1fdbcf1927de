// `--rate-limit` / SNYK_GITOPS_RATE_LIMIT: the token's known limits, and the pace derived from them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, parseRateLimit } from '../engine/api-settings.ts';
import { paceFor } from '../engine/session.ts';
import { resolveApiSettings } from './options.ts';

describe('parseRateLimit', () => {
  it.each([
    ['1620', { rest: 1620, v1: 2000, windowMs: 60_000 }],
    ['1620,2000', { rest: 1620, v1: 2000, windowMs: 60_000 }],
    ['1620,1620/6s', { rest: 1620, v1: 1620, windowMs: 6000 }],
    ['100/10s', { rest: 100, v1: 2000, windowMs: 10_000 }],
    ['0', { rest: 0, v1: 0, windowMs: 60_000 }],
  ])('reads %s', (raw, expected) => {
    expect(parseRateLimit(raw)).toEqual(expected);
  });

  it.each(['fast', '1620/', '-5', '1620,2000/0s', '1620 per minute', ''])(
    'refuses %j naming the format',
    (raw) => {
      expect(() => parseRateLimit(raw)).toThrowError(
        `--rate-limit '${raw}' is not a rate limit (expected REST[,V1][/SECONDSs] requests per window, e.g. 1620,2000/60s, or 0 for no pacing)`,
      );
    },
  );
});

describe('resolveApiSettings rate limit', () => {
  it("defaults to Snyk's documented limits", () => {
    expect(resolveApiSettings({}, {}).rateLimit).toEqual(DEFAULT_RATE_LIMIT);
    expect(DEFAULT_RATE_LIMIT).toEqual({ rest: 1620, v1: 2000, windowMs: 60_000 });
  });

  it('takes the flag over the environment', () => {
    const env = { SNYK_GITOPS_RATE_LIMIT: '500' };
    expect(resolveApiSettings({}, env).rateLimit?.rest).toBe(500);
    expect(resolveApiSettings({ 'rate-limit': '700,800' }, env).rateLimit).toEqual({
      rest: 700,
      v1: 800,
      windowMs: 60_000,
    });
  });
});

describe('paceFor', () => {
  it('paces at 96% of each limit, a margin for starts that drift on their way to Snyk', () => {
    expect(paceFor({ rest: 1620, v1: 2000, windowMs: 60_000 })).toEqual({
      perMinute: 1555,
      v1PerMinute: 1920,
      windowMs: 60_000,
    });
  });

  it('does not pace when the limits are unknown (0)', () => {
    expect(paceFor({ rest: 0, v1: 0, windowMs: 60_000 })).toEqual({
      perMinute: 0,
      v1PerMinute: 0,
      windowMs: 60_000,
    });
  });
});
