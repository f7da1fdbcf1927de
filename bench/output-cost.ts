// The cost of the output edge (redaction of every secret form, terminal escapes, lookalike
// escapes) on a big plan: `plan --format json` and `--format text` of 2,000 orgs × 30 members
// with 2,000 changes, CPU time of the CLI for each ROOT given (default: this checkout), e.g.
// a bundle of an earlier commit extracted with `git archive <commit> dist | tar -x -C ROOT`.
// `node --import tsx bench/output-cost.ts [ROOT...] [--runs 3]`
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateState, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles, withExactChanges } from './config.ts';
import { runCli } from './process.ts';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, orgs: { type: 'string', default: '2000' } },
  allowPositionals: true,
});
const here = dirname(dirname(fileURLToPath(import.meta.url)));
const roots = (positionals.length > 0 ? positionals : [here]).map((r) => resolve(r));
const orgCount = Number(values.orgs);
const account = generateState({ orgs: orgCount, membersPerOrg: [30, 30], seed: 19, groupMembers: 40 });
const emulator = await startEmulator({ state: account.state, rateLimit: false });
const dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-output-'));
try {
  const { orgs } = withExactChanges(orgsFromState(account.state), orgCount);
  for (const [name, text] of renderConfigFiles(account.groupId, orgs)) await writeFile(join(dir, name), text);
  // Secrets of every kind the run knows: the token, a GitHub token, proxy credentials.
  const env = {
    SNYK_API_URL: emulator.url,
    SNYK_TOKEN: account.token,
    GITHUB_TOKEN: 'ghs_benchGitHubToken0123456789abcdef',
    HTTPS_PROXY: 'http://ops:bench-Pa55word-3e9a7c@proxy.example.com:3128',
    SNYK_GITOPS_CONCURRENCY: '16',
  };
  for (const format of ['json', 'text'])
    for (const root of roots) {
      const cpu: number[] = [];
      let bytes = 0;
      for (let i = 0; i < Number(values.runs); i++) {
        const run = await runCli(root, ['plan', dir, '--format', format], env);
        if (run.code !== 0) throw new Error(`plan exited ${run.code}: ${run.stderr.slice(0, 500)}`);
        cpu.push(run.cpuMs);
        bytes = run.stdout.length;
      }
      cpu.sort((a, b) => a - b);
      process.stdout.write(
        `${format} plan, ${orgCount} orgs, ${orgCount} changes, ${(bytes / 1e6).toFixed(1)} MB out, ${root}: CPU median ${(cpu[Math.floor(cpu.length / 2)]! / 1000).toFixed(2)} s (${cpu.map((c) => (c / 1000).toFixed(2)).join(', ')})\n`,
      );
    }
} finally {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
}
