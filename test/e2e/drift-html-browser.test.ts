// The HTML drift report in a real headless browser (Debian's chromium, installed by
// .ci/setup-browser): it renders the summary and the field diffs, its script runs, and the
// screenshot is a non-blank PNG. Skipped only when chromium is absent AND not in CI.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import { changeEverythingByHand, type DriftFixture, startDriftFixture } from './drift.test-helpers.ts';
import { decodePng, inkStats, isPng } from './drift-png.test-helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!available && !inCi) {
  console.warn(`skipping the headless browser test: ${CHROMIUM} is not installed (run .ci/setup-browser)`);
}
const run = promisify(execFile);

async function chromium(profile: string, args: string[]): Promise<string> {
  const { stdout } = await run(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { timeout: 90_000, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

describe.skipIf(!available && !inCi)('HTML drift report in headless Chromium', () => {
  let fx: DriftFixture;
  let page: string;
  beforeAll(async () => {
    fx = await startDriftFixture();
    fx.emu.setState(changeEverythingByHand(fx.initial));
    page = join(fx.dir, 'drift.html');
    const result = await runCliInProcess(['drift', fx.config, '--format', 'html', '--output', page], {
      env: fx.env,
    });
    expect(result.code).toBe(2);
  });
  afterAll(async () => {
    await fx?.emu.close();
    if (fx) await rm(fx.dir, { recursive: true, force: true });
  });

  it('renders the summary and the field diffs after its script ran', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
    try {
      const dom = await chromium(profile, ['--dump-dom', pathToFileURL(page).href]);
      expect(dom).toContain('data-ready="true"');
      expect(dom).toContain('Drift: 17 items (5 added, 5 removed, 7 changed).');
      expect(dom).toMatch(/<span id="shown-count">17 of 17 shown<\/span>/);
      expect(dom).toContain(
        '<th>/name</th><td class="live">Payments Team</td><td class="desired">Payments</td>',
      );
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);

  it('filters by kind and org in the page (filters preset from the URL hash)', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
    try {
      const url = `${pathToFileURL(page).href}#kind=org_membership&org=platform`;
      const dom = await chromium(profile, ['--dump-dom', url]);
      expect(dom).toContain('<span id="shown-count">3 of 17 shown</span>');
      const visible = [...dom.matchAll(/<tr class="item [a-z]+" ([^>]*)>/g)]
        .map((m) => m[1]!)
        .filter((attrs) => !/\bhidden\b/.test(attrs));
      expect(visible).toHaveLength(3);
      for (const attrs of visible) expect(attrs).toContain('data-kind="org_membership" data-org="platform"');
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);

  it('takes a non-blank screenshot', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'chromium-'));
    const shot = join(fx.dir, 'drift.png');
    try {
      await chromium(profile, [
        '--screenshot=' + shot,
        '--window-size=1280,1600',
        '--hide-scrollbars',
        pathToFileURL(page).href,
      ]);
      const bytes = await readFile(shot);
      expect(isPng(bytes)).toBe(true);
      const pixels = decodePng(bytes);
      expect(pixels.width).toBe(1280);
      const { colours, inkShare } = inkStats(pixels);
      expect(colours).toBeGreaterThan(16);
      expect(inkShare).toBeGreaterThan(0.02);
      if (process.env.KEEP_SCREENSHOT)
        await import('node:fs/promises').then((fs) => fs.copyFile(shot, process.env.KEEP_SCREENSHOT!));
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
