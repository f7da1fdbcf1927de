// Writing the exported YAML to disk. The output directory may already hold symlinks (a
// checkout of a repository someone else controls): a write through one would land wherever
// it points, so a symlink as the output path or as a file in the output directory is refused.
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
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

export async function writeSingle(target: string, files: ExportedFile[], secrets: readonly string[]) {
  const kind = await kindOf(target);
  if (kind === 'link') throw refuseLink(target);
  const path = kind === 'dir' ? join(target, SINGLE_FILE) : target;
  await writeNoFollow(path, redact(files[0]?.text ?? '', secrets));
  return [path];
}

export async function writeSplit(dir: string, files: ExportedFile[], secrets: readonly string[]) {
  if ((await kindOf(dir)) === 'link') throw refuseLink(dir);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw unwritable(dir, '--output', error);
  });
  const names = new Set(files.map((f) => f.name));
  // An org deleted in Snyk since the last export: its file goes too (only files we wrote).
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !/^org-.*\.yaml$/.test(entry.name) || names.has(entry.name)) continue;
    const text = await readFile(join(dir, entry.name), 'utf8');
    if (text.includes(EXPORT_MARK)) await rm(join(dir, entry.name));
  }
  for (const file of files) await writeNoFollow(join(dir, file.name), redact(file.text, secrets));
  return [`${dir} (${files.length} files)`];
}
