import { describe, expect, it } from 'vitest';
import {
  Address,
  compareAddresses,
  GROUP,
  groupMemberAddress,
  orgAddress,
  orgMemberAddress,
  scopeSortKey,
  scopeText,
  tenantMemberAddress,
} from './addresses.ts';

const parseAddress = (text: string) => Address.of(text);

describe('Address.of', () => {
  it('reads an org address into its slug and steps, keeping dots inside brackets', () => {
    expect(parseAddress('org[payments].member[bob.smith@acme.com]')).toEqual({
      text: 'org[payments].member[bob.smith@acme.com]',
      scope: { kind: 'org', slug: 'payments' },
      steps: [{ name: 'member', key: 'bob.smith@acme.com' }],
    });
  });

  it('reads a webhook URL with dots and brackets as one key', () => {
    const address = parseAddress('org[a].webhook[https://hooks.example.com/x?y=[1]]');
    expect(address.scope).toEqual({ kind: 'org', slug: 'a' });
    expect(address.steps).toEqual([{ name: 'webhook', key: 'https://hooks.example.com/x?y=[1]' }]);
  });

  it('reads settings parts without a key, and the org itself with no steps', () => {
    expect(parseAddress('org[a].settings').steps).toEqual([{ name: 'settings' }]);
    expect(parseAddress('org[a]').steps).toEqual([]);
  });

  it('puts group, tenant and group-level parts in their scope', () => {
    expect(parseAddress('group.member[x]')).toMatchObject({
      scope: { kind: 'group' },
      steps: [{ name: 'member', key: 'x' }],
    });
    expect(parseAddress('tenant.member[x]').scope).toEqual({ kind: 'tenant' });
    expect(parseAddress('tenant').scope).toEqual({ kind: 'tenant' });
    expect(parseAddress('roles.org')).toMatchObject({
      scope: { kind: 'group' },
      steps: [{ name: 'roles' }, { name: 'org' }],
    });
  });

  it('takes any text without throwing (names from Snyk are data)', () => {
    for (const text of ['', '[', ']]]', 'org[', 'org[]', '.....', 'org[x]y'])
      expect(parseAddress(text).text).toBe(text);
    expect(parseAddress('org[]').scope).toEqual({ kind: 'group' });
  });
});

describe('scopes', () => {
  it('write themselves as addresses and sort group, tenant, then orgs by slug', () => {
    const scopes = ['org[b]', 'tenant.member[x]', 'org[a].settings', 'group'].map(
      (t) => parseAddress(t).scope,
    );
    const sorted = [...scopes].sort((x, y) => scopeSortKey(x).localeCompare(scopeSortKey(y)));
    expect(sorted.map(scopeText)).toEqual(['group', 'tenant', 'org[a]', 'org[b]']);
  });
});

describe('an address as a value', () => {
  it('is one object per text, so ===, Map and Set compare addresses by their text', () => {
    const a = Address.of('org[payments].member[bob@acme.com]');
    expect(Address.of('org[payments].member[bob@acme.com]')).toBe(a);
    expect(orgMemberAddress('payments', 'bob@acme.com')).toBe(a);
    expect(orgAddress('payments').at('member', 'bob@acme.com')).toBe(a);
    expect(new Set([a, Address.of(a.text), orgMemberAddress('payments', 'bob@acme.com')]).size).toBe(1);
    expect(Address.of('org[payments].member[eve@acme.com]')).not.toBe(a);
  });

  it('writes itself as its text: in a template, in JSON, as a Map key read back', () => {
    const hook = orgAddress('a').at('webhook', 'https://h.example.com/x?y=[1]');
    expect(`${hook}`).toBe('org[a].webhook[https://h.example.com/x?y=[1]]');
    expect(JSON.stringify({ address: hook, dependsOn: [hook] })).toBe(
      '{"address":"org[a].webhook[https://h.example.com/x?y=[1]]","dependsOn":["org[a].webhook[https://h.example.com/x?y=[1]]"]}',
    );
    expect(hook.slug).toBe('a');
    expect(hook.steps).toEqual([{ name: 'webhook', key: 'https://h.example.com/x?y=[1]' }]);
  });

  it('builds group and tenant parts under their scope, and orders by text, code unit by code unit', () => {
    expect(groupMemberAddress('x').text).toBe('group.member[x]');
    expect(groupMemberAddress('x').scope).toEqual({ kind: 'group' });
    expect(tenantMemberAddress('x').scope).toEqual({ kind: 'tenant' });
    expect(GROUP.slug).toBeUndefined();
    const sorted = ['org[b]', 'org[B]', 'group.member[a]', 'org[a].x'].map(Address.of).sort(compareAddresses);
    expect(sorted.map(String)).toEqual(['group.member[a]', 'org[B]', 'org[a].x', 'org[b]']);
  });
});
