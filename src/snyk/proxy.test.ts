// The client through an HTTP proxy: every request tunnelled with CONNECT, the proxy's
// credentials sent to the proxy only and never shown, a refusing proxy a clear error.
import { describe, expect, it } from 'vitest';
import { generateState, startEmulator } from '../emulator/index.ts';
import { closedAfterEach, noSleep, testClient } from './testing/clients.test-helpers.ts';
import { startConnectProxy } from './testing/connect-proxy.test-helpers.ts';

const track = closedAfterEach();

/** An emulator that only the proxy can reach, as api.snyk.test. */
async function behindProxy(authorization?: string) {
  const generated = generateState({ orgs: 2, membersPerOrg: [1, 1], seed: 11 });
  const emulator = track(await startEmulator({ state: generated.state, rateLimit: false }));
  const port = new URL(emulator.url).port;
  const proxy = track(
    await startConnectProxy({
      hosts: { 'api.snyk.test': '127.0.0.1' },
      ...(authorization !== undefined && { authorization }),
    }),
  );
  return { generated, emulator, proxy, apiUrl: `http://api.snyk.test:${port}` };
}

/** The proxy's URL with the user `ci` and the password the proxy may ask for. */
function withPassword(proxyUrl: string): string {
  const url = new URL(proxyUrl);
  url.username = 'ci';
  url.password = 's3cret-proxy-pass';
  return url.href;
}

describe('the client through a proxy', () => {
  it('tunnels every request through the proxy, which alone can reach the API host', async () => {
    const { generated, emulator, proxy, apiUrl } = await behindProxy();
    const client = track(
      testClient(apiUrl, generated.token, { proxy: proxy.url, allowInsecureHttp: true, concurrency: 2 }),
    );
    const orgs = await client.listGroupOrgs(generated.state.groups[0]!.id);
    await Promise.all(orgs.map((org) => client.listOrgMemberships(org.id)));
    expect(orgs).toHaveLength(2);
    expect(emulator.requests().filter((r) => r.api !== 'control')).toHaveLength(3);
    // Kept-alive tunnels: at most one per connection the client may open.
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(proxy.connects.length).toBeLessThanOrEqual(2);
    expect(new Set(proxy.connects.map((c) => c.target))).toEqual(new Set([new URL(apiUrl).host]));
  });

  it('sends the credentials of the proxy URL to the proxy, and never the Snyk token', async () => {
    const basic = `Basic ${Buffer.from('ci:s3cret-proxy-pass').toString('base64')}`;
    const { generated, proxy, apiUrl } = await behindProxy(basic);
    const client = track(
      testClient(apiUrl, generated.token, { proxy: withPassword(proxy.url), allowInsecureHttp: true }),
    );
    await client.listGroupOrgs(generated.state.groups[0]!.id);
    expect(proxy.connects.map((c) => c.authorization)).toEqual([basic]);
    expect(JSON.stringify(proxy.connects)).not.toContain(generated.token);
  });

  it('fails with a clear error when the proxy refuses, naming neither its password nor the token', async () => {
    const { generated, proxy, apiUrl } = await behindProxy('Basic something-else');
    const client = track(
      testClient(apiUrl, generated.token, {
        proxy: withPassword(proxy.url),
        allowInsecureHttp: true,
        sleep: noSleep,
        retry: { maxRetries: 1 },
      }),
    );
    const error = await client.getSelf().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const shown = `${(error as Error).message} ${JSON.stringify(error)}`;
    expect((error as Error).message).toBe(
      `GET /rest/self failed: the proxy refused the connection to ${new URL(apiUrl).host} with HTTP 407: check the user and password in the proxy variable's URL`,
    );
    // Every request would be refused alike: no retries.
    expect(proxy.connects).toHaveLength(1);
    expect(shown).not.toContain('s3cret-proxy-pass');
    expect(shown).not.toContain(generated.token);
  });
});

describe('the client with a proxy that is not there', () => {
  it('says the proxy could not be reached, by its host only', async () => {
    const client = track(
      testClient('https://api.snyk.io', 'snyk-test-token', {
        proxy: 'http://ci:s3cret-proxy-pass@127.0.0.1:9/',
        sleep: noSleep,
        retry: { maxRetries: 0 },
      }),
    );
    const error = await client.getSelf().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^GET \/rest\/self failed: connection to api\.snyk\.io through the proxy 127\.0\.0\.1:9 could not be made \(ECONNREFUSED\)/,
    );
    expect((error as Error).message).not.toContain('s3cret');
  });
});
