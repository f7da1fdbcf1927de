import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.test-helpers.ts';

function runDemo(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.mjs')], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...(process.env.SNYK_EMULATOR_REALITY === undefined
          ? {}
          : { SNYK_EMULATOR_REALITY: process.env.SNYK_EMULATOR_REALITY }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run demo (the first Quick start command)', () => {
  it('validates, plans, applies, re-plans to no changes, and reports an out-of-band change as drift', async () => {
    const { code, out } = await runDemo();
    expect(out).toContain('Plan: 5 to add, 5 to change, 2 to destroy.');
    expect(out).toContain('Applied 12, failed 0, skipped 0.');
    expect(out).toContain('No changes. Snyk matches the configuration.');
    expect(out).toContain('org[payments].member[frank@acme.com]  added in Snyk');
    expect(out).toContain('Demo complete.');
    expect(out).not.toContain('\u001b[');
    expect(code).toBe(0);
  });
});
