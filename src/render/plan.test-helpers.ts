// A realistic plan for the renderers' tests, built by the real planner from small states.

import { Address } from '../core/addresses.ts';
import {
  desiredOrg,
  desiredState,
  liveOrg,
  liveState,
  memberSpecs,
  membership,
} from '../core/builders.test-helpers.ts';
import { everyone, GROUP_ID, people, ROLES } from '../core/fixtures.test-helpers.ts';
import { buildPlan } from '../core/plan.ts';
import type { Plan } from '../core/types.ts';

export function samplePlan(): Plan {
  const live = liveState(
    {
      orgs: [
        liveOrg('payments', {
          name: 'Pay',
          settings: { requestAccess: { enabled: false } },
          members: [
            membership(people.bob, ROLES.orgCollaborator),
            membership(people.mallory, ROLES.orgAdmin),
          ],
        }),
        liveOrg('golden'),
      ],
      group: {
        settings: { sessionLength: 30 },
        tags: [{ key: 'team', value: 'legacy' }],
        members: [membership(people.alice, ROLES.groupAdmin)],
      },
    },
    everyone,
  );
  const desired = desiredState({
    group: {
      id: GROUP_ID,
      settings: { sessionLength: 50 },
      tags: [{ key: 'team', value: 'payments' }],
      members: memberSpecs({ alice: 'Group Admin', carol: 'Group Member' }),
    },
    orgs: [
      desiredOrg('payments', {
        name: 'Payments',
        settings: { requestAccess: { enabled: true } },
        members: memberSpecs({ bob: 'Org Admin', carol: 'Org Collaborator' }),
      }),
      desiredOrg('mobile', {
        name: 'Mobile',
        template: 'golden',
        members: [{ user: 'bob', role: 'Org Admin' }],
      }),
    ],
    prune: { ...desiredState().prune, groupTags: true },
  });
  const result = buildPlan(desired, live, { now: () => new Date('2025-06-01T12:00:00Z') });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

/** A small plan of what reads differently from the raw changes: a replacement, expires, nested settings. */
export function readablePlan(): Plan {
  const change = (
    c: Partial<Omit<Plan['changes'][number], 'address'>> &
      Pick<Plan['changes'][number], 'action'> & { address: string },
  ) =>
    ({
      kind: 'webhook',
      before: null,
      after: null,
      patch: [],
      ...c,
      address: Address.of(c.address),
    }) as Plan['changes'][number];
  const hook = 'org[payments].webhook[https://hooks.acme.com/snyk]';
  return {
    formatVersion: 1,
    groupId: GROUP_ID,
    fingerprint: 'sha256:0',
    changes: [
      change({ action: 'delete', address: hook, before: { url: 'https://hooks.acme.com/snyk' } }),
      change({
        action: 'create',
        address: hook,
        after: { url: 'https://hooks.acme.com/snyk', secret: '(from SNYK_HOOK_SECRET)' },
      }),
      change({
        action: 'create',
        address: 'org[payments].member[eve@acme.com]',
        after: { role: 'Org Admin', expires: '2027-01-31' },
      }),
      change({
        action: 'create',
        address: 'org[mobile].settings',
        after: { requestAccess: { enabled: false }, ignores: { reasonRequired: true }, tags: ['a', 'b'] },
      }),
      change({
        action: 'update',
        address: 'org[payments].settings',
        before: { requestAccess: { enabled: true, notify: true } },
        after: { requestAccess: { enabled: false, notify: true } },
        patch: [{ op: 'replace', path: '/requestAccess', value: { enabled: false, notify: true } }],
      }),
    ],
    summary: { create: 3, update: 1, delete: 1 },
    warnings: [],
    desired: desiredState(),
  };
}
