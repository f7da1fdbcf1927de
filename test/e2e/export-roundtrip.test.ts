// export, then plan on the result: zero changes (the contract of export), on the example
// account and on a generated 500-org account. Runs the CLI in-process against the emulator.

import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, generateState, startEmulator } from '../../src/emulator/index.ts';
import { loadDesired, planAgainst } from '../../src/engine/plan.ts';
import { openSnyk } from '../../src/engine/session.ts';
import { readLiveState } from '../../src/live/index.ts';
import { CLI_PATH, runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';

const EXAMPLE_STATE = new URL('../../examples/multi-team/snyk-state.json', import.meta.url);
const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
const TENANT = '59d6d97e-3106-4ebb-b608-352fad9c5b34';
const TOKEN = 'sgdemo-7f3c9a1e5b2d4c6f';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withEmulator<T>(state: EmulatorState, run: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = await startEmulator({ state, rateLimit: false });
  try {
    return await run(emu);
  } finally {
    await emu.close();
  }
}

/** What `plan` computes for these config paths against the emulator. */
async function planPaths(emu: Emulator, token: string, paths: string[]) {
  const config = await loadDesired(paths, dir);
  const client = openSnyk({
    apiUrl: emu.url,
    restVersion: '2024-10-15',
    concurrency: 8,
    verbose: false,
    auth: { scheme: 'token', token },
    // Unpaced: the 500-org round trip reads four REST parts per org, which Snyk's 1,620 a
    // minute would hold for a minute; the pacing has its own tests.
    rateLimit: { rest: 0, v1: 0, windowMs: 60_000 },
  });
  try {
    const live = await readLiveState(client, config.desired);
    return planAgainst(config, live);
  } finally {
    await client.close();
  }
}

describe('export round trip', () => {
  it('exports the example account so that plan on the result shows zero changes', async () => {
    const state = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
    await withEmulator(state, async (emu) => {
      const env = { SNYK_TOKEN: TOKEN, SNYK_API_URL: emu.url };
      const out = join(dir, 'example.yaml');
      const result = await runCliInProcess(
        ['export', '--group', GROUP, '--tenant', TENANT, '--output', out],
        { env },
      );
      expect(result.stderr).toContain('Exported group');
      expect(result.code).toBe(0);
      const text = await readFile(out, 'utf8');
      expect(text).toContain('slug: legacy-tools');
      expect(text).toContain('- { user: mallory@acme.com, role: Group Member }');
      expect(text).toContain('name: Acme');
      expect(text).not.toContain(TOKEN);
      const plan = await planPaths(emu, TOKEN, [out]);
      expect(plan.changes).toEqual([]);
      expect(plan.warnings).toEqual([]);

      // Stable: exporting again gives the same bytes (a clean git diff).
      const again = await runCliInProcess(['export', '--group', GROUP, '--tenant', TENANT], { env });
      expect(again.stdout).toBe(text);

      // An edited config is not replaced without --force, and the refusal reads nothing from Snyk.
      await writeFile(out, `${text}# my edit\n`);
      emu.clearRequests();
      const refused = await runCliProcess(['export', '--group', GROUP, '--output', out], { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`'${out}' exists: pass --force to replace it`);
      expect(emu.requests()).toEqual([]);
      expect(await readFile(out, 'utf8')).toContain('# my edit');
      const forced = await runCliProcess(
        ['export', '--group', GROUP, '--tenant', TENANT, '--output', out, '--force'],
        {
          env,
        },
      );
      expect(forced.code).toBe(0);
      expect(await readFile(out, 'utf8')).toBe(text);
    });
  });

  it('runs as a real process (node dist/cli.js export) writing YAML to stdout', async () => {
    expect(existsSync(CLI_PATH), `${CLI_PATH} is missing: run 'npm run build' first`).toBe(true);
    const state = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
    await withEmulator(state, async (emu) => {
      const result = await runCliProcess(['export', '--group', GROUP, '--tenant', TENANT], {
        env: { SNYK_TOKEN: TOKEN, SNYK_API_URL: emu.url },
      });
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith('# yaml-language-server: $schema=')).toBe(true);
      const path = join(dir, 'process.yaml');
      await writeFile(path, result.stdout);
      expect((await planPaths(emu, TOKEN, [path])).changes).toEqual([]);
    });
  });

  it('splits into a group file and one file per org; with --force removes the file of an org deleted since', async () => {
    const state = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
    await withEmulator(state, async (emu) => {
      const env = { SNYK_TOKEN: TOKEN, SNYK_API_URL: emu.url };
      const out = join(dir, 'split');
      const args = ['export', '--group', GROUP, '--tenant', TENANT, '--output', out, '--split'];
      expect((await runCliInProcess(args, { env })).code).toBe(0);
      expect((await readdir(out)).sort()).toEqual([
        'group.yaml',
        'org-data.yaml',
        'org-golden.yaml',
        'org-legacy-tools.yaml',
        'org-payments.yaml',
        'org-platform.yaml',
      ]);
      expect((await planPaths(emu, TOKEN, [out])).changes).toEqual([]);

      const next = emu.getState();
      next.groups[0]!.orgs = next.groups[0]!.orgs.filter((o) => o.slug !== 'legacy-tools');
      emu.setState(next);
      await writeFile(join(out, 'org-notes.yaml.bak'), 'not ours');
      const refused = await runCliProcess(args, { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`--output '${out}' is not empty: pass --force`);
      expect(await readdir(out)).toContain('org-legacy-tools.yaml');

      const forced = await runCliProcess([...args, '--force'], { env });
      expect(forced.code).toBe(0);
      expect(forced.stderr).toContain(
        `warning: left alone in ${out}, not written by export: org-notes.yaml.bak`,
      );
      expect((await readdir(out)).sort()).toEqual([
        'group.yaml',
        'org-data.yaml',
        'org-golden.yaml',
        'org-notes.yaml.bak',
        'org-payments.yaml',
        'org-platform.yaml',
      ]);
      expect((await planPaths(emu, TOKEN, [out])).changes).toEqual([]);
    });
  });

  it('round-trips a generated account of 500 orgs', async () => {
    const generated = generateState({ orgs: 500, membersPerOrg: [1, 6], seed: 42 });
    await withEmulator(generated.state, async (emu) => {
      const env = {
        SNYK_TOKEN: generated.token,
        SNYK_API_URL: emu.url,
        SNYK_GITOPS_CONCURRENCY: '16',
        SNYK_GITOPS_RATE_LIMIT: '0',
      };
      const out = join(dir, 'big.yaml');
      const result = await runCliInProcess(['export', '--group', generated.groupId, '--output', out], {
        env,
      });
      expect(result.stderr).toContain('(500 orgs)');
      expect(result.code).toBe(0);
      const text = await readFile(out, 'utf8');
      expect(text.match(/^ {2}- slug: /gm)).toHaveLength(500);
      expect(text.match(/^ {6}- \{ user: /gm)?.length).toBeGreaterThanOrEqual(500);
      const plan = await planPaths(emu, generated.token, [out]);
      expect(plan.changes).toEqual([]);
    });
  }, 120_000);

  it('refuses bad usage with exit 1 and a message naming the problem', async () => {
    const env = { SNYK_TOKEN: TOKEN, SNYK_API_URL: 'http://127.0.0.1:9' };
    const missing = await runCliInProcess(['export'], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--group');
    const split = await runCliInProcess(['export', '--group', GROUP, '--split'], { env });
    expect(split.stderr).toContain('--split');
    const bad = await runCliInProcess(['export', '--group', 'acme'], { env });
    expect(bad.stderr).toContain("--group 'acme' is not an id");
  });
});
