// `snyk-gitops drift` end to end against the emulator: in sync, out-of-band changes of every
// kind, unreadable parts, ignore rules, every format and the exit codes.

import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_PATH, runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import { changeEverythingByHand, type DriftFixture, startDriftFixture } from './drift.test-helpers.ts';

let fx: DriftFixture;
beforeAll(async () => {
  fx = await startDriftFixture();
});
afterAll(async () => {
  await fx.emu.close();
  await rm(fx.dir, { recursive: true, force: true });
});
beforeEach(() => {
  fx.emu.setFaults(undefined);
  fx.emu.setState(structuredClone(fx.initial));
});

const drift = (args: string[] = []) => runCliInProcess(['drift', fx.config, ...args], { env: fx.env });

interface JsonReport {
  inSync: boolean;
  summary: {
    total: number;
    added: number;
    removed: number;
    changed: number;
    ignored: number;
    unknown: number;
  };
  items: {
    kind: string;
    address: string;
    change: string;
    live: unknown;
    desired: unknown;
    patch: unknown[];
  }[];
  unknown: { address: string; reason: string }[];
  ignored: number;
  scannedAt: string;
}

describe('drift', () => {
  it('exits 0 and says so when Snyk matches the file', async () => {
    const result = await drift();
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('No drift: Snyk matches the configuration.');
    expect(result.code).toBe(0);
  });

  it('reports out-of-band changes of every kind as added, removed or changed, and exits 2', async () => {
    fx.emu.setState(changeEverythingByHand(fx.initial));
    const result = await drift(['--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.inSync).toBe(false);
    expect(Number.isNaN(Date.parse(report.scannedAt))).toBe(false);
    const seen = report.items.map((i) => `${i.kind} ${i.change} ${i.address}`).sort();
    expect(seen).toEqual([
      'group_membership added group.member[zed@acme.com]',
      'group_membership changed group.member[bob@acme.com]',
      'group_membership removed group.member[frank@acme.com]',
      'group_settings changed group.settings',
      'group_tag added group.tag[team:shadow]',
      'group_tag removed group.tag[legacy:true]',
      'org added org[shadow-it]',
      'org changed org[payments]',
      'org removed org[legacy-tools]',
      'org_membership added org[platform].member[zed@acme.com]',
      expect.stringMatching(/^org_membership changed org\[platform\]\.member\[/),
      expect.stringMatching(/^org_membership removed org\[platform\]\.member\[/),
      'org_settings changed org[data].settings',
      'tenant changed tenant',
      'tenant_membership added tenant.member[zed@acme.com]',
      'tenant_membership changed tenant.member[secops@acme.com]',
      'tenant_membership removed tenant.member[alice@acme.com]',
    ]);
    const rename = report.items.find((i) => i.address === 'org[payments]');
    expect(rename).toMatchObject({
      live: { name: 'Payments Team' },
      desired: { name: 'Payments' },
      patch: [{ op: 'replace', path: '/name', value: 'Payments Team' }],
    });
    expect(report.summary).toMatchObject({ total: 17, added: 5, removed: 5, changed: 7, unknown: 0 });
  });

  it('reports a part it cannot read as unknown, covers the rest, and exits 1', async () => {
    fx.emu.setState(changeEverythingByHand(fx.initial));
    const platform = fx.initial.groups[0]!.orgs.find((o) => o.slug === 'platform')!;
    fx.emu.setFaults({
      rules: [
        {
          method: 'GET',
          path: `^/rest/orgs/${platform.id}/memberships$`,
          respond: {
            status: 403,
            body: {
              jsonapi: { version: '1.0' },
              errors: [{ status: '403', detail: 'Forbidden for this org' }],
            },
          },
        },
      ],
    });
    const result = await drift(['--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 part of Snyk could not be read (org[platform].members)');
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.unknown).toEqual([
      { address: 'org[platform].members', reason: expect.stringContaining('403') },
    ]);
    expect(report.items.some((i) => i.address.startsWith('org[platform].member['))).toBe(false);
    // Everything readable is still reported.
    expect(report.items.map((i) => i.address)).toContain('org[payments]');
    expect(report.summary.total).toBe(14);

    const text = await drift();
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('? org[platform].members:');
  });

  it('is not fooled into "in sync" by an unreadable part when nothing else drifted', async () => {
    const data = fx.initial.groups[0]!.orgs.find((o) => o.slug === 'data')!;
    fx.emu.setFaults({
      rules: [
        {
          path: `^/v1/org/${data.id}/settings$`,
          respond: { status: 403, body: { code: 403, message: 'Forbidden', error: 'Forbidden' } },
        },
      ],
    });
    const result = await drift();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 part could not be read');
    expect(result.stdout).toContain('org[data].settings');
  });

  it('leaves out drift matched by drift.ignore rules and reports "ignored: N"', async () => {
    const config = join(fx.dir, 'with-ignores.yaml');
    await writeFile(config, await readFile(fx.config, 'utf8'));
    await appendFile(
      config,
      [
        'drift:',
        '  ignore:',
        '    - { kind: group_tag, reason: tags follow projects }',
        '    - { address: "org[platform].member[*]", reason: platform manages its own team }',
        '',
      ].join('\n'),
    );
    fx.emu.setState(changeEverythingByHand(fx.initial));
    const result = await runCliInProcess(['drift', config, '--format', 'json'], { env: fx.env });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.ignored).toBe(5);
    expect(
      report.items.some((i) => i.kind === 'group_tag' || i.address.startsWith('org[platform].member[')),
    ).toBe(false);

    const text = await runCliInProcess(['drift', config], { env: fx.env });
    expect(text.stdout).toContain('ignored: 5');
    expect(text.stdout).toContain('platform manages its own team');
  });

  it('renders text, markdown, json and html, to stdout or to --output', async () => {
    fx.emu.setState(changeEverythingByHand(fx.initial));
    const text = await drift();
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('~ org[payments]  changed in Snyk');
    expect(text.stdout).toContain('name: Payments Team in Snyk, Payments in the file');
    const markdown = await drift(['--format', 'markdown']);
    expect(markdown.code).toBe(2);
    expect(markdown.stdout).toContain('## Snyk drift report');
    expect(markdown.stdout).toContain('| org | 1 | 1 | 1 |');
    const out = join(fx.dir, 'drift.html');
    const html = await drift(['--format', 'html', '--output', out]);
    expect(html.code).toBe(2);
    expect(html.stdout).toContain('wrote the html report');
    const page = await readFile(out, 'utf8');
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toContain(fx.env.SNYK_TOKEN);
  });

  it('exits 1 with a usage message for an unknown format', async () => {
    const result = await drift(['--format', 'pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--format 'pdf' is not one of text, markdown, json, html");
  });

  it('runs as a real process (node dist/cli.js drift): exit 2 and the json report on stdout', async () => {
    expect(existsSync(CLI_PATH), `${CLI_PATH} is missing: run 'npm run build' first`).toBe(true);
    fx.emu.setState(changeEverythingByHand(fx.initial));
    const result = await runCliProcess(['drift', fx.config, '--format', 'json'], { env: fx.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as JsonReport).summary.total).toBe(17);
    fx.emu.setState(structuredClone(fx.initial));
    const clean = await runCliProcess(['drift', fx.config], { env: fx.env });
    expect(clean.code).toBe(0);
  });
});
