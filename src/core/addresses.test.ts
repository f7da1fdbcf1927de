import { describe, expect, it } from 'vitest';
import { parseAddress, scopeSortKey, scopeText } from './addresses.ts';

describe('parseAddress', () => {
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
