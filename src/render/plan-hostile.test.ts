// Names, emails, role names and notes come from Snyk: any user of one org can set them. The
// plan renderers must show them as characters, in the terminal and in a pull-request comment.
import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { planAround } from '../core/builders.test-helpers.ts';
import type { Change, Plan } from '../core/types.ts';
import { itShowsHostileDataAsText } from './hostile.test-helpers.ts';
import { renderPlanMarkdown } from './plan-markdown.ts';
import { renderPlanText } from './plan-text.ts';

function planWith(data: string): Plan {
  const changes: Change[] = [
    {
      action: 'update',
      kind: 'org',
      address: Address.of(`org[${data}]`),
      before: { name: data },
      after: { name: `${data}!` },
      patch: [{ op: 'replace', path: '/name', value: `${data}!` }],
      dependsOn: [],
      target: { orgId: 'org-1', name: `${data}!` },
      note: data,
    },
    {
      action: 'create',
      kind: 'group_membership',
      address: Address.of(`group.member[${data}]`),
      before: null,
      after: { role: data },
      patch: [],
      dependsOn: [],
      target: { groupId: 'group-1', userId: 'user-1', roleId: 'role-1' },
    },
  ];
  return planAround(changes, {
    summary: { create: 1, update: 1, delete: 0 },
    warnings: [
      { code: 'import-needs-personal-token', message: data },
      {
        code: 'TAG_NOT_CREATABLE',
        message: `The tag ${data} does not exist`,
        address: Address.of(`group.tag[${data}]`),
      },
    ],
  });
}

describe('the plan with hostile data', () => {
  itShowsHostileDataAsText({
    markdown: (data) => renderPlanMarkdown(planWith(data), { title: data }),
    text: (data) => renderPlanText(planWith(data), { color: false }),
  });

  it('keeps the data readable in markdown: a mention is code, an email stays whole', () => {
    const text = renderPlanMarkdown(planWith('ping @acme/security, bob@acme.com'));
    expect(text).toContain('- ping `@acme/security`, `bob@acme.com`');
  });

  it('writes escapes a terminal reader can decode', () => {
    const text = renderPlanText(planWith('a\u001b[2Jb\rc\n::warning::d'), { color: false });
    expect(text).toContain('org[a\\u001b[2Jb\\rc\\n::warning::d]');
  });
});
