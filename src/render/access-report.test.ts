import { describe, expect, it } from 'vitest';
import { type AccessReport, ORG_ONLY_NOTE } from '../core/access/report.ts';
import { Address } from '../core/addresses.ts';
import { renderAccessJson, renderAccessMarkdown, renderAccessText } from './access-report.ts';
import { allNodes, mentionsIn, parseMarkdown, rawControls } from './hostile.test-helpers.ts';

const report: AccessReport = {
  groupId: 'g-1',
  user: { id: 'u-1', email: 'dana@acme.com', username: 'dana' },
  ignored: false,
  memberships: [
    {
      scope: 'group',
      address: Address.of('group.member[dana@acme.com]'),
      role: 'Group Member',
      managed: true,
    },
    {
      scope: 'org',
      address: Address.of('org[payments].member[dana@acme.com]'),
      role: 'Org Admin',
      managed: true,
      expires: '2026-12-31',
      orgName: 'Payments',
    },
    {
      scope: 'org',
      address: Address.of('org[legacy].member[dana@acme.com]'),
      role: 'Org Collaborator',
      managed: false,
      removedByApply: true,
      orgName: 'Legacy <b>|*x*',
    },
  ],
  pending: [
    {
      scope: 'org',
      address: Address.of('org[mobile].pending[dana@acme.com]'),
      via: 'invite',
      role: 'Org Admin',
      managed: true,
      active: true,
    },
  ],
  unapplied: [{ scope: 'org', address: Address.of('org[new].member[dana@acme.com]'), role: 'Org Admin' }],
  notes: [],
};

describe('the access report', () => {
  it('reads as text grouped by scope, like the plan', () => {
    expect(renderAccessText(report, { color: false })).toMatchInlineSnapshot(`
      "Access of dana@acme.com (username dana, id u-1) in group g-1

      group
        group.member[dana@acme.com]  Group Member  (managed)

      org[legacy] (Legacy <b>|*x*)
        org[legacy].member[dana@acme.com]  Org Collaborator  (not in the config, the next apply removes it)

      org[mobile]
        org[mobile].pending[dana@acme.com]  Org Admin  (invitation pending, managed)

      org[new]
        org[new].member[dana@acme.com]  Org Admin  (in the config, not in Snyk)

      org[payments] (Payments)
        org[payments].member[dana@acme.com]  Org Admin  (managed, expires 2026-12-31)

      3 memberships: 2 managed, 1 not in the config (1 removed by the next apply); 1 pending invitation or provision.
      "
    `);
  });

  it('says plainly when the person has no memberships', () => {
    const none = { ...report, memberships: [], pending: [], unapplied: [] };
    expect(renderAccessText(none, { color: false })).toContain('No memberships in group g-1.');
    expect(renderAccessMarkdown(none)).toContain('No memberships in group g');
  });

  it('renders markdown for a ticket with every Snyk name inert', () => {
    const markdown = renderAccessMarkdown(report);
    expect(markdown).toMatchInlineSnapshot(`
      "### Access of \`dana@acme.com (username dana, id u-1)\`

      Group \`g-1\`.

      | Scope | Address | Role | Status |
      |---|---|---|---|
      | \`group\` | \`group.member[dana@acme.com]\` | \`Group Member\` | managed |
      | \`org[legacy] (Legacy <b>\\|*x*)\` | \`org[legacy].member[dana@acme.com]\` | \`Org Collaborator\` | not in the config, the next apply removes it |
      | \`org[mobile]\` | \`org[mobile].pending[dana@acme.com]\` | \`Org Admin\` | invitation pending, managed |
      | \`org[new]\` | \`org[new].member[dana@acme.com]\` | \`Org Admin\` | in the config, not in Snyk |
      | \`org[payments] (Payments)\` | \`org[payments].member[dana@acme.com]\` | \`Org Admin\` | managed, expires 2026-12-31 |

      **3 memberships: 2 managed, 1 not in the config (1 removed by the next apply); 1 pending invitation or provision.**
      "
    `);
    // Parsed, the data forms no HTML, emphasis, link or mention: it is all code or text.
    const nodes = allNodes(parseMarkdown(markdown)).map((n) => n.type);
    expect(nodes).not.toContain('html');
    expect(nodes).not.toContain('emphasis');
    expect(nodes).not.toContain('link');
  });

  it('keeps control and bidi characters from reaching a terminal, and mentions out of markdown', () => {
    const [first, ...rest] = report.memberships;
    const hostile: AccessReport = {
      ...report,
      user: { ...report.user, email: 'evil\u001b[2Jname\u202e@acme.com' },
      memberships: [{ ...first!, role: '@team [x](http://e)' }, ...rest],
    };
    const text = renderAccessText(hostile, { color: false });
    expect(text).not.toMatch(/[\u001b\u202e]/);
    const markdown = renderAccessMarkdown(hostile);
    expect(rawControls(markdown)).toEqual([]);
    const root = parseMarkdown(markdown);
    expect(mentionsIn(root)).toEqual([]);
    expect(allNodes(root).map((n) => n.type)).not.toContain('link');
  });

  it('notes an org member without a group membership in every format', () => {
    const orgOnly = { ...report, memberships: report.memberships.slice(1), notes: [ORG_ONLY_NOTE] };
    expect(renderAccessText(orgOnly, { color: false })).toContain(
      `in group g-1\n\n${ORG_ONLY_NOTE}\n\norg[legacy]`,
    );
    expect(renderAccessMarkdown(orgOnly)).toContain(
      `Group \`g-1\`.\n\n> No group membership: an org member only`,
    );
    expect(JSON.parse(renderAccessJson(orgOnly)).notes).toEqual([ORG_ONLY_NOTE]);
  });

  it('writes JSON with the contract keys', () => {
    const json = JSON.parse(renderAccessJson(report));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['user', 'memberships', 'pending']));
    expect(json.memberships[1]).toMatchObject({
      scope: 'org',
      address: 'org[payments].member[dana@acme.com]',
      role: 'Org Admin',
      managed: true,
      expires: '2026-12-31',
    });
  });
});
