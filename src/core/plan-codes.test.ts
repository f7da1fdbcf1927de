import { describe, expect, it } from 'vitest';
import { documentedCodes, ERRORS_DOC } from '../error-docs.test-helpers.ts';
import { KINDS } from './kinds/index.ts';
import { ISSUE_CODES, WARNING_CODES } from './plan-codes.ts';

describe('the catalogue of plan codes', () => {
  it('is documented in docs/errors.md, code by code, with the same cause', () => {
    expect(documentedCodes('**Plan warnings**')).toEqual(Object.entries(WARNING_CODES));
    expect(documentedCodes('**Plan issues**')).toEqual(Object.entries(ISSUE_CODES));
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
    const paragraph = ERRORS_DOC.slice(
      ERRORS_DOC.indexOf('**Plan warnings**'),
      ERRORS_DOC.indexOf('| code | when |'),
    );
    const named = [...paragraph.matchAll(/`([A-Z_]+)`/g)]
      .map((m) => m[1])
      .filter((c) => c !== 'PLAN_INVALID');
    expect(named.sort()).toEqual([...drift].sort());
  });
});
