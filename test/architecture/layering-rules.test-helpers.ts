// The layering rules of src/ (README "Development", layers) over an import graph: each returns
// the offending imports, as `file:line -> target` (or the whole chain for a transitive rule).
import { findChain, type SourceFile } from './import-graph.test-helpers.ts';

/**
 * Tests and their helpers may start servers and read fixtures; the rules are for the product.
 * A helper is named `*.test-helpers.ts` wherever it lives (README "Development").
 */
export const isTest = (path: string) => /\.test(-helpers)?\.ts$/.test(path);

/** The pure core: plain data in, plain data out. */
export const PURE_CORE = ['src/core/', 'src/render/', 'src/drift/'];
export const inPureCore = (path: string) => PURE_CORE.some((folder) => path.startsWith(folder));

/** The only Node built-ins the pure core may use: they compute, they do no I/O. */
const PURE_BUILTINS = new Set(['node:crypto', 'node:util', 'node:buffer', 'node:url']);
const IO_FOLDERS = [
  'src/snyk/',
  'src/cli/',
  'src/action/',
  'src/emulator/',
  'src/engine/',
  'src/live/',
  'src/executor/',
  'src/export/',
  'src/config/',
];
const GITHUB = /^(octokit|@octokit\/|@actions\/)/;

function isIoModule(target: string): boolean {
  if (target.startsWith('src/')) return IO_FOLDERS.some((folder) => target.startsWith(folder));
  if (target.startsWith('node:') || /^(fs|net|http|https|tls|dns|os|child_process)(\/|$)/.test(target))
    return !PURE_BUILTINS.has(target);
  return target === 'undici' || target.startsWith('undici/') || GITHUB.test(target);
}

const direct = (file: SourceFile, isBanned: (target: string) => boolean) =>
  file.imports.filter((i) => isBanned(i.target)).map((i) => `${file.path}:${i.line} -> ${i.target}`);

export type Rule = 'pure core' | 'snyk through the port' | 'argv and exit' | 'github' | 'test imports';

/** Every violation of every rule in `files` (a whole src/ graph), by rule. */
export function checkLayering(files: readonly SourceFile[]): Record<Rule, string[]> {
  const found = findViolations(files);
  for (const list of Object.values(found)) list.sort();
  return found;
}

function findViolations(files: readonly SourceFile[]): Record<Rule, string[]> {
  const graph = new Map(files.map((f) => [f.path, f]));
  const product = files.filter((f) => !isTest(f.path));
  const coreOutsidePort = (t: string) => t.startsWith('src/core/') && !t.startsWith('src/core/port/');
  return {
    'pure core': product
      .filter((f) => inPureCore(f.path))
      .flatMap((f) => {
        const chain = findChain(graph, f.path, isIoModule, (p) => !isTest(p));
        return chain === undefined ? [] : [chain.join(' -> ')];
      }),
    'snyk through the port': product
      .filter((f) => f.path.startsWith('src/snyk/'))
      .flatMap((f) => direct(f, coreOutsidePort)),
    'argv and exit': product
      .filter((f) => !f.path.startsWith('src/cli/'))
      .flatMap((f) =>
        f.processMembers
          .filter((m) => m.name === 'process.argv' || m.name === 'process.exit')
          .map((m) => `${f.path}:${m.line} uses ${m.name}`),
      ),
    github: product
      .filter((f) => !f.path.startsWith('src/action/'))
      .flatMap((f) => direct(f, (t) => GITHUB.test(t))),
    'test imports': files.flatMap((f) => direct(f, (t) => t.startsWith('test/'))),
  };
}
