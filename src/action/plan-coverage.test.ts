import { describe, expect, it } from 'vitest';
import { coverageObjections } from './plan-coverage.ts';
import { digestChanges, listChanges } from './plan-digest.ts';
import { membershipChange } from './run.test-helpers.ts';

const same = (text: string) => text;
const planOf = (...emails: string[]) => {
  const changes = emails.map((email) => membershipChange(email));
  return { digest: digestChanges(changes), lines: listChanges(changes, same) };
};
const reviewOf = (number: number, ...emails: string[]) => {
  const { digest, lines } = planOf(...emails);
  return { number, review: { digest, changes: lines } };
};

describe('coverageObjections', () => {
  it('accepts a plan whose changes are the union of the reviewed plans', () => {
    expect(
      coverageObjections(planOf('a@x.io', 'b@x.io'), [reviewOf(1, 'a@x.io'), reviewOf(2, 'b@x.io')]),
    ).toEqual([]);
  });

  it('accepts an empty plan and a plan with fewer changes than reviewed', () => {
    expect(coverageObjections(planOf(), [])).toEqual([]);
    expect(coverageObjections(planOf('a@x.io'), [reviewOf(1, 'a@x.io', 'b@x.io')])).toEqual([]);
  });

  it('names the changes no review covers, and why a PR did not count', () => {
    const changed = membershipChange('b@x.io', 'Org Admin');
    const plan = planOf('a@x.io', 'c@x.io');
    const lines = [...plan.lines, ...listChanges([changed], same)];
    const objections = coverageObjections({ digest: 'sha256:other', lines }, [
      reviewOf(1, 'a@x.io', 'b@x.io'),
      { number: 2, problem: 'pull request #2 has no plan comment' },
    ]);
    expect(objections).toEqual([
      'pull request #2 has no plan comment',
      'new since review: create org[payments].member[c@x.io]',
      'changed since review: create org[payments].member[b@x.io]',
    ]);
  });

  it('with a review too large to list, accepts only the identical plan', () => {
    const plan = planOf('a@x.io');
    expect(coverageObjections(plan, [{ number: 1, review: { digest: plan.digest } }])).toEqual([]);
    expect(coverageObjections(planOf('b@x.io'), [{ number: 1, review: { digest: plan.digest } }])).toEqual([
      'the plan comment of pull request #1 was too large to list its changes; only a plan identical to it would count',
      'new since review: create org[payments].member[b@x.io]',
    ]);
  });
});
