import { describe, expect, it } from 'vitest';
import { formatIssue } from './issue.ts';
import { parseSource } from './source.ts';

const problems = (text: string) => {
  const parsed = parseSource('snyk.yaml', text);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
};

describe('parseSource', () => {
  it.each([
    [
      'a YAML error where it is',
      'version: 1\norgs: [1, 2\n',
      'snyk.yaml:3:1: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'a duplicate key where it is',
      'version: 1\nversion: 2\n',
      "snyk.yaml:2:1: duplicate key 'version': each key may appear once per mapping",
    ],
    ['an empty file', '', 'snyk.yaml:1:1: the file is empty: expected a mapping starting with `version: 1`'],
    [
      'several documents',
      'version: 1\n---\nversion: 1\n',
      "snyk.yaml:2:1: the file holds 2 YAML documents (separated by '---'): expected one; put each part in its own file",
    ],
  ])('refuses %s', (_, text, message) => {
    expect(problems(text)).toEqual([message]);
  });

  it('expands aliases but refuses alias bombs', () => {
    const expanded = parseSource('a.yaml', 'a: &x [1, 2]\nb: *x\n');
    expect(expanded.ok && expanded.doc.data).toEqual({ a: [1, 2], b: [1, 2] });
    const row = (name: string, ref: string) => `${name}: &${name} [${Array(10).fill(ref).join(', ')}]`;
    const text = [
      'a: &a [x]',
      row('b', '*a'),
      row('c', '*b'),
      row('d', '*c'),
      row('e', '*d'),
      row('f', '*e'),
    ].join('\n');
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "snyk.yaml:6:20: the aliases expand to more than 100,000 values beyond those written: refused, this looks like an alias bomb",
      ]
    `);
  });

  it('locates keys and values, falling back to the closest ancestor', () => {
    const parsed = parseSource('a.yaml', 'version: 1\norgs:\n  - slug: x\n    nmae: y\n');
    if (!parsed.ok) throw new Error('does not parse');
    expect(parsed.doc.locate(['orgs', 0, 'nmae'], 'key')).toEqual({ file: 'a.yaml', line: 4, column: 5 });
    expect(parsed.doc.locate(['orgs', 0, 'nmae'])).toEqual({ file: 'a.yaml', line: 4, column: 11 });
    expect(parsed.doc.locate(['orgs', 0, 'members', 3])).toEqual({ file: 'a.yaml', line: 3, column: 5 });
  });
});

describe('the fast path (js-yaml) and the full parser (yaml)', () => {
  it('read the same values, YAML 1.2 core schema (this text takes the fast path)', async () => {
    const { parse } = await import('yaml');
    const text = [
      'a: yes',
      'b: on',
      'c: ~',
      'd: 0x1F',
      'e: 1e3',
      'f: .inf',
      'g: 2024-01-01',
      'h: "quoted"',
      'i: null',
      'j: 012',
      'k: 1_000',
      'l: true',
      'm: [1, "2", 3.5]',
      'n: <<',
      "o: 'it''s'",
      'p: |\n  block\n  text',
    ].join('\n');
    const parsed = parseSource('a.yaml', text);
    expect(parsed.ok && parsed.doc.data).toEqual(parse(text));
  });
});

describe('alias limits hold whatever the syntax', () => {
  const codes = (text: string) => {
    const parsed = parseSource('snyk.yaml', text);
    return parsed.ok ? [] : parsed.issues.map((i) => `${i.line}:${i.column} ${i.code}`);
  };

  it('counts aliases written straight after a colon', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `"k${i}":*a`).join(',');
    expect(codes(`{"a":&a [1],${keys(100)}}`)).toEqual([]);
    expect(problems(`{"a":&a [1],${keys(101)}}`)).toEqual([
      'snyk.yaml:1:910: more than 100 aliases of a list or mapping: refused, this looks like an alias bomb',
    ]);
  });

  it('bounds the characters that aliases of a string add', () => {
    const long = 'x'.repeat(20_000);
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: *s`).join('\n');
    expect(codes(`s: &s ${long}\n${aliases(40)}\n`)).toEqual([]);
    expect(codes(`s: &s ${long}\n${aliases(60)}\n`)).toEqual(['52:6 alias-bomb']);
  });

  it('refuses a recursive alias', () => {
    expect(codes('a: &a { b: *a }\n')).toEqual(['1:12 yaml-structure']);
  });

  it('refuses values nested too deep under a code of its own', () => {
    const deep = `${'['.repeat(201)}${']'.repeat(201)}`;
    expect(codes(`a: &a 1\nb: ${deep}\n`).map((c) => c.split(' ')[1])).toEqual(['yaml-too-deep']);
  });

  it('refuses a lone carriage return, accepts CRLF', () => {
    expect(codes('version: 1\r\n# note\rorgs: []\r\n')).toEqual(['2:7 lone-carriage-return']);
    expect(codes('version: 1\r\norgs: []\r\n')).toEqual([]);
    expect(codes('version: 1\rorgs: []')).toEqual(['1:11 lone-carriage-return']);
  });
});
