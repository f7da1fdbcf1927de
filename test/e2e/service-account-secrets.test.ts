// The secret of a service account appears in no output of any command and in no file but its
// own in --secrets-dir (docs/safety.md#service-account-secrets): every command is run as a
// process with --verbose and SNYK_GITOPS_DEBUG=1, and its stdout, stderr and every file it
// writes are scanned for every secret Snyk handed out in the run (created, then rotated).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
let config: string;
let secretsDir: string;
const secrets = new Set<string>();
/** What every command printed or wrote, by a label naming the command and the stream or file. */
const outputs = new Map<string, string>();

const CONFIG = (id: string) => `version: 1
group:
  id: ${id}
  serviceAccounts:
    - { name: ci-scanner, role: Group Viewer, auth: api_key }
orgs:
  - slug: payments
    serviceAccounts:
      - { name: payments-ci, role: Org Collaborator, auth: oauth_client_secret }
`;

/** Every secret the emulator holds now (kept across rotations: an old one must not leak either). */
function collectSecrets(): void {
  const state = fx.emu.getState();
  const { group } = lookup(state);
  for (const account of [
    ...(group.serviceAccounts ?? []),
    ...group.orgs.flatMap((o) => o.serviceAccounts ?? []),
  ])
    for (const secret of account.secrets) secrets.add(secret);
}

async function run(label: string, args: string[]) {
  const result = await runCliProcess([...args, '--verbose'], {
    env: { ...fx.env, SNYK_GITOPS_DEBUG: '1' },
    cwd: fx.dir,
  });
  outputs.set(`${label} (stdout)`, result.stdout);
  outputs.set(`${label} (stderr)`, result.stderr);
  return result;
}

/** Every file under `dir` but the secrets folder, by path. */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || path.startsWith(secretsDir)) continue;
    out.set(path, await readFile(path, 'utf8'));
  }
  return out;
}

beforeAll(async () => {
  fx = await startFixture(await loadDemoState());
  config = await fx.write('snyk-gitops.yaml', CONFIG(DEMO_GROUP));
  secretsDir = join(fx.dir, 'secrets');
  const created = await run('apply (create)', [
    'apply',
    config,
    '--auto-approve',
    '--secrets-dir',
    secretsDir,
  ]);
  expect(created.code, created.stderr).toBe(0);
  collectSecrets();
  const org = 'org[payments].service_account[payments-ci]';
  const group = 'group.service_account[ci-scanner]';
  await run('plan --rotate --out', [
    'plan',
    config,
    '--rotate',
    org,
    '--rotate',
    group,
    '--out',
    'rotate.json',
  ]);
  for (const format of ['text', 'markdown', 'json'])
    await run(`show ${format}`, ['show', 'rotate.json', '--format', format]);
  const rotated = await run('apply --plan (rotate)', [
    'apply',
    '--plan',
    'rotate.json',
    '--secrets-dir',
    secretsDir,
  ]);
  expect(rotated.code, rotated.stderr).toBe(0);
  collectSecrets();
  for (const format of ['text', 'markdown', 'json'])
    await run(`plan ${format}`, ['plan', config, '--format', format, '--out', `plan-${format}.json`]);
  // Changes made by hand, so that drift has items of the kind to report.
  const state = fx.emu.getState();
  lookup(state).org('payments').serviceAccounts![0]!.name = 'renamed-by-hand';
  fx.emu.setState(state);
  for (const format of ['text', 'markdown', 'json', 'html'])
    await run(`drift ${format}`, ['drift', config, '--format', format, '--output', `drift.${format}`]);
  await run('drift', ['drift', config]);
  await run('export', ['export', '--group', DEMO_GROUP, '--output', 'export.yaml']);
  await run('export --split', ['export', '--group', DEMO_GROUP, '--split', '--output', 'split']);
  await run('access', ['access', 'alice@acme.com', config]);
  await run('validate', ['validate', config]);
}, 180_000);

afterAll(async () => {
  await fx?.close();
});

describe('service-account secrets', () => {
  it('were handed out: two at create, two more at rotation, each in its file', async () => {
    expect(secrets.size).toBe(4);
    const kept = await Promise.all(
      (await readdir(secretsDir)).map((n) => readFile(join(secretsDir, n), 'utf8')),
    );
    expect(kept).toHaveLength(2);
    for (const text of kept) expect(secrets.has(text.trim())).toBe(true);
  });

  it('appear in no stdout or stderr of any command, with --verbose and debug on', () => {
    expect(outputs.size).toBeGreaterThan(25);
    const leaks = [...outputs].filter(([, text]) => [...secrets].some((s) => text.includes(s)));
    expect(leaks.map(([label]) => label)).toEqual([]);
  });

  it('appear in no file a command wrote: saved plans, drift reports, exports', async () => {
    const files = await filesUnder(fx.dir);
    expect([...files.keys()].map((p) => p.slice(fx.dir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['drift.html', 'drift.json', 'export.yaml', 'plan-json.json', 'rotate.json']),
    );
    const leaks = [...files].filter(([, text]) => [...secrets].some((s) => text.includes(s)));
    expect(leaks.map(([path]) => path)).toEqual([]);
  });

  it('did run the commands it scanned', () => {
    expect(outputs.get('drift json (stdout)')).toBeDefined();
    expect(JSON.parse(outputs.get('show json (stdout)')!).rotate).toEqual([
      'org[payments].service_account[payments-ci]',
      'group.service_account[ci-scanner]',
    ]);
  });
});
