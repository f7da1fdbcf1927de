import { describe, expect, it } from 'vitest';
import { messages, withGroup, yamlDoc } from './config.test-helpers.ts';
import { formatIssue } from './issue.ts';
import { validateDocuments } from './validate.ts';

const NOW = new Date('2026-12-05T12:00:00Z');
const validate = (text: string) => validateDocuments([yamlDoc('snyk.yaml', text)], { now: NOW });

describe('expires, offline', () => {
  it('accepts a date and a timestamp on every member entry (unquoted YAML stays a string)', () => {
    const result = validate(
      withGroup(`  members:
    - { user: contractor@acme.com, role: Group Viewer, expires: 2026-12-31 }
tenant:
  id: 59d6d97e-3106-4ebb-b608-352fad9c5b34
  members: [{ user: a@acme.com, role: Tenant Viewer, expires: 2027-01-01T00:00:00Z }]
defaults:
  org:
    members: [{ user: b@acme.com, role: Org Admin, expires: "2027-02-01" }]
orgs:
  - slug: payments
    members:
      - { user: oncall@acme.com, role: Org Admin, expires: "2026-12-05T18:00:00Z" }
users: { expiryWarningDays: 3 }
`),
    );
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.desired.group.members?.[0]?.expires).toBe('2026-12-31');
    expect(result.ok && result.desired.users.expiryWarningDays).toBe(3);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('warns, and does not fail, on an entry that has already ended', () => {
    const result = validate(
      withGroup(`orgs:
  - slug: payments
    members:
      - { user: oncall@acme.com, role: Org Admin, expires: 2026-12-04 }
`),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map(formatIssue)).toEqual([
      "snyk.yaml:7:60: the access of 'oncall@acme.com' (Org Admin) ended at 2026-12-05T00:00:00Z: apply removes it; then remove the entry",
    ]);
  });

  it('refuses a date that does not exist, and a timestamp without a zone, located', () => {
    const bad = (expires: string) =>
      messages(
        validate(
          withGroup(`orgs:
  - slug: payments
    members:
      - { user: a@acme.com, role: Org Admin, expires: ${expires} }
`),
        ),
      );
    expect(bad('2026-02-30')).toEqual([
      "snyk.yaml:7:55: expires '2026-02-30' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z",
    ]);
    expect(bad('"2026-12-05T18:00:00"')).toEqual([
      expect.stringMatching(
        /^snyk\.yaml:7:55: orgs\[0\]\.members\[0\]\.expires: expected a date .*got '2026-12-05T18:00:00'/,
      ),
    ]);
  });
});
