// The rows of issue 19, measured in one run: what apply costs now that it re-reads only what
// it touched, what `--target` (an org, a person) costs against the full plan, peak RSS of empty
// plans at 2,000 and 5,000 orgs × 30 members, the installed size of the package, and start-up
// times. Runs alone (`node --import tsx bench/partial.ts`, after `npm run build`) or at the end
// of `npm run bench`; replaces its own section of bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { orgsFromState, renderConfigFiles, withExactChanges } from './config.ts';
import { apiStats, runCli } from './process.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

interface Account {
  state: EmulatorState;
  token: string;
  groupId: string;
}

function account(orgs: number, members: [number, number]): Account {
  return generateState({ orgs, membersPerOrg: members, seed: 19, groupMembers: 40 });
}

async function writeConfig(dir: string, a: Account, edit?: (orgs: ReturnType<typeof orgsFromState>) => void) {
  await mkdir(dir, { recursive: true });
  const orgs = orgsFromState(a.state);
  edit?.(orgs);
  for (const [name, text] of renderConfigFiles(a.groupId, orgs)) await writeFile(join(dir, name), text);
  return dir;
}

async function dirBytes(path: string): Promise<number> {
  const out = execFileSync('du', ['-sb', path], { encoding: 'utf8' });
  return Number(out.split('\t')[0]);
}

export async function measurePartial(): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench19-'));
  const rows: string[] = [];
  const row = (...cells: (string | number)[]) => rows.push(`| ${cells.join(' | ')} |`);
  const emulator = await startEmulator({
    state: account(1, [0, 0]).state,
    rateLimit: false,
    faults: { seed: 7, latencyMs: 5, jitterMs: 5 },
  });
  try {
    const env = (a: Account) => ({
      SNYK_API_URL: emulator.url,
      SNYK_TOKEN: a.token,
      SNYK_GITOPS_CONCURRENCY: '16',
    });
    const plan = async (a: Account, dir: string, extra: string[] = []) => {
      emulator.setState(a.state);
      emulator.clearRequests();
      const run = await runCli(root, ['plan', dir, '--format', 'json', ...extra], env(a));
      if (run.code !== 0) throw new Error(`plan ${extra.join(' ')} exited ${run.code}: ${run.stderr}`);
      return { run, requests: apiStats(emulator.requests()).total };
    };

    // 300 orgs: apply of 10 changes, targets.
    const a300 = account(300, [5, 30]);
    const full = await writeConfig(join(work, '300'), a300);
    const whole = await plan(a300, full);
    const slug = a300.state.groups[0]!.orgs[7]!.slug;
    const one = await plan(a300, full, ['--target', `org[${slug}]`]);
    const person = 'user0001@example.com';
    const user = await plan(a300, full, ['--target', `user[${person}]`]);
    row('plan, 300 orgs, full', whole.requests, '1.00', `${(whole.run.wallMs / 1000).toFixed(2)} s`, '');
    row(
      `plan --target org[${slug}]`,
      one.requests,
      (one.requests / whole.requests).toFixed(3),
      `${(one.run.wallMs / 1000).toFixed(2)} s`,
      'org list, directory, org roles, that org',
    );
    row(
      `plan --target user[${person}]`,
      user.requests,
      (user.requests / whole.requests).toFixed(3),
      `${(user.run.wallMs / 1000).toFixed(2)} s`,
      'person-scoped: /self, group memberships by email, org list, org roles, org_memberships?user_id',
    );

    const changes = 10;
    const edited = await writeConfig(join(work, '300-apply'), a300, (orgs) => {
      orgs.splice(0, orgs.length, ...withExactChanges(orgs, changes).orgs);
    });
    emulator.setState(a300.state);
    emulator.clearRequests();
    const applied = await runCli(root, ['apply', edited, '--auto-approve', '--quiet'], env(a300));
    const stats = apiStats(emulator.requests());
    const verify = stats.total - whole.requests - stats.writes;
    row(
      `apply ${changes} changes, 300 orgs`,
      stats.total,
      (stats.total / (2 * whole.requests + stats.writes)).toFixed(3),
      `${(applied.wallMs / 1000).toFixed(2)} s`,
      `read ${whole.requests} + writes ${stats.writes} + touched re-read ${verify} (was: read + writes + full re-read ${whole.requests}); exit ${applied.code}`,
    );

    // Memory: empty plans of 2,000 and 5,000 orgs × 30 members.
    const memory: string[] = [];
    for (const orgs of [2000, 5000]) {
      const big = account(orgs, [30, 30]);
      const dir = await writeConfig(join(work, `${orgs}`), big);
      const { run, requests } = await plan(big, dir);
      memory.push(
        `| empty plan, ${orgs.toLocaleString('en-US')} orgs × 30 members | ${requests} | ${(run.maxRssKb / 1024).toFixed(0)} MB | ${orgs === 2000 ? '< 160 MB' : '< 300 MB'} |`,
      );
    }

    // Packaging: npm pack, then npm install of the tarball into an empty project.
    const packDir = join(work, 'pack');
    await mkdir(join(packDir, 'app'), { recursive: true });
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
      cwd: root,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1)!;
    await writeFile(
      join(packDir, 'app', 'package.json'),
      '{"name":"app","version":"1.0.0","private":true}\n',
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(packDir, tgz)], {
      cwd: join(packDir, 'app'),
    });
    const installed = await dirBytes(join(packDir, 'app', 'node_modules'));
    const packages =
      execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: join(packDir, 'app'), encoding: 'utf8' })
        .trim()
        .split('\n').length - 1;
    const version = execFileSync('npx', ['--no-install', 'snyk-gitops', '--version'], {
      cwd: join(packDir, 'app'),
      encoding: 'utf8',
    }).trim();
    const tarball = (await stat(join(packDir, tgz))).size;

    // Start-up: the median of 5 runs each.
    const median = async (args: string[], e: Record<string, string>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) times.push((await runCli(root, args, e)).wallMs);
      return times.sort((x, y) => x - y)[2]!;
    };
    const tiny = account(1, [0, 0]);
    const tinyDir = await writeConfig(join(work, 'tiny'), tiny);
    emulator.setState(tiny.state);
    const startup = [
      ['--version', await median(['--version'], {})],
      ['validate examples/full', await median(['validate', join(root, 'examples', 'full')], {})],
      ['plan, 1 org, no changes', await median(['plan', tinyDir], env(tiny))],
    ] as const;

    return [
      '## Partial work, memory and packaging (issue 19)',
      '',
      `Measured in one run (${new Date().toISOString()}); emulator latency 5 ms + 0..5 ms, no rate limit, concurrency 16; the CLI from dist/ as a child process.`,
      '',
      '| scenario | requests | vs full plan (apply: vs read + writes + full re-read) | wall | what it read |',
      '|---|---:|---:|---:|---|',
      ...rows,
      '',
      '| memory | requests | peak RSS | target |',
      '|---|---:|---:|---|',
      ...memory,
      '',
      '| package | measured |',
      '|---|---|',
      `| npm pack tarball | ${(tarball / 1024).toFixed(0)} KB |`,
      `| npm install of the tarball | ${(installed / 1024 / 1024).toFixed(1)} MB, ${packages} package(s) (target ≤ 10 MB) |`,
      `| npx snyk-gitops --version | ${version} |`,
      '',
      '| start-up (median of 5, process spawn to exit) | wall |',
      '|---|---:|',
      ...startup.map(([name, ms]) => `| ${name} | ${Math.round(ms)} ms |`),
      '',
    ].join('\n');
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** Replaces this benchmark's section of RESULTS.md; the analysis written below it stays. */
export function writeSection(section: string): Promise<void> {
  return writeResultsSection('partial', section);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const section = await measurePartial();
  await writeSection(section);
  process.stdout.write(section);
}
