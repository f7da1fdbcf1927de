// Reading a saved plan (`apply --plan plan.json`). The file is user input: anything that is
// not a plan this version wrote is refused with a message naming the problem.
import { type Action, KIND_NAMES, type Plan } from '../core/types.ts';
import { GitopsError } from '../errors.ts';

const ACTIONS: readonly Action[] = ['create', 'update', 'delete'];

function fail(file: string, problem: string): never {
  throw new GitopsError(`${file}: not a snyk-gitops plan: ${problem}`, { code: 'PLAN_INVALID' });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSavedPlan(text: string, file: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) fail(file, 'expected a JSON object');
  if (data.formatVersion !== 1)
    fail(file, `formatVersion ${JSON.stringify(data.formatVersion)} is not supported (expected 1)`);
  if (typeof data.groupId !== 'string') fail(file, 'groupId is missing');
  if (typeof data.fingerprint !== 'string' || !data.fingerprint.startsWith('sha256:'))
    fail(file, 'fingerprint is missing');
  if (!isObject(data.desired) || !isObject(data.desired.group) || data.desired.group.id !== data.groupId) {
    fail(file, 'the desired state it was made from is missing or names another group');
  }
  if (!Array.isArray(data.changes)) fail(file, 'changes is not a list');
  data.changes.forEach((change, i) => {
    const where = `changes[${i}]`;
    if (!isObject(change)) fail(file, `${where} is not an object`);
    if (!ACTIONS.includes(change.action as Action))
      fail(file, `${where}.action ${JSON.stringify(change.action)} is not create, update or delete`);
    if (!(KIND_NAMES as readonly string[]).includes(change.kind as string))
      fail(file, `${where}.kind ${JSON.stringify(change.kind)} is unknown`);
    if (typeof change.address !== 'string') fail(file, `${where}.address is missing`);
    if (!isObject(change.target) || !Object.values(change.target).every((v) => typeof v === 'string')) {
      fail(file, `${where}.target must map names to ids`);
    }
    if (!Array.isArray(change.dependsOn) || !change.dependsOn.every((d) => typeof d === 'string')) {
      fail(file, `${where}.dependsOn must be a list of addresses`);
    }
  });
  return data as unknown as Plan;
}
