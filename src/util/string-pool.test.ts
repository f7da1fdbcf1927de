import { describe, expect, it } from 'vitest';
import { pooled, poolStrings, type StringPool } from './string-pool.ts';

describe('poolStrings', () => {
  it('keeps one copy of each distinct string, across values that share the pool', () => {
    const pool: StringPool = new Map();
    const role = ['Org ', 'Collaborator'].join('');
    const a = poolStrings(pool, { members: [{ user: 'a@example.com', role }], tags: ['x'] });
    const b = poolStrings(pool, [{ user: 'b@example.com', role: `Org Collaborator${''}` }]);
    expect(a).toEqual({ members: [{ user: 'a@example.com', role: 'Org Collaborator' }], tags: ['x'] });
    expect(b).toEqual([{ user: 'b@example.com', role: 'Org Collaborator' }]);
    expect([...pool.keys()].sort()).toEqual(['Org Collaborator', 'a@example.com', 'b@example.com', 'x']);
    expect(pooled(pool, 'Org Collaborator')).toBe(a.members[0]?.role);
  });

  it('leaves numbers, booleans, nulls and an own __proto__ key as they are', () => {
    const value = JSON.parse(
      '{"n": 1, "t": true, "z": null, "__proto__": "Org Collaborator", "s": "Org Collaborator"}',
    );
    const before = Object.getPrototypeOf(value);
    expect(poolStrings(new Map(), value)).toBe(value);
    expect(Object.getPrototypeOf(value)).toBe(before);
    expect(Object.entries(value)).toEqual([
      ['n', 1],
      ['t', true],
      ['z', null],
      ['__proto__', 'Org Collaborator'],
      ['s', 'Org Collaborator'],
    ]);
  });
});

describe('poolStrings over a value that contains itself (a recursive YAML alias)', () => {
  it('visits each object once', () => {
    const list: unknown[] = ['Org Collaborator'];
    list.push(list);
    const pool: StringPool = new Map();
    expect(poolStrings(pool, { a: list, b: list })).toEqual({ a: list, b: list });
    expect([...pool.keys()]).toEqual(['Org Collaborator']);
  });
});
