// Writing a file the user named on the command line (`plan --out`, `drift --output`, `export
// --output`). The path may sit in a checkout someone else controls: a symlink there would send
// the write wherever it points, so it is refused, with no window between check and open
// (O_NOFOLLOW). A path that cannot be written is the user's to fix: the error names it and says
// why, never "Internal error". See README.md, "Safety: bounded work on hostile input".
import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GitopsError } from '../errors.ts';

/** The error for a symbolic link at `shown`, an output path. */
export function refuseSymlink(shown: string, option: string): GitopsError {
  return new GitopsError(
    `refusing to write through the symbolic link '${shown}': remove it or choose another ${option}`,
    { code: 'OUTPUT_SYMLINK' },
  );
}

const REASONS: Record<string, string> = {
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory: name a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'it is a FIFO or socket with no reader: name a regular file',
};

/** The user error for a failed write of `shown`, naming the reason. */
export function unwritable(shown: string, option: string, error: unknown): GitopsError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ELOOP') return refuseSymlink(shown, option);
  const reason = REASONS[code] ?? `it cannot be written (${code || 'error'})`;
  return new GitopsError(`cannot write ${option} '${shown}': ${reason}`, { code: 'OUTPUT_UNWRITABLE' });
}

/**
 * Creates or truncates `path` (shown as `shown`, given as `option`) and writes `content`, a text
 * or its pieces, without following a symlink there. A FIFO or socket is refused (O_NONBLOCK:
 * the open must not wait for a reader).
 */
export async function writeOutputFile(
  path: string,
  content: string | Iterable<string>,
  where: { shown: string; option: string },
): Promise<void> {
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(path, flags, 0o644).catch((error: unknown) => {
    throw unwritable(where.shown, where.option, error);
  });
  try {
    const info = await handle.stat();
    if (info.isFIFO() || info.isSocket()) {
      throw new GitopsError(`cannot write ${where.option} '${where.shown}': it is not a regular file`, {
        code: 'OUTPUT_UNWRITABLE',
      });
    }
    try {
      for (const piece of typeof content === 'string' ? [content] : content) {
        const bytes = Buffer.from(piece, 'utf8');
        for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
      }
    } catch (error) {
      throw unwritable(where.shown, where.option, error);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Refuses, before any work, an output path that cannot be written: a symlink, a directory, or a
 * path whose directory is missing (so a long plan is not read only to fail at the end). The write
 * itself checks again, without a window.
 */
export async function checkOutputPath(path: string, where: { shown: string; option: string }): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (info?.isSymbolicLink()) throw refuseSymlink(where.shown, where.option);
  if (info?.isDirectory()) throw unwritable(where.shown, where.option, { code: 'EISDIR' });
  if (info !== undefined) return;
  const parent = await stat(dirname(path)).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (parent instanceof Error) throw unwritable(where.shown, where.option, parent);
  if (!parent.isDirectory()) throw unwritable(where.shown, where.option, { code: 'ENOTDIR' });
}
