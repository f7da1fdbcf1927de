import { describe, expect, it } from 'vitest';
import { validateTexts, withGroup } from './config.test-helpers.ts';

describe('what each config file defines', () => {
  it('names the orgs of each file and the group-wide sections it sets', () => {
    const result = validateTexts({
      'group.yaml': withGroup('prune: { orgs: false }\norgs:\n  - { slug: golden, name: Golden }\n'),
      'teams/payments.yaml': [
        '$schema: ../schema.json',
        'version: 1',
        'orgs:',
        '  - { slug: payments, name: Payments }',
        '  - { slug: payments-eu, name: Payments EU }',
        '',
      ].join('\n'),
      'teams/empty.yaml': 'version: 1\n',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.contents).toEqual([
      { file: 'group.yaml', orgs: ['golden'], sections: ['group', 'prune'] },
      { file: 'teams/payments.yaml', orgs: ['payments', 'payments-eu'], sections: [] },
      { file: 'teams/empty.yaml', orgs: [], sections: [] },
    ]);
  });
});
