import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, exitCodeOf } from './error-codes.ts';
import { GitopsError, UsageError } from './errors.ts';

const DOC = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

/** The rows of the table in docs/errors.md, as [code, exit, cause]. */
function documentedCodes(): [string, number, string][] {
  return [...DOC.matchAll(/^\| `([A-Z_]+)` \| (\d+) \| (.+) \|$/gm)].map((m) => [m[1]!, Number(m[2]), m[3]!]);
}

describe('the error catalogue', () => {
  it('is documented in docs/errors.md, code by code, with the same exit code and cause', () => {
    const catalogue = Object.entries(ERROR_CODES).map(([code, description]) => [
      code,
      exitCodeOf(code as keyof typeof ERROR_CODES),
      description,
    ]);
    expect(documentedCodes()).toEqual(catalogue);
  });

  it('gives every code a one-line description of its own', () => {
    const descriptions = Object.values(ERROR_CODES);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    for (const d of descriptions) expect(d).toMatch(/^[^\n|]{10,}$/);
  });

  it('decides the exit code of every error from its code', () => {
    expect(new GitopsError('stale', { code: 'PLAN_STALE' }).exitCode).toBe(exitCodeOf('PLAN_STALE'));
    expect(new UsageError('bad flag').code).toBe('USAGE');
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[])
      expect(exitCodeOf(code)).toBeGreaterThan(0);
  });
});
