// Hostile API responses (issue 9): huge bodies, deeply nested JSON, unexpected types, HTML
// error pages, redirects to another host (never followed with the token), slow-loris bodies
// (the timeouts hold). Every case ends with exit 0 or 1 and a message, never a crash.

import { rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type FaultRule, generateState, startEmulator } from '../../src/emulator/index.ts';
import { createSnykClient } from '../../src/snyk/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import { REST_VERSION } from './support/chaos.test-helpers.ts';
import { describeState, writeConfig } from './support/desired.test-helpers.ts';

const { state, token, groupId } = generateState({ orgs: 3, membersPerOrg: [1, 3], seed: 21 });
const ORGS = '^/rest/groups/[^/]+/orgs$';
const org = (id: unknown, attributes: unknown) => ({ id, type: 'org', attributes });
const nested = (depth: number) => `{"data":${'['.repeat(depth)}${']'.repeat(depth)}}`;

const hostile: { name: string; rule: FaultRule }[] = [
  {
    name: 'a 40 MB body',
    rule: {
      path: ORGS,
      respond: {
        status: 200,
        raw: `{"data":"${'x'.repeat(40 * 1024 * 1024)}"}`,
        contentType: 'application/vnd.api+json',
      },
    },
  },
  {
    name: 'JSON nested 100,000 deep',
    rule: {
      path: ORGS,
      respond: { status: 200, raw: nested(100_000), contentType: 'application/vnd.api+json' },
    },
  },
  {
    name: 'JSON nested 5,000 deep',
    rule: {
      path: ORGS,
      respond: { status: 200, raw: nested(5_000), contentType: 'application/vnd.api+json' },
    },
  },
  { name: '`data` is a string', rule: { path: ORGS, respond: { status: 200, body: { data: 'orgs' } } } },
  { name: '`data` is null', rule: { path: ORGS, respond: { status: 200, body: { data: null } } } },
  {
    name: 'an org id that is a number',
    rule: { path: ORGS, respond: { status: 200, body: { data: [org(5, { name: 'A', slug: 'a' })] } } },
  },
  {
    name: 'org attributes that are null',
    rule: { path: ORGS, respond: { status: 200, body: { data: [org('x', null)] } } },
  },
  {
    name: 'an org name that is an object',
    rule: { path: ORGS, respond: { status: 200, body: { data: [org('x', { name: { a: 1 }, slug: [] })] } } },
  },
  {
    name: 'a body that is a JSON string',
    rule: { path: ORGS, respond: { status: 200, raw: '"hello"', contentType: 'application/vnd.api+json' } },
  },
  {
    name: 'a body that is JSON null',
    rule: { path: ORGS, respond: { status: 200, raw: 'null', contentType: 'application/vnd.api+json' } },
  },
  {
    name: 'a links.next to another host',
    rule: {
      path: ORGS,
      times: 1,
      respond: { status: 200, body: { data: [], links: { next: 'http://127.0.0.1:9/rest/orgs?x' } } },
    },
  },
  {
    name: 'a links.next that is a number',
    rule: { path: ORGS, respond: { status: 200, body: { data: [], links: { next: 42 } } } },
  },
  {
    name: 'an HTML 404 page',
    rule: {
      path: ORGS,
      respond: { status: 404, raw: '<!doctype html><h1>Not Found</h1>', contentType: 'text/html' },
    },
  },
  {
    name: 'an HTML 200 page',
    rule: {
      path: ORGS,
      respond: { status: 200, raw: '<html><body>Login</body></html>', contentType: 'text/html' },
    },
  },
  {
    name: 'an HTML 502 page once (retried)',
    rule: {
      path: ORGS,
      times: 1,
      respond: { status: 502, raw: '<html>Bad gateway</html>', contentType: 'text/html' },
    },
  },
  {
    name: 'an error body that is not JSON:API',
    rule: { path: ORGS, respond: { status: 400, body: { errors: 'nope', detail: 7 } } },
  },
  {
    name: 'a 204 with no body',
    rule: { path: ORGS, respond: { status: 204, raw: '', contentType: 'application/vnd.api+json' } },
  },
  {
    name: 'an unknown 3xx without Location',
    rule: { path: ORGS, respond: { status: 399, raw: '', contentType: 'text/plain' } },
  },
  {
    name: 'a 429 with a garbage Retry-After once',
    rule: {
      path: ORGS,
      times: 1,
      respond: { status: 429, headers: { 'retry-after': 'soon-ish' }, body: {} },
    },
  },
];

describe('hostile API responses', () => {
  let emulator: Emulator;
  let other: Server;
  let otherUrl = '';
  const received: IncomingHttpHeaders[] = [];
  const config = writeConfig(describeState(state));
  const env = () => ({ SNYK_TOKEN: token, SNYK_API_URL: emulator.url, SNYK_GITOPS_HTTP_TIMEOUT_MS: '1500' });

  beforeAll(async () => {
    emulator = await startEmulator({ state, rateLimit: false });
    other = createServer((req, res) => {
      received.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/vnd.api+json' });
      res.end('{"data":[]}');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await emulator.close();
    await new Promise((r) => other.close(r));
    rmSync(config.dir, { recursive: true, force: true });
  });

  it.each(hostile)('$name: plan ends with exit 0 or 1 and a message', async ({ rule }) => {
    emulator.setFaults({ rules: [rule] });
    const r = await runCliInProcess(['plan', config.file], { env: env() });
    expect([0, 1]).toContain(r.code);
    if (r.code === 1) {
      expect(r.stderr.trim().length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\n\s+at |RangeError|TypeError|Cannot read/);
      expect(r.stdout).not.toMatch(/Plan:/);
    } else expect(r.stdout).toMatch(/No changes|Plan:/);
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it.each([301, 302, 307, 308])(
    'a %i redirect to another host is not followed with the token',
    async (status) => {
      received.length = 0;
      emulator.setFaults({
        rules: [{ path: ORGS, respond: { redirect: `${otherUrl}/rest/groups/${groupId}/orgs`, status } }],
      });
      const r = await runCliInProcess(['plan', config.file], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/groups\/\{group_id\}\/orgs/);
      expect(received.filter((h) => h.authorization !== undefined)).toEqual([]);
      expect(JSON.stringify(received)).not.toContain(token);
    },
  );

  it('a slow-loris body is cut off by SNYK_GITOPS_HTTP_TIMEOUT_MS and retried', async () => {
    emulator.clearRequests();
    emulator.setFaults({
      rules: [{ path: ORGS, times: 1, respond: { slowBytesPerSecond: 2, status: 200, body: { data: [] } } }],
    });
    const r = await runCliInProcess(['plan', config.file, '--verbose'], {
      env: { ...env(), SNYK_GITOPS_HTTP_TIMEOUT_MS: '300' },
    });
    expect(r.code).toBe(0);
    // The trickled response timed out and the retry got the real answer.
    expect(r.stderr).toMatch(/GET \S*groups\/\{group_id\}\/orgs 200 \d+ms retries=1/);
  });

  it('a server that never stops trickling ends in a timeout error, not a hang', async () => {
    emulator.setFaults({
      rules: [{ path: ORGS, respond: { slowBytesPerSecond: 5, status: 200, body: { data: [] } } }],
    });
    const client = createSnykClient({
      apiUrl: emulator.url,
      restVersion: REST_VERSION,
      auth: { scheme: 'token', token },
      timeouts: { headersMs: 200, bodyMs: 200 },
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    });
    try {
      const error = await client.listGroupOrgs(groupId).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: 'SNYK_TIMEOUT' });
      expect(String((error as Error).stack)).not.toContain(token);
    } finally {
      await client.close();
    }
  });

  it('rejects a malformed SNYK_GITOPS_HTTP_TIMEOUT_MS with a usage message', async () => {
    const r = await runCliInProcess(['plan', config.file], {
      env: { ...env(), SNYK_GITOPS_HTTP_TIMEOUT_MS: 'soon' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SNYK_GITOPS_HTTP_TIMEOUT_MS 'soon'/);
  });
});
