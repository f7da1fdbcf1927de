// Reading a saved plan (`apply --plan plan.json`). The file is user input: anything that is
// not exactly a plan this version wrote is refused with a message naming the first problem.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkPlanShape } from '../core/plan-schema.ts';
import type { Plan } from '../core/types.ts';
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
  return data as Plan;
}

/** Reads and checks the plan file `file` (relative to `cwd`); every problem names the file. */
export async function readSavedPlan(cwd: string, file: string): Promise<Plan> {
  const text = await readFile(resolve(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new GitopsError(`cannot read the plan file '${file}': ${error.code ?? error.message}`, {
      code: 'PLAN_INVALID',
    });
  });
  return parseSavedPlan(text, file);
}
