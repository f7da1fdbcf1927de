// Reading one config file from disk, as a pull request can shape it: a config path may be a
// symlink to /dev/zero (endless), a FIFO (never ends), or a credential file such as
// .git/config, where actions/checkout keeps the token. Only regular files are read; a symlink
// is followed only to a regular file inside the config's directory tree and outside hidden
// folders; the size bound holds while reading, since stat says 0 bytes for a device.
import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { ConfigIssueCode } from './issue-codes.ts';

/** Files larger than this are refused. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file was refused: the config issue code load.ts reports it under (a saved plan's read keeps only the message). */
type Refusal = Extract<ConfigIssueCode, 'not-a-file' | 'symlink-outside' | 'unreadable' | 'file-too-large'>;

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; code: Refusal; message: string };

const refuse = (code: Refusal, message: string): ReadResult => ({ ok: false, code, message });

/** Where `target` lies relative to `root`, or undefined when outside it or in a hidden folder. */
function insideTree(root: string, target: string): string | undefined {
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).some((part) => part.startsWith('.')) ? undefined : rel;
}

/** The real path to read: the file itself, or a symlink's target when it may be followed. */
async function resolveTarget(file: string, root: string): Promise<ReadResult | string> {
  const link = await lstat(file);
  if (!link.isSymbolicLink()) {
    return link.isFile() ? file : refuse('not-a-file', 'not a regular file: expected a YAML config file');
  }
  const [target, realRoot] = await Promise.all([realpath(file), realpath(root)]);
  if (insideTree(realRoot, target) === undefined) {
    return refuse(
      'symlink-outside',
      'is a symbolic link to a file outside the config directory (or in a hidden folder such as .git): refused; expected a YAML config file in the repository',
    );
  }
  return target;
}

/** The bytes of a regular file of at most MAX_FILE_BYTES, or why it was refused. */
export async function readConfigFile(file: string, root: string): Promise<ReadResult> {
  try {
    const target = await resolveTarget(file, root);
    if (typeof target !== 'string') return target;
    return await readRegularFile(target, MAX_FILE_BYTES, {
      hint: ' (split it into several files in a directory)',
      // The target is the real path already: a symlink there now was swapped in after the check.
      noFollow: true,
    });
  } catch (error) {
    return refuse('unreadable', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * The bytes of `path` when it is a regular file of at most `maxBytes` (`hint` ends the message
 * for a larger one); anything else (a FIFO, a device, a directory) is refused without waiting.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
  { hint = '', noFollow = false }: { hint?: string; noFollow?: boolean } = {},
): Promise<ReadResult> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  const tooLarge = (size: string) =>
    refuse('file-too-large', `the file is ${size}: expected at most ${maxBytes / 1024 / 1024} MB${hint}`);
  try {
    // O_NONBLOCK: a FIFO (or one swapped in after a check) must not hang the open.
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0);
    handle = await open(path, flags);
    const info = await handle.stat();
    if (!info.isFile()) return refuse('not-a-file', 'not a regular file');
    if (info.size > maxBytes) return tooLarge(`${(info.size / 1024 / 1024).toFixed(1)} MB`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return { ok: true, bytes: Buffer.concat(chunks, total) };
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // A file that grows while it is read is cut off here, whatever stat said.
      if (total > maxBytes) return tooLarge(`over ${maxBytes / 1024 / 1024} MB`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return refuse('unreadable', `cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`);
  } finally {
    await handle?.close();
  }
}
