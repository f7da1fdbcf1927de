import { describe, expect, it } from 'vitest';
import { limitSize } from './limit-size.ts';
import { maskEmail, maskEmails } from './mask-emails.ts';

describe('maskEmails', () => {
  it('replaces every email with a stable short hash, the same for any letter case', () => {
    const masked = maskEmails('org[payments].member[Bob@Acme.com] and bob@acme.com, alice@mail.acme.co.uk.');
    expect(masked).not.toMatch(/acme/);
    expect(maskEmail('bob@acme.com')).toMatch(/^user-[0-9a-f]{8}@masked$/);
    expect(masked).toBe(
      `org[payments].member[${maskEmail('bob@acme.com')}] and ${maskEmail('bob@acme.com')}, ${maskEmail('alice@mail.acme.co.uk')}.`,
    );
  });

  it('gives different users different masks and leaves masked text unchanged', () => {
    expect(maskEmail('a@acme.com')).not.toBe(maskEmail('b@acme.com'));
    const once = maskEmails('a@acme.com');
    expect(maskEmails(once)).toBe(once);
  });
});

describe('limitSize', () => {
  it('leaves text under the limit alone', () => {
    expect(limitSize('short', 100, 'cut')).toBe('short');
  });

  it('cuts at a line boundary, closes an open code fence and appends the notice within the limit', () => {
    const text = ['# Plan', '```', ...Array.from({ length: 1000 }, (_, i) => `+ line ${i}`), '```'].join(
      '\n',
    );
    const result = limitSize(text, 500, '> truncated');
    expect(result.length).toBeLessThanOrEqual(500);
    expect(result.endsWith('```\n\n> truncated')).toBe(true);
    expect(result.split('\n').filter((l) => l === '```')).toHaveLength(2);
  });
});
