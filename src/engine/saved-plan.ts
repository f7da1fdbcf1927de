// Reading a saved plan (`apply --plan plan.json`). The file is user input: anything that is
// not exactly a plan this version wrote is refused with a message naming the first problem.
import { resolve } from 'node:path';
import { readRegularFile } from '../config/read-file.ts';
import { Address } from '../core/addresses.ts';
import { checkPlanShape } from '../core/plan-schema.ts';
import type { Change, Plan, Warning } from '../core/types.ts';
import { GitopsError } from '../errors.ts';

function fail(file: string, problem: string): never {
  throw new GitopsError(`${file}: not a snyk-gitops plan: ${problem}`, { code: 'PLAN_INVALID' });
}

export function parseSavedPlan(text: string, file: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(file, 'expected a JSON object');
  const formatVersion = (data as { formatVersion?: unknown }).formatVersion;
  if (formatVersion !== 1)
    fail(file, `formatVersion ${JSON.stringify(formatVersion)} is not supported (expected 1)`);
  const problem = checkPlanShape(data);
  if (problem !== undefined) fail(file, problem);
  return readAddresses(data as WrittenPlan);
}

/** A plan as its JSON writes it (docs/plan-json.md): every address is text. */
interface WrittenPlan extends Omit<Plan, 'changes' | 'warnings'> {
  changes: (Omit<Change, 'address' | 'dependsOn'> & { address: string; dependsOn: string[] })[];
  warnings: (Omit<Warning, 'address'> & { address?: string })[];
}

/** The saved plan with its addresses read, once, into the values the engine compares. */
function readAddresses(plan: WrittenPlan): Plan {
  const { changes, warnings, ...rest } = plan;
  return {
    ...rest,
    // Each change was checked against its kind's schema (checkPlanShape): only the addresses differ.
    changes: changes.map(
      (c) =>
        ({
          ...c,
          address: Address.of(c.address),
          dependsOn: c.dependsOn.map((a) => Address.of(a)),
        }) as Change,
    ),
    warnings: warnings.map(({ address, ...w }) =>
      address === undefined ? w : { ...w, address: Address.of(address) },
    ),
  };
}

/**
 * What a plan made with a read-only token could not read (the Action's pull-request plans), or
 * undefined for a complete plan: `show` prints it, `apply --plan` refuses the plan.
 */
export function incompleteness(plan: Plan, file: string): string | undefined {
  if (plan.unreadable === undefined || plan.unreadable.length === 0) return undefined;
  const parts = plan.unreadable.map((u) => u.address).sort();
  return `${file}: this plan was made with a token that cannot read ${parts.join(', ')}, so it does not show every change; plan again with the token that applies`;
}

/** Saved plans larger than this are refused (the JSON plan of 5,000 orgs is about 17 MB). */
const MAX_PLAN_BYTES = 256 * 1024 * 1024;

/**
 * Reads and checks the plan file `file` (relative to `cwd`); every problem names the file.
 * Regular files only: a FIFO or device would hang the read. With `forApply`, a plan that
 * could not read everything is refused.
 */
export async function readSavedPlan(cwd: string, file: string, forApply = true): Promise<Plan> {
  const read = await readRegularFile(resolve(cwd, file), MAX_PLAN_BYTES);
  if (!read.ok) {
    throw new GitopsError(`cannot read the plan file '${file}': ${read.message}`, { code: 'PLAN_INVALID' });
  }
  const plan = parseSavedPlan(read.bytes.toString('utf8'), file);
  const missing = forApply ? incompleteness(plan, file) : undefined;
  if (missing !== undefined) throw new GitopsError(missing, { code: 'PLAN_INVALID' });
  return plan;
}
