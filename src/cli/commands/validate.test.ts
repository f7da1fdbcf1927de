import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../run.test-helpers.ts';

const GROUP = 'version: 1\ngroup:\n  id: 4a18d42f-0706-4ad0-b127-24078731fbed\n';

const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'snyk-gitops-validate-'));
  workspaces.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const run = (cwd: string, ...args: string[]) => runCaptured(cwd, ['validate', ...args]);

describe('snyk-gitops validate', () => {
  const valid = workspace({
    'snyk-gitops.yaml': `${GROUP}  members: [{ user: a@acme.com, role: Group Admin }]\norgs:\n  - slug: p\n    members: [{ user: b@acme.com, role: Org Admin }]\n`,
  });

  it('validates ./snyk-gitops.yaml by default and prints a summary', async () => {
    expect(await run(valid)).toEqual({
      code: 0,
      stdout: 'valid: 1 file, 1 org, 2 memberships\n',
      stderr: '',
    });
  });

  it('reports every error of every file at once, then a summary, and exits 1', async () => {
    const dir = workspace({
      'a.yaml': `${GROUP}orgs: [{ slug: p, nmae: x }]\n`,
      'b.yaml': 'version: 1\norgs: [{ slug: p }]\nprune: { orgs: maybe }\n',
    });
    const { code, stdout, stderr } = await run(dir, '.');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatchInlineSnapshot(`
      "a.yaml:4:19: unknown key 'nmae' in orgs[0]. Did you mean 'name'? Expected one of: slug, name, id, template, classes, settings, sast, iac, notifications, members, projects, integrations, webhooks, imports, serviceAccounts
      b.yaml:3:16: prune.orgs: expected true or false, got a string 'maybe'
      2 errors in 2 files
      "
    `);
  });

  it('writes JSON for machines', async () => {
    const dir = workspace({ 'a.yaml': `${GROUP}orgs: [{ slug: "a b" }]\n` });
    const { code, stdout } = await run(dir, 'a.yaml', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchInlineSnapshot(`
      {
        "files": [
          "a.yaml",
        ],
        "issues": [
          {
            "code": "bad-format",
            "column": 16,
            "file": "a.yaml",
            "line": 4,
            "message": "orgs[0].slug: expected letters, digits, \`_\`, \`.\` and \`-\`, at most 100 characters, got 'a b'",
            "path": "orgs[0].slug",
          },
        ],
        "summary": {
          "errors": 1,
          "files": 1,
          "memberships": 0,
          "orgs": 0,
          "text": "1 error in 1 file",
          "valid": false,
          "warnings": 0,
        },
        "valid": false,
        "warnings": [],
      }
    `);
    const ok = JSON.parse((await run(valid, '--format=json')).stdout);
    expect(ok).toMatchObject({ valid: true, issues: [], summary: { orgs: 1, memberships: 2 } });
  });

  it('prints warnings on stderr and keeps exit 0', async () => {
    const dir = workspace({
      'a.yaml': `${GROUP}  members: [{ user: bot@sa.acme.com, role: Group Member }]\nusers: { ignore: ["*@sa.acme.com"] }\n`,
    });
    const { code, stdout, stderr } = await run(dir, 'a.yaml');
    expect(code).toBe(0);
    expect(stdout).toBe('valid: 1 file, 0 orgs, 1 membership, 1 warning\n');
    expect(stderr).toContain("warning: a.yaml:4:21: user 'bot@sa.acme.com' matches users.ignore");
  });

  it('refuses an unknown format as a usage error', async () => {
    const { code, stderr } = await run(valid, '--format', 'xml');
    expect(code).toBe(1);
    expect(stderr).toContain("--format 'xml' is not supported by validate: expected text or json");
  });
});
