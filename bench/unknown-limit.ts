// Issue 14: a limit the client is not told. The emulator enforces 10 requests a second per
// token and answers as the real API does (REALITY.md §8-9: X-RateLimit-* headers on every
// response, a 429 with no Retry-After and body `{}`); the CLI keeps its default pacing (Snyk's
// documented per-minute limits), so only the headers can tell it. Measured: how many answers
// of 429 a full plan of a few hundred orgs draws, as a share of its requests. Runs alone
// (`node --import tsx bench/unknown-limit.ts`, after `npm run build`) or from `npm run bench`;
// replaces its own section of bench/RESULTS.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateState, parseReality, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles } from './config.ts';
import { apiStats, runCli } from './process.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 300;
const PER_SECOND = 10;

export async function measureUnknownLimit(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench14-'));
  const { state, token, groupId } = generateState({
    orgs: ORGS,
    membersPerOrg: [1, 3],
    seed: 14,
    groupMembers: 40,
  });
  const emulator = await startEmulator({
    state,
    rateLimit: false,
    reality: parseReality(`rateLimitHeaders:perSecond=${PER_SECOND},rateLimitNoRetryAfter`),
    faults: { seed: 14, latencyMs: 5, jitterMs: 5 },
  });
  try {
    for (const [name, text] of renderConfigFiles(groupId, orgsFromState(state))) {
      await writeFile(join(work, name), text);
    }
    const env = { SNYK_API_URL: emulator.url, SNYK_TOKEN: token, SNYK_GITOPS_CONCURRENCY: '8' };
    const started = Date.now();
    const run = await runCli(root, ['plan', work, '--format', 'json'], env);
    const seconds = (Date.now() - started) / 1000;
    if (run.code !== 0) throw new Error(`plan exited ${run.code}: ${run.stderr}`);
    const stats = apiStats(emulator.requests());
    return [
      '## A limit the client is not told (issue 14)',
      '',
      `Measured in one run (${new Date().toISOString()}): ${ORGS} orgs, every org's members managed; the emulator allows ${PER_SECOND} requests/s per token with REALITY.md's headers and 429s without Retry-After; the CLI is not told (default pacing, concurrency 8).`,
      '',
      '| plan | requests | answers of 429 | 429s / requests | wall |',
      '|---|---:|---:|---:|---:|',
      `| full, ${ORGS} orgs | ${stats.total} | ${stats.rateLimited} | ${(stats.rateLimited / stats.total).toFixed(4)} | ${seconds.toFixed(1)} s |`,
      '',
      'Target: at most 5 answers of 429 (issue 14).',
      '',
    ].join('\n');
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** Replaces this benchmark's section of RESULTS.md (placed before the partial-work one). */
export function writeUnknownLimitSection(section: string): Promise<void> {
  return writeResultsSection('unknown-limit', section, { before: 'partial' });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await measureUnknownLimit();
  await writeUnknownLimitSection(section);
  process.stdout.write(section);
}
