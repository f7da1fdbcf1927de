// Integration settings against live bodies shaped as real Snyk answers them: the spec's name of
// a key is written under the name the live settings use, sparse and empty bodies plan only
// what the file lists, and the app integration types plan like any other.
import { describe, expect, it } from 'vitest';
import { CX_TOOLS_GITHUB } from '../../emulator/testing/real-bodies.test-helpers.ts';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import type { DesiredOrg } from '../types.ts';

const listing = (type: string, settings: Record<string, unknown>) =>
  ({ [type]: { settings } }) as unknown as NonNullable<DesiredOrg['integrations']>;

function plan(type: string, wanted: Record<string, unknown>, live: Record<string, unknown>) {
  const result = buildPlan(
    desiredState({ orgs: [desiredOrg('a', { integrations: listing(type, wanted) })] }),
    liveState({
      orgs: [
        liveOrg('a', { integrations: { [type]: 'int-a' }, integrationSettings: { [type]: live as never } }),
      ],
    }),
  );
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.plan.changes;
}

describe('integration settings as real bodies have them', () => {
  it('plans nothing when a real GET body already holds what the file lists', () => {
    const wanted = {
      manualRemediationPrs: { useManualPatchRemediation: false },
      pullRequestAssignment: { type: 'auto', enabled: true, assignees: [] },
      reachableVulns: { enabled: false },
      pullRequestFailOnlyForIssuesWithFix: true,
    };
    expect(plan('github-cloud-app', wanted, structuredClone(CX_TOOLS_GITHUB))).toEqual([]);
  });

  it("writes the spec's manualRemediationPrs.usePatchRemediation under the real name live uses", () => {
    const live = structuredClone(CX_TOOLS_GITHUB);
    expect(plan('github', { manualRemediationPrs: { usePatchRemediation: false } }, live)).toEqual([]);
    const [change] = plan('github', { manualRemediationPrs: { usePatchRemediation: true } }, live);
    expect(change).toMatchObject({
      address: Address.of('org[a].integration[github]'),
      before: { manualRemediationPrs: { useManualPatchRemediation: false } },
      after: { manualRemediationPrs: { useManualPatchRemediation: true } },
    });
  });

  it("keeps the spec's name where the live settings use it alone", () => {
    const live = { manualRemediationPrs: { usePatchRemediation: false } };
    const [change] = plan('gitlab', { manualRemediationPrs: { usePatchRemediation: true } }, live);
    expect(change?.after).toEqual({ manualRemediationPrs: { usePatchRemediation: true } });
  });

  it('an empty {} body plans only the listed keys; listing nothing plans nothing', () => {
    expect(plan('ecr', {}, {})).toEqual([]);
    const [change] = plan('bitbucket-connect-app', { pullRequestTestEnabled: true }, {});
    expect(change).toMatchObject({ before: {}, after: { pullRequestTestEnabled: true } });
  });

  it('a sparse body: keys it lacks are changes, keys it has are compared', () => {
    const live = { pullRequestTestEnabled: true };
    const changes = plan(
      'github-server-app',
      { pullRequestTestEnabled: true, isMajorUpgradeEnabled: false },
      live,
    );
    expect(changes.map((c) => c.patch)).toEqual([
      [{ op: 'add', path: '/isMajorUpgradeEnabled', value: false }],
    ]);
  });
});
