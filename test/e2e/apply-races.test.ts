// Apply under races and lost answers (docs/concurrency.md): two applies at once, a re-run
// after a crash while Snyk does not list the new org yet, and a delete whose answer was lost.
// The CLI runs as real processes (dist/cli.js) against the emulator with reality's lag of new
// orgs on.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { CLI_PATH, REPO_ROOT, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  realityFromEnv,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const ORGS = 20;
const names = Array.from({ length: ORGS }, (_, i) => `Race Org ${String(i + 1).padStart(2, '0')}`);
const slugOf = (name: string) => name.toLowerCase().replace(/ /g, '-');

/** New orgs, each with a setting: a change that writes into the org after its create. */
function raceConfig(): string {
  const orgs = names
    .map(
      (name) =>
        `  - slug: ${slugOf(name)}\n    name: ${name}\n    settings: { requestAccess: { enabled: true } }`,
    )
    .join('\n');
  return `version: 1\ngroup:\n  id: ${DEMO_GROUP}\norgs:\n${orgs}\n`;
}

/** The reality of $SNYK_EMULATOR_REALITY (if any), with this lag of new orgs. */
function withLag(createdOrgLag: { requests?: number; ms?: number }) {
  return { ...realityFromEnv(), createdOrgLag };
}

function orgsNamed(state: EmulatorState, name: string) {
  return lookup(state).group.orgs.filter((o) => o.name === name);
}

/** Each name exactly once in the group. */
function duplicates(state: EmulatorState): string[] {
  return names
    .filter((name) => orgsNamed(state, name).length !== 1)
    .map((n) => `${n} x${orgsNamed(state, n).length}`);
}

async function stateDir(f: EmulatorFixture, name: string): Promise<string> {
  return mkdtemp(join(f.dir, `${name}-`));
}

/** The org creates the journal in `dir` remembers. */
async function journalled(dir: string): Promise<string[]> {
  const root = join(dir, 'org-creates');
  const groups = await readdir(root).catch(() => [] as string[]);
  const files = await Promise.all(groups.map((g) => readdir(join(root, g)).catch(() => [] as string[])));
  return files.flat().filter((f) => f.endsWith('.json'));
}

/**
 * Runs apply as a process and SIGKILLs it right after its org create was answered: the moment
 * the journal in `dir` remembers it (before the slug is read back or anything else is written).
 */
function applyKilledAfterCreate(args: string[], env: Record<string, string>, dir: string) {
  return new Promise<{ killed: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env, SNYK_GITOPS_STATE_DIR: dir },
      stdio: 'ignore',
    });
    let killed = false;
    const poll = setInterval(() => {
      void journalled(dir).then((files) => {
        if (files.length > 0 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      });
    }, 5);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ killed });
    });
  });
}

describe('two applies at once', () => {
  it.each([
    ['on two machines (no shared journal): the duplicate check converges', false],
    ['on one machine (a shared journal)', true],
  ])(
    '%s: exactly one org per name, and the next plan is empty',
    async (_title, shared) => {
      // The lag of reality mode: a new org is left out of lists and answers 404 for a while.
      fx = await startFixture(await loadDemoState(), { reality: withLag({ ms: 4_000, requests: 0 }) });
      const file = await fx.write('race.yaml', raceConfig());
      const dirA = await stateDir(fx, 'a');
      const dirB = shared ? dirA : await stateDir(fx, 'b');
      const apply = (dir: string) =>
        runCliProcess(['apply', file, '--auto-approve'], {
          env: { ...fx!.env, SNYK_GITOPS_STATE_DIR: dir },
          timeoutMs: 120_000,
        });
      const [a, b] = await Promise.all([apply(dirA), apply(dirB)]);

      expect(duplicates(fx.emu.getState())).toEqual([]);
      // Every org created and not kept was deleted again by the apply that created it.
      const log = fx.emu.requests().filter((r) => r.status >= 200 && r.status < 300);
      const created = log.filter((r) => r.method === 'POST' && /^\/v1\/org\/?$/.test(r.path)).length;
      const deleted = log.filter((r) => r.method === 'DELETE' && /^\/v1\/org\//.test(r.path)).length;
      expect(created - deleted).toBe(ORGS);
      for (const name of names) {
        const [org] = orgsNamed(fx.emu.getState(), name);
        expect(org?.slug).toBe(slugOf(name));
        expect(org?.settings.requestAccess.enabled).toBe(true);
      }
      expect([a.code, b.code]).toEqual([0, 0]);
      // Whichever lost a race for an org says what it did about it.
      const said = `${a.stdout}${b.stdout}`;
      const converged = said.match(/another apply created org/g)?.length ?? 0;
      const adopted =
        said.match(/was created after the plan was made|an earlier run on this machine created/g)?.length ??
        0;
      expect(converged + adopted).toBeGreaterThan(0);
      expect(said).not.toMatch(/write slug:/);

      const plan = await runCliProcess(['plan', file, '--detailed-exitcode'], { env: fx.env });
      expect(plan.stdout).toContain('No changes');
      expect(plan.code).toBe(0);
    },
    240_000,
  );
});

describe('a re-run after a crash right after an org create', () => {
  it.each([
    ['on the same machine: the journal knows the create in flight', true],
    ['on another machine: the duplicate check converges', false],
  ])(
    '%s: no second org',
    async (_title, sameMachine) => {
      // The new org stays unlisted for 6 s: the re-run starts well within that.
      fx = await startFixture(await loadDemoState(), { reality: withLag({ ms: 6_000, requests: 0 }) });
      const file = await fx.write(
        'one.yaml',
        `version: 1\ngroup:\n  id: ${DEMO_GROUP}\norgs:\n  - slug: crash-org\n    name: Crash Org\n    settings: { requestAccess: { enabled: true } }\n`,
      );
      const first = await stateDir(fx, 'first');
      const killed = await applyKilledAfterCreate(['apply', file, '--auto-approve'], fx.env, first);
      expect(killed.killed).toBe(true);
      expect(orgsNamed(fx.emu.getState(), 'Crash Org')).toHaveLength(1);
      expect(await journalled(first)).toHaveLength(1);

      const rerun = await runCliProcess(['apply', file, '--auto-approve'], {
        env: { ...fx.env, SNYK_GITOPS_STATE_DIR: sameMachine ? first : await stateDir(fx, 'other') },
        timeoutMs: 120_000,
      });
      expect(rerun.code).toBe(0);
      // The re-run planned a create: the org was not listed yet.
      expect(rerun.stdout).toMatch(/\+ org\[crash-org\]|create.*org\[crash-org\]/);
      expect(rerun.stdout).toMatch(
        sameMachine
          ? /an earlier run on this machine created org 'Crash Org'/
          : /another apply created org 'Crash Org'/,
      );
      const orgs = orgsNamed(fx.emu.getState(), 'Crash Org');
      expect(orgs.map((o) => o.slug)).toEqual(['crash-org']);
      expect(orgs[0]?.settings.requestAccess.enabled).toBe(true);

      const plan = await runCliProcess(['plan', file, '--detailed-exitcode'], { env: fx.env });
      expect(plan.stdout).toContain('No changes');
      expect(plan.code).toBe(0);
    },
    180_000,
  );
});

describe('a delete whose answer was lost', () => {
  const files = {
    // carol leaves payments.
    'an org membership': `version: 1\ngroup:\n  id: ${DEMO_GROUP}\norgs:\n  - slug: payments\n    members:\n      - { user: bob@acme.com, role: Org Collaborator }\n      - { user: secops@acme.com, role: Org Admin }\n      - { user: ci-bot@serviceaccount.acme.com, role: Org Collaborator }\n`,
    // golden (no projects) is not listed and orgs are pruned.
    'an org': `version: 1\ngroup:\n  id: ${DEMO_GROUP}\nprune: { orgs: true }\norgs:\n${['payments', 'platform', 'data', 'legacy-tools'].map((s) => `  - slug: ${s}\n`).join('')}`,
  };
  it.each([
    ['an org membership', '^/rest/orgs/[^/]+/memberships/[^/]+$', 'org[payments].member[carol@acme.com]'],
    ['an org', '^/v1/org/[^/]+$', 'org[golden]'],
  ] as const)(
    'of %s: it took effect and answered 500, the retry met 404: confirmed by a re-read, exit 0',
    async (what, path, address) => {
      fx = await startFixture(await loadDemoState());
      const file = await fx.write('prune.yaml', files[what]);
      fx.emu.setFaults({
        rules: [
          {
            method: 'DELETE',
            path,
            times: 1,
            respond: {
              afterHandling: { status: 500, body: { message: 'Internal error', errorRef: 'lost' } },
            },
          },
        ],
      });
      const run = await runCliProcess(['apply', file, '--auto-approve', '--allow-mass-delete'], {
        env: fx.env,
      });
      const deletes = fx.emu.requests().filter((r) => r.method === 'DELETE');
      // The first DELETE took effect but answered 500; the retry met 404.
      expect(deletes.map((r) => r.status)).toEqual([500, 404]);
      expect(run.stdout).toContain(`${address}: the answer to the delete was lost`);
      expect(run.stdout).toContain('failed 0');
      expect(run.code).toBe(0);
      const plan = await runCliProcess(['plan', file, '--detailed-exitcode'], { env: fx.env });
      expect(plan.code).toBe(0);
    },
  );
});
