// The CLI signing in as an OAuth service account, as a real process against the emulator: with
// access tokens that live 1 s and a run that takes several seconds, plan and apply succeed
// because the client renews its token as it goes (the run fails without renewal: every request
// after the first second would be refused). Also: a refused client, two ways to sign in at once,
// a private key file, and not one secret or access token in any output or file.
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { type CliResult, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const CLIENT_ID = '5c7d1f0e-2b8a-4e39-8d6f-3a1b9c0e7d42';
const SECRET = 'snyk_cs_e2eOAuthClientSecret_4f9a2c_v1';
const KEY_ID = 'gitops-ci-2026';
const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

/** The demo account, whose admin is also an OAuth client with 1 s access tokens. */
async function oauthFixture(): Promise<EmulatorFixture> {
  const state: EmulatorState = await loadDemoState();
  const userId = state.tokens[0]!.userId;
  state.oauthClients = [
    { clientId: CLIENT_ID, userId, clientSecret: SECRET, accessTokenTtlSeconds: 1 },
    {
      clientId: `${CLIENT_ID}-jwt`,
      userId,
      jwks: { keys: [{ ...keys.publicKey.export({ format: 'jwk' }), kid: KEY_ID }] },
      accessTokenTtlSeconds: 1,
    },
  ];
  // Every answer 60 ms late, one request at a time: a plan takes a few seconds.
  const f = await startFixture(state, { faults: { latencyMs: 60 } });
  delete f.env.SNYK_TOKEN;
  return f;
}

const secretEnv = (f: EmulatorFixture) => ({
  ...f.env,
  SNYK_OAUTH_CLIENT_ID: CLIENT_ID,
  SNYK_OAUTH_CLIENT_SECRET: SECRET,
});

const tokenRequests = (f: EmulatorFixture) => f.emu.requests().filter((r) => r.path === '/oauth2/token');

/** Every access token the emulator issued, and the credentials: none may appear anywhere. */
function secretsOf(f: EmulatorFixture): string[] {
  const issued = f.emu
    .getState()
    .tokens.filter((t) => t.kind === 'oauth')
    .map((t) => t.token);
  expect(issued.length).toBeGreaterThan(0);
  const keyLines = PRIVATE_KEY.split('\n').filter((line) => line.length > 0 && !line.startsWith('-----'));
  return [SECRET, ...issued, ...keyLines];
}

function expectNoSecret(texts: string[], secrets: string[]): void {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('an OAuth client whose access tokens live 1 s', () => {
  it('plans a run of several seconds, renewing its token as it goes, and prints nothing secret', async () => {
    fx = await oauthFixture();
    const out = await fx.write('plan.json', '');
    const result = await runCliProcess(
      ['plan', 'examples/multi-team', '--concurrency', '1', '--verbose', '--out', out],
      { env: secretEnv(fx) },
    );
    expect(result.stderr).not.toMatch(/Error|at .+\.js:\d+/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- group.member[mallory@acme.com]');
    const tokens = tokenRequests(fx);
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.every((r) => r.status === 200)).toBe(true);
    expect(result.stderr).toContain('POST /oauth2/token 200');
    expect(result.stderr).toMatch(
      /^signing in as the OAuth client of SNYK_OAUTH_CLIENT_ID with its client secret; access tokens from http:\/\/127\.0\.0\.1:\d+\/oauth2\/token, renewed before they expire$/m,
    );
    expectNoSecret([result.stdout, result.stderr, await readFile(out, 'utf8')], secretsOf(fx));
  });

  it('applies with a private key file, renewing its token, and writes what the plan said', async () => {
    fx = await oauthFixture();
    const keyFile = await fx.write('key.pem', PRIVATE_KEY);
    const env = {
      ...fx.env,
      SNYK_OAUTH_CLIENT_ID: `${CLIENT_ID}-jwt`,
      SNYK_OAUTH_PRIVATE_KEY_FILE: keyFile,
      SNYK_OAUTH_KEY_ID: KEY_ID,
    };
    const result = await runCliProcess(
      ['apply', 'examples/multi-team', '--auto-approve', '--concurrency', '1', '--verbose'],
      { env },
    );
    expect(result.code).toBe(0);
    expect(writesIn(fx.emu.requests()).filter((r) => r.path !== '/oauth2/token').length).toBeGreaterThan(0);
    expect(tokenRequests(fx).length).toBeGreaterThan(1);
    const again = await runCliProcess(['plan', 'examples/multi-team'], { env });
    expect(again.stdout).toContain('No changes');
    expectNoSecret([result.stdout, result.stderr, again.stdout, again.stderr], secretsOf(fx));
  });

  it('reports drift and exports as the client, with nothing secret in the report, the export or the logs', async () => {
    fx = await oauthFixture();
    const env = secretEnv(fx);
    const report = await fx.write('drift.html', '');
    const exported = `${fx.dir}/exported.yaml`;
    const drift = await runCliProcess(
      ['drift', 'examples/multi-team', '--format', 'html', '--output', report, '--verbose'],
      { env },
    );
    const exporting = await runCliProcess(
      ['export', '--group', DEMO_GROUP, '--output', exported, '--verbose'],
      { env },
    );
    expect([drift.code, exporting.code]).not.toContain(1);
    expect(exporting.code).toBe(0);
    expectNoSecret(
      [
        drift.stdout,
        drift.stderr,
        exporting.stdout,
        exporting.stderr,
        await readFile(report, 'utf8'),
        await readFile(exported, 'utf8'),
      ],
      secretsOf(fx),
    );
  });
});

describe('signing in, refused', () => {
  const expectCleanError = (result: CliResult, message: RegExp) => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /i);
    expect(result.stderr).not.toContain(SECRET);
  };

  it('stops with a located message when the token endpoint refuses the client, and writes nothing', async () => {
    fx = await oauthFixture();
    const result = await runCliProcess(['apply', 'examples/multi-team', '--auto-approve'], {
      env: { ...secretEnv(fx), SNYK_OAUTH_CLIENT_SECRET: `${SECRET}-rotated-away` },
    });
    expectCleanError(
      result,
      /^Error: Snyk's token endpoint http:\/\/127\.0\.0\.1:\d+\/oauth2\/token refused the OAuth client \(401: invalid_client, "wrong client secret"\): check SNYK_OAUTH_CLIENT_ID and SNYK_OAUTH_CLIENT_SECRET/,
    );
    expect(result.stderr).not.toContain('rotated-away');
    expect(tokenRequests(fx)).toHaveLength(1);
    expect(fx.emu.requests().filter((r) => r.path !== '/oauth2/token')).toEqual([]);
  });

  it('refuses SNYK_TOKEN and an OAuth client at once, before any request', async () => {
    fx = await oauthFixture();
    const result = await runCliProcess(['plan', 'examples/multi-team'], {
      env: { ...secretEnv(fx), SNYK_TOKEN: 'sgdemo-7f3c9a1e5b2d4c6f' },
    });
    expectCleanError(
      result,
      /^Error: SNYK_TOKEN and SNYK_OAUTH_CLIENT_ID are all set: keep the one to sign in with/,
    );
    expect(result.stderr).not.toContain('sgdemo-7f3c9a1e5b2d4c6f');
    expect(fx.emu.requests()).toEqual([]);
  });
});
