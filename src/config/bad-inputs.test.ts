// Table of bad inputs run through the real CLI entry (in-process, real files): each exits 1
// with a located message (file:line:column) naming what is wrong, and never a stack trace.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/run.test-helpers.ts';
import { GROUP_ID } from './config.test-helpers.ts';
import { MAX_FILE_BYTES } from './load.ts';

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

/**
 * The cases with one file, a.yaml, one row each: the case, the file's text, where the first
 * message points in it (`line:column`, or less where the parser's wording may move it), and a
 * part of what the message says.
 */
const inOneFile: [name: string, text: string | Buffer, at: string, says: string][] = [
  // YAML level
  ['YAML syntax error', 'version: 1\norgs: [1, 2\n', '3:1', 'YAML syntax error'],
  ['bad indentation', 'version: 1\n  group: x\n', '1:', 'YAML syntax error'],
  ['tab indentation', 'version: 1\ngroup:\n\tid: x\n', '', 'YAML syntax error'],
  ['unclosed quote', 'version: "1\n', '', 'YAML syntax error'],
  ['duplicate top-level key', `${G}version: 1\n`, '4:1', "duplicate key 'version'"],
  ['duplicate nested key', org('    slug: other\n'), '6:5', "duplicate key 'slug'"],
  ['alias bomb', bomb, '5:26', 'alias bomb'],
  ['undefined alias', `${G}orgs: *nothing\n`, '', 'nothing'],
  ['recursive alias', `${G}orgs: &a [*a]\n`, '4:11', 'a recursive alias'],
  ['two documents', `${G}---\n${G}`, '4:1', '2 YAML documents'],
  ['empty file', '', '1:1', 'the file is empty'],
  ['only comments', '# nothing here\n', '1:1', 'the file is empty'],
  ['a list at the top', '- 1\n- 2\n', '1:1', 'expected a mapping, got a list'],
  ['a scalar at the top', 'hello\n', '1:1', 'expected a mapping'],
  ['invalid UTF-8', Buffer.from([0x76, 0x3a, 0x20, 0xc3, 0x28, 0x0a]), '1:4', 'not valid UTF-8'],
  ['Latin-1 text', Buffer.from('version: 1\n# caf\xe9\n', 'latin1'), '2:6', 'not valid UTF-8'],
  [
    'binary garbage',
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]),
    '1:',
    'a.yaml',
  ],
  ['NUL bytes', 'version: 1\nx\u0000y\n', '2:2', 'NUL byte'],
  // schema
  ['missing version', `group:\n  id: ${GROUP_ID}\n`, '1:1', "missing required key 'version'"],
  ['wrong version', `version: 2\ngroup:\n  id: ${GROUP_ID}\n`, '1:10', 'expected 1, got 2'],
  ['version as a string', `version: "1"\ngroup:\n  id: ${GROUP_ID}\n`, '1:10', "expected 1, got '1'"],
  ['unknown top-level key', `${G}org: []\n`, '4:1', "Did you mean 'orgs'?"],
  ['unknown group key', `${G}  member: []\n`, '4:3', "Did you mean 'members'?"],
  ['unknown org key', org('    nmae: Payments\n'), '6:5', "Did you mean 'name'?"],
  ['unknown member key', member('{ user: a@acme.com, rol: Org Admin }'), '7:9', "Did you mean 'role'?"],
  ['missing role', member('{ user: a@acme.com }'), '7:9', "missing required key 'role'"],
  ['missing slug', `${G}orgs:\n  - name: P\n`, '5:5', "missing required key 'slug'"],
  [
    'group id not a uuid',
    'version: 1\ngroup:\n  id: acme\n',
    '3:7',
    "expected a uuid like 4a18d42f-0706-4ad0-b127-24078731fbed, got 'acme'",
  ],
  ['org id not a uuid', org('    id: 1234\n'), '6:9', 'expected a string, got an integer 1234'],
  ['tenant id not a uuid', `${G}tenant: { id: 59d6d97e-3106-4ebb-b608 }\n`, '4:15', 'expected a uuid'],
  [
    'bad email',
    member('{ user: "bob@", role: Org Admin }'),
    '7:17',
    'expected an email address, a username (no @) or a user id',
  ],
  [
    'email with two @',
    member('{ user: "a@b@acme.com", role: Org Admin }'),
    '7:17',
    'expected an email address',
  ],
  ['empty role', member('{ user: a@acme.com, role: "" }'), '7:35', "got ''"],
  [
    'role as a number',
    member('{ user: a@acme.com, role: 12 }'),
    '7:35',
    'expected a string, got an integer 12',
  ],
  [
    'members as a mapping',
    org('    members: { user: a@acme.com }\n'),
    '6:14',
    'expected a list, got a mapping',
  ],
  ['orgs as a string', `${G}orgs: payments\n`, '4:7', "expected a list, got a string 'payments'"],
  ['bad slug', `${G}orgs:\n  - slug: "pay ments"\n`, '5:11', 'letters, digits'],
  ['name too long', org(`    name: ${'x'.repeat(61)}\n`), '6:11', 'at most 60 characters'],
  [
    'setting as a string',
    org('    settings: { requestAccess: { enabled: "yes" } }\n'),
    '6:43',
    "expected true or false, got a string 'yes'",
  ],
  [
    'unknown setting',
    org('    settings: { requestAcess: { enabled: true } }\n'),
    '6:17',
    "Did you mean 'requestAccess'?",
  ],
  [
    'sessionLength out of range',
    `${G}  settings: { sessionLength: 0 }\n`,
    '4:30',
    'expected an integer from 1 to 43200, got 0',
  ],
  [
    'sessionLength as text',
    `${G}  settings: { sessionLength: long }\n`,
    '4:30',
    "expected an integer from 1 to 43200 or null, got 'long'",
  ],
  ['bad tag key', `${G}  tags: [{ key: "a b", value: x }]\n`, '4:17', 'letters, digits'],
  ['near-miss enum', `${G}users: { unknown: invit }\n`, '4:19', "Did you mean 'invite'?"],
  ['prune as a string', `${G}prune: { orgs: "no" }\n`, '4:16', 'expected true or false'],
  ['groupTags typo', `${G}prune: { groupTags: forse }\n`, '4:21', "Did you mean 'force'?"],
  [
    'limit above 100',
    `${G}limits: { maxDeletePercent: 150 }\n`,
    '4:29',
    'expected a number from 0 to 100, got 150',
  ],
  ['negative limit', `${G}limits: { maxDeletePercent: -1 }\n`, '4:29', 'from 0 to 100'],
  ['unknown drift kind', `${G}drift: { ignore: [{ kind: org_member }] }\n`, '4:27', "expected 'org'"],
  [
    'empty drift rule',
    `${G}drift: { ignore: [{}] }\n`,
    '4:19',
    'expected at least one of the keys kind, address, reason',
  ],
  // rules
  ['bad glob', `${G}users: { ignore: ["[a"] }\n`, '4:19', "'[a' is not a valid glob"],
  ['self template', org('    template: payments\n'), '6:15', 'names itself as its template'],
  [
    'member twice',
    org(
      '    members:\n      - { user: a@acme.com, role: Org Admin }\n      - { user: A@acme.com, role: Org Admin }\n',
    ),
    '8:17',
    'listed twice',
  ],
  ['no group anywhere', 'version: 1\norgs: []\n', '1:1', 'no file defines the group'],
];

const cases: Case[] = [
  ...inOneFile.map(([name, text, at, says]) => ({
    name,
    files: { 'a.yaml': text },
    at: `a.yaml:${at}`,
    says,
  })),
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

  it('tells a missing path (not-found) from one that cannot be read (unreadable)', async () => {
    const dir = join(root, 'codes');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.yaml'), 'version: 1\n');
    const { code, stdout } = await validate(dir, ['nope.yaml', 'a.yaml/below.yaml', '--format', 'json']);
    expect(code).toBe(1);
    const { issues } = JSON.parse(stdout) as { issues: { code: string; file: string }[] };
    expect(issues.map((i) => `${i.file} ${i.code}`).sort()).toEqual([
      'a.yaml/below.yaml unreadable',
      'nope.yaml not-found',
    ]);
  });
});
