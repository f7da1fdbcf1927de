// Output and input paths a user (or a checkout someone else controls) can get wrong, through the
// built CLI as a process (issues 28 and 34): an output path that cannot be written is a located
// user error naming the path and the reason; a symlink as an output path is refused for every
// command, as export does; a saved plan must be a regular file (a FIFO used to hang apply).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
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

const run = (args: string[]) => runCliProcess(args, { env: fx.env, cwd: fx.dir, timeoutMs: 30_000 });
const config = join(process.cwd(), 'examples/multi-team');

function expectUserError(r: { code: number; stderr: string }, message: string) {
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
}

describe('an output path that cannot be written', () => {
  it.each([
    ['plan --out', ['plan', config, '--out', 'missing/dir/plan.json'], "--out 'missing/dir/plan.json'"],
    ['drift --output', ['drift', config, '--output', 'missing/drift.md'], "--output 'missing/drift.md'"],
  ])('%s into a missing directory says so, before reading Snyk', async (_, args, names) => {
    fx.emu.clearRequests();
    expectUserError(await run(args), `cannot write ${names}: its directory does not exist`);
    expect(apiCallsIn(fx.emu.requests())).toEqual([]);
  });

  it('plan --out naming a directory says so', async () => {
    mkdirSync(join(fx.dir, 'a-dir'), { recursive: true });
    expectUserError(
      await run(['plan', config, '--out', 'a-dir']),
      "cannot write --out 'a-dir': it is a directory: name a file",
    );
  });

  it('export --output into a missing directory says so', async () => {
    const r = await run(['export', '--group', DEMO_GROUP, '--output', join(fx.dir, 'nope', 'snyk.yaml')]);
    expectUserError(
      r,
      `cannot write --output '${join(fx.dir, 'nope', 'snyk.yaml')}': its directory does not exist`,
    );
  });
});

describe('a symlink as an output path is refused, the file it points to untouched', () => {
  it.each([
    ['plan --out', 'plan', '--out'],
    ['drift --output', 'drift', '--output'],
  ])('%s', async (_, command, option) => {
    const victim = join(fx.dir, `victim-${command}.txt`);
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(fx.dir, `link-${command}`));
    const r = await run([command, config, option, `link-${command}`]);
    expectUserError(r, `refusing to write through the symbolic link 'link-${command}'`);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});

describe('apply --plan reads regular files only', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(fx.dir, 'plan.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['apply', '--plan', fifo]);
    expectUserError(r, "cannot read the plan file '");
    expect(r.stderr).toContain('not a regular file');
  });

  it('refuses a directory', async () => {
    expectUserError(await run(['apply', '--plan', '.']), 'not a regular file');
  });
});
