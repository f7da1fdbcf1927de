// The README's install line, as a clean machine runs it: the release tarball (`npm pack` of
// this checkout, dist/ built) installed globally into an empty prefix, offline, then run.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.test-helpers.ts';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-install-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('install from the release tarball', () => {
  it('installs with no registry access and runs as snyk-gitops', async () => {
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string;
      scripts: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    // Nothing may run at install time, and nothing may need fetching: the bundle is all of it.
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack'])
      expect(manifest.scripts[hook], hook).toBeUndefined();
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);

    const { stdout: packed } = await run('npm', ['pack', '--silent', '--pack-destination', dir], {
      cwd: REPO_ROOT,
    });
    const tarball = join(dir, packed.trim());
    expect(tarball).toBe(join(dir, `snyk-gitops-${manifest.version}.tgz`));
    const prefix = join(dir, 'prefix');
    await run(
      'npm',
      ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball],
      {
        cwd: dir,
        env: { ...process.env, npm_config_cache: join(dir, 'cache') },
      },
    );

    const bin = join(prefix, 'bin', 'snyk-gitops');
    expect((await run(bin, ['-v'])).stdout).toBe(`${manifest.version}\n`);
    const valid = await run(bin, ['validate', join(REPO_ROOT, 'examples/minimal')], { cwd: dir });
    expect(valid.stdout).toContain('valid: 1 file');
    expect((await run(bin, ['help', 'plan'])).stdout).toContain('Usage: snyk-gitops plan');
    // The README's links into docs/ work in the installed copy too.
    const installed = join(prefix, 'lib', 'node_modules', 'snyk-gitops');
    const readme = await readFile(join(installed, 'README.md'), 'utf8');
    const linked = [...new Set([...readme.matchAll(/\]\((docs\/[\w-]+\.md)/g)].map((m) => m[1] as string))];
    expect(linked.length).toBeGreaterThan(5);
    for (const doc of linked) expect(await readFile(join(installed, doc), 'utf8'), doc).toMatch(/^# /);
  });
});
