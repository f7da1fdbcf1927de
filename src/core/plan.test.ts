import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, liveState } from './builders.test-helpers.ts';
import { GROUP_ID } from './fixtures.test-helpers.ts';
import { buildPlan } from './plan.ts';

describe('plan envelope', () => {
  it('records group id, summary, fingerprint, the desired state, and createdAt from the injected clock', () => {
    const desired = desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile' })] });
    const result = buildPlan(desired, liveState(), { now: () => new Date('2025-01-02T03:04:05Z') });
    expect(result.ok && result.plan).toMatchObject({
      formatVersion: 1,
      groupId: GROUP_ID,
      summary: { create: 1, update: 0, delete: 0 },
      desired,
      createdAt: '2025-01-02T03:04:05.000Z',
    });
    expect(result.ok && result.plan.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses to plan from a live state that was only partly read', () => {
    const result = buildPlan(
      desiredState(),
      liveState({ unknown: [{ address: 'org[payments].members', reason: '403 Forbidden' }] }),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['LIVE_STATE_INCOMPLETE']);
  });
});
