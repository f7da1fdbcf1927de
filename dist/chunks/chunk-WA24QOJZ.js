import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";

// src/util/output-file.ts
import { constants } from "node:fs";
import { lstat, open, stat } from "node:fs/promises";
import { dirname } from "node:path";
function refuseSymlink(shown, option) {
  return new GitopsError(
    `refusing to write through the symbolic link '${shown}': remove it or choose another ${option}`,
    { code: "OUTPUT_SYMLINK" }
  );
}
var REASONS = {
  ENOENT: "its directory does not exist",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory: name a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exhausted",
  ENAMETOOLONG: "the name is too long",
  ENXIO: "it is a FIFO or socket with no reader: name a regular file"
};
function unwritable(shown, option, error) {
  const code = error.code ?? "";
  if (code === "ELOOP") return refuseSymlink(shown, option);
  const reason = REASONS[code] ?? `it cannot be written (${code || "error"})`;
  return new GitopsError(`cannot write ${option} '${shown}': ${reason}`, { code: "OUTPUT_UNWRITABLE" });
}
async function writeOutputFile(path, content, where) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(path, flags, 420).catch((error) => {
    throw unwritable(where.shown, where.option, error);
  });
  try {
    const info = await handle.stat();
    if (info.isFIFO() || info.isSocket()) {
      throw new GitopsError(`cannot write ${where.option} '${where.shown}': it is not a regular file`, {
        code: "OUTPUT_UNWRITABLE"
      });
    }
    try {
      for (const piece of typeof content === "string" ? [content] : content) {
        const bytes = Buffer.from(piece, "utf8");
        for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
      }
    } catch (error) {
      throw unwritable(where.shown, where.option, error);
    }
  } finally {
    await handle.close();
  }
}
async function checkOutputPath(path, where) {
  const info = await lstat(path).catch(() => void 0);
  if (info?.isSymbolicLink()) throw refuseSymlink(where.shown, where.option);
  if (info?.isDirectory()) throw unwritable(where.shown, where.option, { code: "EISDIR" });
  if (info !== void 0) return;
  const parent = await stat(dirname(path)).catch((error) => error);
  if (parent instanceof Error) throw unwritable(where.shown, where.option, parent);
  if (!parent.isDirectory()) throw unwritable(where.shown, where.option, { code: "ENOTDIR" });
}

export {
  refuseSymlink,
  unwritable,
  writeOutputFile,
  checkOutputPath
};
