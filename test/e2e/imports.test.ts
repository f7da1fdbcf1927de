// Repositories imported into the right org, end to end: the CLI as a process against the
// emulator, with a local fake GitHub API listing the owner's repositories. Globs and default
// branches come from GitHub (archived repositories skipped with a warning); apply imports and
// polls each job at the configured Snyk host (never at the Location's host), names the projects
// created and those that failed; prune.imports deletes unlisted targets; the github integration
// with a service-account token is a warning, and its 401 a clear message.
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../src/action/testing/fake-github.test-helpers.ts';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { defaultIntegrationSettings } from '../../src/emulator/v1/integrations.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const GITHUB_TOKEN = 'ghp_importsFakeToken0123456789abcdef';
const APP = '1b3e3d90-0000-4000-8000-00000000a001';
const CLASSIC = '1b3e3d90-0000-4000-8000-00000000a002';

let fx: EmulatorFixture | undefined;
let github: FakeGitHub | undefined;
afterEach(async () => {
  await fx?.close();
  await github?.close();
  fx = undefined;
  github = undefined;
});

function account(state: EmulatorState, extra: (s: EmulatorState) => void = () => undefined): EmulatorState {
  const payments = lookup(state).org('payments');
  payments.integrations = [
    { id: APP, type: 'github-cloud-app', settings: defaultIntegrationSettings() },
    { id: CLASSIC, type: 'github', settings: defaultIntegrationSettings() },
  ];
  state.importPendingPolls = 2;
  extra(state);
  return state;
}

async function start(state: EmulatorState, options: Parameters<typeof startFixture>[1] = {}) {
  fx = await startFixture(state, options);
  github = await startFakeGitHub({ token: GITHUB_TOKEN });
  github.ownerRepos.set('acme', [
    { full_name: 'acme/payments-api', default_branch: 'develop', archived: false },
    { full_name: 'acme/payments-web', default_branch: 'main', archived: false },
    { full_name: 'acme/payments-archive-2019', default_branch: 'main', archived: false },
    { full_name: 'acme/payments-old', default_branch: 'main', archived: true },
    { full_name: 'acme/ledger', default_branch: 'trunk', archived: false },
    { full_name: 'acme/unrelated', default_branch: 'main', archived: false },
  ]);
  return { fx, github };
}

const config = (imports: string[], extra: string[] = []) =>
  [
    'version: 1',
    `group: { id: ${DEMO_GROUP} }`,
    'orgs:',
    '  - slug: payments',
    '    imports:',
    ...imports,
    ...extra,
    '',
  ].join('\n');

async function cli(args: string[], env: Record<string, string> = {}) {
  const result = await runCliProcess(args, { env: { ...fx!.env, ...env } });
  for (const text of [result.stdout, result.stderr]) {
    expect(text).not.toContain(GITHUB_TOKEN);
    expect(text).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  }
  return result;
}

const withGitHub = () => ({ GITHUB_TOKEN, GITHUB_API_URL: github!.url });

describe('imports', () => {
  it('imports the repositories a glob matches on GitHub, polling each job to its end, then plans nothing', async () => {
    await start(account(await loadDemoState()));
    const file = await fx!.write(
      'snyk.yaml',
      config([
        '      - integration: github-cloud-app',
        '        repos: ["acme/payments-*", "acme/ledger"]',
        '        exclude: ["acme/payments-archive-*"]',
      ]),
    );
    const planned = await cli(['plan', file, '--format', 'json'], withGitHub());
    expect(planned.code, planned.stderr).toBe(0);
    const plan = JSON.parse(planned.stdout) as {
      changes: { address: string; target: { branch: string } }[];
      warnings: { code: string; message: string }[];
    };
    expect(plan.changes.map((c) => c.address).sort()).toEqual([
      'org[payments].import[github-cloud-app:acme/ledger]',
      'org[payments].import[github-cloud-app:acme/payments-api]',
      'org[payments].import[github-cloud-app:acme/payments-web]',
    ]);
    expect(plan.changes.find((c) => c.address.endsWith('payments-api]'))?.target.branch).toBe('develop');
    expect(plan.warnings.find((w) => w.code === 'import-archived-skipped')?.message).toContain(
      'acme/payments-old',
    );

    const one = 'org[payments].import[github-cloud-app:acme/ledger]';
    const targeted = await cli(['plan', file, '--format', 'json', '--target', one], withGitHub());
    expect((JSON.parse(targeted.stdout) as typeof plan).changes.map((c) => c.address)).toEqual([one]);

    fx!.emu.clearRequests();
    const applied = await cli(['apply', file, '--auto-approve'], withGitHub());
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain(
      'github-cloud-app:acme/ledger]: imported project acme/ledger:package.json',
    );
    expect(applied.stdout + applied.stderr).toContain('still pending');
    const log = fx!.emu.requests();
    const imports = writesIn(log).filter((r) => r.path.endsWith('/import'));
    const polls = log.filter((r) => r.method === 'GET' && /\/import\/[^/]+$/.test(r.path));
    expect(imports).toHaveLength(3);
    // Two pending answers and the final one, each at the emulator (whatever host Location named).
    expect(polls).toHaveLength(9);
    expect(github!.unexpected).toEqual([]);

    const state = fx!.emu.getState();
    const payments = lookup(state).org('payments');
    expect(payments.targets?.map((t) => t.displayName).sort()).toEqual([
      'acme/ledger',
      'acme/payments-api',
      'acme/payments-web',
    ]);
    expect(payments.importJobs?.find((j) => j.target.name === 'ledger')?.target.branch).toBe('trunk');
    expect((await cli(['plan', file, '--format', 'json'], withGitHub())).stdout).toContain('"changes": []');
  });

  it('without GITHUB_TOKEN a glob is an error at its line, and nothing is read from GitHub or written', async () => {
    await start(account(await loadDemoState()));
    const file = await fx!.write(
      'snyk.yaml',
      config([
        '      - integration: github-cloud-app',
        '        repos: ["acme/ledger", "acme/payments-*"]',
        '        branch: main',
      ]),
    );
    fx!.emu.clearRequests();
    const result = await cli(['apply', file, '--auto-approve']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /snyk\.yaml:7:\d+: .*'acme\/payments-\*' needs the repository list of acme.*GITHUB_TOKEN/,
    );
    expect(writesIn(fx!.emu.requests())).toEqual([]);
    expect(github!.requests).toEqual([]);
  });

  it('names the projects created and the manifests that failed; a failed job fails its change', async () => {
    await start(
      account(await loadDemoState(), (s) => {
        s.repositories = {
          'acme/half': { manifests: ['package.json', 'pom.xml'], failing: ['pom.xml'] },
          'acme/broken': { manifests: ['package.json'], outcome: 'failed' },
        };
      }),
    );
    const file = await fx!.write(
      'snyk.yaml',
      config([
        '      - integration: github-cloud-app',
        '        repos: ["acme/half", "acme/broken"]',
        '        branch: main',
      ]),
    );
    const result = await cli(['apply', file, '--auto-approve']);
    expect(result.code).toBe(1);
    const out = result.stdout + result.stderr;
    expect(out).toContain(
      'org[payments].import[github-cloud-app:acme/half]: imported project acme/half:package.json, but these failed: acme/half:pom.xml',
    );
    expect(out).toMatch(
      /org\[payments\]\.import\[github-cloud-app:acme\/broken\]: the import job \S+ ended 'failed'/,
    );
  });

  it('prune.imports deletes the unlisted targets of the named integration with their projects, never a CLI target', async () => {
    const state = account(await loadDemoState(), (s) => {
      const payments = lookup(s).org('payments');
      const target = (id: string, name: string, integrationType: string) => ({
        id,
        displayName: name,
        integrationType,
        ...(integrationType === 'cli' ? {} : { integrationId: APP }),
        url: null,
        isPrivate: true,
        createdAt: '2025-01-01T00:00:00.000Z',
      });
      payments.targets = [
        target('5e7a9c10-0000-4000-8000-0000000000a1', 'acme/ledger', 'github-cloud-app'),
        target('5e7a9c10-0000-4000-8000-0000000000a2', 'acme/old', 'github-cloud-app'),
        target('5e7a9c10-0000-4000-8000-0000000000a3', 'acme/scratch', 'cli'),
      ];
      payments.projects = [
        {
          id: '3d5f7b90-0000-4000-8000-0000000000a2',
          name: 'acme/old:package.json',
          type: 'npm',
          origin: 'github-cloud-app',
          targetFile: 'package.json',
          targetReference: 'main',
          targetId: '5e7a9c10-0000-4000-8000-0000000000a2',
          createdAt: '2025-01-01T00:00:00.000Z',
          status: 'active',
          tags: [],
        },
      ];
    });
    await start(state);
    const listed = [
      '      - integration: github-cloud-app',
      '        repos: ["acme/ledger"]',
      '        branch: main',
    ];
    const kept = await fx!.write('kept.yaml', config(listed));
    expect((await cli(['plan', kept, '--format', 'json'])).stdout).toContain('"changes": []');
    const pruned = await fx!.write('pruned.yaml', config(listed, ['prune: { imports: true }']));
    const refused = await cli(['apply', pruned, '--auto-approve']);
    // One of the org's two targets of that integration: over the default mass-delete limit.
    expect(refused.code).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('import');
    const applied = await cli(['apply', pruned, '--auto-approve', '--allow-mass-delete']);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const payments = lookup(fx!.emu.getState()).org('payments');
    expect(payments.targets?.map((t) => t.displayName).sort()).toEqual(['acme/ledger', 'acme/scratch']);
    expect(payments.projects).toEqual([]);
  });

  it('shows a hostile target name from Snyk inert in the plan it would delete', async () => {
    const evil = 'acme/x\u001b]0;pwned\u0007\n::add-mask::y';
    await start(
      account(await loadDemoState(), (s) => {
        lookup(s).org('payments').targets = [
          {
            id: '5e7a9c10-0000-4000-8000-0000000000b1',
            displayName: evil,
            integrationId: APP,
            integrationType: 'github-cloud-app',
            url: null,
            isPrivate: true,
            createdAt: '2025-01-01T00:00:00.000Z',
          },
        ];
      }),
    );
    const file = await fx!.write(
      'snyk.yaml',
      config(
        ['      - integration: github-cloud-app', '        repos: ["acme/ledger"]', '        branch: main'],
        ['prune: { imports: true }'],
      ),
    );
    const planned = await cli(['plan', file]);
    expect(planned.stdout).toContain('org[payments].import[github-cloud-app:acme/x\\u001b]0;pwned\\u0007\\n');
    expect(planned.stdout).not.toContain('\u001b]0;');
    expect(planned.stdout).not.toMatch(/^\s*::add-mask::/m);
  });

  it('warns when a service account imports through github, and reports the 401 as the token kind', async () => {
    const state = account(await loadDemoState(), (s) => {
      s.tokens.push({
        token: 'sa-import-token-0123456789',
        userId: s.tokens[0]!.userId,
        kind: 'service_account',
      });
    });
    await start(state, { token: 'sa-import-token-0123456789', reality: { githubImportPersonalOnly: true } });
    const file = await fx!.write(
      'snyk.yaml',
      config(['      - integration: github', '        repos: ["acme/ledger"]', '        branch: main']),
    );
    const planned = await cli(['plan', file]);
    expect(planned.code).toBe(0);
    expect(planned.stdout + planned.stderr).toContain(
      'imports through the github integration take only a personal token',
    );
    const applied = await cli(['apply', file, '--auto-approve']);
    expect(applied.code).toBe(1);
    expect(applied.stdout + applied.stderr).toContain('Snyk refused the import with 401');
  });
});
