import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/prng.ts';
import { jsonLines } from './json-pieces.ts';
import { samplePlan } from './plan.test-helpers.ts';

function valueCases(seed: number, count: number): unknown[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const words = ['a', 'line\nbreak', 'é😀', '"quoted"', '', 'x'.repeat(200)];
  const scalar = () =>
    pick<unknown>([pick(words), 3.5, -0, Number.NaN, null, true, undefined, () => 1, new Date(0)]);
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 4 || r < 0.3) return scalar();
    if (r < 0.6) return Array.from({ length: Math.floor(random() * 5) }, () => value(depth + 1));
    const record: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--) record[pick(words)] = value(depth + 1);
    return record;
  };
  return Array.from({ length: count }, () => ({ top: value(0), list: [value(0), value(0)] }));
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
