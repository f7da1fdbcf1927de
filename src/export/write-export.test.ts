import { lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSingle, writeSplit } from './write-export.ts';

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
    expect(await writeSplit(join(dir, 'out'), FILES, ['version'])).toEqual([`${join(dir, 'out')} (2 files)`]);
    expect(await readFile(join(dir, 'out', 'snyk-gitops.yaml'), 'utf8')).toBe('***: 1\n');
    expect((await lstat(join(dir, 'out', 'org-gone.yaml'))).isSymbolicLink()).toBe(true);
  });
});
