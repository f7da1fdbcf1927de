// Runs the built CLI as a real child process (its peak RSS and CPU time come from the probe
// preloaded into it) and sums up what the emulator saw it do.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestLogEntry } from '../src/emulator/index.ts';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  maxRssKb: number;
  cpuMs: number;
}

/** `node dist/cli.js ...args` with `env` added to a clean environment (no inherited tokens). */
export async function runCli(root: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  const probeDir = await mkdtemp(join(tmpdir(), 'snyk-gitops-probe-'));
  const usageFile = join(probeDir, 'usage.json');
  const started = performance.now();
  try {
    const child = spawn(
      process.execPath,
      ['--import', new URL('./rss-probe.mjs', import.meta.url).href, join(root, 'dist', 'cli.js'), ...args],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', BENCH_USAGE_FILE: usageFile, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    const wallMs = performance.now() - started;
    const usage = JSON.parse(await readFile(usageFile, 'utf8').catch(() => '{}')) as {
      maxRssKb?: number;
      cpuMs?: number;
    };
    return {
      code,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      wallMs,
      maxRssKb: usage.maxRssKb ?? Number.NaN,
      cpuMs: usage.cpuMs ?? Number.NaN,
    };
  } finally {
    await rm(probeDir, { recursive: true, force: true });
  }
}

export interface ApiStats {
  total: number;
  rest: number;
  v1: number;
  writes: number;
  rateLimited: number;
  /** From the first request's arrival to the last response. */
  spanMs: number;
}

export function apiStats(log: readonly RequestLogEntry[]): ApiStats {
  const api = log.filter((e) => e.api !== 'control');
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of api) {
    const end = Date.parse(e.time);
    first = Math.min(first, end - e.ms);
    last = Math.max(last, end);
  }
  return {
    total: api.length,
    rest: api.filter((e) => e.api === 'rest').length,
    v1: api.filter((e) => e.api === 'v1').length,
    writes: api.filter((e) => e.method !== 'GET' && e.status < 300).length,
    rateLimited: api.filter((e) => e.status === 429).length,
    spanMs: api.length === 0 ? 0 : last - first,
  };
}
