import { describe, expect, it } from 'vitest';
import { orgAddress } from '../addresses.ts';
import { desiredOrg, liveOrg } from '../builders.test-helpers.ts';
import { planLines, planOrgs } from '../planning.test-helpers.ts';
import { notificationBody } from './notification-settings.ts';

describe('notification settings', () => {
  it('compares the listed events and keys only (not `inherited`)', () => {
    const live = liveOrg('a', {
      notifications: {
        'weekly-report': { enabled: true, inherited: true },
        'test-limit': { enabled: true, inherited: false },
      },
    });
    const p = planOrgs([desiredOrg('a', { notifications: { 'weekly-report': { enabled: false } } })], [live]);
    expect(planLines(p)).toEqual(['update org[a].notifications']);
    expect(p.changes[0]!.patch).toEqual([{ op: 'replace', path: '/weekly-report/enabled', value: false }]);
  });

  it('sends whole event objects: the listed keys merged into the live ones', () => {
    const live = {
      'new-issues-remediations': {
        enabled: true,
        issueSeverity: 'high',
        issueType: 'vuln',
        inherited: false,
      },
      'weekly-report': { enabled: true, inherited: true },
    };
    expect(
      notificationBody(
        live,
        { 'new-issues-remediations': { issueType: 'all' } },
        orgAddress('a').at('notifications'),
      ),
    ).toEqual({
      'new-issues-remediations': { enabled: true, issueSeverity: 'high', issueType: 'all' },
    });
    expect(() =>
      notificationBody(
        {},
        { 'new-issues-remediations': { enabled: false } },
        orgAddress('a').at('notifications'),
      ),
    ).toThrow(/new-issues-remediations\.issueSeverity, new-issues-remediations\.issueType/);
  });
});
