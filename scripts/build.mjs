// Bundles the CLI and the GitHub Action into dist/. The output is committed (the action runs
// from it) and must be byte-for-byte reproducible: .ci/run rebuilds and compares. Code
// splitting turns each command's dynamic import into its own chunk, so `--version` or
// `validate` never parse the HTTP client or the emulator; the published package has no
// runtime dependencies because everything it needs is in these files.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const banner = {
  // Bundled CommonJS dependencies (ajv) call require(); give ESM output a real one.
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

// Chunks of an earlier build would linger under new hashes.
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: [
    { in: 'src/cli/bin.ts', out: 'cli' },
    { in: 'src/action/main.ts', out: 'action' },
  ],
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.18',
  legalComments: 'none',
  logLevel: 'warning',
  // The shebang of src/cli/bin.ts is kept by esbuild above this banner.
  banner,
});
