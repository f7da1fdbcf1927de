import { describe, expect, it } from 'vitest';
import { orgAddress } from '../core/addresses.ts';
import { desiredState, GROUP_ID, looseChange } from '../core/builders.test-helpers.ts';
import type { Change, Plan } from '../core/types.ts';
import { readablePlan, samplePlan } from './plan.test-helpers.ts';
import { renderPlanMarkdown } from './plan-markdown.ts';

function hugePlan(count: number): Plan {
  const changes: Change[] = Array.from({ length: count }, (_, i) =>
    looseChange({
      action: i % 3 === 0 ? 'delete' : 'create',
      kind: 'org_membership',
      address: `org[team-${String(i % 150).padStart(3, '0')}].member[user-${i}@a-rather-long-domain-name.example.com]`,
      before: i % 3 === 0 ? { role: 'Org Collaborator' } : null,
      after: i % 3 === 0 ? null : { role: 'Org Collaborator' },
    }),
  );
  const deletes = changes.filter((c) => c.action === 'delete').length;
  return {
    formatVersion: 1,
    groupId: GROUP_ID,
    fingerprint: 'sha256:0',
    changes,
    summary: { create: count - deletes, update: 0, delete: deletes },
    warnings: Array.from({ length: 100 }, (_, i) => ({
      code: 'ORG_SLUG_DIFFERS',
      message: `warning ${i}`,
      address: orgAddress(`team-${i}`),
    })),
    desired: desiredState(),
  };
}

describe('renderPlanMarkdown', () => {
  it('renders a summary table and a collapsible diff per scope', () => {
    expect(renderPlanMarkdown(samplePlan(), { title: 'Plan for snyk-gitops.yaml' })).toMatchInlineSnapshot(`
      "### Plan for snyk-gitops.yaml

      **Plan: 4 to add, 4 to change, 2 to destroy.**

      | Scope | Add | Change | Destroy |
      |---|--:|--:|--:|
      | \`group\` | 1 | 1 | 1 |
      | \`org[mobile]\` | 2 | 0 | 0 |
      | \`org[payments]\` | 1 | 3 | 1 |

      <details><summary><code>group</code>: 1 to add, 1 to change, 1 to destroy</summary>

      \`\`\`diff
      ! group.settings
      !     sessionLength: 30 → 50
      + group.member[carol@acme.com]  (role: Group Member)
      - group.tag[team:legacy]  (key: team, value: legacy)
      \`\`\`
      > Snyk refuses to delete a tag while projects carry it; prune.groupTags: force removes it from them.

      </details>

      <details><summary><code>org[mobile]</code>: 2 to add, 0 to change, 0 to destroy</summary>

      \`\`\`diff
      + org[mobile]  (name: Mobile, slug: mobile, template: golden)
      + org[mobile].member[bob@acme.com]  (role: Org Admin)
      \`\`\`

      </details>

      <details><summary><code>org[payments]</code>: 1 to add, 3 to change, 1 to destroy</summary>

      \`\`\`diff
      ! org[payments]
      !     name: Pay → Payments
      ! org[payments].settings
      !     requestAccess.enabled: false → true
      ! org[payments].member[bob@acme.com]
      !     role: Org Collaborator → Org Admin
      + org[payments].member[carol@acme.com]  (role: Org Collaborator)
      - org[payments].member[mallory@acme.com]  (role: Org Admin)
      \`\`\`

      </details>

      **Warnings**

      - \`group.tag[team:payments]\`: The tag team:payments does not exist in Snyk; a tag exists while a project carries it, so it cannot be created here.
      "
    `);
  });

  it('says when there is nothing to do', () => {
    const plan = { ...samplePlan(), changes: [], summary: { create: 0, update: 0, delete: 0 }, warnings: [] };
    expect(renderPlanMarkdown(plan)).toBe(
      '### snyk-gitops plan\n\n**No changes. Snyk matches the configuration.**\n',
    );
  });

  it('stays within the GitHub comment limit for a 3,000-change plan, summarising what does not fit', () => {
    const text = renderPlanMarkdown(hugePlan(3000));
    expect(text.length).toBeLessThanOrEqual(65_536);
    expect(text).toContain('**Plan: 2000 to add, 0 to change, 1000 to destroy.**');
    expect(text).toMatch(/too large for one comment: 3000 changes in 150 scopes, \d+ shown in full above/);
    expect(text).toContain('| … 90 more |');
    expect(text).toContain('- … and 70 more warnings');
    expect(text.split('<details>').length - 1).toBe(text.split('</details>').length - 1);
  });

  it('skips a scope too large to show and goes on with the ones after it', () => {
    const plan = hugePlan(300);
    // One scope (sorted first: the group) whose lines alone exceed the comment.
    const long = 'x'.repeat(2_000);
    const huge: Change[] = Array.from({ length: 60 }, (_, i) =>
      looseChange({
        action: 'create',
        kind: 'group_membership',
        address: `group.member[${long}-${i}@acme.com]`,
        after: { role: 'Group Member' },
      }),
    );
    const text = renderPlanMarkdown(
      {
        ...plan,
        changes: [...huge, ...plan.changes],
        summary: { ...plan.summary, create: plan.summary.create + 60 },
      },
      { maxLength: 60_000 },
    );
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).not.toContain('<details><summary><code>group</code>');
    expect(text).toContain('<details><summary><code>org[team-000]</code>');
    expect(text).toMatch(/151 scopes, 150 shown in full above/);
  });

  it('honours a smaller maxLength', () => {
    const text = renderPlanMarkdown(hugePlan(3000), { maxLength: 5_000 });
    expect(text.length).toBeLessThanOrEqual(5_000);
  });

  it("uses the plan text's words: one -/+ entry for a replacement, expires, settings as leaves", () => {
    const text = renderPlanMarkdown(readablePlan());
    expect(text).toContain('**Plan: 3 to add, 1 to change, 1 to destroy.**');
    expect(text).toContain(
      '-/+ org[payments].webhook[https://hooks.acme.com/snyk] must be replaced  (url: https://hooks.acme.com/snyk, secret: (from SNYK_HOOK_SECRET))',
    );
    expect(text).not.toMatch(/^- org\[payments\]\.webhook/m);
    expect(text).toContain('+ org[payments].member[eve@acme.com]  (role: Org Admin, expires: 2027-01-31)');
    expect(text).toContain('!     requestAccess.enabled: true → false');
    expect(text).toContain('<code>org[payments]</code>: 2 to add, 1 to change, 1 to destroy');
  });
});
