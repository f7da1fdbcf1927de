// `snyk-gitops show PLAN.json`: a saved plan printed as `plan` printed it, offline, with the
// checks `apply --plan` makes of the file. The built CLI as a process, against the emulator.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
beforeAll(async () => {
  fx = await startFixture(await loadDemoState());
});
afterAll(() => fx.close());

describe('show', () => {
  it('prints a saved plan in each format exactly as plan printed it, without reading Snyk', async () => {
    const out = join(fx.dir, 'plan.json');
    for (const format of ['text', 'markdown', 'json']) {
      const planned = await runCliProcess(['plan', 'examples/multi-team', '--out', out, '--format', format], {
        env: fx.env,
      });
      expect(planned.code).toBe(0);
      fx.emu.clearRequests();
      // No token, no API URL: show never talks to Snyk.
      const shown = await runCliProcess(['show', out, '--format', format]);
      expect(shown.stderr).toBe('');
      expect(shown.code).toBe(0);
      expect(fx.emu.requests()).toHaveLength(0);
      const expected =
        format === 'text' ? planned.stdout.replace(/\nSaved the plan to [^\n]*\n$/, '') : planned.stdout;
      expect(shown.stdout).toBe(expected);
    }
    expect((await runCliProcess(['show', out])).stdout).toMatch(
      /^Plan: \d+ to add, \d+ to change, \d+ to destroy/m,
    );
  });

  it('shows a plan made with a read-only token, saying what it could not read; apply --plan refuses it', async () => {
    const out = join(fx.dir, 'complete.json');
    expect((await runCliProcess(['plan', 'examples/multi-team', '--out', out], { env: fx.env })).code).toBe(
      0,
    );
    const saved = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
    const partial = await fx.write(
      'read-only.json',
      JSON.stringify({
        ...saved,
        unreadable: [{ address: 'org[payments].invites', reason: 'the token cannot read it' }],
      }),
    );
    const shown = await runCliProcess(['show', partial]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Plan: /m);
    expect(shown.stderr).toContain('cannot read org[payments].invites');
    const applied = await runCliProcess(['apply', '--plan', partial, '--auto-approve'], { env: fx.env });
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('cannot read org[payments].invites');
    expect(fx.emu.requests().filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses a file that is not a plan, naming the file and the problem', async () => {
    const bad = await fx.write('bad.json', '{"formatVersion": 1, "changes": "no"}');
    const result = await runCliProcess(['show', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${bad}: not a snyk-gitops plan`);
    expect(result.stderr).not.toMatch(/Internal error|\n\s+at /);
    const missing = await runCliProcess(['show', join(fx.dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the plan file');
    const none = await runCliProcess(['show']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('show needs the plan file');
  });
});

describe('plan text', () => {
  it('shows when a membership ends, in the text and in the markdown', async () => {
    const path = await fx.write(
      'expires.yaml',
      `version: 1\ngroup:\n  id: ${DEMO_GROUP}\norgs:\n  - slug: payments\n    name: Payments\n    members:\n      - { user: alice@acme.com, role: Org Admin }\n      - { user: bob@acme.com, role: Org Collaborator }\n      - { user: erin@acme.com, role: Org Collaborator, expires: 2099-12-31 }\n`,
    );
    const text = await runCliProcess(['plan', path], { env: fx.env });
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain(
      '+ org[payments].member[erin@acme.com]  (role: Org Collaborator, expires: 2099-12-31)',
    );
    const markdown = await runCliProcess(['plan', path, '--format', 'markdown'], { env: fx.env });
    expect(markdown.stdout).toContain(
      '+ org[payments].member[erin@acme.com]  (role: Org Collaborator, expires: 2099-12-31)',
    );
  });
});

describe('the API URL', () => {
  it('hints at the base URL when it ends in /rest or /v1', async () => {
    for (const suffix of ['/rest', '/v1/']) {
      const result = await runCliProcess(['plan', 'examples/minimal'], {
        env: { ...fx.env, SNYK_API_URL: `${fx.emu.url}${suffix}` },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`SNYK_API_URL '${fx.emu.url}${suffix.replace(/\/$/, '')}' ends in`);
      expect(result.stderr).toContain(`give the base URL (${fx.emu.url})`);
    }
  });

  it('says a refused connection is refused, without retrying it', async () => {
    // Port 9 (discard) on loopback: nothing listens there on a test machine.
    const result = await runCliProcess(['plan', 'examples/minimal'], {
      env: { ...fx.env, SNYK_API_URL: 'http://127.0.0.1:9' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('connection refused, nothing is listening at 127.0.0.1:9');
    expect(result.stderr).not.toContain('gave up after');
  });
});
