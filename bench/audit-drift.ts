// The rows of issue 32, measured in one run: `drift --since` against a full drift of 1,000 orgs
// after a change made in the web UI in 5 of them. The goal: at most 1 % of the full drift's
// requests plus the re-read of those 5 orgs. Runs alone (`npm run build`, then
// `node --import tsx bench/audit-drift.ts`); replaces its own section of bench/RESULTS.md.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateState, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles } from './config.ts';
import { apiStats, runCli } from './process.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 1000;
const CHANGED = 5;

export async function measureAuditDrift(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench32-'));
  const account = generateState({ orgs: ORGS, membersPerOrg: [1, 3], seed: 32, groupMembers: 40 });
  const emulator = await startEmulator({
    state: account.state,
    rateLimit: false,
    faults: { seed: 7, latencyMs: 5, jitterMs: 5 },
    reality: { auditUserIds: true },
  });
  try {
    const dir = join(work, 'config');
    await mkdir(dir, { recursive: true });
    for (const [name, text] of renderConfigFiles(account.groupId, orgsFromState(account.state)))
      await writeFile(join(dir, name), text);
    const env = { SNYK_API_URL: emulator.url, SNYK_TOKEN: account.token, SNYK_GITOPS_CONCURRENCY: '16' };
    const drift = async (extra: string[]) => {
      emulator.clearRequests();
      const run = await runCli(root, ['drift', dir, '--format', 'json', ...extra], env);
      if (run.code !== 0 && run.code !== 2)
        throw new Error(`drift ${extra.join(' ')} exited ${run.code}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as {
        items: { changedBy?: { by?: string } }[];
        nextCursor: string;
      };
      return { run, report, log: emulator.requests() };
    };

    const full = await drift([]);
    const orgs = emulator.getState().groups[0]!.orgs;
    const changed = orgs.filter((_, i) => i % Math.floor(ORGS / CHANGED) === 3).slice(0, CHANGED);
    const someone = account.state.users.find((u) => u.id !== account.state.tokens[0]!.userId)!;
    for (const org of changed) {
      emulator.changeInWebUi({
        userId: someone.id,
        method: 'PATCH',
        path: `/rest/orgs/${org.id}?version=2024-10-15`,
        body: { data: { type: 'org', id: org.id, attributes: { name: `${org.name} (renamed)` } } },
      });
    }
    const since = await drift(['--since', full.report.nextCursor]);
    // The floor of any run on this file: start-up and loading 1,000 orgs, no request.
    const validate = await runCli(root, ['validate', dir], env);
    const fullRequests = apiStats(full.log).total;
    const sinceRequests = apiStats(since.log).total;
    const ids = new Set(changed.map((o) => o.id));
    const reread = since.log.filter((e) => [...ids].some((id) => e.path.includes(id))).length;
    const goal = Math.floor(fullRequests * 0.01) + reread;
    const named = since.report.items.filter((i) => i.changedBy?.by !== undefined).length;
    const wallRatio = since.run.wallMs / full.run.wallMs;
    return [
      '## Drift from the audit log (issue 32)',
      '',
      `Measured in one run (${new Date().toISOString()}); ${ORGS.toLocaleString('en-US')} orgs with 1-3 members, 40 group members; a rename in the web UI in ${CHANGED} orgs between the runs; emulator latency 5 ms + 0..5 ms, no rate limit, \`auditUserIds\` on, concurrency 16; the CLI from dist/ as a child process.`,
      '',
      '| run | requests | vs full drift | wall | vs full drift | drift items (named) |',
      '|---|---:|---:|---:|---:|---|',
      `| drift (full) | ${fullRequests} | 1.000 | ${(full.run.wallMs / 1000).toFixed(2)} s | 1.00 | ${full.report.items.length} |`,
      `| drift --since CURSOR | ${sinceRequests} | ${(sinceRequests / fullRequests).toFixed(3)} | ${(since.run.wallMs / 1000).toFixed(2)} s | ${wallRatio.toFixed(2)} | ${since.report.items.length} (${named}) |`,
      `| validate (no request: start-up and loading the file) | 0 | 0.000 | ${(validate.wallMs / 1000).toFixed(2)} s | ${(validate.wallMs / full.run.wallMs).toFixed(2)} | — |`,
      '',
      `Goal: at most 1 % of the full drift's requests (${Math.floor(fullRequests * 0.01)}) plus the re-read of the ${CHANGED} orgs (${reread} requests) = ${goal}; measured ${sinceRequests} (${sinceRequests <= goal ? 'met' : 'not met'}). The rest of a \`--since\` run: /self, the audit log, the org list (every page: the file's orgs are matched by slug) and the group's directory reads.`,
      '',
    ].join('\n');
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await measureAuditDrift();
  await writeResultsSection('audit-drift', section);
  process.stdout.write(section);
}
