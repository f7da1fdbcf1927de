// Writing the exported YAML to disk. The output directory may already hold symlinks (a
// checkout of a repository someone else controls): a write through one would land wherever
// it points, so a symlink as the output path or as a file in the output directory is refused.
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { GitopsError } from '../errors.ts';
import { refuseSymlink, unwritable, writeOutputFile } from '../util/output-file.ts';
import { redact } from '../util/redact.ts';
import { type ExportedFile, SINGLE_FILE } from './export-config.ts';

/** Marks files this command wrote, so a re-export may remove the files of deleted orgs. */
export const EXPORT_MARK = 'by `snyk-gitops export`';

const refuseLink = (path: string) => refuseSymlink(path, '--output');

async function kindOf(path: string): Promise<'missing' | 'link' | 'dir' | 'other'> {
  try {
    const info = await lstat(path);
    return info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

/** Creates or truncates `path` without following a symlink there (O_NOFOLLOW: no race either). */
const writeNoFollow = (path: string, text: string) =>
  writeOutputFile(path, text, { shown: path, option: '--output' });

/**
 * Refuses to replace what is at `target` without `--force`: an edited config (its defaults,
 * its `expires:`) would be lost to the live state. Checked before reading Snyk.
 */
export async function checkTarget(
  target: string,
  options: { split: boolean; force: boolean },
): Promise<void> {
  const kind = await kindOf(target);
  if (kind === 'link') throw refuseLink(target);
  if (options.split) {
    if (kind === 'other') throw exists(`--output '${target}' is a file; --split writes a directory of files`);
    if (kind === 'dir' && !options.force && (await readdir(target)).length > 0) {
      throw exists(
        `--output '${target}' is not empty: pass --force to replace the files a previous export wrote there (other files are left alone)`,
      );
    }
    return;
  }
  const path = kind === 'dir' ? join(target, SINGLE_FILE) : target;
  if (!options.force && (kind === 'other' || (await kindOf(path)) !== 'missing')) {
    throw exists(
      `'${path}' exists: pass --force to replace it with the live state (edits in it, such as defaults and expires, would be lost)`,
    );
  }
}

const exists = (message: string) => new GitopsError(message, { code: 'EXPORT_EXISTS' });

export async function writeSingle(target: string, files: ExportedFile[], secrets: readonly string[]) {
  const kind = await kindOf(target);
  if (kind === 'link') throw refuseLink(target);
  const path = kind === 'dir' ? join(target, SINGLE_FILE) : target;
  await writeNoFollow(path, redact(files[0]?.text ?? '', secrets));
  return { written: [path], foreign: [] };
}

/**
 * Writes one file per part into `dir`, and removes the files an earlier export wrote there that
 * this one does not (an org deleted since), so the directory plans as exactly the live group.
 * Returns the names of what it left alone: files it did not write, and directories.
 */
export async function writeSplit(dir: string, files: ExportedFile[], secrets: readonly string[]) {
  if ((await kindOf(dir)) === 'link') throw refuseLink(dir);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw unwritable(dir, '--output', error);
  });
  const names = new Set(files.map((f) => f.name));
  const foreign: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (names.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isFile() && (await readFile(path, 'utf8')).includes(EXPORT_MARK)) await rm(path);
    else foreign.push(entry.name);
  }
  for (const file of files) await writeNoFollow(join(dir, file.name), redact(file.text, secrets));
  return { written: [`${dir} (${files.length} files)`], foreign: foreign.sort() };
}
