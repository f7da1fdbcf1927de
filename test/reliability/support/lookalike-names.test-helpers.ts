// Seeded lookalikes of a name (issue 34): some of its characters replaced by confusables from
// other scripts (Cyrillic, Greek, Armenian, fullwidth, mathematical letters), invisible
// characters inserted (zero-width space and joiner, soft hyphen, word joiner, BOM, bidi
// controls), or accents added. Deterministic per seed.
import type { Random } from '../../../src/util/prng.ts';

const CONFUSABLE: Record<string, readonly string[]> = {
  a: ['\u0430', '\u03b1', '\uff41', '\ud835\udc1a'],
  c: ['\u0441', '\u03f2', '\uff43'],
  e: ['\u0435', '\u0435', '\uff45', '\ud835\udc1e'],
  i: ['\u0456', '\u03b9', '\u0131'],
  l: ['\u04cf', '\u0049', '\u0031', '\u01c0'],
  m: ['rn', '\u043c'],
  o: ['\u043e', '\u03bf', '\u0585', '\u0030'],
  p: ['\u0440', '\u03c1'],
  s: ['\u0455', '\uff53'],
  u: ['\u057d', '\u03c5'],
  x: ['\u0445', '\u03c7'],
  '.': ['\u2024', '\uff0e'],
  '@': ['\uff20'],
};
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u202e', '\u2066', '\u00a0'];
const ACCENTS = ['\u0301', '\u0308', '\u0323'];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** One lookalike of `name`, and which family of change made it. */
export function lookalikeOf(name: string, random: Random): { kind: string; name: string } {
  const chars = [...name];
  const kind = pick(random, ['confusable', 'invisible', 'accent', 'mixed']);
  const n = 1 + Math.floor(random() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(random() * chars.length);
    const char = chars[at] ?? '';
    if (kind === 'invisible') chars.splice(at, 0, pick(random, INVISIBLE));
    else if (kind === 'accent') chars[at] = `${char}${pick(random, ACCENTS)}`;
    else {
      const options = CONFUSABLE[char.toLowerCase()];
      if (options !== undefined) chars[at] = pick(random, options);
      if (kind === 'mixed' && random() < 0.5) chars.splice(at, 0, pick(random, INVISIBLE));
    }
  }
  return { kind, name: chars.join('') };
}
