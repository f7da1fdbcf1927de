// `npm run bench:access [-- --before <git rev>]`: what finding one person costs, in requests, in
// a 300-org account whose file manages every org's members. Three people: Dana, in the group,
// the tenant and 5 orgs, invited to a sixth; Carol, an Org Admin in one org and an Org
// Collaborator in another with no group membership (the file lists her in both), named by
// email and by id. `access` and `plan --target 'user[…]'` run as processes (the CLI from
// dist/); with `--before`, the same runs use the bundle committed at that revision, for
// comparison. Replaces its own section of bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type EmulatorState, generateState, startEmulator } from '../src/emulator/index.ts';
import { apiStats, runCli } from './process.ts';
import { writeResultsSection } from './results-file.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ORGS = 300;
const AT = '2025-01-01T00:00:00.000Z';
const DANA = { id: '0d0a0000-0000-4000-8000-00000000da0a', email: 'dana@example.com', username: 'dana' };
const CAROL = { id: '0c0a0000-0000-4000-8000-0000000ca201', email: 'carol@example.com', username: 'carol' };

function account() {
  const generated = generateState({ orgs: ORGS, membersPerOrg: [0, 4], groupMembers: 30, seed: 20 });
  const s = generated.state;
  const group = s.groups[0]!;
  const roleId = (roles: { id: string; name: string }[], name: string) =>
    roles.find((r) => r.name === name)!.id;
  let n = 0;
  const m = (userId: string, roleName: string, roles = group.orgRoles) => ({
    id: `0e0e0000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    userId,
    roleId: roleId(roles, roleName),
    createdAt: AT,
  });
  s.users.push(
    { ...DANA, name: 'Dana', loginMethod: 'saml' },
    { ...CAROL, name: 'Carol', loginMethod: 'saml' },
  );
  group.members.push(m(DANA.id, 'Group Member', group.groupRoles));
  s.tenants[0]!.members.push(m(DANA.id, 'Tenant Member', s.tenants[0]!.roles));
  group.orgs.slice(0, 5).forEach((org, i) => {
    org.members.push(m(DANA.id, i < 2 ? 'Org Admin' : 'Org Collaborator'));
  });
  group.orgs[9]!.invites.push({
    id: '1a0e0000-0000-4000-8000-00000000da7a',
    email: DANA.email,
    roleId: roleId(group.orgRoles, 'Org Admin'),
    isActive: true,
  });
  group.orgs[20]!.members.push(m(CAROL.id, 'Org Admin'));
  group.orgs[40]!.members.push(m(CAROL.id, 'Org Collaborator'));
  return generated;
}

function config(s: EmulatorState): string {
  const group = s.groups[0]!;
  const email = (id: string) => s.users.find((u) => u.id === id)!.email;
  const role = (id: string) => group.orgRoles.find((r) => r.id === id)!.name;
  const lines = [
    'version: 1',
    `group: { id: ${group.id} }`,
    `tenant: { id: ${s.tenants[0]!.id} }`,
    'users: { unknown: invite }',
    'prune: { orgMembers: true }',
    'orgs:',
  ];
  group.orgs.forEach((org, i) => {
    const members = org.members.map((x) => `{ user: ${email(x.userId)}, role: ${role(x.roleId)} }`);
    if (i === 9) members.push(`{ user: ${DANA.email}, role: Org Admin }`);
    lines.push(`  - { slug: ${org.slug}, members: [${members.join(', ')}] }`);
  });
  return `${lines.join('\n')}\n`;
}

interface Measured {
  requests: number;
  answer: string;
}

/** What the run answered, in a few words: where the person was found, or the error. */
function answerOf(code: number | null, stdout: string, stderr: string): string {
  if (code !== 0)
    return `exit ${code}: ${stderr
      .split('\n')[0]
      ?.replace(/^Error: /, '')
      .slice(0, 70)}…`;
  const json = JSON.parse(stdout) as { memberships?: unknown[]; changes?: unknown[]; user?: { id: unknown } };
  if (json.memberships !== undefined)
    return json.user?.id === null ? 'not a Snyk user yet' : `${json.memberships.length} memberships`;
  const changes = json.changes?.length ?? 0;
  return `${changes} change${changes === 1 ? '' : 's'}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { before: { type: 'string' } } });
  const work = await mkdtemp(join(tmpdir(), 'snyk-gitops-bench-access-'));
  const generated = account();
  const emulator = await startEmulator({ state: generated.state, rateLimit: false });
  try {
    const path = join(work, 'snyk.yaml');
    await writeFile(path, config(generated.state));
    const roots: [string, string][] = [['after', root]];
    if (values.before !== undefined) {
      const before = join(work, 'before');
      const tar = join(work, 'before.tar');
      execFileSync('git', ['-C', root, 'archive', '--output', tar, values.before, 'dist']);
      await mkdir(before);
      execFileSync('tar', ['-xf', tar, '-C', before]);
      roots.unshift(['before', before]);
    }
    const env = { SNYK_API_URL: emulator.url, SNYK_TOKEN: generated.token };
    const measure = async (cliRoot: string, args: string[]): Promise<Measured> => {
      emulator.setState(generated.state);
      emulator.clearRequests();
      const run = await runCli(cliRoot, [...args, '--format', 'json'], env);
      return {
        requests: apiStats(emulator.requests()).total,
        answer: answerOf(run.code, run.stdout, run.stderr),
      };
    };
    const scenarios: [string, string[]][] = [
      ['`access` Dana (group, tenant, 5 orgs, 1 invitation) by email', ['access', DANA.email, path]],
      ['`plan --target user[…]` Dana by email', ['plan', path, '--target', `user[${DANA.email}]`]],
      ['`access` Carol (2 orgs, no group membership) by email', ['access', CAROL.email, path]],
      ['`plan --target user[…]` Carol by email', ['plan', path, '--target', `user[${CAROL.email}]`]],
      ['`access` Carol by user id', ['access', CAROL.id, path]],
      ['`plan --target user[…]` Carol by user id', ['plan', path, '--target', `user[${CAROL.id}]`]],
    ];
    const rows: string[] = [];
    for (const [name, args] of scenarios) {
      const cells: string[] = [];
      for (const [, cliRoot] of roots) {
        const m = await measure(cliRoot, args);
        cells.push(String(m.requests), m.answer);
      }
      rows.push(`| ${name} | ${cells.join(' | ')} |`);
    }
    const full = await measure(root, ['plan', path]);
    const head = roots.map(([label]) => `${label}: requests | ${label}: answer`).join(' | ');
    const section = [
      "## One person's access (issues 20 and 25)",
      '',
      `Measured ${new Date().toISOString()} by \`npm run bench:access${values.before === undefined ? '' : ` -- --before ${values.before}`}\` (emulator without latency or rate limit, reality off; the CLI from dist/ as a process): ${ORGS} orgs with 0-4 members each and a tenant, a file that manages every org's members (\`users.unknown: invite\`). A full \`plan\` of the same file costs ${full.requests} requests.${values.before === undefined ? '' : ` "before" is the bundle committed at ${values.before}.`}`,
      '',
      `| person, command | ${head} |`,
      `|---|${roots.map(() => '---:|---|').join('')}`,
      ...rows,
      '',
      'Reading the rows: a person in the group costs what it did. The new look-ups run only when neither the group nor the tenant knows the person: one filtered `GET /orgs/{id}/memberships?email=` per org the file lists them in (here 2; `access` first finds the ids of those orgs by slug, one request each, which it needed anyway to name them), then `org_memberships?user_id=`; `plan --target` also tries the email as a username in the group (one request). For a user id nothing is added: `org_memberships?user_id=` answers. Before, Carol was "not a Snyk user yet" to `access` and unknown to `plan --target`.',
    ].join('\n');
    await writeResultsSection('access', section, { before: 'projects' });
    process.stdout.write(`${section}\n`);
  } finally {
    await emulator.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
