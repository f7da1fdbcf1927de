// Secrets (issue 9): every command in every output format, with --verbose and with errors
// provoked (401, 403, 500, bad config), scanned on stdout, stderr, the files it writes, the
// emulator's request log and thrown errors: the token never appears. Tokens are refused as
// command-line arguments.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, generateState, startEmulator } from '../../src/emulator/index.ts';
import { createSnykClient } from '../../src/snyk/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import { REST_VERSION } from './support/chaos.test-helpers.ts';
import { editConfig, writeConfig } from './support/desired.test-helpers.ts';

const TOKEN = 'sgtok-5ecret-7d1c9a3b2e4f';
const { state, groupId } = generateState({ orgs: 4, membersPerOrg: [1, 3], seed: 33, token: TOKEN });
const groupPath = `/rest/groups/${groupId}/orgs`;

describe('the token never appears', () => {
  let emulator: Emulator;
  const { config } = editConfig(state, 33, { edits: 6, newOrgs: 1 });
  const work = writeConfig(config);
  const scanned: string[] = [];
  const run = async (args: string[], env: Record<string, string> = {}) => {
    const r = await runCliInProcess(args, {
      env: { SNYK_TOKEN: TOKEN, SNYK_API_URL: emulator.url, ...env },
      cwd: work.dir,
    });
    scanned.push(`${args.join(' ')} -> ${r.code}`);
    expect(r.stdout, args.join(' ')).not.toContain(TOKEN);
    expect(r.stderr, args.join(' ')).not.toContain(TOKEN);
    return r;
  };

  beforeAll(async () => {
    emulator = await startEmulator({ state, rateLimit: false });
    writeFileSync(join(work.dir, 'bad.yaml'), `version: 1\ngroup: { id: ${TOKEN} }\norgs: [{ slug: 1 }]\n`);
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(work.dir, { recursive: true, force: true });
  });

  it('in every command, format and error, on every channel and in every file written', async () => {
    for (const format of ['text', 'json'])
      await run(['validate', work.file, '--format', format, '--verbose']);
    await run(['validate', 'bad.yaml', '--verbose']);
    await run(['validate', 'missing.yaml']);
    for (const format of ['text', 'markdown', 'json']) {
      await run(['plan', work.file, '--format', format, '--verbose', '--out', `plan-${format}.json`]);
      await run(['plan', work.file, '--format', format, '--detailed-exitcode']);
    }
    for (const format of ['text', 'markdown', 'json', 'html'])
      await run(['drift', work.file, '--format', format, '--verbose', '--output', `drift.${format}`]);
    await run(['export', '--group', groupId, '--output', 'export.yaml', '--verbose']);
    await run(['export', '--group', groupId, '--output', 'split', '--split']);
    await run(['apply', work.file, '--auto-approve', '--verbose']);
    await run(['apply', '--plan', 'plan-json.json', '--verbose']); // stale now: refused

    // Errors: a rejected token (the wrong one is a secret too), 403, 500s, no config.
    const wrong = 'sgtok-wrong-0000deadbeef';
    for (const command of [
      ['plan', work.file],
      ['drift', work.file],
      ['export', '--group', groupId],
    ]) {
      const r = await runCliInProcess([...command, '--verbose'], {
        env: { SNYK_TOKEN: wrong, SNYK_API_URL: emulator.url },
        cwd: work.dir,
      });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain(wrong);
      expect(r.stderr).toMatch(/token/i);
    }
    const r401 = await runCliInProcess(['plan', work.file], {
      env: { SNYK_OAUTH_TOKEN: wrong, SNYK_API_URL: emulator.url },
      cwd: work.dir,
    });
    expect(r401.stdout + r401.stderr).not.toContain(wrong);
    emulator.setFaults({
      rules: [
        {
          path: groupPath,
          respond: { status: 403, body: { errors: [{ status: '403', detail: `echo ${TOKEN}` }] } },
        },
      ],
    });
    await run(['plan', work.file, '--verbose']);
    emulator.setFaults({ rules: [{ path: groupPath, times: 2, respond: { status: 500, body: {} } }] });
    await run(['drift', work.file, '--verbose', '--format', 'json']);
    emulator.setFaults({ rules: [{ path: groupPath, respond: { status: 401, body: {} } }] });
    await run(['apply', work.file, '--auto-approve', '--verbose']);
    emulator.setFaults(undefined);
    await run(['plan', 'bad.yaml', '--verbose']);

    for (const file of readdirSync(work.dir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = join(file.parentPath, file.name);
      const text = readFileSync(path, 'utf8');
      // The bad config deliberately carries the token as a value: validate must not echo it.
      if (file.name === 'bad.yaml') continue;
      expect(text, path).not.toContain(TOKEN);
    }
    expect(JSON.stringify(emulator.requests())).not.toContain(TOKEN);
    expect(scanned.length).toBeGreaterThan(20);
  });

  it('in thrown errors and their stacks', async () => {
    emulator.setFaults({ rules: [{ path: groupPath, respond: { status: 500, body: {} } }] });
    const client = createSnykClient({
      apiUrl: emulator.url,
      restVersion: REST_VERSION,
      auth: { scheme: 'token', token: TOKEN },
      retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2 },
    });
    try {
      const errors = await Promise.all([
        client.listGroupOrgs(groupId).catch((e: unknown) => e),
        client.createOrg({ name: 'x', groupId: 'not-a-group' }).catch((e: unknown) => e),
      ]);
      for (const error of errors) {
        expect(error).toBeInstanceOf(Error);
        const e = error as Error & { cause?: unknown };
        expect(`${e.message}\n${e.stack}\n${JSON.stringify(e)}\n${String(e.cause)}`).not.toContain(TOKEN);
      }
    } finally {
      emulator.setFaults(undefined);
      await client.close();
    }
  });

  it.each([
    ['--token', TOKEN],
    [`--token=${TOKEN}`],
    ['--snyk-token', TOKEN],
    ['--oauth-token', TOKEN],
    ['--snyk-oauth-token', TOKEN],
    [`--api-key=${TOKEN}`],
  ])('is refused as an argument: %s', async (...flag) => {
    for (const command of ['plan', 'apply', 'drift', 'validate', 'export']) {
      const r = await runCliInProcess([command, ...flag], { env: {}, cwd: work.dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/SNYK_TOKEN/);
      expect(r.stdout + r.stderr).not.toContain(TOKEN);
    }
  });
});

// A webhook's secret (`secret: { env }`): read at apply only when a webhook is created, sent in
// that one request, and nowhere else: not in any output, file written, log, saved plan, drift
// report or error, even when Snyk refuses the webhook or echoes the secret back.
describe('a webhook secret never appears', () => {
  const SECRET = 'whsec-5ecret-4b8d2f6a1c';
  const generated = generateState({ orgs: 2, membersPerOrg: [1, 2], seed: 34, token: TOKEN });
  const org = generated.state.groups[0]!.orgs[0]!;
  let emulator: Emulator;
  const work = writeConfig(editConfig(generated.state, 34, { edits: 0, newOrgs: 0 }).config);
  const hookConfig = (url: string) =>
    [
      'version: 1',
      `group: { id: ${generated.groupId} }`,
      'orgs:',
      `  - slug: ${org.slug}`,
      '    webhooks:',
      `      - { url: "${url}", secret: { env: HOOK_SECRET } }`,
      '',
    ].join('\n');
  const env = () => ({ SNYK_TOKEN: TOKEN, SNYK_API_URL: emulator.url, HOOK_SECRET: SECRET });
  const run = async (args: string[]) => {
    const r = await runCliInProcess(args, { env: env(), cwd: work.dir });
    expect(r.stdout + r.stderr, args.join(' ')).not.toContain(SECRET);
    return r;
  };

  beforeAll(async () => {
    emulator = await startEmulator({ state: generated.state, rateLimit: false });
    writeFileSync(join(work.dir, 'hooks.yaml'), hookConfig('https://hooks.example.com/a'));
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(work.dir, { recursive: true, force: true });
  });

  it('in plans, applies, drift, export and errors, on every channel and in every file written', async () => {
    for (const format of ['text', 'markdown', 'json'])
      await run(['plan', 'hooks.yaml', '--format', format, '--verbose', '--out', `hooks-${format}.json`]);
    // Snyk refuses the webhook and echoes the secret back: the error must not carry it.
    emulator.setFaults({
      rules: [
        {
          path: `/v1/org/${org.id}/webhooks`,
          method: 'POST',
          respond: { status: 400, body: { code: 400, message: `bad secret ${SECRET}` } },
        },
      ],
    });
    const refused = await run(['apply', 'hooks.yaml', '--auto-approve', '--verbose']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('bad secret ***'); // Snyk's message, the secret cut out
    emulator.setFaults(undefined);
    expect((await run(['apply', '--plan', 'hooks-json.json', '--verbose'])).code).toBe(0);
    expect(emulator.getState().groups[0]!.orgs[0]!.webhooks?.[0]?.secret).toBe(SECRET);
    for (const format of ['text', 'markdown', 'json', 'html'])
      await run(['drift', 'hooks.yaml', '--format', format, '--output', `hooks-drift.${format}`]);
    await run(['export', '--group', generated.groupId, '--output', 'hooks-export.yaml']);
    await run([
      'apply',
      'hooks.yaml',
      '--auto-approve',
      '--verbose',
      '--replace',
      'org[' + org.slug + '].webhook[https://hooks.example.com/a]',
    ]);
    for (const file of readdirSync(work.dir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = join(file.parentPath, file.name);
      expect(readFileSync(path, 'utf8'), path).not.toContain(SECRET);
    }
    expect(JSON.stringify(emulator.requests())).not.toContain(SECRET);
  });
});
