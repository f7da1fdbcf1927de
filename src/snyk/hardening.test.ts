// Issue 18, transport findings: each test failed before its fix. Token only over https (or to
// loopback), a token with a control character refused up front, a Retry-After beyond the budget
// ends the run at once, a fatal error stops every other retry, path parameters that would
// rename the resource never reach the URL, listings with duplicate or non-UUID ids refused, and
// the token's other forms redacted from errors.
import { describe, expect, it } from 'vitest';
import { createSnykClient } from './client.ts';
import { scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';
import { clampTimerMs, MAX_TIMER_MS } from './timers.ts';

const TOKEN = 'tok-5e3b9c1d-aaaa-bbbb-cccc-000000000006';
const ORG = '11111111-1111-4111-8111-111111111111';
const GROUP = '22222222-2222-4222-8222-222222222222';

const base = { restVersion: '2024-10-15', auth: { scheme: 'token' as const, token: TOKEN } };
const setup = scriptedClients(TOKEN);
const org = (id: string, slug: string) => ({ id, type: 'org', attributes: { name: slug, slug } });
const busy = { errors: [{ status: '503', detail: 'busy' }] };

describe('where the token may go (finding 6)', () => {
  it.each(['http://api.example.com', 'http://10.0.0.1:8080', 'http://[::2]'])(
    'refuses plain http to %s',
    (apiUrl) => {
      expect(() => createSnykClient({ ...base, apiUrl })).toThrow(
        expect.objectContaining({
          code: 'SNYK_INSECURE_URL',
          message: expect.stringContaining('SNYK_GITOPS_ALLOW_INSECURE_HTTP=1'),
        }),
      );
    },
  );

  it.each([
    'https://api.eu.snyk.io',
    'http://127.0.0.1:1',
    'http://127.9.9.9',
    'http://[::1]:8',
    'http://localhost:3',
  ])('accepts %s', (apiUrl) => {
    expect(() => createSnykClient({ ...base, apiUrl })).not.toThrow();
  });

  it('accepts plain http anywhere only when allowInsecureHttp is set', () => {
    expect(() =>
      createSnykClient({ ...base, apiUrl: 'http://rig.internal', allowInsecureHttp: true }),
    ).not.toThrow();
    expect(() => createSnykClient({ ...base, apiUrl: 'ftp://x' })).toThrow(
      expect.objectContaining({ code: 'SNYK_BAD_URL' }),
    );
  });
});

describe('a token with a control character (finding 14)', () => {
  it.each([`${TOKEN}\n`, `tok\u0000en-1234`, `${TOKEN}\u007f`])(
    'is a clear SNYK_BAD_TOKEN before any request',
    (token) => {
      expect(() =>
        createSnykClient({ ...base, apiUrl: 'https://api.snyk.io', auth: { scheme: 'token', token } }),
      ).toThrow(
        expect.objectContaining({
          code: 'SNYK_BAD_TOKEN',
          message: expect.stringMatching(/^SNYK_TOKEN contains a control character/),
        }),
      );
    },
  );
});

describe('a fatal error ends the run at once (finding 8)', () => {
  it('stops at once with "run the same command again after HH:MM" when Retry-After exceeds the budget, cancelling other retries', async () => {
    const { server, client } = await setup(
      (req, res) =>
        req.url.startsWith('/rest/orgs/')
          ? sendJson(res, 503, busy)
          : sendJson(res, 429, {}, { 'retry-after': '3600' }),
      { now: () => Date.parse('2026-01-01T10:00:00Z'), sleep: () => new Promise(() => {}) },
    );
    const retrying = client.getOrg(ORG).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50)); // it is now asleep before its first retry
    const limited = await client.getSelf().catch((e: unknown) => e);
    expect(limited).toMatchObject({ code: 'SNYK_RATE_LIMITED' });
    expect((limited as Error).message).toContain('run the same command again after 11:00 UTC');
    await expect(retrying).resolves.toMatchObject({ code: 'SNYK_CANCELLED' });
    expect(server.requests.filter((r) => r.url.startsWith('/rest/orgs/'))).toHaveLength(1);
    await expect(client.listGroupOrgs(GROUP)).rejects.toMatchObject({ code: 'SNYK_CANCELLED' });
  });

  it('leaves no timer behind for a huge Retry-After (no TimeoutOverflowWarning, nothing keeps the process alive)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const { client } = await setup((_req, res) => sendJson(res, 429, {}, { 'retry-after': '99999999' }), {
      sleep: undefined as never,
    });
    await expect(client.getSelf()).rejects.toMatchObject({ code: 'SNYK_RATE_LIMITED' });
    await new Promise((r) => setTimeout(r, 20));
    process.off('warning', onWarning);
    expect(warnings).not.toContain('TimeoutOverflowWarning');
    expect(clampTimerMs(99_999_999_000)).toBe(MAX_TIMER_MS);
  });

  it('after a 401, other requests stop retrying instead of spending their budget', async () => {
    const { server, client } = await setup(
      (req, res) =>
        req.url.startsWith('/rest/orgs/')
          ? sendJson(res, 503, busy)
          : sendJson(res, 401, { errors: [{ status: '401', detail: 'bad token' }] }),
      { sleep: () => new Promise(() => {}) },
    );
    const retrying = client.getOrg(ORG).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await expect(client.getSelf()).rejects.toMatchObject({ code: 'SNYK_UNAUTHORIZED' });
    const cancelled = await retrying;
    expect(cancelled).toMatchObject({ code: 'SNYK_CANCELLED' });
    expect((cancelled as Error).message).toContain(
      'the run stopped on an earlier error: the token was rejected',
    );
    expect(server.requests.filter((r) => r.url.startsWith('/rest/orgs/'))).toHaveLength(1);
  });

  it("stops every retry when the caller's signal aborts", async () => {
    const run = new AbortController();
    const { client } = await setup((_req, res) => sendJson(res, 503, busy), {
      signal: run.signal,
      sleep: () => new Promise(() => {}),
    });
    const retrying = client.getOrg(ORG).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    run.abort();
    await expect(retrying).resolves.toMatchObject({
      code: 'SNYK_CANCELLED',
      message: expect.stringContaining('the run was cancelled'),
    });
  });
});

describe('path parameters (finding 9)', () => {
  it.each(['..', '.', ''])(
    'refuses %j before sending: DELETE …/memberships/.. never becomes DELETE /orgs/{id}/',
    async (id) => {
      const { server, client } = await setup((_req, res) => sendJson(res, 204, undefined));
      await expect(client.deleteOrgMembership(ORG, id)).rejects.toMatchObject({
        code: 'SNYK_BAD_PARAMETER',
        pathTemplate: '/rest/orgs/{org_id}/memberships/{membership_id}',
      });
      await expect(client.deleteOrg(id)).rejects.toMatchObject({ code: 'SNYK_BAD_PARAMETER' });
      expect(server.requests).toHaveLength(0);
    },
  );

  it('still sends ids that merely contain dots or slashes, encoded', async () => {
    const { server, client } = await setup((_req, res) => sendJson(res, 204, undefined));
    await client.deleteOrgMembership(ORG, '../x');
    expect(server.requests[0]?.url).toBe(`/rest/orgs/${ORG}/memberships/..%2Fx?version=2024-10-15`);
  });
});

describe('listings checked at the boundary (findings 7, 11)', () => {
  const A = 'aaaaaaaa-0000-4000-8000-000000000001';
  const B = 'aaaaaaaa-0000-4000-8000-000000000002';
  it.each([
    ['a duplicate id across pages', [[org(A, 'a')], [org(A, 'a2')]], "each id once in the listing ('" + A],
    [
      'a duplicate slug',
      [[org(A, 'payments'), org(B, 'payments')]],
      "each slug once in the listing ('payments' came twice)",
    ],
    ['an id that is not a UUID', [[org('..', 'a')]], 'data[0].id: expected a UUID'],
  ])('refuses %s as SNYK_BAD_RESPONSE naming the endpoint', async (_name, pages, message) => {
    const seen: string[][] = [];
    const { client } = await setup((_req, res, i) =>
      sendJson(res, 200, {
        data: pages[i],
        links: i + 1 < pages.length ? { next: `/groups/${GROUP}/orgs?starting_after=${i}` } : {},
      }),
    );
    const error = await client
      .listGroupOrgs(GROUP, (page) => seen.push(page.map((o) => o.id)))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_BAD_RESPONSE', pathTemplate: '/rest/groups/{group_id}/orgs' });
    expect((error as Error).message).toContain(
      'GET /rest/groups/{group_id}/orgs returned a body without the documented shape',
    );
    expect((error as Error).message).toContain(message);
    // The page that holds the duplicate is never handed on.
    expect(seen.flat().filter((id) => id === A).length).toBeLessThanOrEqual(1);
  });
});

describe('redaction of the token in other forms (finding 16)', () => {
  it('removes its base64 form and any 12+ character prefix a server echoes', async () => {
    const b64 = Buffer.from(TOKEN).toString('base64');
    const basic = Buffer.from(`user:${TOKEN}`).toString('base64');
    const { client } = await setup((_req, res) =>
      sendJson(res, 400, {
        errors: [
          {
            status: '400',
            detail: `saw ${b64} and ${TOKEN.slice(0, 14)}… and ${basic} and Basic ${Buffer.from(`${TOKEN}:`).toString('base64')}`,
          },
        ],
      }),
    );
    const error = (await client.getOrg(ORG).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('saw *** and ***…');
    expect(error.message).not.toContain(b64.slice(0, 12));
    expect(error.message).not.toContain(TOKEN.slice(0, 12));
    expect(error.message).not.toContain(Buffer.from(`${TOKEN}:`).toString('base64').slice(0, 12));
  });
});
