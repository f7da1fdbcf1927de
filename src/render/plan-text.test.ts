import { describe, expect, it } from 'vitest';
import { desiredState, GROUP_ID } from '../core/builders.test-helpers.ts';
import type { Plan } from '../core/types.ts';
import { readablePlan, samplePlan } from './plan.test-helpers.ts';
import { renderPlanText } from './plan-text.ts';

describe('renderPlanText', () => {
  it('groups changes by scope with their details, notes, warnings and a Terraform-like summary', () => {
    expect(renderPlanText(samplePlan(), { color: false })).toMatchInlineSnapshot(`
      "group
        ~ group.settings
            sessionLength: 30 → 50
        + group.member[carol@acme.com]  (role: Group Member)
        - group.tag[team:legacy]  (key: team, value: legacy)
            # Snyk refuses to delete a tag while projects carry it; prune.groupTags: force removes it from them.

      org[mobile]
        + org[mobile]  (name: Mobile, slug: mobile, template: golden)
        + org[mobile].member[bob@acme.com]  (role: Org Admin)

      org[payments]
        ~ org[payments]
            name: Pay → Payments
        ~ org[payments].settings
            requestAccess.enabled: false → true
        ~ org[payments].member[bob@acme.com]
            role: Org Collaborator → Org Admin
        + org[payments].member[carol@acme.com]  (role: Org Collaborator)
        - org[payments].member[mallory@acme.com]  (role: Org Admin)

      Warnings:
        ! group.tag[team:payments]: The tag team:payments does not exist in Snyk; a tag exists while a project carries it, so it cannot be created here.

      Plan: 4 to add, 4 to change, 2 to destroy.
      "
    `);
  });

  it('says when there is nothing to do', () => {
    const empty: Plan = {
      formatVersion: 1,
      groupId: GROUP_ID,
      fingerprint: 'sha256:0',
      changes: [],
      summary: { create: 0, update: 0, delete: 0 },
      warnings: [],
      desired: desiredState(),
    };
    expect(renderPlanText(empty, { color: false })).toBe('No changes. Snyk matches the configuration.\n');
  });

  it('colours actions only when asked', () => {
    const plan = samplePlan();
    expect(renderPlanText(plan, { color: false })).not.toContain('\u001b[');
    const coloured = renderPlanText(plan, { color: true });
    expect(coloured).toContain('\u001b[32m+ org[mobile]\u001b[39m');
    expect(coloured).toContain('\u001b[31m- org[payments].member[mallory@acme.com]\u001b[39m');
  });

  it('reads as people read it: one -/+ entry for a replacement, expires on memberships, settings as leaves', () => {
    const plan = readablePlan();
    expect(renderPlanText(plan, { color: false })).toMatchInlineSnapshot(`
      "org[mobile]
        + org[mobile].settings  (requestAccess.enabled: false, ignores.reasonRequired: true, tags: [a, b])

      org[payments]
        -/+ org[payments].webhook[https://hooks.acme.com/snyk] must be replaced  (url: https://hooks.acme.com/snyk, secret: (from SNYK_HOOK_SECRET))
        + org[payments].member[eve@acme.com]  (role: Org Admin, expires: 2027-01-31)
        ~ org[payments].settings
            requestAccess.enabled: true → false

      Plan: 3 to add, 1 to change, 1 to destroy.
      "
    `);
  });
});
