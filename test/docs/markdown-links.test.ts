// The README and docs/ link to each other by heading; CLI help, error messages and comments in
// src/ point at docs/ the same way. A heading renamed or a file moved must fail here, not in
// front of a reader.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli.test-helpers.ts';
import {
  checkReference,
  findBrokenLinks,
  listAnchors,
  listRelativeLinks,
  slugifyHeading,
} from './markdown-links.test-helpers.ts';

const DOCS = readdirSync(join(REPO_ROOT, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('links of README.md and docs/', () => {
  it('has docs to check', () => {
    expect(DOCS).toEqual(expect.arrayContaining(['docs/configuration.md', 'docs/errors.md']));
  });

  it.each(['README.md', ...DOCS])('%s: every relative link and anchor resolves', (file) => {
    expect(findBrokenLinks(REPO_ROOT, file)).toEqual([]);
  });

  it('README links into every file of docs/', () => {
    const linked = new Set(
      listRelativeLinks(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).map(
        ({ url }) => url.split('#')[0],
      ),
    );
    expect(DOCS.filter((doc) => !linked.has(doc))).toEqual([]);
  });

  it('every docs/ or README.md reference in src/ (help text, messages, comments) resolves', () => {
    const broken = listSourceFiles(join(REPO_ROOT, 'src')).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [...text.matchAll(/\b(?:README\.md|docs\/[\w-]+\.md)(?:#[\w-]+)?/g)].flatMap(([reference]) => {
        const why = checkReference(REPO_ROOT, 'README.md', reference);
        return why === undefined ? [] : [`${relative(REPO_ROOT, path)}: ${reference}: ${why}`];
      });
    });
    expect(broken).toEqual([]);
  });
});

describe('the link checker', () => {
  it('computes anchors as GitHub does, numbering repeats', () => {
    expect(slugifyHeading('Partial plans: `--target`')).toBe('partial-plans---target');
    expect(slugifyHeading("One person's access")).toBe('one-persons-access');
    const anchors = listAnchors(
      '# Exit codes\n\n## Notes\n\n## Notes\n\n## Integrations, notifications and webhooks\n',
    );
    expect([...anchors]).toEqual([
      'exit-codes',
      'notes',
      'notes-1',
      'integrations-notifications-and-webhooks',
    ]);
  });

  it('reports a missing file, a missing anchor and a path outside the repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs/a.md'), '# A\n\n## Here\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '# Project',
        '[ok](docs/a.md#here) [ok too](#project) [web](https://example.com/x.md#nowhere)',
        '[no file](docs/b.md) [no anchor](docs/a.md#there) [no local](#nowhere)',
        '[outside](../elsewhere.md)',
        '```md',
        '[in a code block](docs/never.md)',
        '```',
      ].join('\n'),
    );
    expect(findBrokenLinks(root, 'README.md')).toEqual([
      'README.md:3: docs/b.md: docs/b.md does not exist',
      'README.md:3: docs/a.md#there: docs/a.md has no heading with the anchor #there',
      'README.md:3: #nowhere: README.md has no heading with the anchor #nowhere',
      'README.md:4: ../elsewhere.md: points outside the repository',
    ]);
  });
});
