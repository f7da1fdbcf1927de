// --secrets-dir: a file per account inside the folder whatever the account's name, owner-only,
// replaced whole on rotation, never written through a symbolic link.
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSecretsDir, secretFileName } from './secrets-dir.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const HOSTILE = [
  'group.service_account[../../../etc/passwd]',
  'org[a].service_account[..]',
  'group.service_account[.hidden]',
  'group.service_account[a/b\\c]',
  'group.service_account[\u001b[31mred\nline]',
  `group.service_account[${'x'.repeat(5000)}]`,
  'group.service_account[]',
];

describe('secret file names', () => {
  it('stay inside the folder, visible, short, and one per address', () => {
    const names = HOSTILE.map(secretFileName);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*-[0-9a-f]{12}\.secret$/);
      expect(name.length).toBeLessThanOrEqual(140);
    }
    expect(new Set(names).size).toBe(names.length);
    // Addresses that read alike once reduced still get files of their own.
    expect(secretFileName('group.service_account[a b]')).not.toBe(
      secretFileName('group.service_account[a/b]'),
    );
  });
});

describe('openSecretsDir', () => {
  it('makes the folder, writes each secret owner-only, and replaces it on rotation', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-dir-'));
    const folder = join(dir, 'made', 'here');
    const sink = openSecretsDir(folder);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    for (const address of HOSTILE) await sink.save(address, `secret of ${address.length}`);
    await sink.save(HOSTILE[0]!, 'rotated-secret-value');
    const files = await readdir(folder);
    expect(files.sort()).toEqual(HOSTILE.map(secretFileName).sort());
    expect(await readFile(join(folder, secretFileName(HOSTILE[0]!)), 'utf8')).toBe('rotated-secret-value\n');
    for (const file of files) expect((await stat(join(folder, file))).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['made']);
  });

  it('never writes through a symbolic link', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-dir-'));
    const target = join(dir, 'elsewhere');
    await writeFile(target, 'untouched');
    const address = 'group.service_account[ci]';
    await symlink(target, join(dir, secretFileName(address)));
    await expect(openSecretsDir(dir).save(address, 'new-secret-value')).rejects.toMatchObject({
      code: 'SECRETS_DIR_UNWRITABLE',
    });
    expect(await readFile(target, 'utf8')).toBe('untouched');
  });

  it('refuses a folder it cannot make, naming it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-dir-'));
    await writeFile(join(dir, 'file'), '');
    expect(() => openSecretsDir(join(dir!, 'file', 'sub'))).toThrow(
      /--secrets-dir .*file\/sub: cannot be made/,
    );
  });
});
