import { describe, expect, it } from 'vitest';
import { notificationBody } from './kinds/notification-settings.ts';
import { dependencyIndices, orderChanges } from './order.ts';
import { buildPlan } from './plan.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from './test-builders.ts';
import type { DesiredOrg, LiveOrg, Plan } from './types.ts';

const github = (settings: Record<string, unknown>) =>
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

describe('integration settings', () => {
  const liveGithub = (slug: string, settings: Record<string, unknown>) =>
    liveOrg(slug, {
      integrations: { github: `gh-${slug}` },
      integrationSettings: { github: settings as never },
    });

  it('plans one update per org whose listed keys differ, keeping unlisted keys out of the patch', () => {
    const p = plan(
      [
        desiredOrg('a', { integrations: github({ pullRequestTestEnabled: false }) }),
        desiredOrg('b', { integrations: github({ pullRequestTestEnabled: false }) }),
      ],
      [
        liveGithub('a', { pullRequestTestEnabled: true, autoDepUpgradeLimit: 2 }),
        liveGithub('b', { pullRequestTestEnabled: false, autoDepUpgradeLimit: 5 }),
      ],
    );
    expect(lines(p)).toEqual(['update org[a].integration[github]']);
    expect(p.changes[0]).toMatchObject({
      before: { pullRequestTestEnabled: true },
      after: { pullRequestTestEnabled: false },
      target: { orgId: 'org-a', integrationType: 'github', integrationId: 'gh-a' },
    });
  });

  it('warns, and plans nothing, for an integration type the org lacks', () => {
    const p = plan(
      [desiredOrg('a', { integrations: github({ pullRequestTestEnabled: false }) })],
      [liveOrg('a', { integrations: { gitlab: 'gl-a' }, integrationSettings: {} })],
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'INTEGRATION_MISSING', address: 'org[a].integration[github]' }),
    ]);
  });

  it("writes a new org's listed settings after its creation when its template has the integration", () => {
    const p = plan(
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
    expect(lines(p)).toEqual([
      'create org[bare]',
      'create org[copy]',
      'update org[copy].integration[github]',
    ]);
    const update = p.changes[2]!;
    expect(update).toMatchObject({
      before: null,
      after: { pullRequestTestEnabled: false },
      dependsOn: ['org[copy]'],
      target: { orgSlug: 'copy', integrationType: 'github' },
    });
    expect(p.warnings.map((w) => `${w.code} ${w.address}`)).toContain(
      'INTEGRATION_MISSING org[bare].integration[github]',
    );
  });
});

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

describe('webhooks', () => {
  const hook = (url: string, env = 'SECRET') => ({ url, secret: { env } });

  it('creates listed urls Snyk lacks, and deletes unlisted ones only with prune.webhooks', () => {
    const live = [liveOrg('a', { webhooks: [{ id: 'w1', url: 'https://old.example.com/h' }] })];
    const wanted = [desiredOrg('a', { webhooks: [hook('https://new.example.com/h')] })];
    expect(lines(plan(wanted, live))).toEqual(['create org[a].webhook[https://new.example.com/h]']);
    const pruned = plan(wanted, live, { pruneWebhooks: true });
    expect(lines(pruned)).toEqual([
      'delete org[a].webhook[https://old.example.com/h]',
      'create org[a].webhook[https://new.example.com/h]',
    ]);
    // The plan names the variable, never a value.
    expect(pruned.changes[1]).toMatchObject({ target: { orgId: 'org-a', secretEnv: 'SECRET' } });
  });

  it('--replace plans a delete and a create that waits for it', () => {
    const url = 'https://hooks.example.com/a';
    const p = plan(
      [desiredOrg('a', { webhooks: [hook(url)] })],
      [liveOrg('a', { webhooks: [{ id: 'w1', url }] })],
      { replace: [`org[a].webhook[${url}]`] },
    );
    expect(lines(p)).toEqual([`delete org[a].webhook[${url}]`, `create org[a].webhook[${url}]`]);
    expect(p.changes[1]!.dependsOn).toEqual([`org[a].webhook[${url}]`]);
    expect(p.replace).toEqual([`org[a].webhook[${url}]`]);
  });

  it('refuses a --replace address that names nothing, with a did-you-mean', () => {
    const url = 'https://hooks.example.com/a';
    const result = buildPlan(
      desiredState({ orgs: [desiredOrg('a', { webhooks: [hook(url)] })] }),
      liveState({ orgs: [liveOrg('a', { webhooks: [{ id: 'w1', url }] })] }),
      { replace: [`org[a].webhook[${url}x]`] },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toContain(`Did you mean 'org[a].webhook[${url}]'?`);
  });
});

describe('dependencies of a replaced object', () => {
  it('a change naming its own address waits for the other change of that address', () => {
    const changes = [
      { address: 'x', dependsOn: ['x'] },
      { address: 'x', dependsOn: [] },
      { address: 'y', dependsOn: ['x'] },
    ];
    expect(dependencyIndices(changes)).toEqual([[1], [], [0, 1]]);
    const ordered = orderChanges(
      changes.map((c, i) => ({
        ...c,
        kind: 'webhook',
        action: i === 1 ? 'delete' : 'create',
        before: null,
        after: null,
        patch: [],
        target: {},
      })) as never,
    );
    expect(ordered.map((c) => `${c.action} ${c.address}`)).toEqual(['delete x', 'create x', 'create y']);
  });
});
