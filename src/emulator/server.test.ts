import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from './state-types.ts';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import { type Harness, startHarness, VERSION } from './testing/harness.test-helpers.ts';
import type { RestResponseRecord } from './types.ts';

const open: Harness[] = [];
const allRecords: RestResponseRecord[] = [];
async function harness(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(options);
  open.push(h);
  return h;
}
afterEach(async () => {
  for (const h of open.splice(0)) {
    allRecords.push(...h.records);
    await h.emu.close();
  }
});

/** A raw request that reports a dropped connection instead of throwing. */
function rawGet(
  url: string,
  token: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> } | 'dropped'> {
  return new Promise((resolve) => {
    const req = request(url, { headers: { authorization: `token ${token}` }, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      res.on('error', () => resolve('dropped'));
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

const orgsPath = `/rest/orgs?version=${VERSION}`;

describe('rate limits', () => {
  it('answers 429 with Retry-After over the per-token limit until a quiet window passes', async () => {
    let t = Date.UTC(2025, 0, 1);
    const h = await harness({ rateLimit: { perMinute: 3, windowMs: 10_000 }, now: () => new Date(t) });
    for (let i = 0; i < 3; i++) expect((await h.call('GET', orgsPath)).status).toBe(200);
    const limited = await h.call('GET', orgsPath);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.body).toMatchObject({ errors: [{ status: '429' }] });
    t += 9_000;
    expect((await h.call('GET', orgsPath)).status).toBe(429); // still within the block, which it extends
    t += 9_000;
    expect((await h.call('GET', orgsPath)).status).toBe(429);
    t += 10_000;
    expect((await h.call('GET', orgsPath)).status).toBe(200);
  });

  it('counts each token separately and can be changed at run time', async () => {
    const h = await harness({ rateLimit: { perMinute: 1 } });
    expect((await h.call('GET', orgsPath)).status).toBe(200);
    expect((await h.call('GET', orgsPath)).status).toBe(429);
    h.emu.setRateLimit(false);
    expect((await h.call('GET', orgsPath)).status).toBe(200);
  });

  it('frees the v1 group members endpoint after its one-minute window', async () => {
    let t = Date.UTC(2025, 0, 1);
    const h = await harness({ now: () => new Date(t) });
    const path = `/v1/group/${h.groupId}/members`;
    expect((await h.call('GET', path)).status).toBe(200);
    t += 30_000;
    const limited = await h.call('GET', path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    t += 30_000;
    expect((await h.call('GET', path)).status).toBe(200);
  });
});

describe('fault injection over HTTP', () => {
  it('answers injected 5xx with a JSON:API error body, reproducibly for a seed', async () => {
    const statuses = async () => {
      const h = await harness({ faults: { seed: 99, serverErrorRate: 0.5 } });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await h.call('GET', orgsPath)).status);
      return { out, h };
    };
    const a = await statuses();
    const b = await statuses();
    expect(a.out).toEqual(b.out);
    expect(a.out.some((s) => s >= 500)).toBe(true);
    expect(a.out.some((s) => s === 200)).toBe(true);
    const fault = a.h.emu.requests().find((r) => r.fault === 'server-error');
    expect([500, 502, 503]).toContain(fault?.status);
  });

  it('drops the connection before handling without changing state', async () => {
    const h = await harness({ faults: { dropBeforeRate: 1, writesOnly: true } });
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    await expect(
      h.call('PATCH', `/rest/orgs/${orgId}?version=${VERSION}`, {
        body: { data: { id: orgId, type: 'org', attributes: { name: 'Changed' } } },
      }),
    ).rejects.toThrow();
    expect(h.emu.getState().groups[0]!.orgs[0]!.name).toBe(h.state.groups[0]!.orgs[0]!.name);
    expect((await h.call('GET', orgsPath)).status).toBe(200); // reads are spared
    expect(h.emu.requests()[0]).toMatchObject({ status: 0, fault: 'drop-before' });
  });

  it('drops the connection after handling: the state changed but no response arrives', async () => {
    const h = await harness({ faults: { dropAfterRate: 1 } });
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    await expect(
      h.call('PATCH', `/rest/orgs/${orgId}?version=${VERSION}`, {
        body: { data: { id: orgId, type: 'org', attributes: { name: 'Changed' } } },
      }),
    ).rejects.toThrow();
    expect(h.emu.getState().groups[0]!.orgs[0]!.name).toBe('Changed');
  });

  it('adds latency to responses (measured wait, generous bound)', async () => {
    const h = await harness({ faults: { latencyMs: 150 } });
    const started = performance.now();
    expect((await h.call('GET', orgsPath)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('plays scripted rules: respond, raw, redirect, drop, delay, slow body', async () => {
    const h = await harness({
      faults: {
        rules: [
          {
            path: '^/rest/self$',
            times: 1,
            respond: { status: 409, body: { hello: 'x' }, headers: { 'x-test': '1' } },
          },
          {
            path: '^/rest/tenants$',
            times: 1,
            respond: { status: 502, raw: '<html>Bad gateway</html>', contentType: 'text/html' },
          },
          { path: '^/rest/groups$', times: 1, respond: { redirect: 'http://elsewhere.invalid/x' } },
          { path: '^/rest/orgs$', times: 1, respond: { drop: 'before' } },
          {
            path: '^/v1/group/[^/]+/roles$',
            times: 1,
            respond: { slowBytesPerSecond: 40, body: { slow: 'body' } },
          },
          { path: '^/v1/group/[^/]+/settings$', times: 1, respond: { delayMs: 50 } },
        ],
      },
    });
    const self = await rawGet(`${h.emu.url}/rest/self?version=${VERSION}`, h.token);
    expect(self).toMatchObject({ status: 409, body: '{"hello":"x"}', headers: { 'x-test': '1' } });
    const tenants = await rawGet(`${h.emu.url}/rest/tenants?version=${VERSION}`, h.token);
    expect(tenants).toMatchObject({
      status: 502,
      body: '<html>Bad gateway</html>',
      headers: { 'content-type': 'text/html' },
    });
    const groups = await rawGet(`${h.emu.url}/rest/groups?version=2024-10-15~beta`, h.token);
    expect(groups).toMatchObject({ status: 302, headers: { location: 'http://elsewhere.invalid/x' } });
    expect(await rawGet(`${h.emu.url}${orgsPath}`, h.token)).toBe('dropped');
    expect(await rawGet(`${h.emu.url}${orgsPath}`, h.token)).toMatchObject({ status: 200 }); // times: 1
    const slow = await rawGet(`${h.emu.url}/v1/group/${h.groupId}/roles`, h.token);
    expect(slow).toMatchObject({ status: 200, body: '{"slow":"body"}' });
    expect(await rawGet(`${h.emu.url}/v1/group/${h.groupId}/settings`, h.token)).toMatchObject({
      status: 200,
    });
    const faults = h.emu.requests().map((r) => r.fault);
    expect(faults).toEqual([
      'rule#0:respond',
      'rule#1:respond',
      'rule#2:redirect',
      'rule#3:drop-before',
      undefined,
      'rule#4:slow',
      'rule#5:delay',
    ]);
  });
});

describe('control surface and request log', () => {
  it('dumps and loads state, reads and clears the log, sets faults and rate limits over HTTP', async () => {
    const h = await harness();
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${h.emu.url}/_emulator/${path}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const state = (await (await control('GET', 'state')).json()) as EmulatorState;
    expect(state).toEqual(h.state);
    state.groups[0]!.orgs[0]!.name = 'Loaded';
    expect((await control('PUT', 'state', state)).status).toBe(204);
    expect(h.emu.getState().groups[0]!.orgs[0]!.name).toBe('Loaded');
    expect((await control('PUT', 'state', { nope: true })).status).toBe(400);

    await h.call('GET', orgsPath);
    const log = (await (await control('GET', 'requests')).json()) as {
      path: string;
      tokenId?: string;
      api: string;
    }[];
    const entry = log.find((e) => e.path === '/rest/orgs');
    expect(entry).toMatchObject({ api: 'rest', tokenId: 'token#0', status: 200 });
    expect(JSON.stringify(log)).not.toContain(h.token);
    expect((await control('DELETE', 'requests')).status).toBe(204);
    expect(await (await control('GET', 'requests')).json()).toEqual([]);

    expect((await control('PUT', 'faults', { serverErrorRate: 1 })).status).toBe(204);
    expect((await h.call('GET', orgsPath)).status).toBeGreaterThanOrEqual(500);
    expect((await control('PUT', 'faults', null)).status).toBe(204);
    expect((await control('PUT', 'rate-limit', { perMinute: 1 })).status).toBe(204);
    expect((await h.call('GET', orgsPath)).status).toBe(200);
    expect((await h.call('GET', orgsPath)).status).toBe(429);
    expect((await control('PUT', 'rate-limit', false)).status).toBe(204);
    expect((await h.call('GET', orgsPath)).status).toBe(200);
    expect((await control('GET', 'nothing')).status).toBe(404);
  });

  it('binds 127.0.0.1 only', async () => {
    const h = await harness();
    expect(h.emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe.skipIf(contractSkipReason !== undefined)('REST contract (official OpenAPI spec)', () => {
  it('every REST response the emulator handled above, 429 included, matches the spec', () => {
    expect(allRecords.some((r) => r.status === 429)).toBe(true);
    expect(contractViolations(allRecords)).toEqual([]);
  });
});
