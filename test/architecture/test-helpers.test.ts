// One naming convention for test helpers (README "Development", tests): a file that only tests
// use is `*.test-helpers.ts`, wherever it lives, and no product file imports one. Checked on
// the import graph so that a new helper cannot slip in under another name.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from './import-graph.test-helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const isTest = (path: string) => path.endsWith('.test.ts');
const isHelper = (path: string) => path.endsWith('.test-helpers.ts');

describe('test helpers', () => {
  const files = ['src', 'test', 'bench', 'scripts'].flatMap((folder) => readImportGraph(ROOT, folder));
  const importers = new Map<string, string[]>();
  for (const file of files)
    for (const { target } of file.imports)
      importers.set(target, [...(importers.get(target) ?? []), file.path]);

  it('reads the graph it checks', () => {
    expect(files.filter((f) => isHelper(f.path)).length).toBeGreaterThan(30);
    expect(importers.get('test/support/cli.test-helpers.ts')?.length).toBeGreaterThan(10);
  });

  it('a file only tests and helpers import is named *.test-helpers.ts', () => {
    const misnamed = files
      .map((f) => f.path)
      .filter((path) => !isTest(path) && !isHelper(path))
      .filter((path) => {
        const users = importers.get(path) ?? [];
        return users.length > 0 && users.every((user) => isTest(user) || isHelper(user));
      });
    expect(misnamed).toEqual([]);
  });

  it('every file under test/ is a test or a helper', () => {
    const other = files.filter((f) => f.path.startsWith('test/') && !isTest(f.path) && !isHelper(f.path));
    expect(other.map((f) => f.path)).toEqual([]);
  });

  it('no product file imports a helper (benchmarks may: they run against fixtures)', () => {
    const offences = files
      .filter((f) => !isTest(f.path) && !isHelper(f.path) && !f.path.startsWith('bench/'))
      .flatMap((f) =>
        f.imports.filter((i) => isHelper(i.target)).map((i) => `${f.path}:${i.line} -> ${i.target}`),
      );
    expect(offences).toEqual([]);
  });
});
