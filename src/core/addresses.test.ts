import { describe, expect, it } from 'vitest';
import { Address, compareAddresses, GROUP, scopeSortKey, scopeText, TENANT } from './addresses.ts';

describe('Address.of', () => {
  it('reads an org address into its slug and steps, keeping dots inside brackets', () => {
    const { text, scope, steps } = Address.of('org[payments].member[bob.smith@acme.com]');
    expect({ text, scope, steps }).toEqual({
      text: 'org[payments].member[bob.smith@acme.com]',
      scope: { kind: 'org', slug: 'payments' },
      steps: [{ name: 'member', key: 'bob.smith@acme.com' }],
    });
  });

  it('reads a webhook URL with dots and brackets as one key', () => {
    const address = Address.of('org[a].webhook[https://hooks.example.com/x?y=[1]]');
    expect(address.scope).toEqual({ kind: 'org', slug: 'a' });
    expect(address.steps).toEqual([{ name: 'webhook', key: 'https://hooks.example.com/x?y=[1]' }]);
  });

  it('reads settings parts without a key, and the org itself with no steps', () => {
    expect(Address.of('org[a].settings').steps).toEqual([{ name: 'settings' }]);
    expect(Address.of('org[a]').steps).toEqual([]);
  });

  it('puts group, tenant and group-level parts in their scope', () => {
    expect(Address.of('group.member[x]')).toMatchObject({
      scope: { kind: 'group' },
      steps: [{ name: 'member', key: 'x' }],
    });
    expect(Address.of('tenant.member[x]').scope).toEqual({ kind: 'tenant' });
    expect(Address.of('tenant').scope).toEqual({ kind: 'tenant' });
    expect(Address.of('roles.org')).toMatchObject({
      scope: { kind: 'group' },
      steps: [{ name: 'roles' }, { name: 'org' }],
    });
  });

  it('takes any text without throwing (names from Snyk are data)', () => {
    for (const text of ['', '[', ']]]', 'org[', 'org[]', '.....', 'org[x]y'])
      expect(Address.of(text).text).toBe(text);
    expect(Address.of('org[]').scope).toEqual({ kind: 'group' });
  });
});

describe('scopes', () => {
  it('write themselves as addresses and sort group, tenant, then orgs by slug', () => {
    const scopes = ['org[b]', 'tenant.member[x]', 'org[a].settings', 'group'].map((t) => Address.of(t).scope);
    const sorted = [...scopes].sort((x, y) => scopeSortKey(x).localeCompare(scopeSortKey(y)));
    expect(sorted.map(scopeText)).toEqual(['group', 'tenant', 'org[a]', 'org[b]']);
  });
});

describe('an address as a value', () => {
  it('is one object per text, so ===, Map and Set compare addresses by their text', () => {
    const a = Address.of('org[payments].member[bob@acme.com]');
    expect(Address.of('org[payments].member[bob@acme.com]')).toBe(a);
    expect(Address.of('org[payments]').at('member', 'bob@acme.com')).toBe(a);
    expect(
      new Set([a, Address.of(a.text), Address.of('org[payments]').at('member', 'bob@acme.com')]).size,
    ).toBe(1);
    expect(Address.of('org[payments].member[eve@acme.com]')).not.toBe(a);
  });

  it('writes itself as its text: in a template, in JSON, as a Map key read back', () => {
    const hook = Address.of('org[a]').at('webhook', 'https://h.example.com/x?y=[1]');
    expect(`${hook}`).toBe('org[a].webhook[https://h.example.com/x?y=[1]]');
    expect(JSON.stringify({ address: hook, dependsOn: [hook] })).toBe(
      '{"address":"org[a].webhook[https://h.example.com/x?y=[1]]","dependsOn":["org[a].webhook[https://h.example.com/x?y=[1]]"]}',
    );
    expect(hook.slug).toBe('a');
    expect(hook.steps).toEqual([{ name: 'webhook', key: 'https://h.example.com/x?y=[1]' }]);
  });

  it('builds group and tenant parts under their scope, and orders by text, code unit by code unit', () => {
    expect(GROUP.at('member', 'x').text).toBe('group.member[x]');
    expect(GROUP.at('member', 'x').scope).toEqual({ kind: 'group' });
    expect(TENANT.at('member', 'x')).toBe(Address.of('tenant.member[x]'));
    expect(GROUP.slug).toBeUndefined();
    const sorted = ['org[b]', 'org[B]', 'group.member[a]', 'org[a].x'].map(Address.of).sort(compareAddresses);
    expect(sorted.map(String)).toEqual(['group.member[a]', 'org[B]', 'org[a].x', 'org[b]']);
  });
});
