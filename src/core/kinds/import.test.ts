import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import type { ImportSpec } from '../desired-imports.ts';
import { issuesOf, plan, planLines } from '../planning.test-helpers.ts';
import type { LiveRepository, LiveTarget } from '../types.ts';

const target = (name: string, integrationType = 'github-cloud-app', id = `t-${name}`): LiveTarget => ({
  id: id.replace(/\W/g, '-'),
  name,
  integrationType,
});
const repo = (fullName: string, more: Partial<LiveRepository> = {}): LiveRepository => ({
  fullName,
  defaultBranch: 'main',
  archived: false,
  ...more,
});

function planImports(
  imports: ImportSpec[],
  targets: LiveTarget[],
  options: { prune?: boolean; repositories?: Record<string, LiveRepository[]>; selfType?: string } = {},
) {
  const desired = desiredState({ orgs: [desiredOrg('payments', { imports })] });
  if (options.prune) desired.prune.imports = true;
  const live = liveState({ orgs: [liveOrg('payments', { targets })] });
  if (options.repositories) live.repositories = options.repositories;
  if (options.selfType) live.self.type = options.selfType;
  return { desired, live };
}

describe('imports', () => {
  it('imports a listed repository the org has no target of that integration for', () => {
    const { desired, live } = planImports(
      [{ integration: 'github-cloud-app', repos: ['acme/ledger', 'acme/api'], branch: 'main' }],
      // The same name through another integration (a CLI upload) is not the repository's target.
      [target('acme/api'), target('acme/ledger', 'cli')],
    );
    const p = plan(desired, live);
    expect(planLines(p)).toEqual(['create org[payments].import[github-cloud-app:acme/ledger]']);
    expect(p.changes[0]).toMatchObject({
      kind: 'import',
      target: {
        orgId: 'org-payments',
        integrationType: 'github-cloud-app',
        owner: 'acme',
        name: 'ledger',
        branch: 'main',
        files: [],
      },
    });
  });

  it('deletes unlisted targets of the named integrations only with prune.imports', () => {
    const imports: ImportSpec[] = [{ integration: 'github', repos: ['acme/api'], branch: 'main' }];
    const targets = [
      target('acme/api', 'github'),
      target('acme/old', 'github'),
      target('acme/cli-only', 'cli'),
    ];
    const kept = planImports(imports, targets);
    expect(planLines(plan(kept.desired, kept.live))).toEqual([]);
    const pruned = planImports(imports, targets, { prune: true });
    const p = plan(pruned.desired, pruned.live);
    expect(planLines(p)).toEqual(['delete org[payments].import[github:acme/old]']);
    expect(p.changes[0]).toMatchObject({ target: { targetId: 't-acme-old', integrationType: 'github' } });
  });

  it('expands globs over the GitHub listing, leaves out `exclude` and archived repositories with a warning', () => {
    const { desired, live } = planImports(
      [{ integration: 'github-cloud-app', repos: ['acme/payments-*'], exclude: ['acme/payments-archive-*'] }],
      [],
      {
        repositories: {
          acme: [
            repo('acme/payments-api', { defaultBranch: 'develop' }),
            repo('acme/Payments-Web'),
            repo('acme/payments-archive-2019'),
            repo('acme/payments-old', { archived: true }),
            repo('acme/ledger'),
          ],
        },
      },
    );
    const p = plan(desired, live);
    expect(planLines(p).sort()).toEqual([
      'create org[payments].import[github-cloud-app:acme/Payments-Web]',
      'create org[payments].import[github-cloud-app:acme/payments-api]',
    ]);
    expect(p.changes.find((c) => c.address.text.endsWith('payments-api]'))).toMatchObject({
      target: { branch: 'develop' },
    });
    expect(p.warnings.map((w) => w.code)).toEqual(['import-archived-skipped']);
    expect(p.warnings[0]!.message).toContain('acme/payments-old');
  });

  it('a glob without a listing, or outside GitHub, is an error at the entry', () => {
    const noToken = planImports([{ integration: 'github', repos: ['acme/x', 'acme/*'], branch: 'main' }], []);
    expect(issuesOf(noToken.desired, noToken.live)).toMatchObject([
      { code: 'IMPORT_NEEDS_LISTING', path: ['orgs', 0, 'imports', 0, 'repos', 1] },
    ]);
    const bitbucket = planImports(
      [{ integration: 'bitbucket-cloud', repos: ['acme/*'], branch: 'main' }],
      [],
    );
    expect(issuesOf(bitbucket.desired, bitbucket.live)[0]).toMatchObject({
      code: 'IMPORT_GLOB_UNLISTABLE',
      path: ['orgs', 0, 'imports', 0, 'repos', 0],
    });
    const noBranch = planImports([{ integration: 'azure-repos', repos: ['acme/x'] }], []);
    expect(issuesOf(noBranch.desired, noBranch.live)[0]).toMatchObject({
      code: 'IMPORT_BRANCH_REQUIRED',
      path: ['orgs', 0, 'imports', 0],
    });
  });

  it('an exact name without a branch takes the default branch GitHub lists, and is an error when GitHub does not list it', () => {
    const listed = planImports([{ integration: 'github', repos: ['acme/api'] }], [], {
      repositories: { acme: [repo('acme/api', { defaultBranch: 'trunk' })] },
    });
    expect(plan(listed.desired, listed.live).changes[0]).toMatchObject({ target: { branch: 'trunk' } });
    const missing = planImports([{ integration: 'github', repos: ['acme/ghost'] }], [], {
      repositories: { acme: [] },
    });
    expect(issuesOf(missing.desired, missing.live)[0]).toMatchObject({ code: 'IMPORT_REPO_UNKNOWN' });
  });

  it('a repository two entries of one integration name is an error naming both', () => {
    const { desired, live } = planImports(
      [
        { integration: 'github', repos: ['acme/api'], branch: 'main' },
        { integration: 'github', repos: ['acme/API', 'acme/web'], branch: 'develop' },
        { integration: 'github-cloud-app', repos: ['acme/api'], branch: 'main' },
      ],
      [],
    );
    expect(issuesOf(desired, live)).toEqual([
      {
        code: 'IMPORT_LISTED_TWICE',
        message: 'acme/API is named by two entries of the github integration in org payments: name it in one',
        path: ['orgs', 0, 'imports', 1],
        related: [{ what: 'the other entry', path: ['orgs', 0, 'imports', 0] }],
      },
    ]);
  });

  it('warns that a service account cannot import through the github integration', () => {
    const imports: ImportSpec[] = [{ integration: 'github', repos: ['acme/api'], branch: 'main' }];
    const sa = planImports(imports, [], { selfType: 'service_account' });
    expect(plan(sa.desired, sa.live).warnings.map((w) => w.code)).toEqual(['import-needs-personal-token']);
    const person = planImports(imports, []);
    expect(plan(person.desired, person.live).warnings).toEqual([]);
    const app = planImports([{ ...imports[0]!, integration: 'github-cloud-app' }], [], {
      selfType: 'service_account',
    });
    expect(plan(app.desired, app.live).warnings).toEqual([]);
  });
});
