// The tables of docs/errors.md as data, for the tests that keep each catalogue of codes and its
// table equal, code by code.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** docs/errors.md, as text. */
export const ERRORS_DOC = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');

/** The rows of the `| code | when |` table that follows `heading` in docs/errors.md, as [code, when]. */
export function documentedCodes(heading: string): [string, string][] {
  const start = ERRORS_DOC.indexOf(heading);
  expect(start, `docs/errors.md has no ${heading}`).toBeGreaterThan(-1);
  const rest = ERRORS_DOC.slice(start);
  const table = rest.slice(rest.indexOf('| code | when |'));
  const end = table.search(/\n(?!\|)/);
  return [
    ...table.slice(0, end === -1 ? undefined : end).matchAll(/^\| `([A-Za-z0-9_-]+)` \| (.+) \|$/gm),
  ].map((m) => [m[1]!, m[2]!]);
}
