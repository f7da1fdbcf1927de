// Reality mode, rateLimitHeaders and rateLimitNoRetryAfter (REALITY §8-9).
import { describe, expect, it } from 'vitest';
import { type Harness, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';
import type { EmulatorOptions } from './types.ts';

let t = Date.UTC(2025, 0, 1);
const start = harnessesClosedAfterEach({
  generate: { orgs: 2, membersPerOrg: [1, 2], seed: 51 },
  now: () => new Date(t),
});
function harness(options: Partial<EmulatorOptions> = {}): Promise<Harness> {
  t = Date.UTC(2025, 0, 1);
  return start(options);
}

const orgs = `/rest/orgs?version=${VERSION}`;
const rate = (res: { headers: Headers }) => ({
  limit: res.headers.get('x-ratelimit-limit'),
  remaining: res.headers.get('x-ratelimit-remaining'),
  reset: res.headers.get('x-ratelimit-reset'),
  retryAfter: res.headers.get('retry-after'),
});

describe('rateLimitHeaders (REALITY §8)', () => {
  it('reports the per-second, per-minute and per-hour limits in structured headers', async () => {
    const h = await harness({ reality: { rateLimitHeaders: true } });
    const first = rate(await h.call('GET', orgs));
    const name = (w: string) =>
      `name="crd|generic_key^api-gateway.api-rest|generic_key^${w}|principal_id|ratelimit_bucket^high"`;
    expect(first.limit).toBe(
      `160, 160;w=1;${name('per_second')}, 1620;w=60;${name('per_minute')}, 97200;w=3600;${name('per_hour')}`,
    );
    expect(first).toMatchObject({ remaining: '159', reset: '1', retryAfter: null });
    expect(rate(await h.call('GET', orgs)).remaining).toBe('158');
    const v1 = rate(await h.call('GET', `/v1/group/${h.groupId}/settings`));
    expect(v1.limit).toMatch(/^160, 160;w=1;name="[^"]*api-v1[^"]*per_second[^"]*", 2000;w=60;/);
    expect(v1.remaining).toBe('159');
  });

  it('enforces the per-second bucket per token: a limit the client is not told', async () => {
    const h = await harness({ reality: { rateLimitHeaders: { perSecond: 3 } } });
    for (let i = 0; i < 3; i++) expect((await h.call('GET', orgs)).status).toBe(200);
    const limited = await h.call('GET', orgs);
    expect(limited.status).toBe(429);
    expect(rate(limited)).toMatchObject({ remaining: '0', reset: '1', retryAfter: '1' });
    t += 999;
    expect((await h.call('GET', orgs)).status).toBe(429);
    t += 1;
    const again = await h.call('GET', orgs);
    expect(again.status).toBe(200);
    expect(rate(again).remaining).toBe('2');
  });

  it('reports the minute window when it is closest to its limit, with its reset', async () => {
    const h = await harness({ rateLimit: { perMinute: 5 }, reality: { rateLimitHeaders: true } });
    await h.call('GET', orgs);
    t += 20_000;
    const res = rate(await h.call('GET', orgs));
    expect(res.limit?.startsWith('5, 160;w=1;')).toBe(true);
    expect(res).toMatchObject({ remaining: '3', reset: '40' });
  });

  it('off, sends no X-RateLimit headers and has no per-second bucket', async () => {
    const h = await harness();
    for (let i = 0; i < 200; i++) expect((await h.call('GET', orgs)).status).toBe(200);
    expect(rate(await h.call('GET', orgs))).toMatchObject({ limit: null, remaining: null, reset: null });
  });
});

describe('rateLimitNoRetryAfter (REALITY §9)', () => {
  it('answers a 429 with body {}, no Retry-After, and the wait in X-RateLimit-Reset', async () => {
    const h = await harness({ rateLimit: { perMinute: 2 }, reality: { rateLimitNoRetryAfter: true } });
    await h.call('GET', orgs);
    const ok = await h.call('GET', orgs);
    expect(rate(ok).limit).toBeNull();
    const limited = await h.call('GET', orgs);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({});
    expect(rate(limited)).toMatchObject({ retryAfter: null, remaining: '0', reset: '60' });
    expect(rate(limited).limit).toMatch(/^2, 160;w=1;.*, 2;w=60;/); // the minute window is the one exhausted
    const members = `/v1/group/${h.groupId}/members`;
    expect((await h.call('GET', members)).status).toBe(200);
    t += 15_000;
    const v1 = await h.call('GET', members);
    expect([v1.status, v1.body, rate(v1).retryAfter, rate(v1).reset]).toEqual([429, {}, null, '45']);
  });

  it('off, a 429 carries Retry-After and the documented error body', async () => {
    const h = await harness({ rateLimit: { perMinute: 1 } });
    await h.call('GET', orgs);
    const limited = await h.call('GET', orgs);
    expect(rate(limited)).toMatchObject({ retryAfter: '60', reset: null });
    expect(limited.body).toMatchObject({ errors: [{ status: '429' }] });
  });
});
