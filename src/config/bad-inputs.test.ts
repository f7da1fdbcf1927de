// Table of bad inputs run through the real CLI entry (in-process, real files): each exits 1
// with a located message (file:line:column) naming what is wrong, and never a stack trace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/test-run.ts';
import { MAX_FILE_BYTES } from './load.ts';
import { GROUP_ID } from './test-helpers.ts';

const G = `version: 1\ngroup:\n  id: ${GROUP_ID}\n`;
const org = (body: string) => `${G}orgs:\n  - slug: payments\n${body}`;
const member = (m: string) => org(`    members:\n      - ${m}\n`);
const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
].join('\n');

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** Path given to validate (default: the only file). */
  path?: string;
  /** `file:line:column` the first message starts with. */
  at: string;
  says: string;
}

const cases: Case[] = [
  // YAML level
  {
    name: 'YAML syntax error',
    files: { 'a.yaml': 'version: 1\norgs: [1, 2\n' },
    at: 'a.yaml:3:1',
    says: 'YAML syntax error',
  },
  {
    name: 'bad indentation',
    files: { 'a.yaml': 'version: 1\n  group: x\n' },
    at: 'a.yaml:1:',
    says: 'YAML syntax error',
  },
  {
    name: 'tab indentation',
    files: { 'a.yaml': 'version: 1\ngroup:\n\tid: x\n' },
    at: 'a.yaml:',
    says: 'YAML syntax error',
  },
  { name: 'unclosed quote', files: { 'a.yaml': 'version: "1\n' }, at: 'a.yaml:', says: 'YAML syntax error' },
  {
    name: 'duplicate top-level key',
    files: { 'a.yaml': `${G}version: 1\n` },
    at: 'a.yaml:4:1',
    says: "duplicate key 'version'",
  },
  {
    name: 'duplicate nested key',
    files: { 'a.yaml': org('    slug: other\n') },
    at: 'a.yaml:6:5',
    says: "duplicate key 'slug'",
  },
  { name: 'alias bomb', files: { 'a.yaml': bomb }, at: 'a.yaml:1:1', says: 'alias bomb' },
  { name: 'undefined alias', files: { 'a.yaml': `${G}orgs: *nothing\n` }, at: 'a.yaml:', says: 'nothing' },
  { name: 'two documents', files: { 'a.yaml': `${G}---\n${G}` }, at: 'a.yaml:4:1', says: '2 YAML documents' },
  { name: 'empty file', files: { 'a.yaml': '' }, at: 'a.yaml:1:1', says: 'the file is empty' },
  {
    name: 'only comments',
    files: { 'a.yaml': '# nothing here\n' },
    at: 'a.yaml:1:1',
    says: 'the file is empty',
  },
  {
    name: 'a list at the top',
    files: { 'a.yaml': '- 1\n- 2\n' },
    at: 'a.yaml:1:1',
    says: 'expected a mapping, got a list',
  },
  {
    name: 'a scalar at the top',
    files: { 'a.yaml': 'hello\n' },
    at: 'a.yaml:1:1',
    says: 'expected a mapping',
  },
  {
    name: 'invalid UTF-8',
    files: { 'a.yaml': Buffer.from([0x76, 0x3a, 0x20, 0xc3, 0x28, 0x0a]) },
    at: 'a.yaml:1:4',
    says: 'not valid UTF-8',
  },
  {
    name: 'Latin-1 text',
    files: { 'a.yaml': Buffer.from('version: 1\n# caf\xe9\n', 'latin1') },
    at: 'a.yaml:2:6',
    says: 'not valid UTF-8',
  },
  {
    name: 'binary garbage',
    files: { 'a.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]) },
    at: 'a.yaml:1:',
    says: 'a.yaml',
  },
  { name: 'NUL bytes', files: { 'a.yaml': 'version: 1\nx\u0000y\n' }, at: 'a.yaml:2:2', says: 'NUL byte' },
  // schema
  {
    name: 'missing version',
    files: { 'a.yaml': `group:\n  id: ${GROUP_ID}\n` },
    at: 'a.yaml:1:1',
    says: "missing required key 'version'",
  },
  {
    name: 'wrong version',
    files: { 'a.yaml': `version: 2\ngroup:\n  id: ${GROUP_ID}\n` },
    at: 'a.yaml:1:10',
    says: 'expected 1, got 2',
  },
  {
    name: 'version as a string',
    files: { 'a.yaml': `version: "1"\ngroup:\n  id: ${GROUP_ID}\n` },
    at: 'a.yaml:1:10',
    says: "expected 1, got '1'",
  },
  {
    name: 'unknown top-level key',
    files: { 'a.yaml': `${G}org: []\n` },
    at: 'a.yaml:4:1',
    says: "Did you mean 'orgs'?",
  },
  {
    name: 'unknown group key',
    files: { 'a.yaml': `${G}  member: []\n` },
    at: 'a.yaml:4:3',
    says: "Did you mean 'members'?",
  },
  {
    name: 'unknown org key',
    files: { 'a.yaml': org('    nmae: Payments\n') },
    at: 'a.yaml:6:5',
    says: "Did you mean 'name'?",
  },
  {
    name: 'unknown member key',
    files: { 'a.yaml': member('{ user: a@acme.com, rol: Org Admin }') },
    at: 'a.yaml:7:9',
    says: "Did you mean 'role'?",
  },
  {
    name: 'missing role',
    files: { 'a.yaml': member('{ user: a@acme.com }') },
    at: 'a.yaml:7:9',
    says: "missing required key 'role'",
  },
  {
    name: 'missing slug',
    files: { 'a.yaml': `${G}orgs:\n  - name: P\n` },
    at: 'a.yaml:5:5',
    says: "missing required key 'slug'",
  },
  {
    name: 'group id not a uuid',
    files: { 'a.yaml': 'version: 1\ngroup:\n  id: acme\n' },
    at: 'a.yaml:3:7',
    says: "expected a uuid like 4a18d42f-0706-4ad0-b127-24078731fbed, got 'acme'",
  },
  {
    name: 'org id not a uuid',
    files: { 'a.yaml': org('    id: 1234\n') },
    at: 'a.yaml:6:9',
    says: 'expected a string, got an integer 1234',
  },
  {
    name: 'tenant id not a uuid',
    files: { 'a.yaml': `${G}tenant: { id: 59d6d97e-3106-4ebb-b608 }\n` },
    at: 'a.yaml:4:15',
    says: 'expected a uuid',
  },
  {
    name: 'bad email',
    files: { 'a.yaml': member('{ user: "bob@", role: Org Admin }') },
    at: 'a.yaml:7:17',
    says: 'expected an email address, a username (no @) or a user id',
  },
  {
    name: 'email with two @',
    files: { 'a.yaml': member('{ user: "a@b@acme.com", role: Org Admin }') },
    at: 'a.yaml:7:17',
    says: 'expected an email address',
  },
  {
    name: 'empty role',
    files: { 'a.yaml': member('{ user: a@acme.com, role: "" }') },
    at: 'a.yaml:7:35',
    says: "got ''",
  },
  {
    name: 'role as a number',
    files: { 'a.yaml': member('{ user: a@acme.com, role: 12 }') },
    at: 'a.yaml:7:35',
    says: 'expected a string, got an integer 12',
  },
  {
    name: 'members as a mapping',
    files: { 'a.yaml': org('    members: { user: a@acme.com }\n') },
    at: 'a.yaml:6:14',
    says: 'expected a list, got a mapping',
  },
  {
    name: 'orgs as a string',
    files: { 'a.yaml': `${G}orgs: payments\n` },
    at: 'a.yaml:4:7',
    says: "expected a list, got a string 'payments'",
  },
  {
    name: 'bad slug',
    files: { 'a.yaml': `${G}orgs:\n  - slug: "pay ments"\n` },
    at: 'a.yaml:5:11',
    says: 'letters, digits',
  },
  {
    name: 'name too long',
    files: { 'a.yaml': org(`    name: ${'x'.repeat(61)}\n`) },
    at: 'a.yaml:6:11',
    says: 'at most 60 characters',
  },
  {
    name: 'setting as a string',
    files: { 'a.yaml': org('    settings: { requestAccess: { enabled: "yes" } }\n') },
    at: 'a.yaml:6:43',
    says: "expected true or false, got a string 'yes'",
  },
  {
    name: 'unknown setting',
    files: { 'a.yaml': org('    settings: { requestAcess: { enabled: true } }\n') },
    at: 'a.yaml:6:17',
    says: "Did you mean 'requestAccess'?",
  },
  {
    name: 'sessionLength out of range',
    files: { 'a.yaml': `${G}  settings: { sessionLength: 0 }\n` },
    at: 'a.yaml:4:30',
    says: 'expected an integer from 1 to 43200, got 0',
  },
  {
    name: 'sessionLength as text',
    files: { 'a.yaml': `${G}  settings: { sessionLength: long }\n` },
    at: 'a.yaml:4:30',
    says: "expected an integer from 1 to 43200 or null, got 'long'",
  },
  {
    name: 'bad tag key',
    files: { 'a.yaml': `${G}  tags: [{ key: "a b", value: x }]\n` },
    at: 'a.yaml:4:17',
    says: 'letters, digits',
  },
  {
    name: 'near-miss enum',
    files: { 'a.yaml': `${G}users: { unknown: invit }\n` },
    at: 'a.yaml:4:19',
    says: "Did you mean 'invite'?",
  },
  {
    name: 'prune as a string',
    files: { 'a.yaml': `${G}prune: { orgs: "no" }\n` },
    at: 'a.yaml:4:16',
    says: 'expected true or false',
  },
  {
    name: 'groupTags typo',
    files: { 'a.yaml': `${G}prune: { groupTags: forse }\n` },
    at: 'a.yaml:4:21',
    says: "Did you mean 'force'?",
  },
  {
    name: 'limit above 100',
    files: { 'a.yaml': `${G}limits: { maxDeletePercent: 150 }\n` },
    at: 'a.yaml:4:29',
    says: 'expected a number from 0 to 100, got 150',
  },
  {
    name: 'negative limit',
    files: { 'a.yaml': `${G}limits: { maxDeletePercent: -1 }\n` },
    at: 'a.yaml:4:29',
    says: 'from 0 to 100',
  },
  {
    name: 'unknown drift kind',
    files: { 'a.yaml': `${G}drift: { ignore: [{ kind: org_member }] }\n` },
    at: 'a.yaml:4:27',
    says: "expected 'org'",
  },
  {
    name: 'empty drift rule',
    files: { 'a.yaml': `${G}drift: { ignore: [{}] }\n` },
    at: 'a.yaml:4:19',
    says: 'expected at least one of the keys kind, address, reason',
  },
  // rules
  {
    name: 'bad glob',
    files: { 'a.yaml': `${G}users: { ignore: ["[a"] }\n` },
    at: 'a.yaml:4:19',
    says: "'[a' is not a valid glob",
  },
  {
    name: 'self template',
    files: { 'a.yaml': org('    template: payments\n') },
    at: 'a.yaml:6:15',
    says: 'names itself as its template',
  },
  {
    name: 'member twice',
    files: {
      'a.yaml': org(
        '    members:\n      - { user: a@acme.com, role: Org Admin }\n      - { user: A@acme.com, role: Org Admin }\n',
      ),
    },
    at: 'a.yaml:8:17',
    says: 'listed twice',
  },
  {
    name: 'no group anywhere',
    files: { 'a.yaml': 'version: 1\norgs: []\n' },
    at: 'a.yaml:1:1',
    says: 'no file defines the group',
  },
  // across files
  {
    name: 'same org in two files',
    files: { 'a.yaml': org(''), 'b.yaml': 'version: 1\norgs: [{ slug: payments }]\n' },
    path: '.',
    at: 'b.yaml:2:16',
    says: 'a.yaml:5:11 and b.yaml:2:16',
  },
  {
    name: 'two group ids',
    files: { 'a.yaml': G, 'b.yml': 'version: 1\ngroup: { id: 5a18d42f-0706-4ad0-b127-24078731fbed }\n' },
    path: '.',
    at: 'b.yml:2:14',
    says: 'two different group ids',
  },
  {
    name: 'two different prune sections',
    files: { 'a.yaml': `${G}prune: { orgs: true }\n`, 'b.yaml': 'version: 1\nprune: { orgs: false }\n' },
    path: '.',
    at: 'b.yaml:2:8',
    says: "'prune' is set differently",
  },
  {
    name: 'group member in two files',
    files: {
      'a.yaml': `${G}  members: [{ user: a@acme.com, role: Group Admin }]\n`,
      'b.yaml': `${G}  members: [{ user: a@acme.com, role: Group Admin }]\n`,
    },
    path: '.',
    at: 'b.yaml:4:21',
    says: 'a.yaml:4:21 and b.yaml:4:21',
  },
  {
    name: 'team file without version',
    files: { 'a.yaml': G, 'b.yaml': 'orgs: [{ slug: x }]\n' },
    path: '.',
    at: 'b.yaml:1:1',
    says: "missing required key 'version'",
  },
  // paths
  { name: 'missing file', files: {}, path: 'nope.yaml', at: 'nope.yaml', says: 'no such file or directory' },
  {
    name: 'directory without yaml',
    files: { 'sub/readme.md': '# hi' },
    path: 'sub',
    at: 'sub',
    says: 'holds no *.yaml or *.yml file',
  },
];

const root = mkdtempSync(join(tmpdir(), 'snyk-gitops-bad-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const validate = (cwd: string, args: string[]) => runCaptured(cwd, ['validate', ...args]);

describe('validate refuses bad input with a located message and no stack trace', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('$name', async (c) => {
    const dir = join(root, c.name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    for (const [name, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const path = c.path ?? Object.keys(c.files)[0] ?? '.';
    const { code, stdout, stderr } = await validate(dir, [path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const first = stderr.split('\n')[0] ?? '';
    expect(first.slice(0, c.at.length)).toBe(c.at);
    expect(first).toMatch(/^[^:\s]+(:\d+:\d+)?: \S/);
    expect(stderr).toContain(c.says);
    expect(stderr).not.toMatch(/\n\s+at |Internal error/);
    expect(stderr).toMatch(/\d+ errors? in \d+ files?\n$/);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const dir = join(root, 'huge');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    const { code, stderr } = await validate(dir, ['big.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain('big.yaml: the file is 10.0 MB: expected at most 10 MB');
  });
});
