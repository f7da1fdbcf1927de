import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { GROUP_ID } from '../fixtures.test-helpers.ts';
import { plan } from '../planning.test-helpers.ts';

describe('settings', () => {
  it('patches only the org settings keys the file manages', () => {
    const live = liveState({
      orgs: [
        liveOrg('payments', {
          settings: {
            requestAccess: { enabled: false },
            ignores: { reasonRequired: true, autoApproveIgnores: false, approvalWorkflowEnabled: false },
          },
        }),
      ],
    });
    const p = plan(
      desiredState({
        orgs: [
          desiredOrg('payments', {
            settings: { requestAccess: { enabled: true }, ignores: { reasonRequired: true } },
          }),
        ],
      }),
      live,
    );
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'org_settings',
        address: Address.of('org[payments].settings'),
        before: { requestAccess: { enabled: false }, ignores: { reasonRequired: true } },
        after: { requestAccess: { enabled: true }, ignores: { reasonRequired: true } },
        patch: [{ op: 'replace', path: '/requestAccess/enabled', value: true }],
        dependsOn: [],
        target: { orgId: 'org-payments' },
      },
    ]);
  });

  it('leaves settings alone when the file has no settings key, or they already match', () => {
    const live = liveState({
      orgs: [liveOrg('payments', { settings: { requestAccess: { enabled: true } } })],
    });
    expect(plan(desiredState({ orgs: [desiredOrg('payments')] }), live).changes).toEqual([]);
    expect(
      plan(
        desiredState({ orgs: [desiredOrg('payments', { settings: { requestAccess: { enabled: true } } })] }),
        live,
      ).changes,
    ).toEqual([]);
  });

  it('patches group settings, adding a key Snyk did not report', () => {
    const p = plan(
      desiredState({
        group: { id: GROUP_ID, settings: { sessionLength: 50, requestAccess: { enabled: true } } },
      }),
      liveState({ group: { settings: { requestAccess: { enabled: true } } } }),
    );
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'group_settings',
        address: Address.of('group.settings'),
        before: { requestAccess: { enabled: true } },
        after: { sessionLength: 50, requestAccess: { enabled: true } },
        patch: [{ op: 'add', path: '/sessionLength', value: 50 }],
        dependsOn: [],
        target: { groupId: GROUP_ID },
      },
    ]);
  });

  it('treats a null session length as a value to set', () => {
    const p = plan(
      desiredState({ group: { id: GROUP_ID, settings: { sessionLength: null } } }),
      liveState({ group: { settings: { sessionLength: 30 } } }),
    );
    expect(p.changes[0]?.patch).toEqual([{ op: 'replace', path: '/sessionLength', value: null }]);
  });
});
