import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/prng.ts';
import { randomValues } from '../util/random-json.test-helpers.ts';
import { jsonLines } from './json-pieces.ts';
import { samplePlan } from './plan.test-helpers.ts';

function valueCases(seed: number, count: number): unknown[] {
  const random = createRandom(seed);
  const keys = ['a', 'line\nbreak', 'é😀', '"quoted"', '', 'x'.repeat(200)];
  const value = randomValues(random, {
    scalar: (pick) =>
      pick<unknown>([pick(keys), 3.5, -0, Number.NaN, null, true, undefined, () => 1, new Date(0)]),
    keys,
    maxDepth: 4,
    scalarBelow: 0.3,
    arrayBelow: 0.6,
    arrayItems: 5,
  });
  return Array.from({ length: count }, () => ({ top: value(), list: [value(), value()] }));
}

describe('jsonLines', () => {
  it('writes the text of JSON.stringify(value, null, 2) and a newline, whatever the depth', () => {
    for (const value of [...valueCases(16, 300), samplePlan()]) {
      for (const depth of [0, 1, 3, 10]) {
        expect([...jsonLines(value, { depth, size: 40 })].join('')).toBe(
          `${JSON.stringify(value, null, 2)}\n`,
        );
      }
    }
  });

  it('cuts only after a line break, into pieces of about the size asked', () => {
    const value = { orgs: Array.from({ length: 500 }, (_, i) => ({ slug: `org-${i}`, members: [i] })) };
    const pieces = [...jsonLines(value, { size: 1000 })];
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(1200);
    }
  });
});
