// The keys of docs/configuration.md#integrations-notifications-and-webhooks (integrations,
// notifications, webhooks): bad input is a located error with a did-you-mean where one fits;
// defaults.org merges key by key, webhooks by url.
import { describe, expect, it } from 'vitest';
import { messages, validateTexts, withGroup } from './config.test-helpers.ts';

const orgWith = (body: string) => withGroup(`orgs:\n  - slug: payments\n${body}`);
const check = (text: string) => messages(validateTexts({ 'a.yaml': text }));

describe('bad integrations, notifications and webhooks', () => {
  it('an unknown integration type, with a did-you-mean', () => {
    const [first] = check(
      orgWith('    integrations:\n      githb: { settings: { pullRequestTestEnabled: true } }\n'),
    );
    expect(first).toMatch(
      /^a\.yaml:7:7: unknown key 'githb' in orgs\[0\]\.integrations\. Did you mean 'github'\?/,
    );
  });

  it('a settings key the spec does not define, with a did-you-mean', () => {
    const [first] = check(
      orgWith('    integrations:\n      github: { settings: { pullRequestTestEnabeld: true } }\n'),
    );
    expect(first).toContain(
      "a.yaml:7:29: unknown key 'pullRequestTestEnabeld' in orgs[0].integrations.github.settings.",
    );
    expect(first).toContain("Did you mean 'pullRequestTestEnabled'?");
  });

  it('a value of the wrong type', () => {
    expect(
      check(orgWith('    integrations:\n      github: { settings: { autoDepUpgradeLimit: many } }\n')),
    ).toEqual([
      "a.yaml:7:50: orgs[0].integrations.github.settings.autoDepUpgradeLimit: expected a number, got a string 'many'",
    ]);
    expect(check(orgWith('    notifications:\n      weekly-report: { enabled: "no" }\n'))[0]).toContain(
      'orgs[0].notifications["weekly-report"].enabled: expected true or false',
    );
    expect(
      check(orgWith('    notifications:\n      new-issues-remediations: { issueSeverity: hihg }\n'))[0],
    ).toContain("Did you mean 'high'?");
  });

  it('a webhook url that is not https, and a secret given as a value', () => {
    const [url] = check(
      orgWith('    webhooks:\n      - { url: "http://hooks.acme.com/x", secret: { env: HOOK } }\n'),
    );
    expect(url).toMatch(
      /^a\.yaml:7:16: orgs\[0\]\.webhooks\[0\]\.url: expected an https URL \(Snyk delivers to https only\), got 'http:/,
    );
    const [secret] = check(
      orgWith('    webhooks:\n      - { url: "https://hooks.acme.com/x", secret: s3cr3t }\n'),
    );
    expect(secret).toContain('orgs[0].webhooks[0].secret: expected a mapping');
  });

  it('two webhooks with the same url in one org', () => {
    const text = orgWith(
      [
        '    webhooks:',
        '      - { url: "https://hooks.acme.com/x", secret: { env: A } }',
        '      - { url: "https://hooks.acme.com/x", secret: { env: B } }',
        '',
      ].join('\n'),
    );
    expect(check(text)).toEqual([
      "a.yaml:8:16: org 'payments' lists the webhook https://hooks.acme.com/x twice (first at line 7): a webhook is identified by its url, list it once",
    ]);
  });
});

describe('defaults.org merging', () => {
  it('merges integration settings and notifications key by key and webhooks by url, the org winning', () => {
    const text = withGroup(
      [
        'defaults:',
        '  org:',
        '    integrations:',
        '      github: { settings: { pullRequestTestEnabled: false, autoDepUpgradeEnabled: false } }',
        '    notifications: { weekly-report: { enabled: false } }',
        '    webhooks:',
        '      - { url: "https://hooks.acme.com/all", secret: { env: DEFAULT_SECRET } }',
        'orgs:',
        '  - slug: payments',
        '    integrations:',
        '      github: { settings: { autoDepUpgradeEnabled: true } }',
        '      gitlab: {}',
        '    notifications: { test-limit: { enabled: true } }',
        '    webhooks:',
        '      - { url: "https://hooks.acme.com/all", secret: { env: PAYMENTS_SECRET } }',
        '  - slug: data',
        'prune: { webhooks: true }',
        '',
      ].join('\n'),
    );
    const result = validateTexts({ 'a.yaml': text });
    if (!result.ok) throw new Error(messages(result).join('\n'));
    const [payments, data] = result.desired.orgs;
    expect(payments).toMatchObject({
      integrations: {
        github: { settings: { pullRequestTestEnabled: false, autoDepUpgradeEnabled: true } },
        gitlab: {},
      },
      notifications: { 'weekly-report': { enabled: false }, 'test-limit': { enabled: true } },
      webhooks: [{ url: 'https://hooks.acme.com/all', secret: { env: 'PAYMENTS_SECRET' } }],
    });
    expect(data?.webhooks).toEqual([
      { url: 'https://hooks.acme.com/all', secret: { env: 'DEFAULT_SECRET' } },
    ]);
    expect(result.desired.prune.webhooks).toBe(true);
  });
});
