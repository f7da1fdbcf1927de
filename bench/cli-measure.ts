// One scenario of a CLI benchmark against the emulator: the CLI run as a process at the given
// limits, the emulator's request log counted against a lower bound, and the table row that
// reports it beside a baseline measured in the same run (bench/projects.ts, bench/estate.ts).
import type { Emulator, EmulatorState } from '../src/emulator/index.ts';
import { type RequestCount, total, type WallLimits, wallBound } from './bounds.ts';
import { apiStats, type CliRun, runCli } from './process.ts';

/**
 * The emulator the project benches (project rules, placement, ignores) run against: Snyk's
 * per-minute limits in a 6 s window (a tenth of the time, the same shape), 25 ms latency.
 */
export const PROJECT_BENCH_LIMITS: WallLimits = {
  restPerWindow: 1620,
  v1PerWindow: 1620,
  windowMs: 6000,
  meanLatencyMs: 25,
  concurrency: 16,
};

export interface Measured {
  scenario: string;
  run: CliRun;
  requests: number;
  bound: number;
  writes: number;
  changes: number;
  rateLimited: number;
  wallBoundMs: number;
  apiMs: number;
}

export const fmt = (n: number, digits = 2) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const MEASURED_HEADER = [
  '| scenario | changes | requests | lower bound | ratio | writes | writes / changes | 429s | API phase | wall | wall / bound | CPU | CPU / baseline | peak RSS | RSS / baseline |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];

export function measuredRow(m: Measured, baseline: Measured): string {
  return `| ${m.scenario} | ${m.changes.toLocaleString('en-US')} | ${m.requests.toLocaleString('en-US')} | ${m.bound.toLocaleString('en-US')} | ${fmt(m.requests / m.bound, 3)} | ${m.writes.toLocaleString('en-US')} | ${m.changes === 0 ? '—' : fmt(m.writes / m.changes, 3)} | ${m.rateLimited} | ${fmt(m.apiMs / 1000)} s | ${fmt(m.run.wallMs / 1000)} s | ${fmt(m.run.wallMs / m.wallBoundMs)} | ${fmt(m.run.cpuMs / 1000)} s | ${fmt(m.run.cpuMs / baseline.run.cpuMs)} | ${fmt(m.run.maxRssKb / 1024, 0)} MB | ${fmt(m.run.maxRssKb / baseline.run.maxRssKb)} |`;
}

export interface MeasureTarget {
  root: string;
  emulator: Emulator;
  state: EmulatorState;
  token: string;
  limits: WallLimits;
}

/** Runs `args` on a fresh copy of the state; a non-zero exit fails the benchmark. */
export async function measureCli(
  target: MeasureTarget,
  scenario: string,
  args: string[],
  bound: RequestCount,
  changes: number,
): Promise<Measured> {
  const { emulator, limits } = target;
  emulator.setState(target.state);
  emulator.clearRequests();
  const run = await runCli(target.root, args, {
    SNYK_API_URL: emulator.url,
    SNYK_TOKEN: target.token,
    SNYK_GITOPS_CONCURRENCY: String(limits.concurrency),
    SNYK_GITOPS_RATE_LIMIT: `${limits.restPerWindow},${limits.v1PerWindow}/${limits.windowMs / 1000}s`,
  });
  if (run.code !== 0) throw new Error(`${scenario}: exit ${run.code}: ${run.stderr.slice(-500)}`);
  const stats = apiStats(emulator.requests());
  return {
    scenario,
    run,
    requests: stats.total,
    bound: total(bound),
    writes: stats.writes,
    changes,
    rateLimited: stats.rateLimited,
    wallBoundMs: wallBound(bound, limits),
    apiMs: stats.spanMs,
  };
}
