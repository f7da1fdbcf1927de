import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/prng.ts';
import { randomValues } from '../util/random-json.test-helpers.ts';
import { canonicalJson, writeCanonicalJson } from './json.ts';

/** Values with the cases that order arrays: ties, shared beginnings, one form beginning another. */
function valueCases(seed: number, count: number): unknown[] {
  const random = createRandom(seed);
  const keys = [
    'a',
    'b',
    'ab',
    'a"b',
    'é',
    '😀',
    'k'.repeat(40),
    'k'.repeat(41),
    'x'.repeat(300),
    '',
    '[',
    ',',
  ];
  const value = randomValues(random, {
    scalar: (pick) =>
      pick<unknown>([pick(keys), Math.floor(random() * 100) / 7, null, true, false, undefined]),
    keys,
    maxDepth: 3,
    scalarBelow: 0.3,
    arrayBelow: 0.65,
    arrayItems: 6,
  });
  return Array.from({ length: count }, () => {
    const v = value();
    return [v, structuredClone(v), value(), [v, v], { a: v }, { a: v, b: 1 }];
  });
}

describe('writeCanonicalJson', () => {
  it('writes exactly the text of canonicalJson, with and without sorted arrays', () => {
    for (const value of valueCases(19, 300)) {
      for (const sortArrays of [true, false]) {
        let text = '';
        writeCanonicalJson(value, sortArrays, (piece) => {
          text += piece;
        });
        expect(text).toBe(canonicalJson(value, { sortArrays }));
      }
    }
  });
});
