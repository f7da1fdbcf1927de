import { describe, expect, it } from 'vitest';
import { anyRuleMatches, globToRegExp, listFilterOf, literalPrefix, ruleMatches } from './project-match.ts';
import type { ProjectRule } from './types.ts';

const project = (name: string, type = 'npm', origin = 'github') => ({ name, type, origin });
const rule = (match: ProjectRule['match']): ProjectRule => ({ match });

describe('name globs', () => {
  it('lets * cross / and : so that one glob covers a repository and its manifests', () => {
    expect(globToRegExp('acme/payments-*').test('acme/payments-api:package.json')).toBe(true);
    expect(globToRegExp('*').test('acme/x/y:z')).toBe(true);
    expect(globToRegExp('*:pom.xml').test('acme/api:pom.xml')).toBe(true);
    expect(globToRegExp('*:pom.xml').test('acme/api:package.json')).toBe(false);
  });

  it('matches ? as one character and everything else literally, case-sensitively', () => {
    expect(globToRegExp('svc-?').test('svc-1')).toBe(true);
    expect(globToRegExp('svc-?').test('svc-12')).toBe(false);
    expect(globToRegExp('a.b(c)[d]+').test('a.b(c)[d]+')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
    expect(globToRegExp('Acme/*').test('acme/api')).toBe(false);
  });

  it('takes the literal prefix up to the first wildcard', () => {
    expect(literalPrefix('acme/payments-*')).toBe('acme/payments-');
    expect(literalPrefix('*')).toBe('');
    expect(literalPrefix('exact-name')).toBe('exact-name');
    expect(literalPrefix('a?b*')).toBe('a');
  });
});

describe('rule matching', () => {
  it('requires everything the match gives: name glob, exact type, exact origin', () => {
    const r = rule({ name: 'acme/payments-*', type: 'npm', origin: 'github' });
    expect(ruleMatches(r, project('acme/payments-api:package.json'))).toBe(true);
    expect(ruleMatches(r, project('acme/payments-api:pom.xml', 'maven'))).toBe(false);
    expect(ruleMatches(r, project('acme/payments-api:package.json', 'npm', 'cli'))).toBe(false);
    expect(ruleMatches(r, project('acme/mobile:package.json'))).toBe(false);
    expect(ruleMatches(rule({ type: 'sast' }), project('anything', 'sast'))).toBe(true);
  });

  it('keeps a project when any rule matches it', () => {
    const rules = [rule({ type: 'maven' }), rule({ origin: 'cli' })];
    expect(anyRuleMatches(rules, project('x', 'npm', 'cli'))).toBe(true);
    expect(anyRuleMatches(rules, project('x', 'npm', 'github'))).toBe(false);
    expect(anyRuleMatches([], project('x'))).toBe(false);
  });
});

describe('the server-side list filter', () => {
  it('uses a literal name prefix, the type and the origin of a single rule', () => {
    expect(listFilterOf([rule({ name: 'acme/payments-*', type: 'npm', origin: 'github' })])).toEqual({
      namesStartWith: ['acme/payments-'],
      types: ['npm'],
      origins: ['github'],
    });
  });

  it('unites the rules per filter, dropping a filter that some rule does not constrain', () => {
    expect(
      listFilterOf([rule({ name: 'acme/a-*', type: 'npm' }), rule({ name: 'acme/b-*', origin: 'cli' })]),
    ).toEqual({ namesStartWith: ['acme/a-', 'acme/b-'] });
    expect(listFilterOf([rule({ name: '*', type: 'npm' }), rule({ type: 'maven' })])).toEqual({
      types: ['maven', 'npm'],
    });
  });

  it('keeps the shorter of two nested prefixes and never sends a value holding a comma', () => {
    expect(listFilterOf([rule({ name: 'acme/*' }), rule({ name: 'acme/pay*' })])).toEqual({
      namesStartWith: ['acme/'],
    });
    expect(listFilterOf([rule({ name: 'a,b*', type: 'npm' })])).toEqual({ types: ['npm'] });
  });

  it('every project a rule matches passes the filter (checked over a spread of projects)', () => {
    const rules = [
      rule({ name: 'acme/pay*', type: 'npm' }),
      rule({ name: 'acme/p?y-*', origin: 'github', type: 'maven' }),
      rule({ name: 'acme/data*', type: 'pip' }),
    ];
    const filter = listFilterOf(rules);
    const names = ['acme/pay-1', 'acme/pxy-2', 'acme/data:req.txt', 'acme/other', 'acme/payments:pom.xml'];
    for (const name of names)
      for (const type of ['npm', 'maven', 'pip', 'sast'])
        for (const origin of ['github', 'cli']) {
          const p = project(name, type, origin);
          if (!anyRuleMatches(rules, p)) continue;
          expect(filter.namesStartWith?.some((prefix) => name.startsWith(prefix)) ?? true).toBe(true);
          expect(filter.types?.includes(type) ?? true).toBe(true);
          expect(filter.origins?.includes(origin) ?? true).toBe(true);
        }
  });
});
