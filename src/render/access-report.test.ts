import { describe, expect, it } from 'vitest';
import type { AccessReport } from '../core/access/report.ts';
import {
  inertMarkdown,
  inertText,
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
} from './access-report.ts';

const report: AccessReport = {
  groupId: 'g-1',
  user: { id: 'u-1', email: 'dana@acme.com', username: 'dana' },
  ignored: false,
  memberships: [
    { scope: 'group', address: 'group.member[dana@acme.com]', role: 'Group Member', managed: true },
    {
      scope: 'org',
      address: 'org[payments].member[dana@acme.com]',
      role: 'Org Admin',
      managed: true,
      expires: '2026-12-31',
      orgName: 'Payments',
    },
    {
      scope: 'org',
      address: 'org[legacy].member[dana@acme.com]',
      role: 'Org Collaborator',
      managed: false,
      removedByApply: true,
      orgName: 'Legacy <b>|*x*',
    },
  ],
  pending: [
    {
      scope: 'org',
      address: 'org[mobile].pending[dana@acme.com]',
      via: 'invite',
      role: 'Org Admin',
      managed: true,
      active: true,
    },
  ],
  unapplied: [{ scope: 'org', address: 'org[new].member[dana@acme.com]', role: 'Org Admin' }],
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
      "### Access of <code>dana&#64;acme.com &#40;username dana&#44; id u-1&#41;</code>

      Group <code>g-1</code>.

      | Scope | Address | Role | Status |
      |---|---|---|---|
      | <code>group</code> | <code>group.member&#91;dana&#64;acme.com&#93;</code> | <code>Group Member</code> | managed |
      | <code>org&#91;legacy&#93; &#40;Legacy &#60;b&#62;&#124;&#42;x&#42;&#41;</code> | <code>org&#91;legacy&#93;.member&#91;dana&#64;acme.com&#93;</code> | <code>Org Collaborator</code> | not in the config, the next apply removes it |
      | <code>org&#91;mobile&#93;</code> | <code>org&#91;mobile&#93;.pending&#91;dana&#64;acme.com&#93;</code> | <code>Org Admin</code> | invitation pending, managed |
      | <code>org&#91;new&#93;</code> | <code>org&#91;new&#93;.member&#91;dana&#64;acme.com&#93;</code> | <code>Org Admin</code> | in the config, not in Snyk |
      | <code>org&#91;payments&#93; &#40;Payments&#41;</code> | <code>org&#91;payments&#93;.member&#91;dana&#64;acme.com&#93;</code> | <code>Org Admin</code> | managed, expires 2026-12-31 |

      **3 memberships: 2 managed, 1 not in the config (1 removed by the next apply); 1 pending invitation or provision.**
      "
    `);
    expect(markdown).not.toContain('<b>');
    expect(markdown).not.toMatch(/\*x\*/);
  });

  it('keeps control and bidi characters from reaching a terminal', () => {
    expect(inertText('evil\u001b[2Jname\u202e')).toBe('evil\\u{1b}[2Jname\\u{202e}');
    expect(inertMarkdown('@team [x](http://e)')).toBe(
      '<code>&#64;team &#91;x&#93;&#40;http&#58;&#47;&#47;e&#41;</code>',
    );
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
