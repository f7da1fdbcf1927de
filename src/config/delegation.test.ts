import { describe, expect, it } from 'vitest';
import { GROUP_ID, yamlDoc } from './config.test-helpers.ts';
import { formatIssue } from './issue.ts';
import { validateDocuments } from './validate.ts';

const GROUP = `version: 1
group:
  id: ${GROUP_ID}
delegate:
  - files: "teams/payments/*.yaml"
    orgs: ["payments", "payments-*"]
    roles: ["Org Collaborator", "Org Admin"]
  - files: ["teams/data/**"]
    orgs: ["data"]
    roles: ["Org Collaborator"]
orgs:
  - slug: platform
`;

/** Validates files laid out under /repo/snyk (the directory given on the command line). */
function validateTree(files: Record<string, string>) {
  const docs = Object.entries(files).map(([path, text]) => ({ path, doc: yamlDoc(`snyk/${path}`, text) }));
  const where = new Map(
    docs.map(({ path, doc }) => [doc, { absolute: `/repo/snyk/${path}`, root: '/repo/snyk' }]),
  );
  return validateDocuments(
    docs.map((d) => d.doc),
    { placement: (doc) => where.get(doc) },
  );
}

const issues = (files: Record<string, string>) => {
  const result = validateTree(files);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('delegated files', () => {
  it('accept what their entry allows; files no entry matches are unrestricted', () => {
    expect(
      issues({
        'group.yaml': GROUP,
        'teams/payments/app.yaml': `version: 1
orgs:
  - slug: payments-api
    members:
      - { user: bob@acme.com, role: org admin, expires: 2027-01-01 }
`,
        'teams/data/deep/x.yaml':
          'version: 1\norgs: [{ slug: data, members: [{ user: c@acme.com, role: Org Collaborator }] }]\n',
        'other/anything.yaml': 'version: 1\nprune: { orgs: true }\norgs: [{ slug: secret }]\n',
      }),
    ).toEqual([]);
  });

  it('refuse an org outside the entry, naming the file, the line and the delegate entry', () => {
    expect(
      issues({ 'group.yaml': GROUP, 'teams/payments/app.yaml': 'version: 1\norgs:\n  - slug: platform-x\n' }),
    ).toEqual([
      "snyk/teams/payments/app.yaml:3:11: org 'platform-x' is not delegated to this file: this file is delegated by delegate[0] (snyk/group.yaml:5:5), which allows orgs payments, payments-*",
    ]);
  });

  it('refuse a clone from an org the entry does not allow: its credentials would leak', () => {
    expect(
      issues({
        'group.yaml': GROUP,
        'teams/payments/app.yaml':
          'version: 1\norgs:\n  - slug: payments\n    integrations: { github: { from: platform } }\n',
      }),
    ).toEqual([
      "snyk/teams/payments/app.yaml:4:37: org 'payments' may not clone its github integration from 'platform': this file is delegated by delegate[0] (snyk/group.yaml:5:5), which allows orgs payments, payments-*",
    ]);
  });

  it('refuse a role the entry does not grant', () => {
    expect(
      issues({
        'group.yaml': GROUP,
        'teams/payments/app.yaml':
          'version: 1\norgs:\n  - slug: payments\n    members: [{ user: x@acme.com, role: Group Admin }]\n',
      }),
    ).toEqual([
      "snyk/teams/payments/app.yaml:4:41: role 'Group Admin' may not be granted in org 'payments': delegate[0] (snyk/group.yaml:5:5) allows 'Org Collaborator', 'Org Admin'",
    ]);
  });

  it('refuse every group-level key, and an org pinned by id', () => {
    const found = issues({
      'group.yaml': GROUP,
      'teams/data/team.yaml': `version: 1
group: { id: ${GROUP_ID} }
tenant: { id: 59d6d97e-3106-4ebb-b608-352fad9c5b34 }
users: { unknown: invite }
prune: { orgMembers: false }
limits: { maxDeletePercent: 100 }
defaults: { org: { members: [] } }
drift: { ignore: [{ kind: org }] }
orgs: [{ slug: data, id: 0c5bd2c9-58e4-4b50-b2f9-7d1e0b2f1d11 }]
`,
    });
    expect(found.map((m) => m.replace(/: this file is delegated by.*/, ''))).toEqual([
      "snyk/teams/data/team.yaml:2:1: 'group' may not be set here",
      "snyk/teams/data/team.yaml:3:1: 'tenant' may not be set here",
      "snyk/teams/data/team.yaml:4:1: 'users' may not be set here",
      "snyk/teams/data/team.yaml:5:1: 'prune' may not be set here",
      "snyk/teams/data/team.yaml:6:1: 'limits' may not be set here",
      "snyk/teams/data/team.yaml:7:1: 'defaults' may not be set here",
      "snyk/teams/data/team.yaml:8:1: 'drift' may not be set here",
      "snyk/teams/data/team.yaml:9:22: org 'data' may not be pinned by id here",
    ]);
    expect(found[0]).toContain('delegate[1] (snyk/group.yaml:8:5)');
  });

  it('refuse delegate outside the file that sets group.id, and bad globs', () => {
    expect(
      issues({
        'group.yaml': `version: 1\ngroup: { id: ${GROUP_ID} }\ndelegate: [{ files: "teams/[x", orgs: ["a"], roles: [] }]\n`,
        'teams/t.yaml': 'version: 1\ndelegate: [{ files: "*", orgs: ["*"], roles: [] }]\n',
      }),
    ).toEqual([
      expect.stringMatching(
        /^snyk\/group\.yaml:3:21: delegate\[0\] \(snyk\/group\.yaml:3:12\): 'teams\/\[x' is not a valid glob/,
      ),
      'snyk/teams/t.yaml:2:1: `delegate` may only be set in the file that sets group.id',
    ]);
  });

  it("may add to the platform's entries, restate them, and use their own orgs as templates", () => {
    const platform = `${GROUP}defaults:
  org:
    notifications: { new-issues-remediations: { enabled: true, issueSeverity: high } }
    members: [{ user: secops@acme.com, role: Org Admin, expires: 2099-01-01 }]
    webhooks: [{ url: "https://hooks.acme.com/all", secret: { env: HOOK } }]
`;
    // The team's file for org payments-api, with `lines` under the org's slug.
    const withTeamOrg = (lines: string) =>
      issues({
        'group.yaml': platform,
        'teams/payments/app.yaml': `version: 1\norgs:\n  - slug: payments-api\n${lines}`,
      });
    expect(
      withTeamOrg(`    template: payments
    notifications: { new-issues-remediations: { enabled: true, issueSeverity: high } }
    members:
      - { user: secops@acme.com, role: org admin, expires: 2099-01-01 }
      - { user: bob@acme.com, role: Org Admin, expires: 2027-01-01 }
    webhooks: [{ url: "https://hooks.acme.com/all", secret: { env: HOOK } }]
`),
    ).toEqual([]);
    expect(
      withTeamOrg(`    notifications: { new-issues-remediations: { enabled: false } }
    webhooks: [{ url: "https://hooks.acme.com/all", secret: { env: MINE } }]
`).map((m) => m.replace(/: this file is delegated by.*/, '')),
    ).toEqual([
      `snyk/teams/payments/app.yaml:4:58: 'notifications["new-issues-remediations"].enabled' in org 'payments-api' is set by defaults.org.notifications["new-issues-remediations"].enabled (snyk/group.yaml:15:58)`,
      "snyk/teams/payments/app.yaml:5:16: webhook 'https://hooks.acme.com/all' in org 'payments-api' is set by defaults.org.webhooks[0] (snyk/group.yaml:17:16)",
    ]);
  });
});
