import { describe, expect, it } from 'vitest';
import { personTarget } from './person-scope.ts';

describe('personTarget', () => {
  const target = (username: string) => personTarget(`user[${username}]`, { id: 'u1', username });

  it("selects the person's memberships in the group and in every org, and nothing else", () => {
    const bob = target('bob');
    expect(bob.matches('group.member[bob]')).toBe(true);
    expect(bob.matches('org[payments].member[bob]')).toBe(true);
    expect(bob.matches('tenant.member[bob]')).toBe(false);
    expect(bob.matches('org[payments].member[bobby]')).toBe(false);
    expect(bob.matches('org[payments].pending[bob]')).toBe(false);
    expect(bob.matches('org[payments].settings')).toBe(false);
  });

  it('takes a name from Snyk with brackets and dots as data', () => {
    const odd = target('a].b[c');
    expect(odd.matches('org[payments].member[a].b[c]')).toBe(true);
    expect(odd.matches('group.member[a].b[c]')).toBe(true);
    expect(odd.matches('org[payments].member[a]')).toBe(false);
  });
});
