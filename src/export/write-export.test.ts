import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTarget, EXPORT_MARK, writeSingle, writeSplit } from './write-export.ts';

const FILES = [
  { name: 'snyk-gitops.yaml', text: 'version: 1\n' },
  { name: 'org-payments.yaml', text: 'orgs: []\n' },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-export-'));
  await writeFile(join(dir, 'victim'), 'precious\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('export writes', () => {
  it('refuses a symlink already in the output directory (--split)', async () => {
    await mkdir(join(dir, 'out'));
    await symlink('../victim', join(dir, 'out', 'org-payments.yaml'));
    await expect(writeSplit(join(dir, 'out'), FILES, [])).rejects.toThrow(
      /refusing to write through the symbolic link '.*org-payments\.yaml'/,
    );
    expect(await readFile(join(dir, 'victim'), 'utf8')).toBe('precious\n');
  });

  it('refuses an output path that is a symlink (file or directory)', async () => {
    await symlink('victim', join(dir, 'out.yaml'));
    await expect(writeSingle(join(dir, 'out.yaml'), FILES, [])).rejects.toThrow(/symbolic link/);
    await mkdir(join(dir, 'real'));
    await symlink('real', join(dir, 'linked'));
    await expect(writeSplit(join(dir, 'linked'), FILES, [])).rejects.toThrow(/symbolic link/);
    expect(await readFile(join(dir, 'victim'), 'utf8')).toBe('precious\n');
    expect(await readlink(join(dir, 'out.yaml'))).toBe('victim');
  });

  it('writes regular files, and leaves a stale symlink alone instead of reading through it', async () => {
    await mkdir(join(dir, 'out'));
    await symlink('/dev/zero', join(dir, 'out', 'org-gone.yaml'));
    expect(await writeSplit(join(dir, 'out'), FILES, ['version'])).toEqual({
      written: [`${join(dir, 'out')} (2 files)`],
      foreign: ['org-gone.yaml'],
    });
    expect(await readFile(join(dir, 'out', 'snyk-gitops.yaml'), 'utf8')).toBe('***: 1\n');
    expect((await lstat(join(dir, 'out', 'org-gone.yaml'))).isSymbolicLink()).toBe(true);
  });

  it('refuses an existing file or a non-empty directory without --force, and names the path', async () => {
    const file = join(dir, 'victim');
    await expect(checkTarget(file, { split: false, force: false })).rejects.toThrow(
      `'${file}' exists: pass --force`,
    );
    await expect(checkTarget(file, { split: false, force: true })).resolves.toBeUndefined();
    await expect(checkTarget(join(dir, 'new.yaml'), { split: false, force: false })).resolves.toBeUndefined();
    await expect(checkTarget(dir, { split: true, force: false })).rejects.toThrow(
      `--output '${dir}' is not empty: pass --force`,
    );
    await expect(checkTarget(file, { split: true, force: true })).rejects.toThrow('is a file; --split');
    await mkdir(join(dir, 'empty'));
    await expect(checkTarget(join(dir, 'empty'), { split: true, force: false })).resolves.toBeUndefined();
  });

  it('with --split removes every file an earlier export wrote and is no longer exported, keeps the rest', async () => {
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(join(out, 'org-gone.yaml'), `# Exported ${EXPORT_MARK}.\norgs: []\n`);
    await writeFile(join(out, 'old-group.yaml'), `# Exported ${EXPORT_MARK}.\n`);
    await writeFile(join(out, 'notes.md'), 'mine\n');
    const { foreign } = await writeSplit(out, FILES, []);
    expect(foreign).toEqual(['notes.md']);
    expect((await readdir(out)).sort()).toEqual(['notes.md', 'org-payments.yaml', 'snyk-gitops.yaml']);
  });
});
