// bench/RESULTS.md is shared by several benchmarks and by written analysis: each benchmark owns
// one section, between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and replaces only
// that. Everything outside the markers (the title, other sections, hand-written notes) is kept
// as it is, so a partial run (`bench/partial.ts` alone, `npm run bench:projects`) never drops
// what another run measured.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
const TITLE = '# Benchmark results\n';

export const beginMarker = (name: string) => `<!-- bench:${name} -->`;
export const endMarker = (name: string) => `<!-- /bench:${name} -->`;

/**
 * `text` with section `name` holding `body`: in place when the section exists, else appended
 * (or placed before the section named `before`, when that exists).
 */
export function replaceSection(text: string, name: string, body: string, before?: string): string {
  const block = `${beginMarker(name)}\n${body.trim()}\n${endMarker(name)}`;
  const start = text.indexOf(beginMarker(name));
  const end = text.indexOf(endMarker(name), start);
  if (start !== -1 && end !== -1)
    return `${text.slice(0, start)}${block}${text.slice(end + endMarker(name).length)}`;
  const base = text.trim() === '' ? TITLE : text;
  const at = before === undefined ? -1 : base.indexOf(beginMarker(before));
  if (at !== -1) return `${base.slice(0, at)}${block}\n\n${base.slice(at)}`;
  return `${base.trimEnd()}\n\n${block}\n`;
}

/** Replaces section `name` of bench/RESULTS.md (or of `path`) with `body`. */
export async function writeResultsSection(
  name: string,
  body: string,
  options: { before?: string; path?: string } = {},
): Promise<void> {
  const path = options.path ?? RESULTS_PATH;
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  await writeFile(path, replaceSection(text, name, body, options.before));
}
