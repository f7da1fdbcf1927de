// `npm run bench:projects`: project rules at scale (issue 16). An account of 1,000 orgs × 50
// projects with a rule on every org (a literal name prefix, a tag and an attribute), 5% of the
// projects differing. Plans and applies with the CLI as a process against the emulator with
// latency and the rate limit on, and compares with the lower bounds: reads (one
// `/orgs/{id}/projects` page per 100 projects of each org, besides /self and the org list), one
// PATCH per differing project. CPU and peak RSS are reported as ratios to a plan of the same
// account without rules, measured in the same run. Writes its section of bench/RESULTS.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { PAGE, type RequestCount } from './bounds.ts';
import {
  MEASURED_HEADER,
  type Measured,
  measureCli,
  measuredRow,
  PROJECT_BENCH_LIMITS,
} from './cli-measure.ts';
import { machineLine } from './report.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 1000;
const PROJECTS = 50;
/** One project in this many differs from what its org's rule wants. */
const DIFFER_EVERY = 20;
const LIMITS = PROJECT_BENCH_LIMITS;

/** Every project as its org's rule wants it, except one in DIFFER_EVERY (its `team` tag is missing). */
function prepare(state: EmulatorState): { differing: number } {
  let differing = 0;
  let n = 0;
  for (const org of state.groups[0]!.orgs) {
    for (const project of org.projects ?? []) {
      const keep = project.tags.filter((t) => t.key !== 'team');
      project.lifecycle = ['production'];
      if (n++ % DIFFER_EVERY === 0) {
        project.tags = keep;
        differing++;
      } else project.tags = [...keep, { key: 'team', value: org.slug }];
    }
  }
  return { differing };
}

function config(state: EmulatorState, withRules: boolean): string {
  const group = state.groups[0]!;
  const lines = ['version: 1', `group: { id: ${group.id} }`, 'orgs:'];
  for (const org of group.orgs) {
    lines.push(`  - slug: ${org.slug}`);
    if (!withRules) continue;
    lines.push(
      '    projects:',
      `      - match: { name: "acme/${org.slug}-*" }`,
      `        tags: [{ key: team, value: ${org.slug} }]`,
      '        attributes: { lifecycle: [production] }',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** /self, the org list, one projects page per 100 projects of each org with rules. */
function readBound(orgs: number, projectsPerOrg: number, withRules: boolean): RequestCount {
  const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));
  return { rest: 1 + pages(orgs) + (withRules ? orgs * pages(projectsPerOrg) : 0), v1: 0 };
}

function render(rows: Measured[], baseline: Measured, differing: number): string {
  const head = [
    '## Project rules (issue 16)',
    '',
    `${machineLine()} Date: ${new Date().toISOString()}. \`npm run bench:projects\`.`,
    '',
    `Setup: ${ORGS.toLocaleString('en-US')} orgs × ${PROJECTS} projects, a rule on every org (\`match: { name: "acme/<slug>-*" }\`, a tag, an attribute), ${differing.toLocaleString('en-US')} projects (1 in ${DIFFER_EVERY}) differing; rate limit ${LIMITS.restPerWindow} REST requests per ${LIMITS.windowMs / 1000} s window, latency 20 ms + 0..10 ms, concurrency ${LIMITS.concurrency}. Baseline: a plan of the same account whose file lists the orgs without rules (the org list only). CPU and RSS of the CLI process, all rows in one run.`,
    '',
    ...MEASURED_HEADER,
  ];
  return [...head, ...[baseline, ...rows].map((m) => measuredRow(m, baseline))].join('\n');
}

async function main(): Promise<void> {
  const generated = generateState({ orgs: ORGS, membersPerOrg: [1, 1], seed: 42, projectsPerOrg: PROJECTS });
  const { differing } = prepare(generated.state);
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-projects-'));
  const emulator = await startEmulator({
    state: generated.state,
    rateLimit: { perMinute: LIMITS.restPerWindow, windowMs: LIMITS.windowMs },
    faults: { seed: 7, latencyMs: 20, jitterMs: 10 },
  });
  try {
    const bare = join(work, 'bare.yaml');
    const rules = join(work, 'rules.yaml');
    await writeFile(bare, config(generated.state, false));
    await writeFile(rules, config(generated.state, true));
    const target = { root, emulator, state: generated.state, token: generated.token, limits: LIMITS };
    const plan = ['plan', '--format', 'json'];
    const read = readBound(ORGS, PROJECTS, true);
    const baseline = await measureCli(
      target,
      'baseline: plan without rules',
      [...plan, bare],
      readBound(ORGS, PROJECTS, false),
      0,
    );
    const planned = await measureCli(
      target,
      'plan, 5% of projects differ',
      [...plan, rules],
      read,
      differing,
    );
    const planChanges = (JSON.parse(planned.run.stdout) as { changes: unknown[] }).changes.length;
    if (planChanges !== differing) throw new Error(`planned ${planChanges} changes, expected ${differing}`);
    const applyBound = { rest: 2 * read.rest + differing, v1: 0 };
    const applied = await measureCli(
      target,
      'apply',
      ['apply', rules, '--auto-approve', '--quiet'],
      applyBound,
      differing,
    );
    const text = render([planned, applied], baseline, differing);
    await writeResultsSection('projects', text, { before: 'unknown-limit' });
    process.stdout.write(`${text}\n`);
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
