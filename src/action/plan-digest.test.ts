import { describe, expect, it } from 'vitest';
import { digestChanges, formatReviewBlock, listChanges, parseReviewBlock } from './plan-digest.ts';
import { membershipChange } from './run.test-helpers.ts';

const same = (text: string) => text;

describe('plan digest', () => {
  it('is stable under key order and ignores apply-only ids', () => {
    const a = membershipChange('bob@acme.com');
    const b = {
      ...a,
      target: { orgSlug: 'other', userId: 'another-id', roleId: 'another-role' },
    } as typeof a;
    expect(digestChanges([a])).toBe(digestChanges([b]));
    expect(digestChanges([a])).not.toBe(digestChanges([membershipChange('bob@acme.com', 'Org Admin')]));
  });

  it('round-trips through the hidden comment block', () => {
    const changes = [membershipChange('bob@acme.com')];
    const block = formatReviewBlock({
      digest: digestChanges(changes),
      headSha: 'abcdef1',
      changes: listChanges(changes, same),
    });
    expect(parseReviewBlock(`<!-- snyk-gitops:plan:x -->\n${block}\nrest`)).toEqual({
      digest: digestChanges(changes),
      headSha: 'abcdef1',
      changes: listChanges(changes, same),
    });
    expect(parseReviewBlock('no block here')).toBeUndefined();
  });

  it('reads the block only from the marker lines at the top, not from data quoted below', () => {
    const changes = [membershipChange('bob@acme.com')];
    const forged = formatReviewBlock({ digest: digestChanges(changes) });
    expect(parseReviewBlock(`<!-- snyk-gitops:plan:x -->\n### plan\n${forged}`)).toBeUndefined();
  });
});
