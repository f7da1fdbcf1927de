// Seeded mutations of a valid config: bytes, YAML structure, values. Deterministic per seed.
import { parseDocument, stringify } from 'yaml';
import type { Random } from '../../../src/util/prng.ts';

const NASTY_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  '',
  ' ',
  'x'.repeat(5000),
  '\u0000',
  '💥é\u202e',
  '*@*',
  '[',
  '../../etc/passwd',
  '4a18d42f-0706-4ad0-b127-24078731fbed',
  'not-an-email@',
  [],
  [null],
  {},
  { user: 1, role: [] },
  { '': '' },
  '2024-01-01',
  '0x10',
  '.inf',
];

const SNIPPETS = [
  '\n',
  ' ',
  '  ',
  '\t',
  ':',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  ':&a ',
  ':*a',
  '\r',
  '# note\r',
  '<<: *a\n',
  '!!binary ',
  '!!js/function ',
  '? ',
  '|',
  '>',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '\uFEFF',
  '\u0000',
  'orgs:\n',
  'version: 2\n',
  '  - { user: a@b.c, role: Org Admin }\n',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function mutateBytes(text: string, random: Random): Buffer {
  const bytes = [...Buffer.from(text, 'utf8')];
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() * (bytes.length + 1));
    const op = Math.floor(random() * 4);
    if (op === 0) bytes.splice(at, 1);
    else if (op === 1) bytes.splice(at, 0, Math.floor(random() * 256));
    else if (op === 2 && at < bytes.length) bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 8));
    else bytes.length = Math.min(bytes.length, at); // truncate
  }
  return Buffer.from(bytes);
}

function mutateStructure(text: string, random: Random): string {
  const lines = text.split('\n');
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() * lines.length);
    const line = lines[at] ?? '';
    switch (Math.floor(random() * 9)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, line);
        break;
      case 2:
        lines[at] = `${' '.repeat(Math.floor(random() * 6))}${line.trimStart()}`;
        break;
      case 3: {
        const other = Math.floor(random() * lines.length);
        lines[at] = lines[other] ?? '';
        lines[other] = line;
        break;
      }
      case 4: {
        const col = Math.floor(random() * (line.length + 1));
        lines[at] = `${line.slice(0, col)}${pick(random, SNIPPETS)}${line.slice(col)}`;
        break;
      }
      case 5:
        // An alias bomb: every level doubles the last.
        lines.push(
          'a0: &a0 [x, x]',
          ...Array.from({ length: 12 }, (_, k) => `a${k + 1}: &a${k + 1} [*a${k}, *a${k}]`),
        );
        break;
      case 6:
        // The same, with anchors and aliases straight after colons ("k":*a), as JSON writes them.
        lines.push(
          '"b0":&b0 {"l":"x","r":"x"}',
          ...Array.from({ length: 24 }, (_, k) => `"b${k + 1}":&b${k + 1} {"l":*b${k},"r":*b${k}}`),
        );
        break;
      case 7: {
        // A lone carriage return: a line break to some YAML readers, not to others.
        const col = Math.floor(random() * (line.length + 1));
        lines[at] = `${line.slice(0, col)}\r${line.slice(col)}`;
        break;
      }
      default:
        lines[at] = line.replace(/:\s/, pick(random, [':', ' : ', ':: ', ': : ']));
    }
  }
  return lines.join('\n');
}

function mutateValues(text: string, random: Random): string {
  const doc = parseDocument(text);
  const root = doc.toJS() as unknown;
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) walk(v, [...path, i]);
    } else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, [...path, k]);
  };
  walk(root, []);
  const n = 1 + Math.floor(random() * 3);
  for (let i = 0; i < n; i++) {
    const path = pick(random, paths);
    if (path.length === 0) continue;
    const op = Math.floor(random() * 4);
    if (op === 0) doc.deleteIn(path);
    else if (op === 1) doc.setIn(path, pick(random, NASTY_VALUES));
    else if (op === 2)
      doc.setIn(
        [...path.slice(0, -1), pick(random, ['orgz', 'memebrs', 'rol', 'slug', 'id', 'prune', '__proto__'])],
        pick(random, NASTY_VALUES),
      );
    else {
      const value = doc.getIn(path);
      doc.setIn(path, typeof value === 'string' ? `${value}${value}` : [value, value]);
    }
  }
  return random() < 0.5 ? doc.toString() : stringify(doc.toJS(), { lineWidth: 0 });
}

/** One mutated variant of `text`; `kind` says which family of mutation made it. */
export function mutateConfig(
  text: string,
  random: Random,
): { kind: 'bytes' | 'structure' | 'values'; data: Buffer } {
  const r = random();
  if (r < 0.34) return { kind: 'bytes', data: mutateBytes(text, random) };
  if (r < 0.67) return { kind: 'structure', data: Buffer.from(mutateStructure(text, random)) };
  try {
    return { kind: 'values', data: Buffer.from(mutateValues(text, random)) };
  } catch {
    return { kind: 'values', data: Buffer.from(mutateStructure(text, random)) };
  }
}
