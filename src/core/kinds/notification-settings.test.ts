import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import type { DesiredOrg, LiveOrg, Plan } from '../types.ts';
import { notificationBody } from './notification-settings.ts';

const _github = (settings: Record<string, unknown>) =>
  ({ github: { settings } }) as unknown as NonNullable<DesiredOrg['integrations']>;

function plan(
  orgs: DesiredOrg[],
  live: LiveOrg[],
  options: { replace?: string[]; pruneWebhooks?: boolean } = {},
) {
  const desired = desiredState({ orgs });
  if (options.pruneWebhooks) desired.prune.webhooks = true;
  const result = buildPlan(
    desired,
    liveState({ orgs: live }),
    options.replace ? { replace: options.replace } : {},
  );
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.plan;
}

const lines = (p: Plan) => p.changes.map((c) => `${c.action} ${c.address}`);

describe('notification settings', () => {
  it('compares the listed events and keys only (not `inherited`)', () => {
    const live = liveOrg('a', {
      notifications: {
        'weekly-report': { enabled: true, inherited: true },
        'test-limit': { enabled: true, inherited: false },
      },
    });
    const p = plan([desiredOrg('a', { notifications: { 'weekly-report': { enabled: false } } })], [live]);
    expect(lines(p)).toEqual(['update org[a].notifications']);
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
    expect(notificationBody(live, { 'new-issues-remediations': { issueType: 'all' } }, 'x')).toEqual({
      'new-issues-remediations': { enabled: true, issueSeverity: 'high', issueType: 'all' },
    });
    expect(() =>
      notificationBody({}, { 'new-issues-remediations': { enabled: false } }, 'org[a].notifications'),
    ).toThrow(/new-issues-remediations\.issueSeverity, new-issues-remediations\.issueType/);
  });
});
