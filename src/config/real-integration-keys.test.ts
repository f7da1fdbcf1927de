// Integration settings as real Snyk bodies name them
// (docs/configuration.md#integrations-notifications-and-webhooks): the real keys and app types
// validate, the spec's names still do, and anything else is a located error whose did-you-mean is
// among the real keys.
import { describe, expect, it } from 'vitest';
import { CX_TOOLS_GITHUB } from '../emulator/testing/real-bodies.test-helpers.ts';
import { messages, validateTexts, withGroup } from './config.test-helpers.ts';

const orgWith = (body: string) => withGroup(`orgs:\n  - slug: payments\n${body}`);
const check = (text: string) => messages(validateTexts({ 'a.yaml': text }));
const settings = (type: string, body: string) =>
  orgWith(`    integrations:\n      ${type}:\n        settings: ${body}\n`);

describe('real integration keys', () => {
  it('accepts a real GET body as settings, under every app integration type', () => {
    for (const type of ['github', 'github-cloud-app', 'github-server-app', 'bitbucket-connect-app'])
      expect(check(settings(type, JSON.stringify(CX_TOOLS_GITHUB))), type).toEqual([]);
  });

  it("keeps the spec's names: manualRemediationPrs.usePatchRemediation, a string assignment", () => {
    expect(
      check(
        settings(
          'github',
          '{ manualRemediationPrs: { usePatchRemediation: true }, pullRequestAssignment: auto }',
        ),
      ),
    ).toEqual([]);
  });

  it('an unknown key is located, with a did-you-mean among the real keys', () => {
    const [typo] = check(
      settings('github-cloud-app', '{ manualRemediationPrs: { useManualPatchRemediaton: true } }'),
    );
    expect(typo).toMatch(/^a\.yaml:8:\d+: unknown key 'useManualPatchRemediaton'/);
    expect(typo).toContain("Did you mean 'useManualPatchRemediation'?");
    const [other] = check(settings('github', '{ pullRequestFailOnlyForIssuesWithFixes: true }'));
    expect(other).toContain("Did you mean 'pullRequestFailOnlyForIssuesWithFix'?");
  });

  it('checks the shapes of the real objects', () => {
    const [assignment] = check(settings('github', '{ pullRequestAssignment: { enabled: yes, kind: auto } }'));
    expect(assignment).toMatch(/^a\.yaml:8:\d+: .*pullRequestAssignment/);
    const [reachable] = check(settings('github', '{ reachableVulns: { enabled: "no" } }'));
    expect(reachable).toContain('reachableVulns.enabled: expected true or false');
  });

  it('an unknown app type suggests the real one', () => {
    const [first] = check(settings('github-cloud-ap', '{ pullRequestTestEnabled: true }'));
    expect(first).toMatch(
      /unknown key 'github-cloud-ap' in orgs\[0\]\.integrations\. Did you mean 'github-cloud-app'\?/,
    );
  });
});
