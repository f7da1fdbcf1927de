import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredState, liveState } from '../builders.test-helpers.ts';
import { DEFAULT_PRUNE as PRUNE } from '../desired-parts.ts';
import { GROUP_ID } from '../fixtures.test-helpers.ts';
import { plan } from '../planning.test-helpers.ts';

describe('group tags', () => {
  const live = liveState({
    group: {
      tags: [
        { key: 'team', value: 'payments' },
        { key: 'team', value: 'legacy' },
      ],
    },
  });
  const tags = [
    { key: 'team', value: 'payments' },
    { key: 'env', value: 'prod' },
  ];

  it('warns that a listed tag Snyk lacks cannot be created, and keeps unlisted tags by default', () => {
    const p = plan(desiredState({ group: { id: GROUP_ID, tags } }), live);
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => [w.code, w.address?.text])).toEqual([
      ['TAG_NOT_CREATABLE', 'group.tag[env:prod]'],
    ]);
  });

  it.each([
    [true, 'false', 'Snyk refuses'],
    ['force', 'true', 'Also removes'],
  ] as const)('deletes unlisted tags with prune.groupTags %s', (groupTags, force, note) => {
    const p = plan(desiredState({ group: { id: GROUP_ID, tags }, prune: { ...PRUNE, groupTags } }), live);
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'delete',
        kind: 'group_tag',
        address: Address.of('group.tag[team:legacy]'),
        target: { groupId: GROUP_ID, key: 'team', value: 'legacy', force },
        note: expect.stringContaining(note),
      }),
    ]);
  });

  it('leaves tags alone when the file has no tags key', () => {
    expect(plan(desiredState({ prune: { ...PRUNE, groupTags: true } }), live).changes).toEqual([]);
  });
});
