import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { issuesOf, planLines, planOrgs } from '../planning.test-helpers.ts';
import type { DesiredOrg, LiveOrg } from '../types.ts';

const APP = 'github-cloud-app';
const cloned = (from: string, settings?: Record<string, unknown>) =>
  ({ [APP]: { from, ...(settings && { settings }) } }) as unknown as NonNullable<DesiredOrg['integrations']>;
const withApp = (slug: string, overrides: Partial<LiveOrg> = {}) =>
  liveOrg(slug, { integrations: { [APP]: `app-${slug}` }, integrationSettings: {}, ...overrides });
const bare = (slug: string) => liveOrg(slug, { integrations: {}, integrationSettings: {} });

describe('integrations cloned from another org (`from`)', () => {
  it('plans a create that clones from the source and carries the listed settings; an org that has the type gets an update', () => {
    const p = planOrgs(
      [
        desiredOrg('payments', { integrations: cloned('golden', { pullRequestTestEnabled: true }) }),
        desiredOrg('data', { integrations: cloned('golden', { pullRequestTestEnabled: true }) }),
      ],
      [
        withApp('golden'),
        bare('payments'),
        withApp('data', { integrationSettings: { [APP]: { pullRequestTestEnabled: false } } }),
      ],
    );
    expect(planLines(p)).toEqual([
      `create org[payments].integration[${APP}]`,
      `update org[data].integration[${APP}]`,
    ]);
    expect(p.changes[0]).toMatchObject({
      kind: 'integration_settings',
      before: null,
      after: { from: 'golden', settings: { pullRequestTestEnabled: true } },
      dependsOn: [],
      target: {
        orgId: 'org-payments',
        integrationType: APP,
        sourceOrgId: 'org-golden',
        sourceIntegrationId: 'app-golden',
      },
    });
    expect(p.changes[0]!.note).toContain("Cloned from org 'golden'");
    expect(p.warnings).toEqual([]);
  });

  it('clones into an org this plan creates after its creation, and from a source it creates', () => {
    const p = planOrgs(
      [
        desiredOrg('golden', { name: 'Golden', template: 'base' }),
        desiredOrg('mobile', { name: 'Mobile', integrations: cloned('golden') }),
      ],
      [withApp('base')],
    );
    expect(planLines(p)).toEqual([
      'create org[golden]',
      'create org[mobile]',
      `create org[mobile].integration[${APP}]`,
    ]);
    expect(p.changes[2]).toMatchObject({
      after: { from: 'golden' },
      dependsOn: [Address.of('org[golden]'), Address.of('org[mobile]')],
      target: { orgSlug: 'mobile', integrationType: APP, sourceOrgSlug: 'golden' },
    });
    expect(p.changes[2]!.target).not.toHaveProperty('sourceIntegrationId');
  });

  it('clones along a chain: a source that clones the type itself is cloned from after its clone', () => {
    const p = planOrgs(
      [
        desiredOrg('golden', { integrations: cloned('base') }),
        desiredOrg('payments', { integrations: cloned('golden') }),
      ],
      [withApp('base'), bare('golden'), bare('payments')],
    );
    expect(planLines(p)).toEqual([
      `create org[golden].integration[${APP}]`,
      `create org[payments].integration[${APP}]`,
    ]);
    expect(p.changes[1]).toMatchObject({
      dependsOn: [Address.of(`org[golden].integration[${APP}]`)],
      target: { sourceOrgId: 'org-golden' },
    });
  });

  it('stops with a located error naming both orgs when the source lacks the type, once for all orgs', () => {
    const desired = desiredState({
      orgs: ['a', 'b', 'c', 'd', 'e'].map((slug) => desiredOrg(slug, { integrations: cloned('golden') })),
    });
    const issues = issuesOf(
      desired,
      liveState({ orgs: [bare('golden'), ...['a', 'b', 'c', 'd', 'e'].map(bare)] }),
    );
    expect(issues).toEqual([
      {
        code: 'CLONE_SOURCE_LACKS',
        message: `Orgs 'a', 'b', 'c' and 2 more lack a ${APP} integration, to be cloned from 'golden', which has none either: connect it in 'golden' first, or name another org in \`from\`.`,
        address: Address.of(`org[a].integration[${APP}]`),
        path: ['orgs', 0, 'integrations', APP, 'from'],
      },
    ]);
  });

  it('stops with a did-you-mean for a source that is neither in the file nor in the group', () => {
    const issues = issuesOf(
      desiredState({ orgs: [desiredOrg('payments', { integrations: cloned('goldne') })] }),
      liveState({ orgs: [withApp('golden'), bare('payments')] }),
    );
    expect(issues.map((i) => [i.code, i.message, i.path])).toEqual([
      [
        'UNKNOWN_CLONE_SOURCE',
        `'goldne' is no org of the group, nor one this plan creates: no ${APP} integration can be cloned from it. Did you mean 'golden'?`,
        ['orgs', 0, 'integrations', APP, 'from'],
      ],
    ]);
  });

  it('refuses a cycle of orgs cloning from each other when none has the type', () => {
    const issues = issuesOf(
      desiredState({
        orgs: [
          desiredOrg('a', { integrations: cloned('b') }),
          desiredOrg('b', { integrations: cloned('a') }),
        ],
      }),
      liveState({ orgs: [bare('a'), bare('b')] }),
    );
    expect(issues.map((i) => i.code)).toEqual(['CLONE_SOURCE_LACKS', 'CLONE_SOURCE_LACKS']);
  });
});
