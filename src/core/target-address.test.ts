import { describe, expect, it } from 'vitest';
import { Address } from './addresses.ts';
import { addressInputProblem, parseTarget, parseTargets, type Target } from './target-address.ts';

const target = (text: string) => parseTarget(text) as Target;

describe('--target addresses', () => {
  const cases: { rule: string; text: string; matches: string[]; misses: string[]; org?: string }[] = [
    {
      rule: 'selects an address and everything inside it',
      text: 'org[payments]',
      matches: ['org[payments]', 'org[payments].member[bob@acme.com]'],
      misses: ['org[payments-eu]'],
      org: 'payments',
    },
    {
      rule: 'globs within a segment: * does not cross brackets',
      text: 'org[pay*].member[*@acme.com]',
      matches: ['org[payments].member[bob@acme.com]'],
      misses: ['org[payments].member[bob@other.com]', 'org[payments].settings'],
      org: 'pay-eu',
    },
    {
      rule: 'globs within a segment: * crosses dots inside brackets',
      text: 'group.member[*]',
      matches: ['group.member[a.b@acme.com]'],
      misses: ['group.settings'],
    },
  ];
  for (const { rule, text, matches, misses, org } of cases)
    describe(`${text}: ${rule}`, () => {
      const t = target(text);
      it.each(matches)('matches %s', (address) => expect(t.matches(Address.of(address))).toBe(true));
      it.each(misses)('does not match %s', (address) => expect(t.matches(Address.of(address))).toBe(false));
      if (org !== undefined) it(`selects the org ${org}`, () => expect(t.selectsOrg(org)).toBe(true));
    });

  it('refuses what is not an address, with examples', () => {
    expect(parseTarget('payments')).toMatch(/starts with 'payments'.*org\[payments\]/);
    expect(parseTarget('org')).toMatch(/needs a name in brackets/);
    expect(parseTarget('org[a')).toMatch(/is not an address/);
    expect(parseTarget('user[*@acme.com]')).toMatch(/names one person/);
  });

  it('keeps a user target alone', () => {
    expect(parseTargets(['user[a@b.c]', 'org[x]'])).toMatchObject({ ok: false });
    expect(parseTargets(['org[x]', 'group.member[y]'])).toMatchObject({ ok: true });
  });
});

describe('command-line input', () => {
  it('refuses an address longer than the bound before building any pattern from it', () => {
    const long = `org[${'a'.repeat(100_000)}]`;
    const parsed = parseTarget(long);
    expect(typeof parsed).toBe('string');
    expect(String(parsed)).toMatch(
      /^--target 'org\[a{56}…' is 100,005 characters long; an address has at most 2,048$/,
    );
    expect(addressInputProblem('--replace', 'org[a]')).toBeUndefined();
  });

  it('echoes control and bidi characters escaped', () => {
    expect(parseTarget('bogus\u202e[x]')).toContain('bogus\\u202e[x]');
    expect(parseTarget('org[\u001b]]')).not.toMatch(/\u001b/);
  });
});
