import { describe, expect, it } from 'vitest';
import { Address } from './addresses.ts';
import { personTarget } from './person-scope.ts';

describe('personTarget', () => {
  const target = (username: string) => personTarget(`user[${username}]`, { id: 'u1', username });

  it("selects the person's memberships in the group and in every org, and nothing else", () => {
    const bob = target('bob');
    expect(bob.matches(Address.of('group.member[bob]'))).toBe(true);
    expect(bob.matches(Address.of('org[payments].member[bob]'))).toBe(true);
    expect(bob.matches(Address.of('tenant.member[bob]'))).toBe(false);
    expect(bob.matches(Address.of('org[payments].member[bobby]'))).toBe(false);
    expect(bob.matches(Address.of('org[payments].pending[bob]'))).toBe(false);
    expect(bob.matches(Address.of('org[payments].settings'))).toBe(false);
  });

  it('takes a name from Snyk with brackets and dots as data', () => {
    const odd = target('a].b[c');
    expect(odd.matches(Address.of('org[payments].member[a].b[c]'))).toBe(true);
    expect(odd.matches(Address.of('group.member[a].b[c]'))).toBe(true);
    expect(odd.matches(Address.of('org[payments].member[a]'))).toBe(false);
  });
});
