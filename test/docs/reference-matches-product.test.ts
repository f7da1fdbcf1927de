// What the reference shows must be what the product does: every whole config file the README
// and docs/ show validates, and the pages that list kinds, commands and options, Action inputs
// and outputs, and reality switches list every one the code has.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GLOBAL_OPTIONS } from '../../src/cli/command-options.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { KIND_NAMES } from '../../src/core/kinds/index.ts';
import { REALITY_SWITCHES } from '../../src/emulator/reality/options.ts';
import { REPO_ROOT, runCliInProcess } from '../support/cli.test-helpers.ts';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

/** The fenced YAML blocks of a markdown file that are whole config files (`version: 1`). */
function listConfigBlocks(file: string): { file: string; line: number; yaml: string }[] {
  const blocks: { file: string; line: number; yaml: string }[] = [];
  for (const match of read(file).matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) {
    const yaml = match[1] as string;
    if (!/^version: 1$/m.test(yaml)) continue;
    const line = read(file).slice(0, match.index).split('\n').length;
    blocks.push({ file, line, yaml });
  }
  return blocks;
}

const FILES = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/**
 * One config per case: a block alone, or, when blocks open with the path they stand for
 * (`# snyk/group.yaml …`), the blocks of that page together, as the directory they describe.
 */
function listConfigs(): { name: string; files: Record<string, string> }[] {
  return FILES.flatMap((file) => {
    const blocks = listConfigBlocks(file);
    const named = blocks.filter((block) => PATH_COMMENT.test(block.yaml));
    const alone = blocks
      .filter((block) => !named.includes(block))
      .map((block) => ({ name: `${file}:${block.line}`, files: { 'snyk-gitops.yaml': block.yaml } }));
    if (named.length === 0) return alone;
    const files = Object.fromEntries(
      named.map((block) => [(PATH_COMMENT.exec(block.yaml) as RegExpExecArray)[1] as string, block.yaml]),
    );
    return [...alone, { name: `${file}: ${Object.keys(files).join(' + ')}`, files }];
  });
}

const PATH_COMMENT = /^# ([\w./-]+\.yaml)\b/;
const CONFIGS = listConfigs();
const SHOWN_AT = new Date('2026-12-01T00:00:00Z');

describe('config files shown in README.md and docs/', () => {
  it('finds the README tour and the configuration reference, team files included', () => {
    expect(CONFIGS.map((config) => config.name.split(':')[0])).toEqual([
      'README.md',
      'docs/configuration.md',
      'docs/configuration.md',
    ]);
    expect(Object.keys(CONFIGS[2]?.files ?? {})).toEqual([
      'snyk/group.yaml',
      'snyk/teams/payments/payments.yaml',
    ]);
  });

  it.each(CONFIGS.map((config) => [config.name, config.files] as const))(
    '%s validates',
    async (_name, files) => {
      const dir = mkdtempSync(join(tmpdir(), 'doc-example-'));
      for (const [path, yaml] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), yaml);
      }
      const root = Object.keys(files).every((path) => path.startsWith('snyk/')) ? 'snyk' : '.';
      // The examples' `expires` dates are read at a fixed instant before they end.
      const result = await runCliInProcess(['validate', join(dir, root)], { now: () => SHOWN_AT });
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^valid: /);
      expect(result.code).toBe(0);
    },
  );
});

describe('docs/plan-json.md', () => {
  it('names every kind a plan can hold', () => {
    const page = read('docs/plan-json.md');
    expect(KIND_NAMES.filter((kind) => !page.includes(`\`${kind}\``))).toEqual([]);
  });
});

describe('docs/commands.md', () => {
  const page = read('docs/commands.md');
  const table = page.slice(page.indexOf('## The commands'), page.indexOf('## Options and environment'));
  /** A command's rows: `apply --plan` has one of its own beside `apply`'s. */
  const rowsOf = (name: string) =>
    table.split('\n').filter((line) => line.startsWith(`| \`${name} `) || line.startsWith(`| \`${name}\``));

  it('lists every command with each of its options, and every global option', () => {
    const missing = Object.entries(COMMANDS).flatMap(([name, spec]) => {
      const rows = rowsOf(name);
      if (rows.length === 0) return [`${name}: no row`];
      return Object.keys(spec.options)
        .filter((option) => !rows.some((row) => row.includes(`--${option}`)))
        .map((option) => `${name} --${option}`);
    });
    const globals = Object.keys(GLOBAL_OPTIONS).filter((option) => !page.includes(`--${option}`));
    expect([...missing, ...globals.map((option) => `--${option}`)]).toEqual([]);
  });
});

describe('docs/action.md', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const page = read('docs/action.md');

  it('has a row for every input of action.yml and names every output', () => {
    const inputs = Object.keys(action.inputs).filter((name) => !page.includes(`\n| \`${name}\` |`));
    const outputs = Object.keys(action.outputs).filter((name) => !page.includes(`\`${name}\``));
    expect({ inputs, outputs }).toEqual({ inputs: [], outputs: [] });
  });
});

describe('docs/emulator.md', () => {
  it('has a row for every reality switch', () => {
    const page = read('docs/emulator.md');
    expect(REALITY_SWITCHES.filter((name) => !page.includes(`\n| \`${name}\` |`))).toEqual([]);
  });
});
