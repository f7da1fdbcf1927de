// The markdown of bench/RESULTS.md: the machine, the scale, one row per measured run, and the
// targets of issues 4 and 10 with what was measured.
import { cpus, totalmem } from 'node:os';

export interface Row {
  scenario: string;
  orgs: number;
  memberships: number;
  changes: number;
  requests: number;
  requestBound: number;
  writes: number;
  rateLimited: number;
  apiMs: number;
  wallMs: number;
  wallBoundMs: number;
  rssMb: number;
  cpuMs: number;
  notes: string[];
}

export interface Target {
  name: string;
  measured: string;
  met: boolean;
}

export function machineLine(): string {
  return `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const n = (v: number) => v.toLocaleString('en-US');

export function renderResults(input: {
  machine: string;
  date: string;
  scale: string;
  rows: Row[];
  targets: Target[];
  totalSeconds: number;
}): string {
  const lines = [
    `Machine: ${input.machine}. Date: ${input.date}. Whole benchmark: ${input.totalSeconds.toFixed(0)} s (\`npm run bench\`).`,
    '',
    `Setup: emulator in the benchmark process, the CLI (\`node dist/cli.js\`) as a child process; ${input.scale}.`,
    '',
    '| scenario | orgs | memberships | changes | requests | lower bound | ratio | writes | 429s | API phase | wall (process) | wall bound | API / bound | wall / bound | peak RSS | CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of input.rows) {
    lines.push(
      `| ${r.scenario} | ${n(r.orgs)} | ${n(r.memberships)} | ${n(r.changes)} | ${n(r.requests)} | ${n(r.requestBound)} | ${(r.requests / r.requestBound).toFixed(3)} | ${n(r.writes)} | ${r.rateLimited} | ${s(r.apiMs)} | ${s(r.wallMs)} | ${s(r.wallBoundMs)} | ${(r.apiMs / r.wallBoundMs).toFixed(2)} | ${(r.wallMs / r.wallBoundMs).toFixed(2)} | ${r.rssMb.toFixed(0)} MB | ${s(r.cpuMs)} |`,
    );
  }
  const notes = input.rows.flatMap((r) => r.notes.map((note) => `- ${r.scenario}, ${r.orgs} orgs: ${note}`));
  if (notes.length > 0) lines.push('', 'Problems seen:', ...notes);
  lines.push('', '| target | measured | met |', '|---|---|---|');
  for (const t of input.targets) lines.push(`| ${t.name} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push(
    '',
    'Definitions. Lower bound (plan): REST `GET /self`, `GET /groups/{id}/orgs` pages at limit=100, one',
    '`GET /orgs/{id}/memberships` page per 100 members of each org; v1 `GET /group/{id}/roles` and',
    '`GET /org/{id}/settings` per org. Apply: that read, one write per change, and the same read again',
    '(apply re-reads to confirm it converged). Wall bound: max(REST requests / REST rate, v1 requests /',
    'v1 rate, requests × mean latency / concurrency). API phase: first request to last response as the',
    'emulator logged them; wall (process): the CLI process from spawn to exit (Node start-up, config',
    'loading and rendering included). CPU: user + system time of the CLI process.',
    '',
  );
  return lines.join('\n');
}
