// `npm run bench`: plans and applies against emulated Snyk accounts of 100, 1,000 and 5,000 orgs
// with latency and the per-token rate limit on, and compares what the CLI did with the lower
// bounds (requests, wall time), a naive reader, and the targets of issues 4 and 10. Writes the
// table to bench/RESULTS.md and prints it. Run after `npm run build` (the CLI runs from dist/).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeConfigText } from '../src/config/config.test-helpers.ts';
import { type Emulator, type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { DEFAULT_REST_VERSION } from '../src/engine/api-settings.ts';
import { planReadBound, type RequestCount, total, type WallLimits, wallBound } from './bounds.ts';
import {
  type BenchOrg,
  orgsFromState,
  renderConfigFiles,
  withExactChanges,
  withShareChanged,
} from './config.ts';
import { measurePureCore } from './core-cpu.ts';
import { readNaively } from './naive.ts';
import { measurePartial, writeSection } from './partial.ts';
import { apiStats, type CliRun, runCli } from './process.ts';
import { machineLine, type Row, renderResults, type Target } from './report.ts';
import { writeResultsSection } from './results-file.ts';
import { measureUnknownLimit, writeUnknownLimitSection } from './unknown-limit.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const SIZES = [100, 1000, 5000] as const;
const MEMBERS: [number, number] = [20, 50];
const APPLY_CHANGES = 5000;
/** The rate limit runs 10× faster than Snyk's: 1,620 requests per 6 s window instead of per minute. */
const SCALE = 10;
const LIMITS: WallLimits = {
  restPerWindow: 1620,
  // The emulator applies one explicit limit to both APIs; Snyk documents 2,000/min for v1.
  v1PerWindow: 1620,
  windowMs: 60_000 / SCALE,
  meanLatencyMs: 20 + 10 / 2,
  concurrency: 16,
};

interface Account {
  orgs: number;
  state: EmulatorState;
  token: string;
  groupId: string;
  desired: BenchOrg[];
}

function groupMemberCount(state: EmulatorState): number {
  return state.groups[0]?.members.length ?? 0;
}

function memberships(orgs: readonly BenchOrg[]): number {
  return orgs.reduce((sum, o) => sum + o.members.length, 0);
}

async function writeConfig(dir: string, groupId: string, orgs: readonly BenchOrg[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of renderConfigFiles(groupId, orgs)) await writeFile(join(dir, name), text);
  return dir;
}

function cliEnv(emulator: Emulator, token: string): Record<string, string> {
  return {
    SNYK_API_URL: emulator.url,
    SNYK_TOKEN: token,
    SNYK_GITOPS_CONCURRENCY: String(LIMITS.concurrency),
    SNYK_GITOPS_RATE_LIMIT: `${LIMITS.restPerWindow},${LIMITS.v1PerWindow}/${LIMITS.windowMs / 1000}s`,
  };
}

function changesIn(run: CliRun): number | undefined {
  try {
    const plan = JSON.parse(run.stdout) as { summary: { create: number; update: number; delete: number } };
    return plan.summary.create + plan.summary.update + plan.summary.delete;
  } catch {
    return undefined;
  }
}

async function measurePlan(
  emulator: Emulator,
  account: Account,
  scenario: string,
  orgs: readonly BenchOrg[],
  expectedChanges: number,
  dir: string,
): Promise<Row> {
  emulator.setState(account.state);
  await writeConfig(dir, account.groupId, orgs);
  emulator.clearRequests();
  const run = await runCli(root, ['plan', dir, '--format', 'json'], cliEnv(emulator, account.token));
  const stats = apiStats(emulator.requests());
  const changes = changesIn(run);
  const bound = planReadBound(
    orgs.map((o) => o.members.length),
    groupMemberCount(account.state),
    orgs.map((o) => ({ notifications: o.notifications === true })),
  );
  const notes: string[] = [];
  if (run.code !== 0) notes.push(`exit ${run.code}: ${run.stderr.trim().split('\n').slice(-2).join(' ')}`);
  if (changes !== expectedChanges)
    notes.push(`planned ${changes ?? '?'} changes, expected ${expectedChanges}`);
  return {
    scenario,
    orgs: account.orgs,
    memberships: memberships(orgs),
    changes: changes ?? Number.NaN,
    requests: stats.total,
    requestBound: total(bound),
    writes: stats.writes,
    rateLimited: stats.rateLimited,
    apiMs: stats.spanMs,
    wallMs: run.wallMs,
    wallBoundMs: wallBound(bound, LIMITS),
    rssMb: run.maxRssKb / 1024,
    cpuMs: run.cpuMs,
    notes,
  };
}

async function measureApply(emulator: Emulator, account: Account, dir: string): Promise<Row> {
  const { orgs, changes } = withExactChanges(account.desired, APPLY_CHANGES);
  emulator.setState(account.state);
  await writeConfig(dir, account.groupId, orgs);
  emulator.clearRequests();
  const run = await runCli(
    root,
    ['apply', dir, '--auto-approve', '--quiet'],
    cliEnv(emulator, account.token),
  );
  const stats = apiStats(emulator.requests());
  // The apply reads, writes once per change, then re-reads to confirm it converged.
  const read = planReadBound(
    orgs.map((o) => o.members.length),
    groupMemberCount(account.state),
    orgs.map((o) => ({ notifications: o.notifications === true })),
  );
  const writes: RequestCount = { rest: 0, v1: 0 };
  for (let i = 0; i < changes; i++) {
    if (i % 4 === 0) writes.v1++;
    else writes.rest++;
  }
  const bound: RequestCount = { rest: 2 * read.rest + writes.rest, v1: 2 * read.v1 + writes.v1 };
  const notes: string[] = [];
  if (run.code !== 0) notes.push(`exit ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  if (stats.writes !== changes) notes.push(`${stats.writes} writes for ${changes} changes`);
  return {
    scenario: `apply ${changes} changes`,
    orgs: account.orgs,
    memberships: memberships(orgs),
    changes,
    requests: stats.total,
    requestBound: total(bound),
    writes: stats.writes,
    rateLimited: stats.rateLimited,
    apiMs: stats.spanMs,
    wallMs: run.wallMs,
    wallBoundMs: wallBound(bound, LIMITS),
    rssMb: run.maxRssKb / 1024,
    cpuMs: run.cpuMs,
    notes,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-'));
  const log = (line: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  const rows: Row[] = [];
  const targets: Target[] = [];
  let emulator: Emulator | undefined;
  try {
    const accounts: Account[] = SIZES.map((orgs) => {
      const generated = generateState({ orgs, membersPerOrg: MEMBERS, seed: 42 });
      return { orgs, ...generated, desired: orgsFromState(generated.state) };
    });
    emulator = await startEmulator({
      state: (accounts[0] as Account).state,
      rateLimit: { perMinute: LIMITS.restPerWindow, windowMs: LIMITS.windowMs },
      faults: { seed: 7, latencyMs: 20, jitterMs: 10 },
    });
    let naive: { ms: number; requests: number } | undefined;
    let ours1000: Row | undefined;
    for (const account of accounts) {
      log(`${account.orgs} orgs: plan, no changes`);
      const none = await measurePlan(
        emulator,
        account,
        'plan, no changes',
        account.desired,
        0,
        join(work, `${account.orgs}-none`),
      );
      rows.push(none);
      log(`${account.orgs} orgs: plan, 5% changed`);
      const share = withShareChanged(account.desired, 20);
      rows.push(
        await measurePlan(
          emulator,
          account,
          'plan, 5% changed',
          share.orgs,
          share.changes,
          join(work, `${account.orgs}-five`),
        ),
      );
      if (account.orgs === 1000) {
        ours1000 = none;
        log('1000 orgs: naive sequential read');
        emulator.setState(account.state);
        emulator.clearRequests();
        const result = await readNaively(emulator.url, account.token, account.groupId);
        naive = { ms: result.ms, requests: result.requests };
      }
    }
    const biggest = accounts.at(-1) as Account;
    log(`${biggest.orgs} orgs: apply ${APPLY_CHANGES} changes`);
    rows.push(await measureApply(emulator, biggest, join(work, 'apply')));

    log('pure core: buildPlan on 100,000 memberships');
    emulator.setState(biggest.state);
    emulator.setFaults(undefined);
    emulator.setRateLimit(false);
    const core = await measurePureCore(emulator.url, biggest, 100_000, DEFAULT_REST_VERSION);

    log('validate: 5,000 orgs, 100,000 members');
    const validateDir = join(work, 'validate');
    await mkdir(validateDir);
    await writeFile(join(validateDir, 'snyk-gitops.yaml'), largeConfigText(5000, 20));
    const validate = await runCli(root, ['validate', join(validateDir, 'snyk-gitops.yaml')], {});

    const plans = rows.filter((r) => r.scenario.startsWith('plan'));
    const apply = rows.find((r) => r.scenario.startsWith('apply')) as Row;
    const worst = (values: number[]) => Math.max(...values);
    const requestRatio = worst(plans.map((r) => r.requests / r.requestBound));
    const wallRows = rows.filter((r) => r.orgs >= 1000);
    const apiRatio = worst(wallRows.map((r) => r.apiMs / r.wallBoundMs));
    const wallRatio = worst(wallRows.map((r) => r.wallMs / r.wallBoundMs));
    const rateLimited = rows.reduce((sum, r) => sum + r.rateLimited, 0);
    const rss5000 = worst(rows.filter((r) => r.orgs === 5000).map((r) => r.rssMb));
    const naiveRatio = naive && ours1000 ? naive.ms / ours1000.wallMs : Number.NaN;
    const fmt = (n: number, digits = 2) => n.toFixed(digits);
    targets.push(
      {
        name: 'plan requests ≤ 1.02 × lower bound',
        measured: `worst ${fmt(requestRatio, 3)}×`,
        met: requestRatio <= 1.02,
      },
      {
        name: 'apply: exactly one write per change',
        measured: `${apply.writes} writes / ${apply.changes} changes`,
        met: apply.writes === apply.changes,
      },
      {
        name: 'wall ≤ 1.2 × rate/latency bound (≥ 1,000 orgs)',
        measured: `API phase worst ${fmt(apiRatio)}×; whole process worst ${fmt(wallRatio)}×`,
        met: wallRatio <= 1.2,
      },
      { name: 'zero 429s with the limit known', measured: `${rateLimited}`, met: rateLimited === 0 },
      {
        name: 'diff + plan of 100,000 memberships < 1 s CPU',
        measured: `${fmt(core.cpuMs, 0)} ms (median of ${core.runs}, ${core.memberships} memberships, ${core.changes} changes)`,
        met: core.cpuMs < 1000,
      },
      { name: 'peak RSS < 300 MB for 5,000 orgs', measured: `${fmt(rss5000, 0)} MB`, met: rss5000 < 300 },
      {
        name: '≥ 10× faster than naive on the 1,000-org plan',
        measured:
          naive && ours1000
            ? `${fmt(naiveRatio, 1)}× (naive ${fmt(naive.ms / 1000, 1)} s, ${naive.requests} requests; ours ${fmt(ours1000.wallMs / 1000, 1)} s, ${ours1000.requests} requests)`
            : 'not run',
        met: naiveRatio >= 10,
      },
      {
        name: 'validate 5,000 orgs / 100,000 members < 2 s (issue 4)',
        measured: `${fmt(validate.wallMs / 1000)} s wall (exit ${validate.code}, ${fmt(validate.maxRssKb / 1024, 0)} MB)`,
        met: validate.wallMs < 2000 && validate.code === 0,
      },
    );
    const totalSeconds = (performance.now() - started) / 1000;
    const text = renderResults({
      machine: machineLine(),
      date: new Date().toISOString(),
      scale: `rate limit ${LIMITS.restPerWindow} REST and ${LIMITS.v1PerWindow} v1 requests per ${LIMITS.windowMs / 1000} s window (${SCALE}× Snyk's per-minute window), CLI told via SNYK_GITOPS_RATE_LIMIT=${cliEnv(emulator, '').SNYK_GITOPS_RATE_LIMIT}; latency ${20} ms + 0..${10} ms; concurrency ${LIMITS.concurrency}; ${MEMBERS[0]}-${MEMBERS[1]} members per org, settings and members managed on every org`,
      rows,
      targets,
      totalSeconds,
    });
    await writeResultsSection('plan', text);
    process.stdout.write(text);
    log('issue 14: a limit the client is not told');
    await writeUnknownLimitSection(await measureUnknownLimit());
    log('issue 19: partial plans, apply verification, memory, packaging, start-up');
    const partial = await measurePartial();
    await writeSection(partial);
    process.stdout.write(`\n${partial}`);
  } finally {
    await emulator?.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
