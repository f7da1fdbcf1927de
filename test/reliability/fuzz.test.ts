// Bad input fuzz (issue 9): seeded mutations of valid configs (bytes, YAML structure, values),
// at least 10,000 cases through `validate` in-process, a sample through the real process, and
// `plan` on a sample against the emulator: every case exits 0 or 1 with a message, and none
// reaches the "Internal error" path (an unhandled exception). Lookalikes of a listed person
// (confusables, invisible characters) are refused and never shown raw.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, generateState, startEmulator } from '../../src/emulator/index.ts';
import { isDeceptive, skeleton } from '../../src/util/lookalike.ts';
import { createRandom } from '../../src/util/prng.ts';
import { REPO_ROOT, runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import { describeState, writeConfig } from './support/desired.test-helpers.ts';
import { lookalikeOf } from './support/lookalike-names.test-helpers.ts';
import { mutateConfig } from './support/mutate.test-helpers.ts';

const SOAK = process.env.SOAK === '1';
const CASES = SOAK ? 50_000 : 10_000;
const { state, token } = generateState({ orgs: 3, membersPerOrg: [1, 3], seed: 5 });

const BASES: string[] = [
  ...['group.yaml', 'payments.yaml', 'platform.yaml'].map((f) =>
    readFileSync(join(REPO_ROOT, 'examples/multi-team', f), 'utf8'),
  ),
  JSON.stringify(describeState(state), null, 2),
  // The same as block YAML.
  `version: 1\ngroup:\n  id: ${state.groups[0]!.id}\n  settings: { sessionLength: 60, requestAccess: { enabled: true } }\norgs:\n  - slug: org-0001\n    name: Org 0001\n    settings: { requestAccess: { enabled: true } }\n    members:\n      - { user: user0001@example.com, role: Org Admin }\nusers: { unknown: invite, ignore: ["*@bots.example.com"] }\nprune: { orgs: false, groupTags: force }\nlimits: { maxDeletePercent: 10 }\n`,
];

function check(r: { code: number; stdout: string; stderr: string }, label: string): string | undefined {
  if (r.code !== 0 && r.code !== 1) return `${label}: exit ${r.code}`;
  if (/Internal error|\n\s+at .+:\d+:\d+/.test(r.stderr)) return `${label}: ${r.stderr.slice(0, 300)}`;
  if (r.code === 1 && r.stderr.trim() === '' && r.stdout.trim() === '')
    return `${label}: exit 1 without a message`;
  return undefined;
}

describe('bad input fuzz', () => {
  const work = writeConfig({});
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ state, rateLimit: false });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(work.dir, { recursive: true, force: true });
  });

  it(`${CASES} mutated configs through validate (in-process) exit 0 or 1 with a message`, async () => {
    const random = createRandom(20_251_105);
    const kinds: Record<string, number> = {};
    const outcomes = { valid: 0, invalid: 0 };
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const base = BASES[i % BASES.length]!;
      const { kind, data } = mutateConfig(base, random);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      const file = join(work.dir, `case-${i % 8}.yaml`);
      writeFileSync(file, data);
      const format = i % 5 === 0 ? 'json' : 'text';
      const r = await runCliInProcess(['validate', file, '--format', format], { cwd: work.dir });
      if (r.code === 0) outcomes.valid++;
      else outcomes.invalid++;
      const problem = check(r, `case ${i} (${kind})`);
      if (problem) {
        failures.push(problem);
        writeFileSync(join(work.dir, `failure-${failures.length}.yaml`), data);
      }
      if (failures.length >= 5) break;
    }
    console.log(
      `[fuzz] validate cases=${CASES} by kind ${JSON.stringify(kinds)} valid=${outcomes.valid} invalid=${outcomes.invalid}`,
    );
    expect(failures).toEqual([]);
    expect(outcomes.invalid).toBeGreaterThan(CASES / 2);
  }, 300_000);

  it('a sample through the real process behaves the same', async () => {
    const random = createRandom(77);
    const failures: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { kind, data } = mutateConfig(BASES[i % BASES.length]!, random);
      const file = join(work.dir, `proc-${i}.yaml`);
      writeFileSync(file, data);
      const r = await runCliProcess(['validate', file], { cwd: work.dir });
      const problem = check(r, `process case ${i} (${kind})`);
      if (problem) failures.push(problem);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('plan on a sample of mutated configs against the emulator never crashes', async () => {
    const random = createRandom(4242);
    const failures: string[] = [];
    const counts = { ok: 0, refused: 0 };
    for (let i = 0; i < 150; i++) {
      const { kind, data } = mutateConfig(BASES[3 + (i % 2)]!, random);
      const file = join(work.dir, `plan-${i % 4}.yaml`);
      writeFileSync(file, data);
      const r = await runCliInProcess(['plan', file, '--format', i % 2 ? 'json' : 'text'], {
        cwd: work.dir,
        env: { SNYK_TOKEN: token, SNYK_API_URL: emulator.url },
      });
      if (r.code === 0) counts.ok++;
      else counts.refused++;
      const problem = check(r, `plan case ${i} (${kind})`);
      if (problem) failures.push(problem);
    }
    console.log(`[fuzz] plan cases=150 planned=${counts.ok} refused=${counts.refused}`);
    expect(failures).toEqual([]);
  }, 120_000);

  it('lookalikes of a listed person are refused, never accepted silently, and shown escaped', async () => {
    const random = createRandom(34_034);
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    const original = 'user0001@example.com';
    for (let i = 0; i < (SOAK ? 5000 : 1000); i++) {
      const { kind, name } = lookalikeOf(original, random);
      const file = join(work.dir, `lookalike-${i % 4}.yaml`);
      writeFileSync(
        file,
        `version: 1\ngroup: { id: ${state.groups[0]!.id} }\norgs:\n  - slug: org-0001\n    members:\n      - { user: ${original}, role: Org Admin }\n      - { user: ${JSON.stringify(name)}, role: Org Admin }\n`,
      );
      const r = await runCliInProcess(['validate', file], { cwd: work.dir });
      const label = `lookalike case ${i} (${kind}) ${JSON.stringify(name)}`;
      const problem = check(r, label);
      if (problem) failures.push(problem);
      const passes = skeleton(name) === skeleton(original) && name.toLowerCase() !== original;
      counts[`${kind}:${r.code}`] = (counts[`${kind}:${r.code}`] ?? 0) + 1;
      if (passes && r.code !== 1) failures.push(`${label}: accepted`);
      if (isDeceptive(name) && (r.stdout + r.stderr).includes(name)) failures.push(`${label}: shown raw`);
      if (failures.length >= 5) break;
    }
    console.log(`[fuzz] lookalikes by kind:exit ${JSON.stringify(counts)}`);
    expect(failures).toEqual([]);
  }, 120_000);
});
