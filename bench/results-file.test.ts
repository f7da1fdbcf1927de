import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RESULTS_PATH, replaceSection, writeResultsSection } from './results-file.ts';

const FILE = [
  '# Benchmark results',
  '',
  '<!-- bench:plan -->',
  'plan table, old',
  '<!-- /bench:plan -->',
  '',
  "## One person's access (hand-written)",
  '',
  'analysis that no benchmark writes',
  '',
  '<!-- bench:partial -->',
  'partial table, old',
  '<!-- /bench:partial -->',
  '',
  '### Notes below the partial table',
  '',
].join('\n');

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('a benchmark writing bench/RESULTS.md', () => {
  it('replaces only its own section; every other section and note stays byte for byte', () => {
    const next = replaceSection(FILE, 'plan', 'plan table, new\n');
    expect(next).toBe(FILE.replace('plan table, old', 'plan table, new'));
    const partial = replaceSection(next, 'partial', 'partial table, new');
    expect(partial).toBe(next.replace('partial table, old', 'partial table, new'));
  });

  it('adds a section it has not written yet, at the end or before a named one', () => {
    const end = replaceSection(FILE, 'access', 'access rows');
    expect(end).toBe(`${FILE.trimEnd()}\n\n<!-- bench:access -->\naccess rows\n<!-- /bench:access -->\n`);
    const before = replaceSection(FILE, 'access', 'access rows', 'partial');
    expect(before).toContain('<!-- /bench:access -->\n\n<!-- bench:partial -->');
    expect(before.replace('<!-- bench:access -->\naccess rows\n<!-- /bench:access -->\n\n', '')).toBe(FILE);
  });

  it('starts a missing file with the title', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-results-'));
    const path = join(dir, 'RESULTS.md');
    await writeResultsSection('plan', 'rows', { path });
    await writeResultsSection('partial', 'more rows', { path });
    await writeResultsSection('plan', 'rows again', { path });
    expect(await readFile(path, 'utf8')).toBe(
      '# Benchmark results\n\n<!-- bench:plan -->\nrows again\n<!-- /bench:plan -->\n\n<!-- bench:partial -->\nmore rows\n<!-- /bench:partial -->\n',
    );
    await writeFile(path, FILE);
    await writeResultsSection('partial', 'x', { path });
    expect(await readFile(path, 'utf8')).toContain('### Notes below the partial table');
  });

  it('finds every benchmark section of the committed RESULTS.md marked, so none is rewritten whole', async () => {
    const text = await readFile(RESULTS_PATH, 'utf8');
    for (const name of ['plan', 'access', 'projects', 'unknown-limit', 'partial']) {
      expect(text).toContain(`<!-- bench:${name} -->`);
      expect(text).toContain(`<!-- /bench:${name} -->`);
    }
  });
});
