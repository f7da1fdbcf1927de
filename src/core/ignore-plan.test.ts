// The comparison of one project's ignores with what the rules want (docs/configuration.md#ignores-as-code).
import { describe, expect, it } from 'vitest';
import { diffIgnores, type IndexedRule } from './ignore-plan.ts';
import type { IgnoreRule, LiveIgnore, LiveProject } from './types.ts';

const SELF = 'self-id';
const NOW = new Date('2026-12-06T12:00:00Z');
const ISSUE = 'SNYK-JS-LODASH-567746';

const project = (ignores: LiveIgnore[]): LiveProject => ({
  id: 'p1',
  name: 'acme/payments-api:package.json',
  type: 'npm',
  origin: 'github',
  tags: [],
  attributes: {},
  ignores,
});

const rule = (over: Partial<IgnoreRule> = {}): IgnoreRule => ({
  issue: ISSUE,
  projects: { match: { type: 'npm' } },
  type: 'wont-fix',
  reason: 'tests only',
  ...over,
});

const indexed = (...rules: IgnoreRule[]): IndexedRule[] => rules.map((r, index) => ({ index, rule: r }));

const live = (over: Partial<LiveIgnore> = {}): LiveIgnore => ({
  issueId: ISSUE,
  path: '*',
  reason: '[snyk-gitops] tests only',
  reasonType: 'wont-fix',
  ignoredById: SELF,
  ...over,
});

describe('diffIgnores', () => {
  it('creates what is missing, on matching projects only', () => {
    expect(diffIgnores(project([]), indexed(rule()), SELF, true, NOW).creates).toEqual([
      { issueId: ISSUE, after: { type: 'wont-fix', reason: '[snyk-gitops] tests only' } },
    ]);
    const pip = { ...project([]), type: 'pip' };
    expect(diffIgnores(pip, indexed(rule()), SELF, true, NOW).creates).toEqual([]);
  });

  it('compares the end as an instant, and replaces two own ignores of one issue by one', () => {
    const at = rule({ expires: '2027-03-31' });
    const same = live({ expires: '2027-04-01T00:00:00Z' });
    expect(diffIgnores(project([same]), indexed(at), SELF, true, NOW).updates).toEqual([]);
    expect(diffIgnores(project([same, same]), indexed(at), SELF, true, NOW).updates).toHaveLength(1);
  });

  it("leaves someone else's ignore and an unprefixed one of the token's user, reporting them", () => {
    for (const theirs of [live({ ignoredById: 'other' }), live({ reason: 'by hand' })]) {
      const diff = diffIgnores(project([theirs]), indexed(rule()), SELF, true, NOW);
      expect(diff).toMatchObject({ creates: [], updates: [], deletes: [] });
      expect(diff.foreign).toHaveLength(1);
      // Not wanted: still not ours to delete.
      expect(diffIgnores(project([theirs]), [], SELF, true, NOW).deletes).toEqual([]);
    }
  });

  it('prunes own ignores no rule wants only with prune; never an issue shared with someone else', () => {
    const own = live({ issueId: 'SNYK-OLD-1' });
    expect(diffIgnores(project([own]), [], SELF, true, NOW).deletes).toHaveLength(1);
    expect(diffIgnores(project([own]), [], SELF, false, NOW).deletes).toEqual([]);
    const mixed = [own, live({ issueId: 'SNYK-OLD-1', ignoredById: 'other' })];
    expect(diffIgnores(project(mixed), [], SELF, true, NOW).deletes).toEqual([]);
  });

  it('deletes an expired rule’s own ignore without prune, and creates nothing for it', () => {
    const ended = rule({ expires: '2026-12-01' });
    const diff = diffIgnores(project([live()]), indexed(ended), SELF, false, NOW);
    expect(diff.deletes).toEqual([
      expect.objectContaining({
        issueId: ISSUE,
        expired: expect.objectContaining({ at: new Date('2026-12-02T00:00:00Z') }),
      }),
    ]);
    expect(diffIgnores(project([]), indexed(ended), SELF, false, NOW).creates).toEqual([]);
  });

  it('reports two rules that give one issue different reasons as a conflict between them', () => {
    const diff = diffIgnores(project([]), indexed(rule(), rule({ reason: 'other' })), SELF, true, NOW);
    expect(diff.conflicts).toEqual([{ issueId: ISSUE, first: 0, second: 1 }]);
  });
});
