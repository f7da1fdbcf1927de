import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, liveOrg } from '../builders.test-helpers.ts';
import { planLines, planOrgs } from '../planning.test-helpers.ts';
import type { DesiredOrg } from '../types.ts';

const github = (settings: Record<string, unknown>) =>
  ({ github: { settings } }) as unknown as NonNullable<DesiredOrg['integrations']>;

describe('integration settings', () => {
  const liveGithub = (slug: string, settings: Record<string, unknown>) =>
    liveOrg(slug, {
      integrations: { github: `gh-${slug}` },
      integrationSettings: { github: settings as never },
    });

  it('plans one update per org whose listed keys differ, keeping unlisted keys out of the patch', () => {
    const p = planOrgs(
      [
        desiredOrg('a', { integrations: github({ pullRequestTestEnabled: false }) }),
        desiredOrg('b', { integrations: github({ pullRequestTestEnabled: false }) }),
      ],
      [
        liveGithub('a', { pullRequestTestEnabled: true, autoDepUpgradeLimit: 2 }),
        liveGithub('b', { pullRequestTestEnabled: false, autoDepUpgradeLimit: 5 }),
      ],
    );
    expect(planLines(p)).toEqual(['update org[a].integration[github]']);
    expect(p.changes[0]).toMatchObject({
      before: { pullRequestTestEnabled: true },
      after: { pullRequestTestEnabled: false },
      target: { orgId: 'org-a', integrationType: 'github', integrationId: 'gh-a' },
    });
  });

  it('warns, and plans nothing, for an integration type the org lacks', () => {
    const p = planOrgs(
      [desiredOrg('a', { integrations: github({ pullRequestTestEnabled: false }) })],
      [liveOrg('a', { integrations: { gitlab: 'gl-a' }, integrationSettings: {} })],
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => [w.code, w.address?.text])).toEqual([
      ['INTEGRATION_MISSING', 'org[a].integration[github]'],
    ]);
  });

  it("writes a new org's listed settings after its creation when its template has the integration", () => {
    const p = planOrgs(
      [
        desiredOrg('golden'),
        desiredOrg('copy', {
          name: 'Copy',
          template: 'golden',
          integrations: github({ pullRequestTestEnabled: false }),
        }),
        desiredOrg('bare', { name: 'Bare', integrations: github({ pullRequestTestEnabled: false }) }),
      ],
      [liveGithub('golden', { pullRequestTestEnabled: true })],
    );
    expect(planLines(p)).toEqual([
      'create org[bare]',
      'create org[copy]',
      'update org[copy].integration[github]',
    ]);
    const update = p.changes[2]!;
    expect(update).toMatchObject({
      before: null,
      after: { pullRequestTestEnabled: false },
      dependsOn: [Address.of('org[copy]')],
      target: { orgSlug: 'copy', integrationType: 'github' },
    });
    expect(p.warnings.map((w) => `${w.code} ${w.address}`)).toContain(
      'INTEGRATION_MISSING org[bare].integration[github]',
    );
  });
});
