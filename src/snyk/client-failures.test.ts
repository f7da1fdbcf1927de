// How the client fails and recovers: every error code, retries on 429/5xx/dropped connections
// within a budget, POSTs never blindly repeated, redirects and oversized or slow responses refused.
import { describe, expect, it } from 'vitest';
import { noSleep, scriptedClients, testClient } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000002';
const ORG = '11111111-1111-4111-8111-111111111111';

const sleeps: number[] = [];
const setup = scriptedClients(TOKEN, () => {
  sleeps.length = 0;
  return {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 1,
    retry: { baseDelayMs: 10, maxDelayMs: 100 },
  };
});

const org = {
  data: { id: ORG, type: 'org', attributes: { name: 'Payments', slug: 'payments', is_personal: false } },
};
const jsonApiError = (status: number, detail: string) => ({
  jsonapi: { version: '1.0' },
  errors: [{ status: String(status), detail }],
});

describe('error codes', () => {
  it.each([
    [400, 'SNYK_BAD_REQUEST'],
    [403, 'SNYK_FORBIDDEN'],
    [404, 'SNYK_NOT_FOUND'],
    [409, 'SNYK_CONFLICT'],
    [422, 'SNYK_BAD_REQUEST'],
  ])('maps %i to %s with the JSON:API detail and the request id, without retrying', async (status, code) => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, status, jsonApiError(status, 'Nope, not this one'), { 'snyk-request-id': 'req-123' }),
    );
    const error = await client.getOrg(ORG).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code,
      status,
      method: 'GET',
      pathTemplate: '/rest/orgs/{org_id}',
      detail: 'Nope, not this one',
      requestId: 'req-123',
      message: `GET /rest/orgs/{org_id} returned ${status}: Nope, not this one (request id req-123)`,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('explains a 401 as a rejected token, naming the API URL and the variable to check', async () => {
    const { client, server } = await setup((_req, res) =>
      sendJson(res, 401, jsonApiError(401, 'Unauthorized')),
    );
    const error = await client.getSelf().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_UNAUTHORIZED', status: 401 });
    expect((error as Error).message).toMatch(
      new RegExp(`^the token was rejected by ${server.url} \\(401\\): check SNYK_TOKEN`),
    );
  });

  it('reads the v1 error message and x-error-reference', async () => {
    const { client } = await setup((_req, res) =>
      sendJson(
        res,
        404,
        { code: 404, message: 'Org not found', error: 'x' },
        { 'x-error-reference': 'ref-9' },
      ),
    );
    await expect(client.getOrgSettings(ORG)).rejects.toMatchObject({
      code: 'SNYK_NOT_FOUND',
      message: 'GET /v1/org/{orgId}/settings returned 404: Org not found (request id ref-9)',
    });
  });

  it('does not follow a redirect (the token would go with it) and says so', async () => {
    const { server, client } = await setup((_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/rest/orgs?secret=1' });
      res.end();
    });
    const error = await client.getOrg(ORG).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_BAD_RESPONSE', status: 302 });
    expect((error as Error).message).toContain(
      'was redirected (302) to https://elsewhere.example/rest/orgs;',
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('recovers from 5xx on a GET with exponential backoff', async () => {
    const { server, client } = await setup((_req, res, i) =>
      i < 2 ? sendJson(res, 503, jsonApiError(503, 'busy')) : sendJson(res, 200, org),
    );
    expect((await client.getOrg(ORG)).slug).toBe('payments');
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toEqual([10, 20]);
    expect(client.stats()).toEqual({ requests: 3, retries: 2, rateLimited: 0 });
  });

  it('recovers from a dropped connection on a GET', async () => {
    const { server, client } = await setup((_req, res, i) => {
      if (i === 0) res.socket?.destroy();
      else sendJson(res, 200, org);
    });
    expect((await client.getOrg(ORG)).id).toBe(ORG);
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const { client } = await setup(
      (_req, res, i) =>
        i === 0
          ? sendJson(res, 429, jsonApiError(429, 'slow down'), {
              'retry-after': 'Thu, 01 Jan 2026 00:00:07 GMT',
            })
          : sendJson(res, 200, org),
      {
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
      },
    );
    await client.getOrg(ORG);
    expect(sleeps).toEqual([7000]);
    expect(client.stats()).toEqual({ requests: 2, retries: 1, rateLimited: 1 });
  });

  it('waits out a real Retry-After of one second before retrying (measured)', async () => {
    const { server, client } = await setup(
      (_req, res, i) =>
        i === 0
          ? sendJson(res, 429, jsonApiError(429, 'slow down'), { 'retry-after': '1' })
          : sendJson(res, 200, org),
      { sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    );
    const started = performance.now();
    await client.getOrg(ORG);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(10_000);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after the retry budget with a clear error', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 500, jsonApiError(500, 'boom')), {
      retry: { maxRetries: 2, baseDelayMs: 1 },
    });
    const error = await client.getOrg(ORG).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_SERVER_ERROR', status: 500, retries: 2 });
    expect((error as Error).message).toMatch(
      /^GET \/rest\/orgs\/\{org_id\} returned 500: boom \(gave up after 2 retries in \d+\.\ds\)$/,
    );
    expect(server.requests).toHaveLength(3);
  });

  it('gives up at once when Retry-After is beyond the time budget', async () => {
    const { server, client } = await setup(
      (_req, res) => sendJson(res, 429, jsonApiError(429, 'later'), { 'retry-after': '600' }),
      {
        retry: { maxElapsedMs: 60_000 },
      },
    );
    const error = await client.getOrg(ORG).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_RATE_LIMITED' });
    expect((error as Error).message).toContain(
      'Snyk asked to wait 600.0s more (a 429 with Retry-After: 600), which would exceed the wait budget of 60.0s',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries a POST refused with 429 (it was not processed)', async () => {
    const { server, client } = await setup((_req, res, i) =>
      i === 0
        ? sendJson(res, 429, jsonApiError(429, 'later'), { 'retry-after': '0' })
        : sendJson(res, 201, undefined),
    );
    await client.createOrgInvite(ORG, 'a@acme.com', 'r');
    expect(server.requests).toHaveLength(2);
  });

  it('does not repeat a POST that got a 5xx: it may have been applied', async () => {
    const { server, client } = await setup((_req, res) =>
      sendJson(res, 502, jsonApiError(502, 'bad gateway')),
    );
    const error = await client.createOrg({ name: 'X', groupId: 'g' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_SERVER_ERROR', mayHaveApplied: true });
    expect((error as Error).message).toContain('may have reached Snyk');
    expect(server.requests).toHaveLength(1);
  });

  it('does not repeat a POST whose connection dropped after sending', async () => {
    const { server, client } = await setup((_req, res) => res.socket?.destroy());
    await expect(client.createOrgMembership(ORG, 'u', 'r')).rejects.toMatchObject({
      code: 'SNYK_NETWORK',
      mayHaveApplied: true,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refused connection at once as SNYK_NETWORK when nothing ever answered there', async () => {
    const { server: s } = await setup((_req, res) => sendJson(res, 200, org), {
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    await s.close();
    const client = testClient(s.url, TOKEN, { sleep: noSleep, retry: { maxRetries: 1 } });
    const error = await client.createOrg({ name: 'X', groupId: 'g' }).catch((e: unknown) => e);
    await client.close();
    expect(error).toMatchObject({ code: 'SNYK_NETWORK', mayHaveApplied: false, retries: 0 });
    expect((error as Error).message).toContain('could not be made (ECONNREFUSED): connection refused');
  });
});

describe('slow and oversized responses', () => {
  it('times out when headers do not come', async () => {
    const { client } = await setup(() => {}, { timeouts: { headersMs: 200 }, retry: { maxRetries: 0 } });
    await expect(client.getOrg(ORG)).rejects.toMatchObject({ code: 'SNYK_TIMEOUT' });
  });

  it('times out a body trickled slowly (slow loris), even though each byte arrives quickly', async () => {
    const timers: NodeJS.Timeout[] = [];
    const { client } = await setup(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":');
        timers.push(setInterval(() => res.write(' '), 20));
      },
      { timeouts: { bodyMs: 300 }, retry: { maxRetries: 0 } },
    );
    const error = await client.getOrg(ORG).catch((e: unknown) => e);
    timers.forEach(clearInterval);
    expect(error).toMatchObject({ code: 'SNYK_TIMEOUT' });
    expect((error as Error).message).toContain('waiting for the response body');
  });

  it('refuses a body larger than the limit', async () => {
    const { client } = await setup((_req, res) => sendJson(res, 200, { data: [], pad: 'x'.repeat(5000) }), {
      maxBodyBytes: 1000,
    });
    await expect(client.listGroupOrgs('g')).rejects.toMatchObject({ code: 'SNYK_BAD_RESPONSE' });
  });
});

describe('concurrency', () => {
  it('never has more requests in flight than the bound', async () => {
    let inFlight = 0;
    let peak = 0;
    const { client } = await setup(
      (_req, res) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        setTimeout(() => {
          inFlight--;
          sendJson(res, 200, org);
        }, 20);
      },
      { concurrency: 3 },
    );
    await Promise.all(Array.from({ length: 12 }, () => client.getOrg(ORG)));
    expect(peak).toBe(3);
    expect(client.stats().requests).toBe(12);
  });
});
