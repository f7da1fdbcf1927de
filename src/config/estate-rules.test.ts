// Offline checks of `placement` and `ignores` (docs/configuration.md#project-placement,
// docs/configuration.md#ignores-as-code), located in the file.
import { describe, expect, it } from 'vitest';
import { messages, validateTexts, withGroup, yamlDoc } from './config.test-helpers.ts';
import { formatIssue } from './issue.ts';
import { validateDocuments } from './validate.ts';

const ORGS = 'orgs:\n  - slug: payments\n';

describe('placement and ignores, offline', () => {
  it('refuses a placement rule naming an org no file lists, at its org', () => {
    const result = validateTexts({
      'snyk.yaml': withGroup(`${ORGS}placement:\n  - match: { name: "acme/*" }\n    org: payment\n`),
    });
    expect(messages(result)).toEqual([
      "snyk.yaml:8:10: placement names org 'payment', which no file lists: projects are placed only in orgs the files manage",
    ]);
  });

  it('refuses an ignore expiry that is no date, and warns about one already past', () => {
    const rule = (expires: string) =>
      withGroup(
        `${ORGS}ignores:\n  - issue: SNYK-JS-LODASH-567746\n    projects: { org: payments }\n    type: temporary-ignore\n    reason: tests\n    expires: ${expires}\n`,
      );
    expect(messages(validateTexts({ 'snyk.yaml': rule('2027-02-30') }))).toEqual([
      "snyk.yaml:11:14: expires '2027-02-30' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z",
    ]);
    const past = validateDocuments([yamlDoc('snyk.yaml', rule('2026-01-31'))], {
      now: new Date('2026-12-06T00:00:00Z'),
    });
    expect(past.ok).toBe(true);
    expect(past.ok ? past.warnings.map(formatIssue) : []).toEqual([
      'snyk.yaml:11:14: the ignore of SNYK-JS-LODASH-567746 ended at 2026-02-01T00:00:00Z: apply deletes it; then remove the rule',
    ]);
  });

  it('takes a rule naming an unknown issue type only from the schema’s list', () => {
    const result = validateTexts({
      'snyk.yaml': withGroup(
        `${ORGS}ignores:\n  - issue: X-1\n    projects: {}\n    type: snooze\n    reason: r\n`,
      ),
    });
    expect(messages(result).join('\n')).toContain(
      "ignores[0].type: expected 'wont-fix', 'not-vulnerable' or 'temporary-ignore', got 'snooze'",
    );
  });
});
