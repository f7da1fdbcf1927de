// Runs the CLI for end-to-end tests: as a real process (the built dist/cli.js, exactly what
// users run) or in-process through runCli (faster, same code path minus the bundle).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  timeoutMs?: number;
  /** The clock of an in-process run (a process uses the real one). */
  now?: () => Date;
}

/**
 * Where the CLIs of these tests keep their journal of org creates: not the user's state
 * directory, and one per test process (a test that means to share or separate journals says so).
 */
const STATE_DIR = mkdtempSync(join(tmpdir(), 'snyk-gitops-test-state-'));

/** A clean environment: no colour forcing, no inherited Snyk/GitHub settings. */
function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = { SNYK_GITOPS_STATE_DIR: STATE_DIR };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** Runs `node dist/cli.js ...args` and collects its output and exit code. */
export function runCliProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: baseEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Runs the CLI in this process with captured streams (no TTY). */
export async function runCliInProcess(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const { Readable } = await import('node:stream');
  const code = await runCli({
    args,
    env: baseEnv(options.env),
    cwd: options.cwd ?? REPO_ROOT,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([options.input ?? '']),
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}
