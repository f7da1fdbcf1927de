import { describe, expect, it } from 'vitest';
import { closestMatch, closestMatches, didYouMean, editDistance } from './suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, ignoring case', () => {
    expect(editDistance('members', 'membres')).toBe(1);
    expect(editDistance('Org Admin', 'org admn')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
  });
});

describe('closestMatch', () => {
  it('suggests a near miss', () => {
    expect(closestMatch('invit', ['error', 'provision', 'invite'])).toBe('invite');
  });
  it('suggests nothing for a different word', () => {
    expect(closestMatch('colour', ['slug', 'name', 'members'])).toBeUndefined();
  });
  it('formats the hint', () => {
    expect(didYouMean('setings', ['settings'])).toBe(" Did you mean 'settings'?");
    expect(didYouMean('zzz', ['settings'])).toBe('');
  });
});

describe('closestMatches', () => {
  it('lists the near misses closest first, up to the limit', () => {
    const orgs = ['org[org-0002]', 'org[org-0020]', 'org[org-0200]', 'org[payments]'];
    expect(closestMatches('org[org-02]', orgs, 2)).toEqual(['org[org-0002]', 'org[org-0020]']);
    expect(closestMatches('org[zzz]', orgs, 3)).toEqual([]);
  });
});
