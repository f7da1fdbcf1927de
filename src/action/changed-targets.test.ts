import { describe, expect, it } from 'vitest';
import { type ChangedFile, isConfigFile, type LoadedFile, scopeOfChanges } from './changed-targets.ts';

const GROUP: LoadedFile = { path: 'snyk/group.yaml', orgs: ['golden'], sections: ['group', 'tenant'] };
const PAYMENTS: LoadedFile = {
  path: 'snyk/teams/payments.yaml',
  orgs: ['payments', 'payments-eu'],
  sections: [],
};
const DATA: LoadedFile = { path: 'snyk/teams/data/data.yml', orgs: ['data'], sections: [] };
const LOADED = [GROUP, PAYMENTS, DATA];

const ADD_MEMBER =
  '@@ -5,3 +5,4 @@\n     members:\n       - { user: bob@acme.com, role: Org Admin }\n+      - { user: ann@acme.com, role: Org Admin }';

/** A modified file with `patch` as its diff (null: GitHub gave none). */
function modified(filename: string, patch: string | null = ADD_MEMBER): ChangedFile {
  return { filename, status: 'modified', ...(patch === null ? {} : { patch }) };
}

const scope = (changed: ChangedFile[], configPaths = ['snyk'], loaded = LOADED) =>
  scopeOfChanges({ configPaths, changed, loaded });

describe('targets from the files a pull request changed', () => {
  it('plans only the orgs of a changed team file, each org of it', () => {
    expect(scope([modified('snyk/teams/payments.yaml'), modified('README.md')])).toEqual({
      full: false,
      targets: ['org[payments]', 'org[payments-eu]'],
      files: ['snyk/teams/payments.yaml'],
    });
  });

  it('reads config directories recursively, added files included, orgs once each', () => {
    const added: ChangedFile = {
      filename: 'snyk/teams/data/data.yml',
      status: 'added',
      patch: '+version: 1',
    };
    expect(
      scope([added, modified('snyk/teams/payments.yaml'), modified('snyk/teams/payments.yaml')]),
    ).toEqual({
      full: false,
      targets: ['org[data]', 'org[payments]', 'org[payments-eu]'],
      files: ['snyk/teams/data/data.yml', 'snyk/teams/payments.yaml'],
    });
  });

  it('plans in full when a changed file sets group-wide keys, naming the file and the keys', () => {
    expect(scope([modified('snyk/teams/payments.yaml'), modified('snyk/group.yaml')])).toEqual({
      full: true,
      reason: 'snyk/group.yaml sets group-wide keys (group, tenant), which can touch every org',
    });
  });

  it('plans in full when a config file is removed or renamed: its orgs are not in the head tree', () => {
    expect(scope([{ filename: 'snyk/teams/legacy.yaml', status: 'removed' }])).toEqual({
      full: true,
      reason: 'snyk/teams/legacy.yaml was removed: the orgs it defined are not in the head tree',
    });
    const renamed: ChangedFile = {
      filename: 'snyk/teams/payments.yaml',
      previousFilename: 'snyk/teams/pay.yaml',
      status: 'renamed',
    };
    expect(scope([renamed])).toMatchObject({
      full: true,
      reason: expect.stringContaining('snyk/teams/pay.yaml was renamed'),
    });
  });

  it('plans in full when an org entry may have left a file (a removed slug line, or no diff)', () => {
    const dropped = modified(
      'snyk/teams/payments.yaml',
      '@@ -8,3 +8,0 @@\n-  - slug: payments-us\n-    name: US',
    );
    expect(scope([dropped])).toMatchObject({
      full: true,
      reason: expect.stringContaining("a removed 'slug:' line"),
    });
    const flow = modified(
      'snyk/teams/payments.yaml',
      '@@ -1 +1 @@\n-  - { slug: pay, name: P }\n+  - { slug: payments, name: P }',
    );
    expect(scope([flow])).toMatchObject({ full: true });
    expect(scope([modified('snyk/teams/payments.yaml', null)])).toEqual({
      full: true,
      reason: 'GitHub gave no diff for snyk/teams/payments.yaml, so org entries it removes cannot be told',
    });
  });

  it('plans in full when nothing in the config changed, or only files that define no org', () => {
    expect(scope([modified('README.md'), modified('.github/workflows/plan.yml')])).toEqual({
      full: true,
      reason: 'no config file changed in this pull request',
    });
    const empty: LoadedFile = { path: 'snyk/teams/empty.yaml', orgs: [], sections: [] };
    expect(scope([modified('snyk/teams/empty.yaml')], ['snyk'], [...LOADED, empty])).toMatchObject({
      full: true,
      reason: 'the changed config files (snyk/teams/empty.yaml) define no orgs',
    });
  });

  it('plans in full when a changed config file was not loaded, or GitHub cut the list short', () => {
    expect(scope([modified('snyk/teams/new.yaml')])).toMatchObject({
      full: true,
      reason: expect.stringContaining('snyk/teams/new.yaml changed but is not among the loaded config files'),
    });
    expect(
      scopeOfChanges({
        configPaths: ['snyk'],
        changed: [modified('snyk/teams/payments.yaml')],
        loaded: LOADED,
        truncated: true,
      }),
    ).toEqual({ full: true, reason: 'the pull request changes more files than GitHub lists (3000)' });
  });
});

describe('which changed files are config', () => {
  it('a config file itself, or a YAML file below a config directory outside hidden folders', () => {
    const paths = ['snyk', 'extra/one.yaml'];
    expect(isConfigFile('snyk/a.yaml', paths)).toBe(true);
    expect(isConfigFile('snyk/deep/er/b.YML', paths)).toBe(true);
    expect(isConfigFile('extra/one.yaml', paths)).toBe(true);
    expect(isConfigFile('extra/two.yaml', paths)).toBe(false);
    expect(isConfigFile('snyk/CODEOWNERS', paths)).toBe(false);
    expect(isConfigFile('snyk/.drafts/c.yaml', paths)).toBe(false);
    expect(isConfigFile('snyk-old/a.yaml', paths)).toBe(false);
  });

  it('with the repository root as the config directory, every YAML file outside hidden folders', () => {
    expect(isConfigFile('payments.yaml', [''])).toBe(true);
    expect(isConfigFile('teams/data.yml', [''])).toBe(true);
    expect(isConfigFile('.github/workflows/plan.yml', [''])).toBe(false);
    expect(isConfigFile('notes.md', [''])).toBe(false);
  });
});
