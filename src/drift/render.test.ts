import { describe, expect, it } from 'vitest';
import { looseChange } from '../core/builders.test-helpers.ts';
import type { Change } from '../core/types.ts';
import { renderDriftHtml } from './render-html.ts';
import { renderDriftJson } from './render-json.ts';
import { renderDriftMarkdown } from './render-markdown.ts';
import { renderDriftText } from './render-text.ts';
import { buildDriftReport } from './report.ts';

const now = new Date('2025-06-01T12:00:00.000Z');

const change = looseChange;

const changes: Change[] = [
  change({
    action: 'update',
    kind: 'group_settings',
    address: 'group.settings',
    before: { sessionLength: 90 },
    after: { sessionLength: 60 },
  }),
  change({
    action: 'update',
    kind: 'org_membership',
    address: 'org[payments].member[bob@acme.com]',
    before: { role: 'Org Admin' },
    after: { role: 'Org Collaborator' },
  }),
  change({
    action: 'delete',
    kind: 'org_membership',
    address: 'org[payments].member[eve@acme.com]',
    before: { role: 'Org Admin' },
  }),
  change({
    action: 'create',
    kind: 'org_membership',
    address: 'org[data].member[carol@acme.com]',
    after: { role: 'Org Collaborator' },
  }),
];

function sample() {
  return buildDriftReport(
    { groupId: 'g-1', changes, warnings: [] },
    {
      unknown: [
        {
          address: 'org[mobile].members',
          reason: 'GET /rest/orgs/{org_id}/memberships returned 403',
        },
      ],
    },
    { now, ignore: [{ kind: 'group_tag', reason: 'tags follow projects' }] },
  );
}

describe('renderDriftText', () => {
  it('lists the drift by section with field diffs, the unknown parts and the summary', () => {
    expect(renderDriftText(sample(), { color: false })).toMatchInlineSnapshot(`
      "group and tenant
        ~ group.settings  changed in Snyk
            sessionLength: 90 in Snyk, 60 in the file

      org data
        - org[data].member[carol@acme.com]  removed in Snyk
            in the file: role: Org Collaborator

      org payments
        ~ org[payments].member[bob@acme.com]  changed in Snyk
            role: Org Admin in Snyk, Org Collaborator in the file
        + org[payments].member[eve@acme.com]  added in Snyk
            in Snyk: role: Org Admin

      Unknown (could not be read, neither drift nor in sync):
        ? org[mobile].members: GET /rest/orgs/{org_id}/memberships returned 403

      Drift: 4 items (1 added, 1 removed, 2 changed); 1 part could not be read.
      Scanned group g-1 at 2025-06-01T12:00:00.000Z; ignored: 0.
      "
    `);
  });

  it('says so when Snyk matches the file', () => {
    const report = buildDriftReport(
      { groupId: 'g-1', changes: [], warnings: [] },
      { unknown: [] },
      { now, ignore: [] },
    );
    expect(renderDriftText(report, { color: false })).toMatchInlineSnapshot(`
      "No drift: Snyk matches the configuration.
      Scanned group g-1 at 2025-06-01T12:00:00.000Z; ignored: 0.
      "
    `);
  });
});

describe('renderDriftMarkdown', () => {
  it('renders a summary table, the unknown parts and one details block per section', () => {
    expect(renderDriftMarkdown(sample())).toMatchInlineSnapshot(`
      "## Snyk drift report

      :x: **Drift: 4 items (1 added, 1 removed, 2 changed); 1 part could not be read.**

      Group \`g-1\`, scanned at 2025-06-01T12:00:00.000Z. Ignored: 0.

      | kind | added | removed | changed |
      |---|---:|---:|---:|
      | org_membership | 1 | 1 | 1 |
      | group_settings | 0 | 0 | 1 |
      | **total** | **1** | **1** | **2** |

      ### Could not be read

      These parts are neither drift nor in sync:

      - \`org[mobile].members\`: GET /rest/orgs/{org\\_id}/memberships returned 403

      <details><summary><b>group and tenant</b>: 0 added, 0 removed, 1 changed</summary>

      - \`~\` \`group.settings\` changed in Snyk
        - \`/sessionLength\`: \`90\` in Snyk, \`60\` in the file

      </details>

      <details><summary><b>org data</b>: 0 added, 1 removed, 0 changed</summary>

      - \`-\` \`org[data].member[carol@acme.com]\` removed in Snyk
        - in the file: role: Org Collaborator

      </details>

      <details><summary><b>org payments</b>: 1 added, 0 removed, 1 changed</summary>

      - \`~\` \`org[payments].member[bob@acme.com]\` changed in Snyk
        - \`/role\`: \`Org Admin\` in Snyk, \`Org Collaborator\` in the file
      - \`+\` \`org[payments].member[eve@acme.com]\` added in Snyk
        - in Snyk: role: Org Admin

      </details>
      "
    `);
  });

  it('stays within GitHub’s 65,536 characters for 3,000 items by summarising', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      change({
        action: 'update',
        kind: 'org_membership',
        address: `org[org-${i % 300}].member[user-${i}@acme.com]`,
        before: { role: 'Org Admin' },
        after: { role: 'Org Collaborator' },
      }),
    );
    const report = buildDriftReport(
      { groupId: 'g-1', changes: many, warnings: [] },
      { unknown: [] },
      { now, ignore: [] },
    );
    const text = renderDriftMarkdown(report);
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain('| org_membership | 0 | 0 | 3000 |');
    expect(text).toContain('more');
  });

  it('escapes user data so it cannot inject markdown or HTML', () => {
    const report = buildDriftReport(
      { groupId: 'g-1', changes: [], warnings: [] },
      {
        unknown: [
          {
            address: 'org[x].members',
            reason: '<img src=x onerror=alert(1)> [link](http://evil)',
          },
        ],
      },
      { now, ignore: [] },
    );
    const text = renderDriftMarkdown(report);
    expect(text).not.toContain('<img');
    expect(text).not.toContain('[link](');
  });
});

describe('renderDriftJson', () => {
  it('writes the stable format: summary, items with kind/address/live/desired/patch, scannedAt, unknown, ignored', () => {
    const parsed = JSON.parse(renderDriftJson(sample()));
    expect(Object.keys(parsed)).toEqual([
      'formatVersion',
      'groupId',
      'scannedAt',
      'inSync',
      'summary',
      'items',
      'unknown',
      'ignored',
      'ignoreRules',
      'notes',
    ]);
    expect(parsed.summary).toMatchObject({
      total: 4,
      added: 1,
      removed: 1,
      changed: 2,
      unknown: 1,
      ignored: 0,
    });
    expect(parsed.items[0]).toEqual({
      kind: 'group_settings',
      address: 'group.settings',
      change: 'changed',
      live: { sessionLength: 90 },
      desired: { sessionLength: 60 },
      patch: [{ op: 'replace', path: '/sessionLength', value: 90 }],
      message: 'The group settings group.settings differs in Snyk from the file (changed by hand).',
    });
    expect(parsed.scannedAt).toBe('2025-06-01T12:00:00.000Z');
  });

  it('is byte-identical for the same report', () => {
    expect(renderDriftJson(sample())).toBe(renderDriftJson(sample()));
  });
});

describe('renderDriftHtml', () => {
  it('is one self-contained file: inline style and script, no external reference, a CSP forbidding them', () => {
    const html = renderDriftHtml(sample());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain('<script>');
    expect(html).toContain('<style>');
  });

  it('renders the summary, filters by kind and org, and the field diffs', () => {
    const html = renderDriftHtml(sample());
    expect(html).toContain('id="filter-kind"');
    expect(html).toContain('<option value="org_membership">');
    expect(html).toContain('<option value="payments">');
    expect(html).toContain(
      '<th>/role</th><td class="live">Org Admin</td><td class="desired">Org Collaborator</td>',
    );
    expect(html).toContain('org[mobile].members');
  });

  it('escapes everything that comes from Snyk or the file', () => {
    const hostile = '"><script>alert(1)</script>';
    const report = buildDriftReport(
      {
        groupId: 'g-1',
        changes: [
          change({
            action: 'update',
            kind: 'org',
            address: `org[x]`,
            before: { name: hostile },
            after: { name: 'X' },
          }),
        ],
        warnings: [],
      },
      { unknown: [{ address: 'org[y]', reason: hostile }] },
      { now, ignore: [] },
    );
    const html = renderDriftHtml(report);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});
