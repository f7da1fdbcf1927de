// The token never leaves through any channel: log lines, error messages, stacks, causes, stats.
import { afterEach, describe, expect, it } from 'vitest';
import { noSleep, testClient } from './testing/clients.test-helpers.ts';
import {
  type ScriptedServer,
  sendJson,
  startScriptedServer,
} from './testing/scripted-server.test-helpers.ts';

const TOKEN = 'tok-5e3b9c1d-secret-secret-0000000003';
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function everything(value: unknown, seen = new Set<unknown>()): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  const parts: string[] = [];
  if (value instanceof Error) parts.push(value.message, value.stack ?? '', everything(value.cause, seen));
  for (const key of Object.getOwnPropertyNames(value)) {
    parts.push(everything((value as Record<string, unknown>)[key], seen));
  }
  return parts.join('\n');
}

describe('secrets', () => {
  it('keeps the token out of log lines, errors (even when the server echoes it), stacks and stats', async () => {
    server = await startScriptedServer((req, res, i) => {
      const echoed = String(req.headers.authorization);
      if (req.url.startsWith('/rest/self')) return sendJson(res, 200, { data: { id: 'me', type: 'user' } });
      if (req.url.includes('/memberships'))
        return sendJson(res, 403, { errors: [{ status: '403', detail: `bad header ${echoed}` }] });
      if (req.url.includes('/settings')) return sendJson(res, 400, { message: `you sent ${echoed}` });
      if (req.url.includes('/orgs/') && i % 2 === 0) return res.socket?.destroy();
      if (req.url.includes('/roles')) {
        res.writeHead(301, { location: `https://elsewhere.example/?t=${encodeURIComponent(echoed)}` });
        return res.end();
      }
      return sendJson(res, 500, { errors: [{ status: '500', detail: echoed }] });
    });
    const lines: string[] = [];
    const client = testClient(server.url, TOKEN, {
      log: (line) => lines.push(line),
      sleep: noSleep,
      retry: { maxRetries: 1 },
    });
    const outcomes = await Promise.allSettled([
      client.getSelf(),
      client.listOrgMemberships('o1'),
      client.getOrgSettings('o1'),
      client.getOrg('o1'),
      client.listOrgRoles('g1'),
      client.createOrg({ name: 'x', groupId: 'g1' }),
    ]);
    await client.close();
    const errors = outcomes
      .filter((o) => o.status === 'rejected')
      .map((o) => (o as PromiseRejectedResult).reason);
    expect(errors).toHaveLength(5);
    // The server did see the token: the test would otherwise prove nothing.
    expect(server.requests.every((r) => r.headers.authorization === `token ${TOKEN}`)).toBe(true);
    const captured = [...lines, ...errors.map((e) => everything(e)), JSON.stringify(client.stats())].join(
      '\n',
    );
    expect(captured).toContain('bad header token ***');
    expect(captured).not.toContain(TOKEN);
    expect(captured).not.toContain(TOKEN.slice(4, 20));
  });

  it('logs one line per request: method, path template, status, time and retries', async () => {
    server = await startScriptedServer((_req, res, i) =>
      i === 0
        ? sendJson(res, 503, {})
        : sendJson(res, 200, {
            data: {
              id: '11111111-1111-4111-8111-111111111111',
              type: 'org',
              attributes: { name: 'n', slug: 's' },
            },
          }),
    );
    const lines: string[] = [];
    const client = testClient(server.url, TOKEN, { log: (line) => lines.push(line), sleep: noSleep });
    await client.getOrg('11111111-1111-4111-8111-111111111111');
    await client.close();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/rest\/orgs\/\{org_id\} 200 \d+ms retries=1$/);
  });
});
