// Rate-limit waits through the built CLI as a process (issues 34 and 28): a reset Snyk asks
// for beyond the wait budget stops the run at once with what Snyk asked and when to run again
// (it used to wait out the hour silently), an hourly window of a handful of requests is
// a warning, and a wait of 5 s or more is one line in a log that is not a terminal.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH, REPO_ROOT, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const plan = (f: EmulatorFixture) =>
  runCliProcess(['plan', 'examples/multi-team'], { env: f.env, timeoutMs: 60_000 });

describe('rate-limit waits', () => {
  it('an hourly bucket of 4 requests stops plan with what Snyk asked and when to run again', async () => {
    fx = await startFixture(await loadDemoState(), {
      reality: { rateLimitHeaders: { perSecond: 160, perHour: 4 } },
    });
    const r = await plan(fx);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      // After 22:59 UTC the time to run again is tomorrow, and carries its date.
      /^Error: [^\n]*: Snyk's (REST|v1) rate limit asks to wait \d+ min \(X-RateLimit-[^)]*\), longer than the wait budget of 2 min, so the run stopped and nothing more was sent\. Run the same command again after (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC/m,
    );
    expect(r.stderr).toMatch(
      /^warning: Snyk announced a (REST|v1) rate limit of 4 requests per 3600 s \(X-RateLimit-Limit: 4;w=3600\)/m,
    );
    expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
    // Nothing past the hourly bucket was sent.
    expect(apiCallsIn(fx.emu.requests()).filter((e) => e.status === 429)).toEqual([]);
  });

  it('a 429 asking for 6 s is waited out and said in one line', async () => {
    fx = await startFixture(await loadDemoState(), {
      faults: {
        rules: [
          {
            path: '^/rest/groups/[^/]+/orgs$',
            times: 1,
            respond: { status: 429, headers: { 'retry-after': '6' } },
          },
        ],
      },
    });
    const r = await plan(fx);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^waiting 6 s for Snyk's REST rate limit \(a 429 with Retry-After: 6\), until \d\d:\d\d UTC\n$/,
    );
  });
});

/** `plan` on a fresh pseudo-terminal (`script -qec CMD /dev/null`): the CLI sees a TTY. */
function planOnTty(f: EmulatorFixture): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/script',
      ['-qec', `node ${CLI_PATH} plan examples/multi-team`, '/dev/null'],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...f.env, TERM: 'dumb' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code: code ?? -1, output });
    });
  });
}

describe.skipIf(!existsSync('/usr/bin/script'))('on a terminal', () => {
  it('a wait of 6 s shows in the progress line, with the count so far', async () => {
    fx = await startFixture(await loadDemoState(), {
      faults: {
        rules: [
          {
            path: '^/rest/orgs/[^/]+/memberships$',
            skip: 1,
            times: 1,
            respond: { status: 429, headers: { 'retry-after': '6' } },
          },
        ],
      },
    });
    const r = await planOnTty(fx);
    expect(r.code).toBe(0);
    expect(r.output).toMatch(
      // The bar is 100 columns wide: the end of the notice may be cut (…).
      /\r\x1b\[2K\[[#.]{24}\] \d+\/\d+ waiting 6 s for Snyk's REST rate limit \(a 429 with Retry-After/,
    );
    expect(r.output).not.toMatch(/^waiting 6 s/m);
  });
});
