import { describe, expect, it } from 'vitest';
import { GROUP_ID, messages, validateTexts, withGroup } from './config.test-helpers.ts';

const ok = (files: Record<string, string>) => {
  const result = validateTexts(files);
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result;
};

describe('normalization', () => {
  it('fills the defaults of absent sections', () => {
    const { desired } = ok({ 'a.yaml': withGroup() });
    expect(desired).toEqual({
      version: 1,
      group: { id: GROUP_ID },
      orgs: [],
      users: { unknown: 'error', ignore: [] },
      prune: {
        groupMembers: true,
        orgMembers: true,
        tenantMembers: false,
        groupTags: false,
        orgs: false,
        webhooks: false,
        imports: false,
        serviceAccounts: false,
        projectTags: false,
        ignores: true,
      },
      limits: { maxDeletePercent: 25 },
      drift: { ignore: [] },
    });
  });

  it('fills the prune fields that are absent and keeps those given', () => {
    const { desired } = ok({ 'a.yaml': withGroup('prune: { orgs: true, groupTags: force }\n') });
    expect(desired.prune).toEqual({
      groupMembers: true,
      orgMembers: true,
      tenantMembers: false,
      groupTags: 'force',
      orgs: true,
      webhooks: false,
      imports: false,
      serviceAccounts: false,
      projectTags: false,
      ignores: true,
    });
  });

  /** a.yaml sets `defaults.org` to `defaults`; b.yaml lists org pay with `pay` and org bare. */
  const defaultsAndOrgs = (defaults: string, pay: string) => ({
    'a.yaml': withGroup(`defaults:\n  org:\n${defaults}`),
    'b.yaml': `version: 1\norgs:\n  - slug: pay\n${pay}  - slug: bare\n`,
  });

  it('puts the defaults’ project rules before each org’s own and locates each in its file', () => {
    const { desired, locate } = ok(
      defaultsAndOrgs(
        '    projects:\n      - match: { name: "*" }\n        attributes: { lifecycle: [production] }\n',
        '    projects:\n      - match: { type: npm }\n        tags: [{ key: team, value: pay }]\n',
      ),
    );
    expect(desired.orgs.map((o) => o.projects?.map((r) => r.match))).toEqual([
      [{ name: '*' }, { type: 'npm' }],
      [{ name: '*' }],
    ]);
    expect(locate(['orgs', 0, 'projects', 0])).toMatchObject({ file: 'a.yaml' });
    expect(locate(['orgs', 0, 'projects', 1])).toMatchObject({ file: 'b.yaml', line: 5 });
  });

  it('merges every settings part of defaults.org key by key and locates each key where it was written', () => {
    const { desired, locate } = ok(
      defaultsAndOrgs(
        '    settings: { requestAccess: { enabled: false } }\n    notifications:\n      weekly-report: { enabled: false }\n      test-limit: { enabled: true }\n',
        '    notifications:\n      test-limit: { enabled: false }\n',
      ),
    );
    expect(desired.orgs.map((o) => [o.settings, o.notifications])).toEqual([
      [
        { requestAccess: { enabled: false } },
        { 'weekly-report': { enabled: false }, 'test-limit': { enabled: false } },
      ],
      [
        { requestAccess: { enabled: false } },
        { 'weekly-report': { enabled: false }, 'test-limit': { enabled: true } },
      ],
    ]);
    // The org's own key is located in its file; the keys it took from the defaults, in theirs.
    expect(locate(['orgs', 0, 'notifications', 'test-limit', 'enabled'])).toMatchObject({
      file: 'b.yaml',
      line: 5,
    });
    expect(locate(['orgs', 0, 'notifications', 'weekly-report', 'enabled'])).toMatchObject({
      file: 'a.yaml',
      line: 8,
    });
    expect(locate(['orgs', 1, 'settings', 'requestAccess'])).toMatchObject({ file: 'a.yaml', line: 6 });
  });

  it('refuses a rule that gives one tag key two values, at the second', () => {
    const result = validateTexts({
      'a.yaml': withGroup(
        'orgs:\n  - slug: pay\n    projects:\n      - match: { name: "*" }\n        tags: [{ key: team, value: a }, { key: team, value: b }]\n',
      ),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.file])).toEqual([['project-tag-twice', 'a.yaml']]);
  });

  it('keeps sections the file does not manage absent (live values are kept)', () => {
    const { desired } = ok({ 'a.yaml': withGroup('orgs:\n  - slug: a\n') });
    expect(desired.group).toEqual({ id: GROUP_ID });
    expect(desired.orgs).toEqual([{ slug: 'a' }]);
  });

  it('merges defaults.org into each org: settings deep-merged and members united, the org winning', () => {
    const { desired } = ok({
      'a.yaml': withGroup(`defaults:
  org:
    settings: { requestAccess: { enabled: false }, ignores: { reasonRequired: true, autoApproveIgnores: true } }
    members:
      - { user: secops@acme.com, role: Org Admin }
      - { user: audit@acme.com, role: Org Auditor }
orgs:
  - slug: payments
    settings: { ignores: { autoApproveIgnores: false } }
    members:
      - { user: SecOps@acme.com, role: Org Collaborator }
      - { user: bob@acme.com, role: Org Admin }
`),
    });
    expect(desired.orgs[0]).toEqual({
      slug: 'payments',
      settings: {
        requestAccess: { enabled: false },
        ignores: { reasonRequired: true, autoApproveIgnores: false },
      },
      members: [
        { user: 'audit@acme.com', role: 'Org Auditor' },
        { user: 'SecOps@acme.com', role: 'Org Collaborator' },
        { user: 'bob@acme.com', role: 'Org Admin' },
      ],
    });
  });

  it('merges the files of a directory: orgs, group members and tags from every file', () => {
    const { desired, files } = ok({
      'group.yaml': withGroup(
        '  members: [{ user: alice@acme.com, role: Group Admin }]\nusers: { unknown: invite }\n',
      ),
      'team.yaml': `version: 1\ngroup:\n  id: ${GROUP_ID}\n  members: [{ user: bob@acme.com, role: Group Member }]\norgs: [{ slug: team }]\n`,
    });
    expect(files).toEqual(['group.yaml', 'team.yaml']);
    expect(desired.group.members?.map((m) => m.user)).toEqual(['alice@acme.com', 'bob@acme.com']);
    expect(desired.orgs.map((o) => o.slug)).toEqual(['team']);
    expect(desired.users.unknown).toBe('invite');
  });

  it('accepts the same section in two files when identical', () => {
    const { desired } = ok({
      'a.yaml': withGroup('limits: { maxDeletePercent: 10 }\n'),
      'b.yaml': 'version: 1\nlimits: { maxDeletePercent: 10 }\n',
    });
    expect(desired.limits).toEqual({ maxDeletePercent: 10 });
    // and two different values of it are refused, naming both files
    const result = validateTexts({
      'a.yaml': withGroup('limits: { maxDeletePercent: 10 }\n'),
      'b.yaml': 'version: 1\nlimits: { maxDeletePercent: 20 }\n',
    });
    expect(result.ok).toBe(false);
    expect(messages(result).join('\n')).toMatch(/a\.yaml.*b\.yaml|b\.yaml.*a\.yaml/s);
  });

  it('accepts anchors and aliases', () => {
    const { desired } = ok({
      'a.yaml': withGroup(
        'x-admins: &admins\n  - { user: a@acme.com, role: Org Admin }\norgs:\n  - { slug: one, members: *admins }\n  - { slug: two, members: *admins }\n',
      ),
    });
    expect(desired.orgs.map((o) => o.members)).toEqual([
      [{ user: 'a@acme.com', role: 'Org Admin' }],
      [{ user: 'a@acme.com', role: 'Org Admin' }],
    ]);
  });
});

describe('locate', () => {
  const result = ok({
    'group.yaml': withGroup(`  members:
    - { user: alice@acme.com, role: Group Admin }
defaults:
  org:
    settings: { requestAccess: { enabled: false } }
    members:
      - { user: secops@acme.com, role: Org Admin }
`),
    'team.yaml': `version: 1
orgs:
  - slug: payments
    settings: { ignores: { reasonRequired: true } }
    members:
      - { user: bob@acme.com, role: Org Admin }
`,
  });

  it('maps a normalized path to where it was written', () => {
    expect(result.locate(['orgs', 0, 'members', 1, 'role'])).toEqual({
      file: 'team.yaml',
      line: 6,
      column: 37,
    });
    expect(result.locate(['group', 'members', 0, 'user'])).toEqual({
      file: 'group.yaml',
      line: 5,
      column: 15,
    });
    expect(result.locate(['orgs', 0, 'template'])).toEqual({ file: 'team.yaml', line: 3, column: 5 });
  });

  it('points members and settings merged from defaults.org at the defaults', () => {
    expect(result.locate(['orgs', 0, 'members', 0])).toEqual({ file: 'group.yaml', line: 10, column: 9 });
    expect(result.locate(['orgs', 0, 'settings', 'requestAccess'])?.file).toBe('group.yaml');
    expect(result.locate(['orgs', 0, 'settings', 'ignores'])?.file).toBe('team.yaml');
  });

  it('returns undefined for a path outside the state', () => {
    expect(result.locate(['orgs', 7, 'members', 0])).toBeUndefined();
  });
});

describe('semantic rules', () => {
  it('reports every conflict between files, naming both places', () => {
    const result = validateTexts({
      'a.yaml': withGroup(
        '  members: [{ user: alice@acme.com, role: Group Admin }]\n  tags: [{ key: team, value: a }]\nprune: { orgs: false }\norgs: [{ slug: payments }, { slug: data, id: 0d8f6c2e-5b1a-4e9f-8c3d-2a1b0c9d8e7f }]\n',
      ),
      'b.yaml':
        'version: 1\ngroup:\n  id: 5a18d42f-0706-4ad0-b127-24078731fbed\n  members: [{ user: ALICE@acme.com, role: Group Member }]\n  tags: [{ key: team, value: a }]\nprune: { orgs: true }\norgs: [{ slug: Payments }, { slug: other, id: 0d8f6c2e-5b1a-4e9f-8c3d-2a1b0c9d8e7f }]\n',
    });
    expect(messages(result)).toMatchInlineSnapshot(`
      [
        "b.yaml:3:7: two different group ids, '4a18d42f-0706-4ad0-b127-24078731fbed' and '5a18d42f-0706-4ad0-b127-24078731fbed': all files must manage the same group: a.yaml:3:7 and b.yaml:3:7",
        "b.yaml:4:21: user 'ALICE@acme.com' is listed twice in group.members: a.yaml:4:21 and b.yaml:4:21",
        "b.yaml:5:10: tag team:a is listed twice: a.yaml:5:10 and b.yaml:5:10",
        "b.yaml:6:8: 'prune' is set differently in two files (only one file may set it): a.yaml:6:8 and b.yaml:6:8",
        "b.yaml:7:16: org 'Payments' is defined twice: a.yaml:7:16 and b.yaml:7:16",
        "b.yaml:7:47: org id '0d8f6c2e-5b1a-4e9f-8c3d-2a1b0c9d8e7f' is used by two orgs: a.yaml:7:46 and b.yaml:7:47",
      ]
    `);
  });

  it('reports a member listed twice in one org, comparing emails case-insensitively', () => {
    const result = validateTexts({
      'a.yaml': withGroup(
        'orgs:\n  - slug: p\n    members:\n      - { user: bob@acme.com, role: Org Admin }\n      - { user: Bob@Acme.com, role: Org Collaborator }\n',
      ),
    });
    expect(messages(result)).toMatchInlineSnapshot(`
      [
        "a.yaml:8:17: user 'Bob@Acme.com' is listed twice in the members of org 'p': a.yaml:7:17 and a.yaml:8:17",
      ]
    `);
  });

  it('reports duplicates in defaults.org.members and tenant.members', () => {
    const result = validateTexts({
      'a.yaml': withGroup(`tenant:
  id: 59d6d97e-3106-4ebb-b608-352fad9c5b34
  members: [{ user: a@acme.com, role: Tenant Admin }, { user: a@acme.com, role: Tenant Admin }]
defaults:
  org:
    members: [{ user: s@acme.com, role: Org Admin }, { user: s@acme.com, role: Org Admin }]
`),
    });
    expect(messages(result)).toMatchInlineSnapshot(`
      [
        "a.yaml:6:63: user 'a@acme.com' is listed twice in tenant.members: a.yaml:6:21 and a.yaml:6:63",
        "a.yaml:9:62: user 's@acme.com' is listed twice in defaults.org.members: a.yaml:9:23 and a.yaml:9:62",
      ]
    `);
  });

  it('requires one file to define the group', () => {
    expect(
      messages(validateTexts({ 'team.yaml': 'version: 1\norgs: [{ slug: a }]\n' })),
    ).toMatchInlineSnapshot(`
      [
        "team.yaml:1:1: no file defines the group: expected \`group: { id: <uuid> }\` (the Snyk group this config manages) in one of the files",
      ]
    `);
  });

  it('does not blame the missing group on the other files when the file with the group has errors', () => {
    const result = validateTexts({
      'group.yaml': withGroup('  setings: {}\n'),
      'team.yaml': 'version: 1\norgs: [{ slug: a }]\n',
    });
    expect(messages(result)).toEqual([expect.stringContaining("unknown key 'setings' in group")]);
  });

  it('refuses an org that is its own template; a template not in the files is left to plan', () => {
    const result = validateTexts({
      'a.yaml': withGroup('orgs:\n  - { slug: a, template: A }\n  - { slug: b, template: live-only }\n'),
    });
    expect(messages(result)).toMatchInlineSnapshot(`
      [
        "a.yaml:5:26: org 'a' names itself as its template: expected the slug of another org to copy at creation",
      ]
    `);
  });

  it('refuses invalid globs in users.ignore and drift.ignore', () => {
    const result = validateTexts({
      'a.yaml': withGroup('users: { ignore: ["ok-*", "[abc"] }\ndrift: { ignore: [{ address: "org[x" }] }\n'),
    });
    expect(messages(result)).toMatchInlineSnapshot(`
      [
        "a.yaml:4:27: users.ignore[1]: '[abc' is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters",
        "a.yaml:5:30: drift.ignore[0].address: 'org[x' is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters",
      ]
    `);
  });

  it('warns about members that users.ignore matches', () => {
    const result = ok({
      'a.yaml': withGroup(
        '  members: [{ user: bot@serviceaccount.acme.com, role: Group Member }]\nusers: { ignore: ["*@serviceaccount.acme.com"] }\n',
      ),
    });
    expect(result.warnings.map((w) => w.message)).toMatchInlineSnapshot(`
      [
        "user 'bot@serviceaccount.acme.com' matches users.ignore '*@serviceaccount.acme.com': this membership is neither created, changed nor removed",
      ]
    `);
  });
});
