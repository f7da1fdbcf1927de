// A pull request controls the config paths' contents, symlinks included: what loadConfig
// reads must stay a regular YAML file of the repository, of bounded size.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from './issue.ts';
import { loadConfig } from './load.ts';
import { MAX_FILE_BYTES } from './read-file.ts';

const VALID = 'version: 1\ngroup:\n  id: 4a18d42f-0706-4ad0-b127-24078731fbed\n';
const CREDENTIAL = 'eC1hY2Nlc3MtdG9rZW46Z2hzX2Zha2VHaXRIdWJUb2tlbjAxMjM0NTY3ODlhYmNkZWY=';
const GIT_CONFIG = `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${CREDENTIAL}\n`;

let dir: string;
let repo: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-read-'));
  repo = join(dir, 'repo');
  await mkdir(join(repo, '.git'), { recursive: true });
  await writeFile(join(repo, '.git', 'config'), GIT_CONFIG);
  await writeFile(join(dir, 'outside.yaml'), VALID);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function problems(paths: string[]): Promise<string[]> {
  const result = await loadConfig(paths, { cwd: repo });
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('loadConfig reads only regular files of the config tree', () => {
  it('follows a symlink to a regular file in the same tree', async () => {
    await mkdir(join(repo, 'shared'));
    await writeFile(join(repo, 'shared', 'base.yaml'), VALID);
    await symlink('shared/base.yaml', join(repo, 'snyk-gitops.yaml'));
    expect(await problems(['snyk-gitops.yaml'])).toEqual([]);
  });

  it('refuses a symlink out of the tree, and one into .git (where checkout keeps the token)', async () => {
    await symlink('../outside.yaml', join(repo, 'a.yaml'));
    await symlink('.git/config', join(repo, 'b.yaml'));
    const found = await problems(['a.yaml', 'b.yaml']);
    expect(found).toEqual([
      'a.yaml: is a symbolic link to a file outside the config directory (or in a hidden folder such as .git): refused; expected a YAML config file in the repository',
      'b.yaml: is a symbolic link to a file outside the config directory (or in a hidden folder such as .git): refused; expected a YAML config file in the repository',
    ]);
  });

  it('refuses a symlink to a device without reading it (stat says 0 bytes for /dev/zero)', async () => {
    await mkdir(join(repo, 'teams'));
    await symlink('/dev/zero', join(repo, 'teams', 'zero.yaml'));
    expect(await problems(['teams'])).toEqual([
      expect.stringMatching(/^teams\/zero\.yaml: is a symbolic link to a file outside/),
    ]);
  });

  it('refuses a FIFO instead of waiting on it forever', async () => {
    execFileSync('mkfifo', [join(repo, 'pipe.yaml')]);
    expect(await problems(['pipe.yaml'])).toEqual([
      'pipe.yaml: not a regular file: expected a YAML config file',
    ]);
  });

  it('refuses a directory given as a symlink out of the working tree', async () => {
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'x.yaml'), VALID);
    await symlink('../elsewhere', join(repo, 'config'));
    expect(await problems(['config'])).toEqual([
      expect.stringMatching(/^config: is a symbolic link to a directory outside the working directory/),
    ]);
  });

  it('enforces the size bound while reading', async () => {
    await writeFile(join(repo, 'big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(await problems(['big.yaml'])).toEqual([
      'big.yaml: the file is 10.0 MB: expected at most 10 MB (split it into several files in a directory)',
    ]);
  });

  it('quotes at most the start of an offending token, never the rest of a non-config file', async () => {
    await writeFile(join(repo, 'snyk.yaml'), GIT_CONFIG);
    const found = (await problems(['snyk.yaml'])).join('\n');
    expect(found).toContain('YAML syntax error');
    expect(found).not.toContain(CREDENTIAL.slice(0, 30));
  });
});

describe('loadConfig decodes UTF-8', () => {
  it('drops a byte order mark and keeps non-ASCII text', async () => {
    const text = `${VALID}orgs:\n  - slug: cafe\n    name: Café ☕\n`;
    await writeFile(
      join(repo, 'bom.yaml'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const result = await loadConfig(['bom.yaml'], { cwd: repo });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.desired.orgs.map((o) => o.name)).toEqual(['Café ☕']);
  });
});
