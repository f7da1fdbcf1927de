import { describe, expect, it } from 'vitest';
import { messages, validateTexts, withGroup, yamlDoc } from './config.test-helpers.ts';
import { formatIssue } from './issue.ts';
import { validateDocuments } from './validate.ts';

const CLASSES = `defaults:
  org:
    settings: { requestAccess: { enabled: true } }
    members: [{ user: base@acme.com, role: Org Collaborator }]
classes:
  production:
    settings: { requestAccess: { enabled: false } }
    members:
      - { user: secops@acme.com, role: Org Admin }
      - { user: base@acme.com, role: Org Admin }
    integrations: { github: { settings: { pullRequestTestEnabled: true, autoDepUpgradeEnabled: true } } }
    projects: [{ match: { name: "*" }, attributes: { lifecycle: [production] } }]
  pci:
    members: [{ user: secops@acme.com, role: Org Collaborator }]
    webhooks: [{ url: "https://hooks.acme.com/pci", secret: { env: PCI_SECRET } }]
  sandbox:
    match: { slug: "SBX-*" }
    settings: { requestAccess: { enabled: true } }
    integrations: { github: { settings: { pullRequestTestEnabled: false } } }
`;

function load(orgs: string) {
  const result = validateTexts({ 'snyk.yaml': withGroup(`${CLASSES}orgs:\n${orgs}`) });
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result;
}

describe('org classes', () => {
  it('merge after defaults.org in the listed order, then the matching ones; the org wins', () => {
    const { desired } = load(`  - slug: payments
    classes: [production, pci]
    integrations: { github: { settings: { autoDepUpgradeEnabled: false } } }
  - slug: sbx-payments
    classes: [production]
  - slug: plain
`);
    const [payments, sandbox, plain] = desired.orgs;
    expect(payments).toEqual({
      slug: 'payments',
      settings: { requestAccess: { enabled: false } },
      members: [
        { user: 'base@acme.com', role: 'Org Admin' },
        { user: 'secops@acme.com', role: 'Org Collaborator' },
      ],
      integrations: { github: { settings: { pullRequestTestEnabled: true, autoDepUpgradeEnabled: false } } },
      projects: [{ match: { name: '*' }, attributes: { lifecycle: ['production'] } }],
      webhooks: [{ url: 'https://hooks.acme.com/pci', secret: { env: 'PCI_SECRET' } }],
    });
    // Listed first (production), then matched (sandbox, by a case-insensitive glob): sandbox wins.
    expect(sandbox?.settings).toEqual({ requestAccess: { enabled: true } });
    expect(sandbox?.integrations).toEqual({
      github: { settings: { pullRequestTestEnabled: false, autoDepUpgradeEnabled: true } },
    });
    expect(plain).toEqual({
      slug: 'plain',
      settings: { requestAccess: { enabled: true } },
      members: [{ user: 'base@acme.com', role: 'Org Collaborator' }],
    });
  });

  it('merge service accounts by name, as members by user: the org keeps the class’s and adds its own', () => {
    const result = validateTexts({
      'snyk.yaml': withGroup(`classes:
  ci:
    serviceAccounts:
      - { name: scanner, role: Org Collaborator, auth: oauth_client_secret }
      - { name: deployer, role: Org Collaborator, auth: api_key }
orgs:
  - slug: payments
    classes: [ci]
    serviceAccounts:
      - { name: deployer, role: Org Admin, auth: api_key }
      - { name: payments-ci, role: Org Collaborator, auth: oauth_client_secret }
`),
    });
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(result.desired.orgs[0]?.serviceAccounts).toEqual([
      { name: 'scanner', role: 'Org Collaborator', auth: 'oauth_client_secret' },
      { name: 'deployer', role: 'Org Admin', auth: 'api_key' },
      { name: 'payments-ci', role: 'Org Collaborator', auth: 'oauth_client_secret' },
    ]);
    const classOf = result.classOf ?? (() => undefined);
    expect(classOf(['orgs', 0, 'serviceAccounts', 0])).toMatchObject({ name: 'ci', at: { line: 7 } });
    expect(classOf(['orgs', 0, 'serviceAccounts', 1])).toBeUndefined();
    expect(result.locate(['orgs', 0, 'serviceAccounts', 1])).toMatchObject({ line: 13 });
  });

  it('apply a class that is listed and matching once, at its listed place', () => {
    const { desired } = load(`  - slug: sbx-1
    classes: [sandbox, production]
`);
    expect(desired.orgs[0]?.settings).toEqual({ requestAccess: { enabled: false } });
    expect(desired.orgs[0]?.projects).toHaveLength(1);
  });

  it('name the class that decided a value and where, and no class for the org’s own or default values', () => {
    const { classOf: found, locate } = load(`  - slug: payments
    classes: [production, pci]
    integrations: { github: { settings: { autoDepUpgradeEnabled: false } } }
`);
    const classOf = found ?? (() => undefined);
    expect(classOf(['orgs', 0, 'settings', 'requestAccess', 'enabled'])).toEqual({
      name: 'production',
      at: { file: 'snyk.yaml', line: 10, column: 43 },
    });
    expect(classOf(['orgs', 0, 'members', 1])).toMatchObject({ name: 'pci', at: { line: 17 } });
    expect(classOf(['orgs', 0, 'members', 0])).toMatchObject({ name: 'production', at: { line: 13 } });
    expect(classOf(['orgs', 0, 'webhooks', 0])).toMatchObject({ name: 'pci', at: { line: 18 } });
    expect(
      classOf(['orgs', 0, 'integrations', 'github', 'settings', 'pullRequestTestEnabled']),
    ).toMatchObject({ name: 'production', at: { line: 14 } });
    expect(
      classOf(['orgs', 0, 'integrations', 'github', 'settings', 'autoDepUpgradeEnabled']),
    ).toBeUndefined();
    expect(locate(['orgs', 0, 'integrations', 'github', 'settings', 'autoDepUpgradeEnabled'])).toMatchObject({
      line: 26,
    });
    expect(classOf(['orgs', 0, 'slug'])).toBeUndefined();
  });

  it('leave plans nothing to look up when no file defines a class', () => {
    const result = validateTexts({ 'snyk.yaml': withGroup('orgs: [{ slug: payments }]\n') });
    expect(result.ok && result.classOf).toBe(undefined);
  });

  it('refuse an unknown class with a did-you-mean, a class listed twice, a nested class list and a bad glob', () => {
    // The same file with and without a nested class list: the schema error comes first, alone.
    const withClasses = (nested: string) =>
      validateTexts({
        'snyk.yaml': withGroup(`classes:
  production: { settings: { requestAccess: { enabled: false } } }
${nested}  broken: { match: { slug: "sbx-[" } }
orgs:
  - slug: payments
    classes: [prodution, production, production]
`),
      });
    const result = withClasses('  nested: { classes: [production] }\n');
    expect(messages(result)).toEqual([
      "snyk.yaml:6:13: unknown key 'classes' in classes.nested. A class may not list classes: list every class on the org that uses it. Expected one of: match, template, settings, sast, iac, notifications, members, projects, integrations, webhooks, serviceAccounts",
    ]);
    const valid = withClasses('');
    expect(messages(valid)).toEqual([
      'snyk.yaml:6:28: class \'broken\': match.slug \'sbx-[\' is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters',
      "snyk.yaml:9:15: org 'payments' uses class 'prodution', which no file defines. Did you mean 'production'? Defined classes: production, broken",
      "snyk.yaml:9:38: org 'payments' lists class 'production' twice: list each class once",
    ]);
  });

  it('refuse a class defined differently in two files, naming both places', () => {
    const result = validateTexts({
      'a.yaml': withGroup('classes:\n  production: { settings: { requestAccess: { enabled: false } } }\n'),
      'b.yaml': 'version: 1\nclasses:\n  production: { settings: { requestAccess: { enabled: true } } }\n',
    });
    expect(messages(result)).toEqual([
      "b.yaml:3:15: class 'production' is defined differently in two places (define it once): a.yaml:5:15 and b.yaml:3:15",
    ]);
  });
});

describe('org classes in delegated files', () => {
  const validate = (team: string) => {
    const files = {
      'group.yaml': withGroup(`delegate:
  - { files: "teams/**", orgs: ["payments"], roles: ["Org Collaborator"] }
${CLASSES}`),
      'teams/payments.yaml': team,
    };
    const docs = Object.entries(files).map(([path, text]) => ({ path, doc: yamlDoc(path, text) }));
    const where = new Map(docs.map(({ path, doc }) => [doc, { absolute: `/repo/${path}`, root: '/repo' }]));
    const result = validateDocuments(
      docs.map((d) => d.doc),
      { placement: (doc) => where.get(doc) },
    );
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it('may use the platform’s classes', () => {
    expect(validate('version: 1\norgs:\n  - slug: payments\n    classes: [production]\n')).toEqual([]);
  });

  it('may not define classes, nor change what a class it uses sets', () => {
    expect(
      validate(`version: 1
classes:
  mine: { members: [{ user: me@acme.com, role: Org Collaborator }] }
orgs:
  - slug: payments
    classes: [pci]
    members: [{ user: secops@acme.com, role: Org Collaborator }]
    settings: { requestAccess: { enabled: true } }
  - slug: sbx-payments
`),
    ).toEqual([
      expect.stringMatching(
        /^teams\/payments\.yaml:2:1: 'classes' may not be set here: this file is delegated by delegate\[0\] \(group\.yaml:5:5\)/,
      ),
      expect.stringMatching(/^teams\/payments\.yaml:9:11: org 'sbx-payments' is not delegated to this file/),
    ]);
    expect(
      validate(`version: 1
orgs:
  - slug: payments
    classes: [production]
    members: [{ user: secops@acme.com, role: Org Collaborator }]
`),
    ).toEqual([
      `teams/payments.yaml:5:46: member 'secops@acme.com' as 'Org Collaborator' in org 'payments' is set by classes.production.members[0] (group.yaml:14:9): this file is delegated by delegate[0] (group.yaml:5:5), which may add to the platform's entries but not change, demote or expire them`,
    ]);
  });
});
