// The Action's part of the safety rails: a pull request whose plan apply would refuse fails with
// the refusal; the plan is made with the rails the workflow lifts; a scheduled run removes expired access.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyOutcome, buildPlan, membershipChange, useActionWorkspace } from './run.test-helpers.ts';

const ws = useActionWorkspace();

/** Inputs as the runner passes them (INPUT_NAME variables). */
const inputs = (given: Record<string, string>) =>
  Object.fromEntries(Object.entries(given).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

const runScheduled = async (event: string, given: Record<string, string> = {}) =>
  ws.run(await ws.files.env(event, { schedule: '0 6 * * *' }, inputs(given)));

const MESSAGE =
  'Refusing to leave org[payments] without any Org Admin: org[payments].member[bob@acme.com]. Re-run with --allow-lockout if this is intended.';

describe('the pull-request check of a plan that apply would refuse', () => {
  beforeEach(() => {
    ws.github.addPullRequest(7);
    const plan = buildPlan([membershipChange('bob@acme.com')]);
    plan.refusals = [
      {
        rail: 'lockout',
        override: '--allow-lockout',
        message: MESSAGE,
        addresses: ['org[payments].member[bob@acme.com]'],
      },
    ];
    ws.engine.planResult = { ok: true, plan };
  });

  it('fails with the refusal message, after commenting the plan', async () => {
    expect(await ws.run(await ws.pullRequestEnv())).toBe(1);
    expect(ws.stdout).toContain(`::error::apply will refuse this plan: ${MESSAGE}`);
    expect(ws.stdout).toContain('allow-lockout: true');
    expect(ws.github.issues.get(7)?.comments).toHaveLength(1);
  });

  it('plans with the rails the workflow lifts, so the plan lists only what apply will refuse', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    expect(await ws.run(await ws.pullRequestEnv(inputs({ 'allow-lockout': 'true' })))).toBe(0);
    expect(ws.engine.planRequests.at(-1)?.lift).toEqual({ allowMassDelete: false, allowLockout: true });
    expect(ws.stdout).not.toContain('apply will refuse');
  });
});

describe('a scheduled run', () => {
  it('removes expired access first (enforce-expiry defaults to true), then reports drift', async () => {
    ws.engine.expiryResult = {
      ...applyOutcome({ applied: 1, text: 'Applied 1', markdown: '- ✅ gone' }),
      expired: 1,
    };
    expect(await runScheduled('schedule')).toBe(0);
    expect(ws.engine.calls).toEqual([
      'enforceExpiry snyk-gitops.yaml allowMassDelete=false',
      'drift snyk-gitops.yaml',
    ]);
    expect(await ws.files.summary()).toContain('removed 1 expired access');
  });

  it('with mode expire only removes expired access, on schedule or dispatch alike', async () => {
    expect(await runScheduled('workflow_dispatch', { mode: 'expire' })).toBe(0);
    expect(ws.engine.calls).toEqual(['enforceExpiry snyk-gitops.yaml allowMassDelete=false']);
  });

  it('does not when enforce-expiry is false, nor on workflow_dispatch', async () => {
    expect(await runScheduled('schedule', { 'enforce-expiry': 'false' })).toBe(0);
    expect(await runScheduled('workflow_dispatch')).toBe(0);
    expect(ws.engine.calls).toEqual(['drift snyk-gitops.yaml', 'drift snyk-gitops.yaml']);
  });

  it('fails, still reporting drift, when removing expired access failed', async () => {
    ws.engine.expiryResult = {
      ...applyOutcome({ ok: false, text: 'Nothing was applied: refused', markdown: 'refused' }),
      expired: 0,
    };
    expect(await runScheduled('schedule')).toBe(1);
    expect(ws.engine.calls).toEqual([
      'enforceExpiry snyk-gitops.yaml allowMassDelete=false',
      'drift snyk-gitops.yaml',
    ]);
  });
});
