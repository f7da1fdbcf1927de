// Bundles the CLI and the GitHub Action into dist/. The output is committed (the action runs
// from it) and must be byte-for-byte reproducible: .ci/run rebuilds and compares. Code
// splitting turns each command's dynamic import into its own chunk, so `--version` or
// `validate` never parse the HTTP client or the emulator; the published package has no
// runtime dependencies because everything it needs is in these files.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const banner = {
  // Bundled CommonJS dependencies (ajv) call require(); give ESM output a real one.
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

/**
 * The config validator precompiled from the current schema (src/config/config-validator.ts):
 * that module is bundled and run here, its packages resolved from node_modules.
 */
async function precompiledValidator() {
  const cache = resolve('node_modules/.cache/snyk-gitops');
  mkdirSync(cache, { recursive: true });
  const outfile = resolve(cache, `config-validator-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/config/config-validator.ts'],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  try {
    const { configValidatorSource } = await import(pathToFileURL(outfile).href);
    return configValidatorSource();
  } finally {
    rmSync(outfile, { force: true });
  }
}

const validatorSource = await precompiledValidator();
/** Puts the precompiled validator in the bundle in place of the module that compiles it at run time. */
const precompile = {
  name: 'precompiled-config-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]config-validator\.ts$/ }, () => ({
      contents: validatorSource,
      loader: 'js',
      resolveDir: resolve('src/config'),
    }));
  },
};

/**
 * What src/snyk takes from undici at run time, its Agent, ProxyAgent and the request API on dispatchers,
 * without undici's index: that loads fetch, WebSocket, caches, mocks and more, 1 MB of code and
 * about 8 MB of memory at start-up. The two lines are what the index does for these exports.
 */
const undiciCore = {
  name: 'undici-core',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]src[\\/]snyk[\\/]/.test(args.importer) ? { path: 'undici', namespace: 'undici-core' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'undici-core' }, () => ({
      contents: [
        "const Dispatcher = require('undici/lib/dispatcher/dispatcher.js');",
        "Object.assign(Dispatcher.prototype, require('undici/lib/api/index.js'));",
        'module.exports = {',
        "  Agent: require('undici/lib/dispatcher/agent.js'),",
        "  ProxyAgent: require('undici/lib/dispatcher/proxy-agent.js'),",
        '};',
      ].join('\n'),
      loader: 'js',
      resolveDir: resolve('.'),
    }));
  },
};

// Chunks of an earlier build would linger under new hashes.
rmSync('dist', { recursive: true, force: true });
const result = await build({
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
  plugins: [precompile, undiciCore],
  write: false,
});
// esbuild escapes non-ASCII characters in code but keeps the comments of bundled packages as
// written, and one ’ in a comment makes V8 hold the whole chunk's source as UTF-16: twice the
// memory for as long as the process runs. Escaped, the chunks are pure ASCII.
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const text = file.text.replace(
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  writeFileSync(file.path, text);
  if (text.startsWith('#!')) chmodSync(file.path, 0o755);
}
