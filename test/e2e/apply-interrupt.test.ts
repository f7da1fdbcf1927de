// Interrupting apply, and not answering its prompt, as a user does it: Ctrl+C and Ctrl+D typed
// on a terminal (a pseudo-terminal), SIGTERM sent as a CI runner cancelling a job.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  type EmulatorFixture,
  loadDemoState,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';
import { runCliInTerminal } from '../support/terminal.test-helpers.ts';

let fx: EmulatorFixture;
beforeEach(async () => {
  fx = await startFixture(await loadDemoState());
});
afterEach(() => fx.close());

/** Every write answers slowly, so that a signal lands while one is in flight. */
function slowWrites(delayMs: number) {
  const rules: FaultRule[] = ['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => ({
    method,
    path: '.',
    respond: { delayMs },
  }));
  fx.emu.setFaults({ rules });
}

const summaryOf = (text: string) => {
  const match = /Applied (\d+), failed (\d+), skipped (\d+), not started (\d+)\./.exec(text);
  expect(match, text).not.toBeNull();
  const [applied, failed, skipped, notStarted] = match!.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { applied, failed, skipped, notStarted };
};

describe('apply interrupted', () => {
  it('on SIGTERM starts no new write, finishes the one in flight, and says what was and was not done', async () => {
    slowWrites(300);
    const planned = await runCliProcess(['plan', 'examples/multi-team', '--format', 'json'], { env: fx.env });
    const total = (JSON.parse(planned.stdout) as { changes: unknown[] }).changes.length;
    fx.emu.clearRequests();
    const { spawn } = await import('node:child_process');
    const { CLI_PATH, REPO_ROOT } = await import('../support/cli.test-helpers.ts');
    const child = spawn(
      process.execPath,
      [CLI_PATH, 'apply', 'examples/multi-team', '--auto-approve', '--concurrency', '1'],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...fx.env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const firstDone = new Promise<void>((resolve) =>
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (/^done /m.test(stderr)) resolve();
      }),
    );
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    await firstDone;
    child.kill('SIGTERM');
    expect(await code).toBe(1);

    expect(stderr).toContain('SIGTERM received: finishing the writes in flight, starting no more.');
    const summary = summaryOf(stdout);
    expect(summary.applied + summary.failed + summary.skipped + summary.notStarted).toBe(total);
    expect(summary.applied).toBeGreaterThanOrEqual(1);
    expect(summary.notStarted).toBeGreaterThanOrEqual(1);
    // Each change made was reported as made, one line each, and nothing else was written.
    expect(stderr.match(/^done /gm)).toHaveLength(summary.applied);
    expect(stdout).toContain('Run plan to see what is left, then apply again');
    expect(writesIn(fx.emu.requests()).length).toBeLessThan(total);

    // Applying again finishes the job.
    fx.emu.setFaults(undefined);
    const again = await runCliProcess(['apply', 'examples/multi-team', '--auto-approve'], { env: fx.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Snyk now matches the configuration.');
  });

  it('on Ctrl+C at a terminal stops the same way, and a second Ctrl+C exits at once', async () => {
    slowWrites(400);
    const run = runCliInTerminal(['apply', 'examples/multi-team', '--concurrency', '1'], { env: fx.env });
    await run.waitFor(/\(yes\/no\) $/);
    const prompted = run.length();
    run.type('yes\r');
    // The bar after the first change is done.
    await run.waitFor(/\] 1\/12 /, prompted);
    run.type('\x03');
    const { code, output } = await run.done;
    expect(output).toContain(
      'SIGINT received: finishing the writes in flight, starting no more. Ctrl+C again exits at once.',
    );
    const summary = summaryOf(output);
    expect(code).toBe(1);
    expect(summary.notStarted).toBeGreaterThanOrEqual(1);
    expect(summary.applied).toBeGreaterThanOrEqual(1);
    // The bar's last count is what was done: the changes not started do not advance it.
    const counts = [...output.matchAll(/\] (\d+)\/12 /g)].map((m) => Number(m[1]));
    expect(counts.at(-1)).toBe(summary.applied + summary.failed + summary.skipped);

    const twice = runCliInTerminal(['apply', 'examples/multi-team', '--auto-approve', '--concurrency', '1'], {
      env: fx.env,
    });
    await twice.waitFor(/\] 1\/\d+ (?!reading)/);
    twice.type('\x03');
    await twice.waitFor(/SIGINT received/);
    twice.type('\x03');
    const second = await twice.done;
    expect(second.code).toBe(130);
    expect(second.output).toContain('SIGINT again: exiting at once');
    expect(second.output).not.toMatch(/Applied \d+/);
  });
});

describe('the confirmation prompt', () => {
  it('takes Ctrl+D (no answer) as no: nothing written, exit 1', async () => {
    const run = runCliInTerminal(['apply', 'examples/multi-team'], { env: fx.env });
    await run.waitFor(/\(yes\/no\) $/);
    fx.emu.clearRequests();
    run.type('\x04');
    const { code, output } = await run.done;
    expect(output).toContain('no answer: nothing was written.');
    expect(code).toBe(1);
    expect(writesIn(fx.emu.requests())).toHaveLength(0);
  });
});
