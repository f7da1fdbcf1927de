// Proactive pacing under a known rate limit: in any span of a window no more starts than the
// limit allows, and no delay at all below it; REST and v1 paced apart, as Snyk counts them apart.
import { afterEach, describe, expect, it } from 'vitest';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Emulator } from '../emulator/index.ts';
import { generateState, startEmulator } from '../emulator/index.ts';
import { createSnykClient } from './client.ts';
import { createPacer } from './pacer.ts';
import { fakeClock } from './testing/fake-clock.test-helpers.ts';

describe('createPacer: a sliding window', () => {
  it('lets a run below the limit start at once, then holds each start until the one `limit` places before it is a window old', async () => {
    const { clock, now, sleep } = fakeClock(1000);
    const pacer = createPacer({ perMinute: 3, windowMs: 1000, guardMs: 0, now, sleep });
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await pacer.wait();
      starts.push(clock.now);
    }
    expect(starts).toEqual([1000, 1000, 1000, 2000, 2000, 2000, 3000]);
  });

  it('never starts more than the limit in any span of a window, however callers arrive', async () => {
    const { clock, now, sleep } = fakeClock(0);
    const pacer = createPacer({ perMinute: 50, windowMs: 1000, now, sleep });
    const starts: number[] = [];
    for (let i = 0; i < 400; i++) {
      await pacer.wait();
      starts.push(clock.now);
      if (i % 37 === 0) clock.now += 13; // callers arrive irregularly
    }
    for (const from of starts) {
      const inWindow = starts.filter((t) => t >= from && t < from + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(50);
    }
    expect(starts.at(-1)).toBeLessThan(8000); // and it keeps the pace: 400 starts in ~8 windows
  });

  it('decides each start when it happens: a late timer does not release the missed starts at once', async () => {
    const { clock, now } = fakeClock(0);
    let sleeps = 0;
    const pacer = createPacer({
      perMinute: 2,
      windowMs: 1000,
      guardMs: 0,
      now,
      sleep: async (ms) => {
        await new Promise((resolve) => setImmediate(resolve)); // let released waiters run first
        // The first sleep overruns by a second, as under a long GC pause.
        clock.now += ms + (++sleeps === 1 ? 1000 : 0);
      },
    });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => pacer.wait().then(() => starts.push(clock.now))));
    expect(starts).toEqual([0, 0, 2000, 2000, 3000, 3000]);
  });

  it('uses a one-minute window by default, kept 2% longer against clock skew with the server', async () => {
    const { clock, now, sleep } = fakeClock(0);
    const pacer = createPacer({ perMinute: 2, now, sleep });
    await pacer.wait();
    await pacer.wait();
    await pacer.wait();
    expect(clock.waits).toEqual([61_200]);
  });
});

describe('the client paces REST and v1 apart', () => {
  let emulator: Emulator | undefined;
  let client: SnykClient | undefined;
  afterEach(async () => {
    await client?.close();
    await emulator?.close();
  });

  it('counts REST and v1 requests apart, as Snyk does', async () => {
    const generated = generateState({ orgs: 1, membersPerOrg: [1, 1], seed: 3 });
    emulator = await startEmulator({ state: generated.state, rateLimit: false });
    const { clock, now, sleep } = fakeClock(0);
    client = createSnykClient({
      apiUrl: emulator.url,
      restVersion: '2024-10-15',
      auth: { scheme: 'token', token: generated.token },
      concurrency: 1,
      rateLimit: { perMinute: 1, v1PerMinute: 1, windowMs: 60_000 },
      now,
      sleep,
    });
    const orgId = generated.state.groups[0]?.orgs[0]?.id as string;
    await client.getSelf();
    await client.getOrgSettings(orgId);
    await client.getSelf();
    await client.getOrgSettings(orgId);
    // One request a minute on each API: the first v1 request does not wait for the REST one
    // (they are counted apart); the second REST request waits a minute, after which the
    // second v1 request may start at once.
    expect(clock.waits).toEqual([61_200]);
    expect(emulator.requests().filter((r) => r.status === 429)).toEqual([]);
  });

  it('keeps real sends under the limit when many requests queue for a few slots: no 429 at all', async () => {
    const generated = generateState({ orgs: 1, membersPerOrg: [1, 1], seed: 4 });
    emulator = await startEmulator({
      state: generated.state,
      rateLimit: { perMinute: 100, windowMs: 500 },
      faults: { latencyMs: 2, jitterMs: 8, seed: 4 },
    });
    client = createSnykClient({
      apiUrl: emulator.url,
      restVersion: '2024-10-15',
      auth: { scheme: 'token', token: generated.token },
      concurrency: 16,
      rateLimit: { perMinute: 96, windowMs: 500 },
    });
    const c = client;
    await Promise.all(Array.from({ length: 400 }, () => c.getSelf()));
    const log = emulator.requests();
    expect(log.filter((r) => r.api === 'rest')).toHaveLength(400);
    expect(log.filter((r) => r.status === 429)).toEqual([]);
  });
});
