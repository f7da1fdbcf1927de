// Rate limits as Snyk applies them (REALITY.md §8-9): structured X-RateLimit headers read on
// every response, pacing below what they say, a 429 without Retry-After waited out on the reset
// (or a fallback), and one 429 pausing every request of its API.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createPacer } from './pacer.ts';
import { parseLimit, readRateLimitHint } from './rate-limit-headers.ts';
import { closedAfterEach, testClient } from './testing/clients.test-helpers.ts';
import { fakeClock } from './testing/fake-clock.test-helpers.ts';
import { sendJson, startScriptedServer } from './testing/scripted-server.test-helpers.ts';
import { realSleep } from './timers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000005';
const GROUP = '22222222-2222-4222-8222-222222222222';
const SNYK_LIMIT =
  '160, 160;w=1;name="api_per_second, burst", 1620;w=60;name="api_per_minute", 97200;w=3600;name="api_per_hour"';

const track = closedAfterEach();

describe('reading the headers', () => {
  it('reads the structured limit, keeping quoted commas inside names', () => {
    expect(parseLimit(SNYK_LIMIT)).toEqual([
      { count: 160, windowMs: 1000 },
      { count: 1620, windowMs: 60_000 },
      { count: 97200, windowMs: 3_600_000 },
    ]);
    expect(parseLimit('100')).toEqual([]);
    expect(parseLimit('junk;w=x, 5;w=0.5')).toEqual([{ count: 5, windowMs: 500 }]);
  });

  it('reads remaining, reset as delta seconds or an epoch time, and Retry-After', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(
      readRateLimitHint(
        { 'x-ratelimit-limit': SNYK_LIMIT, 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': '2' },
        now,
      ),
    ).toMatchObject({ remaining: 7, resetMs: 2000 });
    expect(readRateLimitHint({ 'x-ratelimit-reset': String(now / 1000 + 30) }, now).resetMs).toBe(30_000);
    expect(readRateLimitHint({ 'retry-after': '4', 'x-ratelimit-remaining': 'lots' }, now)).toEqual({
      windows: [],
      retryAfterMs: 4000,
    });
  });
});

describe('pacing by what the server says', () => {
  it('keeps each announced window at 90%: 10;w=1 lets 9 requests start per second (and its guard)', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const pacer = createPacer({ now, sleep });
    pacer.observe({ windows: [{ count: 10, windowMs: 1000 }] }, 0);
    const starts: number[] = [];
    for (let i = 0; i < 19; i++) {
      await pacer.wait();
      starts.push(c.now);
    }
    expect(starts.filter((t) => t === 0)).toHaveLength(9);
    expect(starts.filter((t) => t === 1050)).toHaveLength(9);
    expect(starts.at(-1)).toBe(2100);
  });

  it('keeps the --rate-limit ceiling when the server announces more', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const pacer = createPacer({ perMinute: 2, windowMs: 1000, guardMs: 0, now, sleep });
    pacer.observe({ windows: [{ count: 1000, windowMs: 1000 }] }, 0);
    for (let i = 0; i < 3; i++) await pacer.wait();
    expect(c.now).toBe(1000);
  });

  it('stops at the remaining budget (less what is in flight) until the reset', async () => {
    const { clock: c, now, sleep } = fakeClock();
    const pacer = createPacer({ now, sleep });
    pacer.observe({ windows: [], remaining: 3, resetMs: 700 }, 1);
    for (let i = 0; i < 3; i++) await pacer.wait();
    expect(c.waits).toEqual([700]);
  });
});

describe('429 answers', () => {
  const org = { data: { id: GROUP, type: 'org', attributes: { name: 'n', slug: 's' } } };

  async function setup(handler: Parameters<typeof startScriptedServer>[0]) {
    const server = track(await startScriptedServer(handler));
    const clock = { now: Date.parse('2026-01-01T00:00:00Z'), sleeps: [] as number[] };
    const client = testClient(server.url, TOKEN, {
      now: () => clock.now,
      sleep: async (ms) => {
        clock.sleeps.push(ms);
        clock.now += ms;
      },
    });
    track(client);
    return { server, client, clock };
  }

  it('waits for X-RateLimit-Reset when a 429 has no Retry-After (snyk/parlay), body {}', async () => {
    const { clock, client } = await setup((_req, res, i) =>
      i === 0
        ? sendJson(res, 429, {}, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '12' })
        : sendJson(res, 200, org),
    );
    await client.getOrg(GROUP);
    expect(clock.sleeps).toEqual([12_000]);
  });

  it('falls back to 1 s, 2 s, 4 s … when a 429 says nothing, and gives up within the budget', async () => {
    const { clock, client, server } = await setup((_req, res) => sendJson(res, 429, {}));
    const error = await client.getOrg(GROUP).catch((e: unknown) => e);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000]);
    expect(server.requests).toHaveLength(7);
    expect(error).toMatchObject({ code: 'SNYK_RATE_LIMITED' });
    expect((error as Error).message).toMatch(/run the same command again after \d\d:\d\d UTC\)$/);
  });
});

describe('a limit the client is not told (10 requests/s, headers as Snyk sends them)', () => {
  // Real HTTP, on a clock that runs ten times faster than the wall clock, shared by the server:
  // 250 reads at 10/s take 25 s of that clock. Nothing asserts on time, only on the answers.
  const FACTOR = 10;
  const started = performance.now();
  const now = () => Date.parse('2026-01-01T00:00:00Z') + (performance.now() - started) * FACTOR;

  it('reads a few hundred orgs and their memberships drawing at most 5 answers of 429', async () => {
    const ORGS = 250;
    const orgId = (i: number) => `dddddddd-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const counts = new Map<number, number>();
    let limited = 0;
    const answer = (res: ServerResponse, status: number, body: unknown, remaining: number) => {
      const t = now();
      sendJson(res, status, body, {
        'x-ratelimit-limit': '10, 10;w=1;name="per_second"',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': String(Math.ceil((1000 - (t % 1000)) / 1000)),
      });
    };
    const server = track(
      await startScriptedServer((req, res) => {
        const window = Math.floor(now() / 1000);
        const used = counts.get(window) ?? 0;
        if (used >= 10) {
          limited++;
          return answer(res, 429, {}, 0);
        }
        counts.set(window, used + 1);
        const url = new URL(req.url, 'http://x');
        if (url.pathname.endsWith('/orgs')) {
          const from = Number(url.searchParams.get('starting_after') ?? 0);
          const data = Array.from({ length: Math.min(100, ORGS - from) }, (_, k) => ({
            id: orgId(from + k),
            type: 'org',
            attributes: { name: `Org ${from + k}`, slug: `org-${from + k}` },
          }));
          const next =
            from + 100 < ORGS ? `/groups/${GROUP}/orgs?limit=100&starting_after=${from + 100}` : undefined;
          return answer(res, 200, { data, links: next === undefined ? {} : { next } }, 9 - used);
        }
        return answer(res, 200, { data: [], links: {} }, 9 - used);
      }),
    );
    const c = track(
      testClient(server.url, TOKEN, {
        concurrency: 16,
        now,
        sleep: (ms, signal) => realSleep(ms / FACTOR, signal),
      }),
    );
    const orgs = await c.listGroupOrgs(GROUP);
    expect(orgs).toHaveLength(ORGS);
    const memberships = await Promise.all(orgs.map((o) => c.listOrgMemberships(o.id)));
    expect(memberships).toHaveLength(ORGS);
    expect(server.requests.length).toBe(3 + ORGS + limited);
    expect(limited).toBeLessThanOrEqual(5);
    expect(c.stats().rateLimited).toBe(limited);
  });
});
