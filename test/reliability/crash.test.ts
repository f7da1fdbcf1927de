// Crash safety (issue 9): the real CLI process is SIGKILLed at seeded points during an apply
// of ~500 changes, 20 times; each time a re-run converges with nothing lost: the final state
// is the desired one, nothing was created twice, and nothing the file keeps was deleted.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, generateState, startEmulator } from '../../src/emulator/index.ts';
import { createRandom } from '../../src/util/prng.ts';
import { CLI_PATH, runCliInProcess } from '../support/cli.test-helpers.ts';
import { editConfig, writeConfig } from './support/desired.test-helpers.ts';
import {
  deletableIds,
  differences,
  duplicates,
  forbiddenDeletes,
} from './support/invariants.test-helpers.ts';

const SOAK = process.env.SOAK === '1';
const KILLS = Number(process.env.CRASH_RUNS) || (SOAK ? 100 : 20);

/** Runs `apply` as a process and SIGKILLs it after `afterLines` progress lines on stderr. */
function applyAndKill(args: string[], env: Record<string, string>, afterLines: number) {
  return new Promise<{ killed: boolean; lines: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let lines = 0;
    let killed = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      lines += chunk.split('\n').filter((l) => /^(done|failed|skipped)/.test(l.trim())).length;
      if (!killed && lines >= afterLines) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ killed, lines });
    });
  });
}

describe('crash safety', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({
      state: generateState({ orgs: 1, membersPerOrg: [1, 1] }).state,
      rateLimit: false,
    });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it(
    `${KILLS} SIGKILLs mid-apply of ~500 changes: each re-run converges with nothing lost`,
    async () => {
      const random = createRandom(90_210);
      const failures: string[] = [];
      const killedAt: number[] = [];
      const sizes: number[] = [];
      for (let run = 1; run <= KILLS; run++) {
        const { state, token } = generateState({
          orgs: 50,
          membersPerOrg: [3, 8],
          seed: 1000 + run,
          groupMembers: 6,
        });
        const { config } = editConfig(state, 1000 + run, { edits: 800, newOrgs: 30 });
        const { dir, file } = writeConfig(config);
        const env = { SNYK_TOKEN: token, SNYK_API_URL: emulator.url, SNYK_GITOPS_CONCURRENCY: '8' };
        try {
          emulator.setFaults(undefined);
          emulator.setState(state);
          emulator.clearRequests();
          emulator.setFaults({ latencyMs: 4, jitterMs: 4, seed: run });
          const planned = await runCliInProcess(['plan', file, '--format', 'json'], { env, cwd: dir });
          const changes = (JSON.parse(planned.stdout) as { changes: unknown[] }).changes.length;
          sizes.push(changes);
          const afterLines = 1 + Math.floor(random() * (changes - 1));
          const t0 = Date.now();
          const killed = await applyAndKill(
            ['apply', file, '--auto-approve', '--allow-lockout'],
            env,
            afterLines,
          );
          killedAt.push(killed.killed ? killed.lines : -1);
          if (process.env.CRASH_DEBUG) console.log(`run ${run}: kill phase ${Date.now() - t0}ms`, killed);
          emulator.setFaults(undefined);
          const rerun = await runCliInProcess(['apply', file, '--auto-approve', '--allow-lockout'], {
            env,
            cwd: dir,
          });
          const final = emulator.getState();
          const problems = [
            ...(rerun.code === 0 ? [] : [`re-run exit ${rerun.code}: ${rerun.stderr.slice(0, 300)}`]),
            ...forbiddenDeletes(emulator.requests(), deletableIds(state, config)),
            ...duplicates(final),
            ...differences(final, config),
          ];
          const again = await runCliInProcess(['plan', file, '--detailed-exitcode'], { env, cwd: dir });
          if (again.code !== 0) problems.push(`plan after the re-run is not empty (exit ${again.code})`);
          if (problems.length > 0)
            failures.push(
              `run ${run} (killed after ${afterLines} lines): ${problems.slice(0, 4).join('; ')}`,
            );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      console.log(
        `[crash] kills=${killedAt.filter((n) => n >= 0).length}/${KILLS} at lines ${killedAt.join(',')}; applies of ${Math.min(...sizes)}..${Math.max(...sizes)} changes`,
      );
      expect(failures).toEqual([]);
      expect(killedAt.filter((n) => n >= 0).length).toBe(KILLS);
    },
    SOAK ? 3_600_000 : 240_000,
  );
});
