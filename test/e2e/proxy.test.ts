// `plan` behind an HTTP proxy: the built CLI reads HTTP(S)_PROXY as curl does and tunnels every
// Snyk request through the proxy, which alone can reach the API's host here. (NO_PROXY is
// matched in src/engine/proxy-env.test.ts: a host only the proxy resolves cannot show it here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy, type TestProxy } from '../../src/snyk/testing/connect-proxy.test-helpers.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  DEMO_TOKEN,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
let proxy: TestProxy;
let env: Record<string, string>;

beforeAll(async () => {
  fx = await startFixture(await loadDemoState());
  proxy = await startConnectProxy({ hosts: { 'api.snyk.test': '127.0.0.1' } });
  env = {
    SNYK_TOKEN: DEMO_TOKEN,
    SNYK_API_URL: `http://api.snyk.test:${new URL(fx.emu.url).port}`,
    SNYK_GITOPS_ALLOW_INSECURE_HTTP: '1',
    HTTP_PROXY: proxy.url,
  };
});
afterAll(async () => {
  await proxy.close();
  await fx.close();
});

describe('plan behind a proxy', () => {
  it('plans through HTTP_PROXY: every request tunnelled to the API host', async () => {
    const before = proxy.connects.length;
    const result = await runCliProcess(['plan', 'examples/multi-team'], { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+ org[mobile]');
    const tunnels = proxy.connects.slice(before);
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels.map((t) => t.target))).toEqual(new Set([new URL(env.SNYK_API_URL!).host]));
    expect(apiCallsIn(fx.emu.requests()).length).toBeGreaterThan(tunnels.length);
  });

  it('reaches a loopback API (the emulator) directly, whatever HTTP_PROXY says', async () => {
    const before = proxy.connects.length;
    const result = await runCliProcess(['plan', 'examples/multi-team'], {
      env: { ...fx.env, HTTP_PROXY: 'http://127.0.0.1:9' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(proxy.connects.length).toBe(before);
  });

  it('refuses a proxy variable that is not a URL, without showing its value', async () => {
    const result = await runCliProcess(['plan', 'examples/multi-team'], {
      env: { ...env, HTTP_PROXY: 'ftp://ci:hunter2@proxy.corp:21' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HTTP_PROXY is not a proxy URL');
    expect(result.stderr).not.toContain('hunter2');
  });
});
