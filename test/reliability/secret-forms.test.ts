// Secrets in every form (issue 34): a server that echoes the token hex-encoded, as a suffix or a
// middle substring, a proxy password, or a webhook secret base64-encoded or cut to its last 20
// characters — none of it reaches stdout, stderr or a file the CLI writes. The CLI runs as a
// process (dist/), against the emulator, whose fault rules play the echoing server.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import { type EmulatorFixture, startFixture } from '../support/emulator-fixture.test-helpers.ts';

const TOKEN = 'sgtok-9c41e7b2-5d8f-4a3e-b6c0-1f2e3d4c5b6a';
const PROXY_PASSWORD = 'pr0xy-Pa55word-3e9a7c';
const HOOK_SECRET = 'whsec-7b3e9d1f5a2c8e4b6d0f';
const { state, groupId } = generateState({ orgs: 1, membersPerOrg: [1, 2], seed: 41, token: TOKEN });
const org = state.groups[0]!.orgs[0]!;

const hex = (s: string) => Buffer.from(s).toString('hex');
const base64 = (s: string) => Buffer.from(s).toString('base64');

/** What an echoing server may send back: each must be absent from everything the CLI prints. */
const TOKEN_ECHOES = [hex(TOKEN), hex(TOKEN).toUpperCase(), TOKEN.slice(-24), TOKEN.slice(9, 30)];
const HOOK_ECHOES = [
  base64(HOOK_SECRET),
  base64(`x${HOOK_SECRET}`),
  HOOK_SECRET.slice(-20),
  hex(HOOK_SECRET),
];

describe('secrets echoed in other forms', () => {
  let fx: EmulatorFixture;
  const dir = mkdtempSync(join(tmpdir(), 'sg-secret-forms-'));
  const env = () => ({
    SNYK_TOKEN: TOKEN,
    SNYK_API_URL: fx.emu.url,
    HOOK_SECRET,
    // The API is on loopback, so the proxy is not used; its password is a secret all the same.
    HTTPS_PROXY: `http://ops:${encodeURIComponent(PROXY_PASSWORD)}@proxy.example.com:3128`,
  });

  beforeAll(async () => {
    // With SNYK_EMULATOR_REALITY set, the emulator plays the real API's differences too.
    fx = await startFixture(state, { token: TOKEN });
    writeFileSync(
      join(dir, 'hooks.yaml'),
      [
        'version: 1',
        `group: { id: ${groupId} }`,
        'orgs:',
        `  - slug: ${org.slug}`,
        '    webhooks:',
        '      - { url: "https://hooks.example.com/a", secret: { env: HOOK_SECRET } }',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await fx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('masks the token and the proxy password echoed hex-encoded, as a suffix or a middle run', async () => {
    const detail = [...TOKEN_ECHOES, PROXY_PASSWORD.slice(2, 16)].join(' | ');
    fx.emu.setFaults({
      rules: [
        {
          path: `/rest/groups/${groupId}/orgs`,
          respond: { status: 403, body: { errors: [{ status: '403', detail: `echo ${detail}` }] } },
        },
      ],
    });
    for (const format of ['text', 'json']) {
      const r = await runCliProcess(['plan', 'hooks.yaml', '--format', format, '--verbose'], {
        env: env(),
        cwd: dir,
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('echo ***');
      for (const echo of [...TOKEN_ECHOES, PROXY_PASSWORD.slice(2, 16)])
        expect(r.stdout + r.stderr).not.toContain(echo);
    }
    fx.emu.setFaults(undefined);
  });

  it('masks a webhook secret echoed in base64, hex or as its last 20 characters', async () => {
    fx.emu.setFaults({
      rules: [
        {
          path: `/v1/org/${org.id}/webhooks`,
          method: 'POST',
          respond: { status: 400, body: { code: 400, message: `bad secret ${HOOK_ECHOES.join(' ')}` } },
        },
      ],
    });
    const r = await runCliProcess(['apply', 'hooks.yaml', '--auto-approve', '--verbose'], {
      env: env(),
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('bad secret ***');
    for (const echo of HOOK_ECHOES) expect(r.stdout + r.stderr).not.toContain(echo);
    fx.emu.setFaults(undefined);
  });

  it('masks them in files the CLI writes', async () => {
    const r = await runCliProcess(['plan', 'hooks.yaml', '--format', 'json', '--out', 'plan.json'], {
      env: env(),
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'plan.json'), 'utf8');
    for (const echo of [TOKEN, PROXY_PASSWORD, HOOK_SECRET, ...TOKEN_ECHOES])
      expect(text).not.toContain(echo);
  });
});
