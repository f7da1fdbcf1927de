// What org classes cost (docs/configuration.md#org-classes): validating 5,000 orgs that use three
// classes, against the same values written on each org, and the reads of a 1,000-org plan with
// and without the classes (they must be the same: classes are merged before anything is read).
// Runs alone (`npm run build && node --import tsx bench/classes.ts`); replaces its own section
// of bench/RESULTS.md.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/load.ts';
import { generateState, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles } from './config.ts';
import { apiStats, runCli } from './process.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

const CLASSES = [
  'version: 1',
  'classes:',
  '  open: { settings: { requestAccess: { enabled: true } } }',
  '  closed: { settings: { requestAccess: { enabled: false } } }',
  '  notify: { notifications: { weekly-report: { enabled: true } } }',
  '',
].join('\n');

/** The same config with each org's settings and notifications taken from the three classes. */
function withClasses(text: string): string {
  return text
    .replace(
      /^ {4}settings: \{ requestAccess: \{ enabled: (true|false) \} \}\n {4}notifications: .*$/gm,
      (_, on: string) => `    classes: [${on === 'true' ? 'open' : 'closed'}, notify]`,
    )
    .replace(
      /^ {4}settings: \{ requestAccess: \{ enabled: (true|false) \} \}$/gm,
      (_, on: string) => `    classes: [${on === 'true' ? 'open' : 'closed'}]`,
    );
}

async function writeConfigs(dir: string, groupId: string, orgs: ReturnType<typeof orgsFromState>) {
  const inline = join(dir, 'inline');
  const classes = join(dir, 'classes');
  await mkdir(inline, { recursive: true });
  await mkdir(classes, { recursive: true });
  for (const [name, text] of renderConfigFiles(groupId, orgs)) {
    await writeFile(join(inline, name), text);
    await writeFile(join(classes, name), withClasses(text));
  }
  await writeFile(join(classes, 'classes.yaml'), CLASSES);
  return { inline, classes };
}

async function validateOnceMs(dir: string): Promise<number> {
  const started = performance.now();
  const result = await loadConfig([dir]);
  if (!result.ok) throw new Error(`${dir} does not validate: ${result.issues[0]?.message}`);
  return performance.now() - started;
}

const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/**
 * Median wall times of in-process validations (read, parse, merge, rules) of the two configs,
 * run in turn, so that a busy machine slows both alike.
 */
async function validateMs(dirs: { inline: string; classes: string }, runs = 7) {
  const inline: number[] = [];
  const classes: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Each goes first every other run: the one after pays for the garbage of the one before.
    if (i % 2 === 0) inline.push(await validateOnceMs(dirs.inline));
    classes.push(await validateOnceMs(dirs.classes));
    if (i % 2 === 1) inline.push(await validateOnceMs(dirs.inline));
  }
  return { inlineMs: median(inline), classesMs: median(classes) };
}

export async function measureClasses(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-classes-'));
  try {
    // Parsing YAML dominates validation and grows with the members: two sizes of org.
    const validation: { members: string; inlineMs: number; classesMs: number }[] = [];
    for (const members of [
      [2, 8],
      [10, 30],
    ] as [number, number][]) {
      const big = generateState({ orgs: 5000, membersPerOrg: members, seed: 30 });
      const dir = join(work, `5000-${members[0]}`);
      const bigDirs = await writeConfigs(dir, big.groupId, orgsFromState(big.state));
      const memberships = big.state.groups[0]?.orgs.reduce((n, o) => n + o.members.length, 0) ?? 0;
      validation.push({
        members: `${members[0]}–${members[1]} members each (${memberships.toLocaleString('en-US')})`,
        ...(await validateMs(bigDirs)),
      });
    }
    const small = validation[0]!;

    const a = generateState({ orgs: 1000, membersPerOrg: [5, 30], seed: 30 });
    const dirs = await writeConfigs(join(work, '1000'), a.groupId, orgsFromState(a.state));
    const emulator = await startEmulator({ state: a.state, rateLimit: false });
    const plan = async (dir: string) => {
      emulator.clearRequests();
      const env = { SNYK_API_URL: emulator.url, SNYK_TOKEN: a.token, SNYK_GITOPS_CONCURRENCY: '16' };
      const run = await runCli(root, ['plan', dir, '--format', 'json'], env);
      if (run.code !== 0) throw new Error(`plan ${dir} exited ${run.code}: ${run.stderr}`);
      const changes = (JSON.parse(run.stdout) as { changes: unknown[] }).changes.length;
      return { requests: apiStats(emulator.requests()).total, changes };
    };
    const inline = await plan(dirs.inline);
    const classes = await plan(dirs.classes);
    await emulator.close();
    const lines = [
      `Date: ${new Date().toISOString()}, Node ${process.version}. Three classes (settings open/closed, notifications) replace the settings and notification lines of every org; the desired state is the same.`,
      '',
      '| measure | values inline | with 3 classes | ratio |',
      '|---|---:|---:|---:|',
      ...validation.map(
        (v) =>
          `| validate 5,000 orgs, ${v.members} (in process, median of 7, run in turn, each first every other run) | ${v.inlineMs.toFixed(0)} ms | ${v.classesMs.toFixed(0)} ms | ${(v.classesMs / v.inlineMs).toFixed(2)} |`,
      ),
      `| plan 1,000 orgs: requests | ${inline.requests} | ${classes.requests} | ${(classes.requests / inline.requests).toFixed(3)} |`,
      `| plan 1,000 orgs: changes | ${inline.changes} | ${classes.changes} | |`,
      '',
      `Target: validation of 5,000 orgs with classes under 1 s: ${small.classesMs < 1000 ? 'met' : '**not met**'} (${small.classesMs.toFixed(0)} ms at ${small.members}; parsing the YAML is most of it). Classes add no requests: ${classes.requests === inline.requests ? 'met' : '**not met**'}.`,
    ];
    return lines.join('\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const body = await measureClasses();
  await writeResultsSection('classes', body);
  process.stdout.write(`${body}\n`);
}
