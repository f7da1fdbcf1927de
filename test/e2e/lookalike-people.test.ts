// Lookalike people (issue 34), through the CLI as a process against the demo account: names with
// invisible characters, mixed scripts or another listed name's skeleton are located errors;
// one allowed explicitly is planned and shown escaped in text and markdown (raw in JSON data);
// `users.domains` bounds who may be invited.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/lookalike-people/', import.meta.url));
const LOOKALIKE = 'alice@\u0430cme.com';

describe('lookalike people', () => {
  let fx: EmulatorFixture;
  const cli = (args: string[]) => runCliProcess(args, { env: fx.env, cwd: FIXTURES });

  beforeAll(async () => {
    fx = await startFixture(await loadDemoState());
  });
  afterAll(async () => {
    await fx.close();
  });

  it('refuses invisible characters, mixed scripts and lookalike names or domains, each located', async () => {
    const r = await cli(['validate', 'hostile.yaml']);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('hostile.yaml:'));
    expect(errors.map((l) => l.replace(/: it could pass for another.*/, ''))).toEqual([
      "hostile.yaml:11:17: user 'alice@acme.com' looks like 'alice@\\u0430cme.com' (hostile.yaml:12:17)",
      "hostile.yaml:12:17: user 'alice@\\u0430cme.com' mixes scripts (Latn, Cyrl)",
      "hostile.yaml:13:17: user 'ali\\u200dce@acme.com' holds invisible characters (U+200D)",
      "hostile.yaml:14:17: user 'bo\\u00adb@acme.com' holds invisible characters (U+00AD)",
      "hostile.yaml:15:17: user 'carol@acme.co\\u202em' holds invisible characters (U+202E)",
      "hostile.yaml:16:17: user '\\u0430\\u0441\\u0435' looks like 'ace' (hostile.yaml:17:17)",
      "hostile.yaml:17:17: user 'ace' looks like '\\u0430\\u0441\\u0435' (hostile.yaml:16:17)",
      "hostile.yaml:18:17: user 'dave@acme.corn' has the domain 'acme.corn', which looks like 'acme.com' of users.domains",
    ]);
    expect(r.stderr).toContain('users.allowLookalikes');
    // Nothing was read from Snyk: the file is refused before any request.
    expect(fx.emu.requests()).toEqual([]);
  });

  it('plans an allowed lookalike and shows it escaped in text and markdown, raw in JSON', async () => {
    const text = await cli(['plan', 'allowed.yaml']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('alice@\\u0430cme.com');
    expect(text.stdout).not.toContain(LOOKALIKE);
    const markdown = await cli(['plan', 'allowed.yaml', '--format', 'markdown']);
    expect(markdown.stdout).toContain('alice@\\u0430cme.com');
    expect(markdown.stdout).not.toContain(LOOKALIKE);
    const json = await cli(['plan', 'allowed.yaml', '--format', 'json']);
    const plan = JSON.parse(json.stdout) as { changes: { address: string }[] };
    expect(plan.changes.map((c) => c.address)).toContain(`org[payments].pending[${LOOKALIKE}]`);
  });

  it('invites only people of users.domains', async () => {
    const r = await cli(['plan', 'other-domain.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /other-domain\.yaml:11:17: 'zed@example\.org' is not a Snyk user of the group, and users\.domains does not list 'example\.org'/,
    );
    expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
  });

  it('does not invite someone who looks like a Snyk user of the group', async () => {
    const r = await cli(['plan', 'live-lookalike.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /live-lookalike\.yaml:11:17: 'rnallory@acme\.com' is not a Snyk user of the group, but looks like 'mallory@acme\.com', who is: it is not invited/,
    );
  });
});
