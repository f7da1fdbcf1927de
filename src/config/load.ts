// The I/O edge of config loading: turns the paths a user gave into parsed documents. A path is
// a file or a directory (every *.yaml/*.yml below it, see walk.ts). Every failure is an issue
// naming the path, never an exception.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Issue } from './issue.ts';
import { parseSource, type SourceDocument } from './source.ts';
import { type LoadResult, type Placement, validateWith } from './validate.ts';
import { listYamlFiles } from './walk.ts';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function loadConfig(
  paths: string[],
  options: { cwd?: string; now?: () => Date } = {},
): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const issues: Issue[] = [];
  const files: string[] = [];
  // The directory given on the command line that each file was found in (delegate globs).
  const roots = new Map<string, string | undefined>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const { found, root } = await expandPath(absolute, path, issues);
    for (const file of found) {
      if (roots.has(file)) continue;
      roots.set(file, root);
      files.push(file);
    }
  }
  const docs: SourceDocument[] = [];
  const placement = new Map<SourceDocument, Placement>();
  const shown = files.map((file) => displayName(file, cwd));
  for (const [i, file] of files.entries()) {
    const name = shown[i] ?? file;
    const text = await readText(file, name, issues);
    if (text === undefined) continue;
    const parsed = parseSource(name, text);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    docs.push(parsed.doc);
    const root = roots.get(file);
    placement.set(parsed.doc, { absolute: file, ...(root === undefined ? {} : { root }) });
  }
  return validateWith(docs, issues, shown, {
    now: (options.now ?? (() => new Date()))(),
    placement: (doc) => placement.get(doc),
  });
}

async function expandPath(
  absolute: string,
  given: string,
  issues: Issue[],
): Promise<{ found: string[]; root?: string }> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code ?? 'error'})`;
    issues.push({
      code: 'not-found',
      file: given,
      message: `${reason}: expected a YAML config file or a directory of them`,
    });
    return { found: [] };
  }
  if (!info.isDirectory()) return { found: [absolute] };
  const yaml = await listYamlFiles(absolute);
  if (yaml.length === 0)
    issues.push({
      code: 'no-yaml-files',
      file: given,
      message: `directory '${given}' holds no *.yaml or *.yml file: expected the config files in it`,
    });
  return { found: yaml, root: absolute };
}

async function readText(file: string, name: string, issues: Issue[]): Promise<string | undefined> {
  const fail = (code: string, message: string, line?: number, column?: number) => {
    issues.push({ code, file: name, message, ...(line === undefined ? {} : { line, column: column ?? 1 }) });
    return undefined;
  };
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES)
      return fail(
        'file-too-large',
        `the file is ${(info.size / 1024 / 1024).toFixed(1)} MB: expected at most ${MAX_FILE_BYTES / 1024 / 1024} MB (split it into several files in a directory)`,
      );
    bytes = await readFile(file);
  } catch (error) {
    return fail('unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column, offset } = firstInvalidByte(bytes);
    return fail(
      'not-utf8',
      `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}): expected UTF-8 text; is it a binary file or in another encoding?`,
      line,
      column,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const before = text.slice(0, nul).split('\n');
    return fail(
      'binary-file',
      'the file contains a NUL byte: expected YAML text; is it a binary file?',
      before.length,
      (before[before.length - 1]?.length ?? 0) + 1,
    );
  }
  return text;
}

/** The position of the first byte that breaks UTF-8's structure (lead byte + continuations). */
function firstInvalidByte(bytes: Buffer): { line: number; column: number; offset: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    const continuations = bytes.subarray(i + 1, i + length);
    if (length === 0 || continuations.length < length - 1 || continuations.some((b) => (b & 0xc0) !== 0x80))
      return { line, column, offset: i };
    if (lead === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return { line, column, offset: Math.max(0, bytes.length - 1) };
}

function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
