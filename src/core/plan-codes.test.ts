import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from './kinds/index.ts';
import { ISSUE_CODES, WARNING_CODES } from './plan-codes.ts';

const DOC = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

/** The rows of the table that follows `heading` in docs/errors.md, as [code, when]. */
function documented(heading: string): [string, string][] {
  const start = DOC.indexOf(heading);
  expect(start, `docs/errors.md has no ${heading}`).toBeGreaterThan(-1);
  const rest = DOC.slice(start);
  const table = rest.slice(rest.indexOf('| code | when |'));
  const end = table.search(/\n(?!\|)/);
  return [...table.slice(0, end === -1 ? undefined : end).matchAll(/^\| `([A-Za-z_-]+)` \| (.+) \|$/gm)].map(
    (m) => [m[1]!, m[2]!],
  );
}

describe('the catalogue of plan codes', () => {
  it('is documented in docs/errors.md, code by code, with the same cause', () => {
    expect(documented('**Plan warnings**')).toEqual(Object.entries(WARNING_CODES));
    expect(documented('**Plan issues**')).toEqual(Object.entries(ISSUE_CODES));
  });

  it('gives every code a one-line description of its own; no code is both a warning and an issue', () => {
    const descriptions = [...Object.values(WARNING_CODES), ...Object.values(ISSUE_CODES)];
    expect(new Set(descriptions).size).toBe(descriptions.length);
    for (const d of descriptions) expect(d).toMatch(/^[^\n|]{10,}$/);
    expect(Object.keys(WARNING_CODES).filter((code) => Object.hasOwn(ISSUE_CODES, code))).toEqual([]);
  });

  it('says in docs/errors.md which warnings are drift items: those the kinds name, each by one kind', () => {
    const drift = KINDS.flatMap((kind) => kind.driftWarnings ?? []);
    expect(new Set(drift).size).toBe(drift.length);
    const paragraph = DOC.slice(DOC.indexOf('**Plan warnings**'), DOC.indexOf('| code | when |'));
    const named = [...paragraph.matchAll(/`([A-Z_]+)`/g)]
      .map((m) => m[1])
      .filter((c) => c !== 'PLAN_INVALID');
    expect(named.sort()).toEqual([...drift].sort());
  });
});
