import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { compileAddressGlob, compileIgnoreRules } from './ignore.ts';

describe('drift.ignore address globs', () => {
  it('takes brackets literally, so an address reads as written', () => {
    const legacy = compileAddressGlob('org[legacy-*].member[*]');
    expect(legacy('org[legacy-tools].member[bob@acme.com]')).toBe(true);
    expect(legacy('org[payments].member[bob@acme.com]')).toBe(false);
    expect(legacy('org[legacy-tools]')).toBe(false);
    expect(compileAddressGlob('org[l]')('org[l]')).toBe(true);
    expect(compileAddressGlob('org[l]')('orgl')).toBe(false);
  });

  it('compares case-insensitively (addresses carry lowercased emails)', () => {
    expect(compileAddressGlob('group.member[*@Contractor.com]')('group.member[eve@contractor.com]')).toBe(
      true,
    );
  });

  it('needs every field a rule sets to match, and reports the first matching rule', () => {
    const matcher = compileIgnoreRules([
      { kind: 'org_membership', address: 'org[data].*' },
      { kind: 'group_tag' },
    ]);
    expect(matcher.match({ kind: 'org_membership', address: Address.of('org[data].member[x]') })).toBe(0);
    expect(matcher.match({ kind: 'org_settings', address: Address.of('org[data].settings') })).toBe(-1);
    expect(matcher.match({ kind: 'group_tag', address: Address.of('group.tag[a:b]') })).toBe(1);
  });
});
