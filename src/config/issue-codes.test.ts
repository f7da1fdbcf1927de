import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, WARNING_CODES } from '../core/plan-codes.ts';
import { ERROR_CODES } from '../error-codes.ts';
import { documentedCodes } from '../error-docs.test-helpers.ts';
import { CONFIG_ISSUE_CODES } from './issue-codes.ts';

describe('the catalogue of config issue codes', () => {
  it('is documented in docs/errors.md, code by code, with the same cause', () => {
    expect(documentedCodes('## Config issues')).toEqual(Object.entries(CONFIG_ISSUE_CODES));
  });

  it('gives every code a one-line description of its own, in kebab-case', () => {
    const descriptions = Object.values(CONFIG_ISSUE_CODES);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    for (const d of descriptions) expect(d).toMatch(/^[^\n|]{10,}$/);
    for (const code of Object.keys(CONFIG_ISSUE_CODES)) expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('shares no code with the errors, plan warnings or plan issues', () => {
    const others = [ERROR_CODES, WARNING_CODES, ISSUE_CODES].flatMap((c) => Object.keys(c));
    expect(Object.keys(CONFIG_ISSUE_CODES).filter((code) => others.includes(code))).toEqual([]);
  });
});
