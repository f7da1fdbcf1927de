import { describe, expect, it } from 'vitest';
import { parseTarget, parseTargets, type Target } from './target-address.ts';

const target = (text: string) => parseTarget(text) as Target;

describe('--target addresses', () => {
  it('selects an address and everything inside it', () => {
    const t = target('org[payments]');
    expect(t.matches('org[payments]')).toBe(true);
    expect(t.matches('org[payments].member[bob@acme.com]')).toBe(true);
    expect(t.matches('org[payments-eu]')).toBe(false);
    expect(t.selectsOrg('payments')).toBe(true);
  });

  it('globs within a segment: * does not cross brackets, and crosses dots inside them', () => {
    const t = target('org[pay*].member[*@acme.com]');
    expect(t.matches('org[payments].member[bob@acme.com]')).toBe(true);
    expect(t.matches('org[payments].member[bob@other.com]')).toBe(false);
    expect(t.matches('org[payments].settings')).toBe(false);
    expect(t.selectsOrg('pay-eu')).toBe(true);
    expect(target('group.member[*]').matches('group.member[a.b@acme.com]')).toBe(true);
    expect(target('group.member[*]').matches('group.settings')).toBe(false);
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
