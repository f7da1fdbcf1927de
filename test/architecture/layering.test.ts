// The layering of src/ (README "Development", layers), checked on the import graph so that it
// cannot drift back. A failure names the offending file, line and chain of imports.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readImportGraph } from './import-graph.test-helpers.ts';
import { checkLayering, inPureCore } from './layering-rules.test-helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the layering of src/', () => {
  const files = readImportGraph(ROOT);
  const found = checkLayering(files);

  it('reads the graph it checks (a rule over no files proves nothing)', () => {
    expect(files.filter((f) => inPureCore(f.path)).length).toBeGreaterThan(50);
    const plan = files.find((f) => f.path === 'src/core/plan.ts');
    expect(plan?.imports.some((i) => i.target === 'src/core/types.ts')).toBe(true);
  });

  it('the pure core (src/core, src/render, src/drift) reaches no I/O module, directly or not', () => {
    expect(found['pure core']).toEqual([]);
  });

  it('src/snyk reaches the core only through its port, src/core/port/', () => {
    expect(found['snyk through the port']).toEqual([]);
  });

  it('only src/cli reads argv or exits the process', () => {
    expect(found['argv and exit']).toEqual([]);
  });

  it('only src/action talks to GitHub', () => {
    expect(found.github).toEqual([]);
  });

  it('nothing in src/, not even a test, imports from test/', () => {
    expect(found['test imports']).toEqual([]);
  });
});

describe('the layering rules, on a tree that breaks each of them', () => {
  const root = mkdtempSync(join(tmpdir(), 'layering-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/core/plan.ts', "import type { X } from './types.ts';\n// import { x } from 'node:fs';\n");
  write('src/core/types.ts', "import { readFileSync } from 'node:fs';\nexport type X = 1;\n");
  write(
    'src/render/text.ts',
    "import { createHash } from 'node:crypto';\nimport { a } from '../util/pure.ts';\n",
  );
  write('src/util/pure.ts', 'export const a = \'import x from "node:net"\';\n');
  write('src/core/kinds/org.ts', "import type { SnykClient } from '../../snyk/index.ts';\n");
  write('src/snyk/index.ts', "export type { LiveUser } from '../core/types.ts';\n");
  write('src/snyk/client.ts', "import type { SnykClient } from '../core/port/snyk-client.ts';\n");
  write('src/engine/run.ts', 'export const args = process.argv.slice(2);\n');
  write('src/cli/bin.ts', 'process.exit(Number(process.argv.length));\n');
  write('src/export/pr.ts', "const { Octokit } = await import('octokit');\n");
  write('src/action/github.ts', "import { Octokit } from 'octokit';\n");
  write('src/emulator/helper.ts', "import { fake } from '../../test/support/fake.test-helpers.ts';\n");
  write('src/emulator/server.test.ts', "import { fake } from '../../test/support/fake.test-helpers.ts';\n");
  write('src/emulator/testing/harness.test-helpers.ts', "import { createServer } from 'node:http';\n");
  const found = checkLayering(readImportGraph(root));

  it('names each offence with its file, line and chain, and nothing that is not one', () => {
    expect(found).toEqual({
      'pure core': [
        'src/core/kinds/org.ts:1 -> src/snyk/index.ts',
        'src/core/plan.ts:1 -> src/core/types.ts:1 -> node:fs',
        'src/core/types.ts:1 -> node:fs',
      ],
      'snyk through the port': ['src/snyk/index.ts:1 -> src/core/types.ts'],
      'argv and exit': ['src/engine/run.ts:1 uses process.argv'],
      github: ['src/export/pr.ts:1 -> octokit'],
      'test imports': [
        'src/emulator/helper.ts:1 -> test/support/fake.test-helpers.ts',
        'src/emulator/server.test.ts:1 -> test/support/fake.test-helpers.ts',
      ],
    });
  });
});
