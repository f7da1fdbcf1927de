// Bundles the CLI and the GitHub Action into dist/. The output is committed (the action runs
// from it) and must be byte-for-byte reproducible: .ci/run rebuilds and compares.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const banner = {
  // Bundled CommonJS dependencies (ajv) call require(); give ESM output a real one.
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

const entries = [
  { in: 'src/cli/bin.ts', out: 'dist/cli.js' },
  { in: 'src/action/main.ts', out: 'dist/action.js' },
];

for (const entry of entries) {
  if (!existsSync(entry.in)) continue;
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.18',
    legalComments: 'none',
    logLevel: 'warning',
    // The shebang of src/cli/bin.ts is kept by esbuild above this banner.
    banner,
  });
}
