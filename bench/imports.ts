// `npm run bench:imports`: repositories imported into the right org (issue 31), the CLI as a
// process against the emulator (20 ms + 0..10 ms latency). Two rows, measured in one run:
// - a plan of 1,000 orgs of which 20 list `imports` (each with 150 live targets, two pages):
//   reads against the lower bound (/self, the org list, the targets pages of those 20 orgs
//   only), and the same file without `imports` as the baseline;
// - an apply importing 100 repositories into one org: the writes (one v1 import each), the job
//   polls (the emulator answers `pending` once, then completes), the integration reads.
// Writes its section of bench/RESULTS.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { PAGE } from './bounds.ts';
import { apiStats, runCli } from './process.ts';
import { machineLine } from './report.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 1000;
const WITH_IMPORTS = 20;
const TARGETS = 150;
const IMPORTED = 100;
const INTEGRATION = '1b3e3d90-0000-4000-8000-0000000be0c1';

function prepare(state: EmulatorState): void {
  state.importPendingPolls = 1;
  state.groups[0]!.orgs.slice(0, WITH_IMPORTS).forEach((org, o) => {
    org.integrations = [
      { id: INTEGRATION.replace(/..$/, String(o).padStart(2, '0')), type: 'github-cloud-app', settings: {} },
    ];
    org.targets = Array.from({ length: TARGETS }, (_, i) => ({
      id: `5e7a9c10-0000-4000-8${String(o).padStart(3, '0')}-${String(i).padStart(12, '0')}`,
      displayName: `acme/${org.slug}-${i}`,
      integrationId: org.integrations![0]!.id,
      integrationType: 'github-cloud-app',
      url: null,
      isPrivate: true,
      createdAt: '2025-01-01T00:00:00.000Z',
    }));
  });
}

/** Every org; the first 20 list their live targets (no change), the first also `extra` new repositories. */
function config(state: EmulatorState, withImports: boolean, extra: number): string {
  const group = state.groups[0]!;
  const lines = ['version: 1', `group: { id: ${group.id} }`, 'orgs:'];
  group.orgs.forEach((org, o) => {
    lines.push(`  - slug: ${org.slug}`);
    if (!withImports || o >= WITH_IMPORTS) return;
    const repos = (org.targets ?? []).map((t) => t.displayName);
    if (o === 0) repos.push(...Array.from({ length: extra }, (_, i) => `acme/new-${i}`));
    lines.push(
      '    imports:',
      '      - integration: github-cloud-app',
      '        branch: main',
      '        repos:',
    );
    for (const repo of repos) lines.push(`          - ${repo}`);
  });
  return `${lines.join('\n')}\n`;
}

const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));
const fmt = (n: number, digits = 3) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const generated = generateState({ orgs: ORGS, membersPerOrg: [0, 0], seed: 31 });
  prepare(generated.state);
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-imports-'));
  const emulator = await startEmulator({
    state: structuredClone(generated.state),
    rateLimit: false,
    faults: { seed: 7, latencyMs: 20, jitterMs: 10 },
  });
  const env = { SNYK_API_URL: emulator.url, SNYK_TOKEN: generated.token, SNYK_GITOPS_CONCURRENCY: '16' };
  const run = async (args: string[]) => {
    emulator.clearRequests();
    const result = await runCli(root, args, env);
    if (result.code !== 0)
      throw new Error(`${args.join(' ')}: exit ${result.code}: ${result.stderr.slice(-500)}`);
    return { result, log: emulator.requests() };
  };
  try {
    const bare = join(work, 'bare.yaml');
    const listed = join(work, 'listed.yaml');
    const more = join(work, 'more.yaml');
    await writeFile(bare, config(generated.state, false, 0));
    await writeFile(listed, config(generated.state, true, 0));
    await writeFile(more, config(generated.state, true, IMPORTED));

    const baseline = apiStats((await run(['plan', bare, '--format', 'json'])).log);
    const planned = apiStats((await run(['plan', listed, '--format', 'json'])).log);
    const bound = 1 + pages(ORGS) + WITH_IMPORTS * pages(TARGETS);
    // The importing org has its new targets too.
    const boundAfter = bound - pages(TARGETS) + pages(TARGETS + IMPORTED);
    const applied = await run(['apply', more, '--auto-approve']);
    const log = applied.log;
    const imports = log.filter(
      (e) => e.method === 'POST' && e.path.endsWith('/import') && e.status === 201,
    ).length;
    const polls = log.filter((e) => e.method === 'GET' && /\/import\/[^/]+$/.test(e.path)).length;
    const integrationReads = log.filter((e) => e.method === 'GET' && e.path.endsWith('/integrations')).length;
    const stats = apiStats(log);
    const again = apiStats((await run(['plan', more, '--format', 'json'])).log);

    const body = [
      '## Repositories imported into an org (issue 31)',
      '',
      `${machineLine()} Date: ${new Date().toISOString()}. \`node --import tsx bench/imports.ts\` (after \`npm run build\`).`,
      '',
      `Setup: ${ORGS.toLocaleString('en-US')} orgs; ${WITH_IMPORTS} of them list \`imports\` naming their ${TARGETS} live targets (two pages each); latency 20 ms + 0..10 ms, no rate limit, concurrency 16. Lower bound of a plan's reads: /self, ${pages(ORGS)} pages of the org list, ${pages(TARGETS)} targets pages per org that lists \`imports\`. The import job answers \`pending\` once, then completes (the least a client can poll is twice per import).`,
      '',
      '| run | requests | lower bound | ratio |',
      '|---|---:|---:|---:|',
      `| plan, no org lists \`imports\` (baseline) | ${baseline.total} | ${1 + pages(ORGS)} | ${fmt(baseline.total / (1 + pages(ORGS)))} |`,
      `| plan, ${WITH_IMPORTS} of ${ORGS.toLocaleString('en-US')} orgs list \`imports\` | ${planned.total} | ${bound} | ${fmt(planned.total / bound)} |`,
      `| plan again after the apply below (converged) | ${again.total} | ${boundAfter} | ${fmt(again.total / boundAfter)} |`,
      '',
      `| apply: ${IMPORTED} new repositories in one org | count | per import |`,
      '|---|---:|---:|',
      `| v1 imports (writes) | ${imports} | ${fmt(imports / IMPORTED)} |`,
      `| job polls | ${polls} | ${fmt(polls / IMPORTED)} |`,
      `| integration reads (\`GET /v1/org/{id}/integrations\`) | ${integrationReads} | ${fmt(integrationReads / IMPORTED)} |`,
      `| all API requests (with the plan's reads and the verifying read) | ${stats.total} | ${fmt(stats.total / IMPORTED)} |`,
      `| wall time of the apply | ${fmt(applied.result.wallMs / 1000, 1)} s | |`,
    ].join('\n');
    await writeResultsSection('imports', body);
    process.stdout.write(`${body}\n`);
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
