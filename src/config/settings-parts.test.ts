// The settings parts in the file format: each part's keys come from its declaration, merge from
// defaults.org key by key, and a group part is set in one file only; errors are located.
import { describe, expect, it } from 'vitest';
import { GROUP_ID, messages, validateTexts, withGroup } from './config.test-helpers.ts';

const check = (files: Record<string, string>) => messages(validateTexts(files));

describe('REST settings parts in the file', () => {
  it('merge defaults.org into each org key by key, the org winning', () => {
    const result = validateTexts({
      'snyk.yaml': withGroup(`defaults:
  org:
    sast: { enabled: true }
    iac: { customRules: { isEnabled: true, ociRegistryTag: latest } }
orgs:
  - slug: payments
    iac: { customRules: { inheritFromParent: group } }
  - slug: sandbox
    sast: { enabled: false }
`),
    });
    expect(result.ok && result.desired.orgs.map(({ slug, sast, iac }) => ({ slug, sast, iac }))).toEqual([
      {
        slug: 'payments',
        sast: { enabled: true },
        iac: { customRules: { isEnabled: true, ociRegistryTag: 'latest', inheritFromParent: 'group' } },
      },
      {
        slug: 'sandbox',
        sast: { enabled: false },
        iac: { customRules: { isEnabled: true, ociRegistryTag: 'latest' } },
      },
    ]);
  });

  it('locate a wrong key or value, with a did-you-mean', () => {
    expect(
      check({
        'snyk.yaml': withGroup(`  iac: { customRules: { isEnabld: true } }
orgs:
  - slug: payments
    iac: { customRules: { inheritFromParent: tenant } }
    sast: { enabled: "yes" }
`),
      }),
    ).toEqual([
      expect.stringMatching(
        /^snyk\.yaml:4:25: unknown key 'isEnabld' in group\.iac\.customRules\. Did you mean 'isEnabled'\?/,
      ),
      expect.stringMatching(
        /^snyk\.yaml:7:46: orgs\[0\]\.iac\.customRules\.inheritFromParent: expected "group", got 'tenant'/,
      ),
      expect.stringMatching(/^snyk\.yaml:8:22: orgs\[0\]\.sast\.enabled: expected true or false/),
    ]);
  });

  it('take pullRequestTemplate: null (delete) and refuse an empty title', () => {
    expect(check({ 'snyk.yaml': withGroup('  pullRequestTemplate: null\n') })).toEqual([]);
    expect(check({ 'snyk.yaml': withGroup('  pullRequestTemplate: { title: "" }\n') })).toEqual([
      expect.stringContaining('group.pullRequestTemplate'),
    ]);
  });

  it('refuse a group part set differently in two files, naming both', () => {
    const file = (enabled: boolean) =>
      `version: 1\ngroup:\n  id: ${GROUP_ID}\n  iac: { customRules: { isEnabled: ${enabled} } }\n`;
    expect(check({ 'a.yaml': file(true), 'b.yaml': file(false) })).toEqual([
      expect.stringMatching(/group\.iac is set differently in two files .*a\.yaml:4:.* and b\.yaml:4:/),
    ]);
  });
});
