import { describe, expect, it } from 'vitest';
import { renderPlanJson } from '../render/plan-json.ts';
import { renderPlanMarkdown } from '../render/plan-markdown.ts';
import { renderPlanText } from '../render/plan-text.ts';
import { desiredOrg, desiredState, GROUP_ID, liveMembers } from './builders.test-helpers.ts';
import { plan } from './planning.test-helpers.ts';
import { checkSafety } from './safety.ts';

const live = liveMembers({
  group: { alice: 'groupAdmin', bob: 'groupAdmin' },
  orgs: { payments: { bob: 'orgAdmin', carol: 'orgCollaborator', dave: 'orgCollaborator' } },
});

describe('refusals carried by the plan', () => {
  it('are exactly what apply computes without overrides', () => {
    const p = plan(
      desiredState({
        limits: { maxDeletePercent: 25 },
        orgs: [desiredOrg('payments', { members: [{ user: 'bob', role: 'Org Collaborator' }] })],
      }),
      live,
    );
    expect(p.refusals).toEqual(checkSafety(p, live, {}));
    expect(p.refusals?.map((r) => [r.rail, r.override])).toEqual([
      ['mass-delete', '--allow-mass-delete'],
      ['lockout', '--allow-lockout'],
    ]);
  });

  it('are empty when no rail objects', () => {
    const p = plan(desiredState({ orgs: [desiredOrg('payments')] }), live);
    expect(p.refusals).toEqual([]);
    expect(JSON.parse(renderPlanJson(p)).refusals).toEqual([]);
  });

  it('are shown in text and markdown with the flag and the Action input that lift them', () => {
    const p = plan(
      desiredState({ group: { id: GROUP_ID, members: [{ user: 'bob', role: 'Group Admin' }] } }),
      live,
    );
    const message =
      "Refusing to remove the token's own user (group.member[alice@acme.com]) from Group Admin: the token would lose control of the group. Re-run with --allow-lockout if this is intended.";
    expect(p.refusals?.map((r) => r.message)).toEqual([message]);
    const text = renderPlanText(p, { color: false });
    expect(text).toContain(
      `Apply will refuse this plan:\n  ✗ ${message}\n      lifted by --allow-lockout (Action input allow-lockout: true)`,
    );
    const markdown = renderPlanMarkdown(p);
    expect(markdown).toContain('**⛔ Apply will refuse this plan:**');
    expect(markdown).toContain("Refusing to remove the token's own user");
    expect(markdown).toContain('Action input `allow-lockout: true`');
    const json = JSON.parse(renderPlanJson(p)) as { refusals: unknown[] };
    expect(json.refusals).toEqual([
      { rail: 'lockout', message, override: '--allow-lockout', addresses: ['group.member[alice@acme.com]'] },
    ]);
  });

  it('say which rails the plan was made without: text and markdown name the flags, and list only the rest', () => {
    const desired = desiredState({
      limits: { maxDeletePercent: 25 },
      orgs: [desiredOrg('payments', { members: [{ user: 'bob', role: 'Org Collaborator' }] })],
    });
    const p = plan(desired, live, { lift: { allowLockout: true } });
    const text = renderPlanText(p, { color: false });
    expect(text).toContain(
      'Made with --allow-lockout: apply of this plan does not check that rail.\n\nApply will refuse this plan:\n  ✗ Refusing to delete 2 of 3 org memberships',
    );
    expect(text).not.toContain('without any Org Admin');
    expect(renderPlanMarkdown(p)).toContain(
      '_Made with --allow-lockout: apply of this plan does not check that rail._',
    );
    const both = plan(desired, live, { lift: { allowLockout: true, allowMassDelete: true } });
    expect(renderPlanText(both, { color: false })).toContain(
      'Made with --allow-mass-delete and --allow-lockout: apply of this plan does not check those rails.',
    );
    expect(renderPlanText(both, { color: false })).not.toContain('Apply will refuse');
  });

  it('says nothing about refusals when there are none', () => {
    const p = plan(desiredState({ orgs: [desiredOrg('payments')] }), live);
    expect(renderPlanText(p, { color: false })).not.toContain('refuse');
    expect(renderPlanMarkdown(p)).not.toContain('refuse');
  });
});
