import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/prng.ts';
import { canonicalJson, writeCanonicalJson } from './json.ts';

/** Values with the cases that order arrays: ties, shared beginnings, one form beginning another. */
function valueCases(seed: number, count: number): unknown[] {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const words = [
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
  const scalar = () =>
    pick<unknown>([pick(words), Math.floor(random() * 100) / 7, null, true, false, undefined]);
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 3 || r < 0.3) return scalar();
    if (r < 0.65) return Array.from({ length: Math.floor(random() * 6) }, () => value(depth + 1));
    const record: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--) record[pick(words)] = value(depth + 1);
    return record;
  };
  return Array.from({ length: count }, () => {
    const v = value(0);
    return [v, structuredClone(v), value(0), [v, v], { a: v }, { a: v, b: 1 }];
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
