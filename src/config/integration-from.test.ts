// `integrations.<type>.from` in the file format: an org may not clone from itself (a located
// error), `defaults.org` gives every org its `from` except the org it names (the source), the
// org's own `from` wins, and a `from` that came from the defaults is located there.
import { describe, expect, it } from 'vitest';
import { messages, validateTexts, withGroup } from './config.test-helpers.ts';

const DEFAULTS = `defaults:
  org:
    integrations:
      github-cloud-app: { from: golden, settings: { pullRequestTestEnabled: true } }
`;

function ok(text: string) {
  const result = validateTexts({ 'a.yaml': withGroup(text) });
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result;
}

describe('integrations cloned from another org, in the file', () => {
  it('refuses an org that clones an integration from itself, at the value', () => {
    const result = validateTexts({
      'a.yaml': withGroup('orgs:\n  - slug: payments\n    integrations: { gitlab: { from: Payments } }\n'),
    });
    expect(messages(result)).toEqual([
      "a.yaml:6:37: org 'payments' clones its gitlab integration from itself: expected the slug of another org of the group that has one",
    ]);
  });

  it('refuses a value that is no slug', () => {
    const result = validateTexts({
      'a.yaml': withGroup('orgs:\n  - slug: payments\n    integrations: { gitlab: { from: "a b" } }\n'),
    });
    expect(messages(result).join('\n')).toContain('a.yaml:6:37');
  });

  it('gives every org the default `from` but the source org, and lets an org name its own', () => {
    const { desired } = ok(
      `${DEFAULTS}orgs:\n  - slug: golden\n  - slug: payments\n  - slug: data\n    integrations: { github-cloud-app: { from: platform } }\n`,
    );
    const integrations = Object.fromEntries(desired.orgs.map((o) => [o.slug, o.integrations]));
    expect(integrations).toEqual({
      golden: { 'github-cloud-app': { settings: { pullRequestTestEnabled: true } } },
      payments: { 'github-cloud-app': { from: 'golden', settings: { pullRequestTestEnabled: true } } },
      data: { 'github-cloud-app': { from: 'platform', settings: { pullRequestTestEnabled: true } } },
    });
  });

  it('locates a `from` in the file that wrote it: the defaults, or the org', () => {
    const { locate } = ok(
      `${DEFAULTS}orgs:\n  - slug: payments\n  - slug: data\n    integrations: { github-cloud-app: { from: platform } }\n`,
    );
    const at = (org: number) => locate(['orgs', org, 'integrations', 'github-cloud-app', 'from']);
    expect(at(0)).toMatchObject({ file: 'a.yaml', line: 7 });
    expect(at(1)).toMatchObject({ file: 'a.yaml', line: 11 });
  });

  it('takes `from` from a class too, listed or matched, and still not for the source org', () => {
    const { desired, locate } = ok(
      `classes:\n  production:\n    match: { slug: "prod-*" }\n    integrations:\n      github-cloud-app: { from: prod-golden }\norgs:\n  - slug: prod-golden\n  - slug: prod-payments\n  - slug: sandbox\n    classes: [production]\n`,
    );
    const integrations = Object.fromEntries(desired.orgs.map((o) => [o.slug, o.integrations]));
    expect(integrations).toEqual({
      'prod-golden': { 'github-cloud-app': {} },
      'prod-payments': { 'github-cloud-app': { from: 'prod-golden' } },
      sandbox: { 'github-cloud-app': { from: 'prod-golden' } },
    });
    expect(locate(['orgs', 1, 'integrations', 'github-cloud-app', 'from'])).toMatchObject({ line: 8 });
  });
});
