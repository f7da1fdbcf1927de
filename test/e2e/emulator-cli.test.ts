// `snyk-gitops emulator` as a user starts it: a process that prints how to use it, serves an
// account of the size asked for, and keeps its state across runs with --save / --state.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runCliProcess } from '../support/cli.test-helpers.ts';

interface Running {
  child: ChildProcess;
  banner: string;
  stopped: Promise<{ code: number | null; stderr: string }>;
}

/** Starts the emulator (in reality mode under $SNYK_EMULATOR_REALITY) once its banner is complete. */
function startEmulatorProcess(args: string[], cwd: string): Promise<Running> {
  const reality = process.env.SNYK_EMULATOR_REALITY;
  const realityArgs = reality === undefined || reality.trim() === '' ? [] : ['--reality', reality];
  const child = spawn(process.execPath, [CLI_PATH, 'emulator', ...args, ...realityArgs], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const stopped = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stderr })),
  );
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (stdout.includes('Press Ctrl+C to stop.')) resolve({ child, banner: stdout, stopped });
    });
    void stopped.then(({ code }) => reject(new Error(`emulator exited ${code}: ${stderr}`)));
  });
}

/** The environment the banner tells the user to export, and its ready export line. */
function usageFrom(banner: string) {
  const url = /export SNYK_API_URL=(\S+)/.exec(banner)?.[1];
  const token = /export SNYK_TOKEN=(\S+)/.exec(banner)?.[1];
  const exportLine = /snyk-gitops (export --group \S+ --output \S+)/.exec(banner)?.[1];
  expect(url && token && exportLine, banner).toBeTruthy();
  return { env: { SNYK_API_URL: url!, SNYK_TOKEN: token! }, exportArgs: exportLine!.split(' ') };
}

describe('snyk-gitops emulator', () => {
  it('generates an account of the size asked for, prints a ready export line, and saves its state at exit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emu-cli-'));
    const running = await startEmulatorProcess(
      ['--orgs', '7', '--members', '1-2', '--projects', '2', '--save', 'account.json'],
      dir,
    );
    const { env, exportArgs } = usageFrom(running.banner);
    expect(running.banner).toContain('state: generated account (7 orgs, 1 to 2 members and 2 projects each)');
    const groupId = /group: (\S+)/.exec(running.banner)?.[1];
    expect(exportArgs).toEqual(['export', '--group', groupId, '--output', 'snyk-gitops.yaml']);

    const exported = await runCliProcess(exportArgs, { env, cwd: dir });
    expect(exported.stderr).toContain('(7 orgs)');
    expect(exported.code).toBe(0);
    const config = await readFile(join(dir, 'snyk-gitops.yaml'), 'utf8');
    expect(config.match(/^ {2}- slug: /gm)).toHaveLength(7);

    running.child.kill('SIGINT');
    const { code, stderr } = await running.stopped;
    expect(code).toBe(0);
    expect(stderr).toContain(`Saved the emulator state to ${join(dir, 'account.json')}`);

    // The saved account serves the same group, and the exported config plans clean against it.
    const again = await startEmulatorProcess(['--state', 'account.json'], dir);
    try {
      expect(again.banner).toContain(`group: ${groupId}`);
      const plan = await runCliProcess(['plan', '--detailed-exitcode'], {
        env: { ...usageFrom(again.banner).env, SNYK_TOKEN: env.SNYK_TOKEN },
        cwd: dir,
      });
      expect(plan.stderr).toBe('');
      expect(plan.code).toBe(0);
    } finally {
      again.child.kill('SIGTERM');
      await again.stopped;
    }
  });

  it('refuses a size with --state, and a --save path it cannot write, before serving', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emu-cli-'));
    const sized = await runCliProcess(['emulator', '--state', 'x.json', '--orgs', '3'], { cwd: dir });
    expect(sized.code).toBe(1);
    expect(sized.stderr).toContain('--orgs sizes a generated account: it takes no --state');
    const unwritable = await runCliProcess(['emulator', '--save', join(dir, 'missing', 'state.json')], {
      cwd: dir,
    });
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('--save: cannot write the emulator state to');
    expect(unwritable.stderr).toContain('ENOENT');
    const bad = await runCliProcess(['emulator', '--orgs', 'many'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--orgs 'many' must be an integer");
  });
});
