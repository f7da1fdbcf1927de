import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import { planLines, planOrgs } from '../planning.test-helpers.ts';

describe('webhooks', () => {
  const hook = (url: string, env = 'SECRET') => ({ url, secret: { env } });

  it('creates listed urls Snyk lacks, and deletes unlisted ones only with prune.webhooks', () => {
    const live = [liveOrg('a', { webhooks: [{ id: 'w1', url: 'https://old.example.com/h' }] })];
    const wanted = [desiredOrg('a', { webhooks: [hook('https://new.example.com/h')] })];
    expect(planLines(planOrgs(wanted, live))).toEqual(['create org[a].webhook[https://new.example.com/h]']);
    const pruned = planOrgs(wanted, live, { pruneWebhooks: true });
    expect(planLines(pruned)).toEqual([
      'delete org[a].webhook[https://old.example.com/h]',
      'create org[a].webhook[https://new.example.com/h]',
    ]);
    // The plan names the variable, never a value.
    expect(pruned.changes[1]).toMatchObject({ target: { orgId: 'org-a', secretEnv: 'SECRET' } });
  });

  it('--replace plans a delete and a create that waits for it', () => {
    const url = 'https://hooks.example.com/a';
    const p = planOrgs(
      [desiredOrg('a', { webhooks: [hook(url)] })],
      [liveOrg('a', { webhooks: [{ id: 'w1', url }] })],
      { replace: [`org[a].webhook[${url}]`] },
    );
    expect(planLines(p)).toEqual([`delete org[a].webhook[${url}]`, `create org[a].webhook[${url}]`]);
    expect(p.changes[1]!.dependsOn).toEqual([Address.of(`org[a].webhook[${url}]`)]);
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
