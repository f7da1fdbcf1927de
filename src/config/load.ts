// The I/O edge of config loading: turns the paths a user gave into parsed documents. A path is
// a file or a directory (every *.yaml/*.yml below it, see walk.ts). Every failure is an issue
// naming the path, never an exception. Files are read by read-file.ts (regular files only,
// symlinks only within the config's directory tree, the size bound while reading).
import { isUtf8 } from 'node:buffer';
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { StringPool } from '../util/string-pool.ts';
import type { Issue } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import { MAX_FILE_BYTES, readConfigFile } from './read-file.ts';
import { parseSource, type SourceDocument } from './source.ts';
import { type LoadResult, type Placement, validateWith } from './validate.ts';
import { listYamlFiles } from './walk.ts';

export { MAX_FILE_BYTES };

/**
 * A config file, the directory tree its symlinks must stay in, and the directory given on
 * the command line it was found in (what `delegate.files` globs are relative to).
 */
interface ConfigFile {
  file: string;
  root: string;
  given?: string;
}

export async function loadConfig(
  paths: string[],
  options: { cwd?: string; now?: () => Date } = {},
): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const issues: Issue[] = [];
  const files: ConfigFile[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    for (const file of await expandPath(absolute, path, cwd, issues)) {
      if (seen.has(file.file)) continue;
      seen.add(file.file);
      files.push(file);
    }
  }
  const docs: SourceDocument[] = [];
  const placement = new Map<SourceDocument, Placement>();
  const shown = files.map(({ file }) => displayName(file, cwd));
  const strings: StringPool = new Map();
  for (const [i, file] of files.entries()) {
    const name = shown[i] ?? file.file;
    const text = await readText(file, name, issues);
    if (text === undefined) continue;
    const parsed = parseSource(name, text, strings);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    docs.push(parsed.doc);
    placement.set(parsed.doc, {
      absolute: file.file,
      ...(file.given === undefined ? {} : { root: file.given }),
    });
  }
  return validateWith(docs, issues, shown, {
    now: (options.now ?? (() => new Date()))(),
    placement: (doc) => placement.get(doc),
  });
}

async function expandPath(
  absolute: string,
  given: string,
  cwd: string,
  issues: Issue[],
): Promise<ConfigFile[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(absolute);
    // A directory given as a symlink must not lead out of the working tree either (a file's
    // symlink is checked against its own directory when it is read).
    const link = (await lstat(absolute)).isSymbolicLink();
    if (link && info.isDirectory() && !(await withinTree(cwd, absolute))) {
      issues.push({
        code: 'symlink-outside',
        file: given,
        message:
          'is a symbolic link to a directory outside the working directory (or a hidden folder such as .git): refused; expected a directory of YAML config files',
      });
      return [];
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT';
    const reason = missing ? 'no such file or directory' : `cannot be read (${code ?? 'error'})`;
    issues.push({
      code: missing ? 'not-found' : 'unreadable',
      file: given,
      message: `${reason}: expected a YAML config file or a directory of them`,
    });
    return [];
  }
  if (!info.isDirectory()) return [{ file: absolute, root: dirname(absolute) }];
  const yaml = await listYamlFiles(absolute);
  if (yaml.length === 0)
    issues.push({
      code: 'no-yaml-files',
      file: given,
      message: `directory '${given}' holds no *.yaml or *.yml file: expected the config files in it`,
    });
  return yaml.map((file) => ({ file, root: absolute, given: absolute }));
}

/** Whether `path` resolves to a place inside `root`'s tree, outside hidden folders. */
async function withinTree(root: string, path: string): Promise<boolean> {
  const rel = relative(await realpath(root), await realpath(path));
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return !rel.split(sep).some((part) => part.startsWith('.'));
}

async function readText(
  { file, root }: ConfigFile,
  name: string,
  issues: Issue[],
): Promise<string | undefined> {
  const fail = (code: ConfigIssueCode, message: string, line?: number, column?: number) => {
    issues.push({ code, file: name, message, ...(line === undefined ? {} : { line, column: column ?? 1 }) });
    return undefined;
  };
  const read = await readConfigFile(file, root);
  if (!read.ok) return fail(read.code, read.message);
  const bytes = read.bytes;
  if (!isUtf8(bytes)) {
    const { line, column, offset } = firstInvalidByte(bytes);
    return fail(
      'not-utf8',
      `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at offset ${offset}): expected UTF-8 text; is it a binary file or in another encoding?`,
      line,
      column,
    );
  }
  // Decoded by Buffer, not TextDecoder: an ASCII file then stays one byte per character in
  // memory (TextDecoder gives UTF-16, twice the size, for a text that is kept while planning).
  // A byte order mark is dropped, as TextDecoder would.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', bom);
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
