// `npm run bench:estate`: project placement and ignores at scale (issue 31). An account of
// 1,000 orgs × 50 projects, every org in the file. Placement: one rule for org-0001's
// repositories, 10 of whose projects sit in other orgs (every org's list is read, filtered by
// the rule's name prefix). Ignores: one rule over the npm projects of the 99 orgs `org-00*`
// covers, without pruning (the covered projects' ignores are read) and with it (every project
// of those orgs). Each plan is compared with its lower bound: /self, the org list, one projects
// page per 100 kept projects of each org read, one v1 ignores GET per project whose ignores are
// needed; apply adds one write per change and the re-read. Writes its section of bench/RESULTS.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { PAGE, type RequestCount } from './bounds.ts';
import {
  MEASURED_HEADER,
  type Measured,
  type MeasureTarget,
  measureCli,
  measuredRow,
  PROJECT_BENCH_LIMITS,
} from './cli-measure.ts';
import { machineLine } from './report.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 1000;
const PROJECTS = 50;
const MISPLACED = 10;
const LIMITS = PROJECT_BENCH_LIMITS;

const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));

/** Moves MISPLACED of org-0001's projects into other orgs, one each. */
function misplace(state: EmulatorState): void {
  const [home, ...others] = state.groups[0]!.orgs;
  for (const other of others.slice(0, MISPLACED)) other.projects!.push(home!.projects!.pop()!);
}

function config(state: EmulatorState, tail: string): string {
  const slugs = state.groups[0]!.orgs.map((o) => `  - slug: ${o.slug}`);
  return ['version: 1', `group: { id: ${state.groups[0]!.id} }`, 'orgs:', ...slugs, tail].join('\n');
}

const PLACEMENT = `placement:
  - match: { name: "acme/org-0001-*" }
    org: org-0001
limits: { maxDeletePercent: 50 }
`;

const ignores = (prune: boolean) => `ignores:
  - issue: SNYK-JS-LODASH-567746
    projects: { org: "org-00*", match: { type: npm } }
    type: wont-fix
    reason: "bench"
prune: { ignores: ${prune} }
`;

const base = (orgs: number): RequestCount => ({ rest: 1 + pages(orgs), v1: 0 });

/** The org ids whose project list the last run read: the orgs it looked at. */
function listedOrgs(target: MeasureTarget): number {
  const lists = target.emulator.requests().filter((r) => r.path.endsWith('/projects'));
  return new Set(lists.map((r) => r.path.split('/')[3])).size;
}

async function main(): Promise<void> {
  const generated = generateState({ orgs: ORGS, membersPerOrg: [1, 1], seed: 43, projectsPerOrg: PROJECTS });
  misplace(generated.state);
  const orgs = generated.state.groups[0]!.orgs;
  const covered = orgs.filter((o) => o.slug.startsWith('org-00'));
  const npm = covered.reduce((n, o) => n + o.projects!.filter((p) => p.type === 'npm').length, 0);
  const all = covered.reduce((n, o) => n + o.projects!.length, 0);
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-estate-'));
  const emulator = await startEmulator({
    state: generated.state,
    rateLimit: { perMinute: LIMITS.restPerWindow, windowMs: LIMITS.windowMs },
    faults: { seed: 7, latencyMs: 20, jitterMs: 10 },
  });
  const target: MeasureTarget = {
    root,
    emulator,
    state: generated.state,
    token: generated.token,
    limits: LIMITS,
  };
  try {
    const file = async (name: string, tail: string) => {
      const path = join(work, name);
      await writeFile(path, config(generated.state, tail));
      return path;
    };
    const plan = ['plan', '--format', 'json'];
    const rows: { m: Measured; orgsRead: number }[] = [];
    const run = async (scenario: string, args: string[], bound: RequestCount, changes: number) => {
      const m = await measureCli(target, scenario, args, bound, changes);
      rows.push({ m, orgsRead: listedOrgs(target) });
      return m;
    };
    const baseline = await run(
      'baseline: plan, no rules',
      [...plan, await file('bare.yaml', '')],
      base(ORGS),
      0,
    );
    const placed = await file('placement.yaml', PLACEMENT);
    await run('plan, placement', [...plan, placed], { rest: base(ORGS).rest + ORGS, v1: 0 }, MISPLACED);
    const onlyNpm = await file('ignores.yaml', ignores(false));
    const readNpm = { rest: base(ORGS).rest + covered.length, v1: npm };
    await run('plan, ignores (matched projects)', [...plan, onlyNpm], readNpm, npm);
    const pruned = await file('ignores-prune.yaml', ignores(true));
    await run(
      'plan, ignores with prune (every project of the covered orgs)',
      [...plan, pruned],
      { rest: base(ORGS).rest + covered.length, v1: all },
      npm,
    );
    const applyBound = { rest: 2 * readNpm.rest, v1: 2 * readNpm.v1 + npm };
    await run(
      'apply, ignores (matched projects)',
      ['apply', onlyNpm, '--auto-approve', '--quiet'],
      applyBound,
      npm,
    );
    const text = [
      '## Project placement and ignores (issue 31)',
      '',
      `${machineLine()} Date: ${new Date().toISOString()}. \`npm run bench:estate\`, all rows in one run.`,
      '',
      `Setup: ${ORGS.toLocaleString('en-US')} orgs × ${PROJECTS} projects, every org in the file; rate limit ${LIMITS.restPerWindow} REST and ${LIMITS.v1PerWindow} v1 requests per ${LIMITS.windowMs / 1000} s window, latency 20 ms + 0..10 ms, concurrency ${LIMITS.concurrency}. Placement: one rule (\`acme/org-0001-*\` → org-0001), ${MISPLACED} of its projects in other orgs. Ignores: one rule over the npm projects of the ${covered.length} orgs \`org-00*\` covers (${npm.toLocaleString('en-US')} projects; ${all.toLocaleString('en-US')} projects in those orgs). Lower bound: /self, the org list, one projects page per 100 kept projects of each org read, one v1 ignores GET per project whose ignores are needed; apply: that read twice (apply re-reads) plus one write per change.`,
      '',
      [...MEASURED_HEADER.map((l, i) => (i === 0 ? `${l} orgs read |` : `${l}---:|`))].join('\n'),
      ...rows.map(({ m, orgsRead }) => `${measuredRow(m, baseline)} ${orgsRead.toLocaleString('en-US')} |`),
    ].join('\n');
    await writeResultsSection('estate', text, { before: 'unknown-limit' });
    process.stdout.write(`${text}\n`);
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
