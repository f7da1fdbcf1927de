// Just the memory rows of bench/partial.ts (empty plans of 2,000 and 5,000 orgs × 30 members,
// the same account, config and emulator settings), with the CLI's CPU time: for iterating on
// memory without the rest of the partial bench. `node --import tsx bench/memory.ts [ROOT]
// [--orgs 2000,5000]` measures ROOT/dist/cli.js (default: this checkout's), e.g. a bundle
// extracted from an earlier commit with `git archive <commit> dist | tar -x -C ROOT`.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateState, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles } from './config.ts';
import { apiStats, runCli } from './process.ts';

const { values, positionals } = parseArgs({
  options: { orgs: { type: 'string', default: '2000,5000' } },
  allowPositionals: true,
});
const here = dirname(dirname(fileURLToPath(import.meta.url)));
const root = resolve(positionals[0] ?? here);
const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-memory-'));
const emulator = await startEmulator({
  state: generateState({ orgs: 1, membersPerOrg: [0, 0], seed: 19 }).state,
  rateLimit: false,
  faults: { seed: 7, latencyMs: 5, jitterMs: 5 },
});
try {
  for (const orgs of String(values.orgs).split(',').map(Number)) {
    const account = generateState({ orgs, membersPerOrg: [30, 30], seed: 19, groupMembers: 40 });
    const dir = join(work, String(orgs));
    await mkdir(dir, { recursive: true });
    for (const [name, text] of renderConfigFiles(account.groupId, orgsFromState(account.state)))
      await writeFile(join(dir, name), text);
    emulator.setState(account.state);
    emulator.clearRequests();
    const run = await runCli(root, ['plan', dir, '--format', 'json'], {
      SNYK_API_URL: emulator.url,
      SNYK_TOKEN: account.token,
      SNYK_GITOPS_CONCURRENCY: '16',
    });
    if (run.code !== 0) throw new Error(`plan of ${orgs} orgs exited ${run.code}: ${run.stderr}`);
    const requests = apiStats(emulator.requests()).total;
    process.stdout.write(
      `empty plan, ${orgs} orgs × 30 members: ${requests} requests, peak RSS ${(run.maxRssKb / 1024).toFixed(0)} MB, CPU ${(run.cpuMs / 1000).toFixed(2)} s, wall ${(run.wallMs / 1000).toFixed(1)} s\n`,
    );
  }
} finally {
  await emulator.close();
  await rm(work, { recursive: true, force: true });
}
