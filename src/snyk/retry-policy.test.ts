import { describe, expect, it } from 'vitest';
import { backoffDelay, classifyOutcome, DEFAULT_RETRY, parseRetryAfter } from './retry-policy.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter(['2', '9'], now)).toBe(2000);
  });
  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
  });
  it('never returns a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const settings = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
  it('grows exponentially up to the cap, scaled by the jitter', () => {
    expect(backoffDelay(0, settings, () => 1)).toBe(100);
    expect(backoffDelay(2, settings, () => 1)).toBe(400);
    expect(backoffDelay(10, settings, () => 1)).toBe(1000);
    expect(backoffDelay(3, settings, () => 0.5)).toBe(400);
  });
  it('waits at least a millisecond', () => {
    expect(backoffDelay(0, settings, () => 0)).toBe(1);
  });
});

describe('classifyOutcome of a proxy that refuses the tunnel', () => {
  const refused = (proxyStatus: number) =>
    classifyOutcome(
      { kind: 'failure', reason: 'proxy', sent: false, errorCode: `PROXY_${proxyStatus}`, proxyStatus },
      'POST',
      { namesCreatedOrg: false },
    );
  it('stops the run on a 4xx (every request would be refused alike), and retries a 5xx, even a POST', () => {
    expect(refused(407)).toEqual({ kind: 'fail', mayHaveApplied: false, fatal: true });
    expect(refused(403)).toEqual({ kind: 'fail', mayHaveApplied: false, fatal: true });
    expect(refused(502)).toEqual({ kind: 'retry', wait: 'backoff' });
  });
});

describe('classifyOutcome of a refused connection', () => {
  const refused = (serverAnswered: boolean) =>
    classifyOutcome({ kind: 'failure', reason: 'network', sent: false, errorCode: 'ECONNREFUSED' }, 'GET', {
      namesCreatedOrg: false,
      serverAnswered,
    });
  it('stops the run when the server never answered (a wrong URL or port), retries once it has', () => {
    expect(refused(false)).toEqual({ kind: 'fail', mayHaveApplied: false, fatal: true });
    expect(refused(true)).toEqual({ kind: 'retry', wait: 'backoff' });
  });
});
