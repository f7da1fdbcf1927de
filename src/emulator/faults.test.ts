import { describe, expect, it } from 'vitest';
import { FaultInjector } from './faults.ts';

const run = (config: ConstructorParameters<typeof FaultInjector>[0], n: number, method = 'GET') => {
  const injector = new FaultInjector(config);
  return Array.from({ length: n }, () => injector.decide(method, '/rest/orgs'));
};

describe('FaultInjector', () => {
  it('injects nothing by default', () => {
    for (const d of run({}, 50)) {
      expect(d).toEqual({ latencyMs: 0, dropBefore: false, dropAfter: false });
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const config = { serverErrorRate: 0.3, dropBeforeRate: 0.1, dropAfterRate: 0.1, jitterMs: 50 };
    expect(run({ ...config, seed: 42 }, 200)).toEqual(run({ ...config, seed: 42 }, 200));
    expect(run({ ...config, seed: 42 }, 200)).not.toEqual(run({ ...config, seed: 43 }, 200));
  });

  it('answers about the configured share of requests with 500, 502 or 503', () => {
    const decisions = run({ serverErrorRate: 0.25, seed: 3 }, 2000);
    const errors = decisions.filter((d) => d.serverError !== undefined);
    expect(errors.length).toBeGreaterThan(400);
    expect(errors.length).toBeLessThan(600);
    expect(new Set(errors.map((d) => d.serverError))).toEqual(new Set([500, 502, 503]));
  });

  it('spares reads when writesOnly is set', () => {
    expect(
      run({ serverErrorRate: 1, dropBeforeRate: 1, writesOnly: true }, 20, 'GET').some(
        (d) => d.dropBefore || d.serverError,
      ),
    ).toBe(false);
    expect(
      run({ serverErrorRate: 1, writesOnly: true }, 20, 'POST').every((d) => d.serverError !== undefined),
    ).toBe(true);
  });

  it('adds fixed latency plus seeded jitter within bounds', () => {
    const latencies = run({ latencyMs: 100, jitterMs: 50, seed: 9 }, 100).map((d) => d.latencyMs);
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...latencies)).toBeLessThanOrEqual(150);
    expect(new Set(latencies).size).toBeGreaterThan(50);
  });

  it('applies a rule after `skip` matching requests, `times` times, to matching method and path only', () => {
    const injector = new FaultInjector({
      rules: [
        {
          method: 'POST',
          path: '^/rest/orgs/[^/]+/memberships$',
          skip: 1,
          times: 2,
          respond: { status: 409 },
        },
      ],
    });
    const hit = (method: string, path: string) => injector.decide(method, path).rule !== undefined;
    expect(hit('GET', '/rest/orgs/x/memberships')).toBe(false);
    expect(hit('POST', '/rest/orgs/x/invites')).toBe(false);
    const posts = [1, 2, 3, 4].map(() => hit('POST', '/rest/orgs/x/memberships'));
    expect(posts).toEqual([false, true, true, false]);
  });
});
