// plan: load the config, read what it manages from Snyk, and compute the plan.
import { loadConfig } from '../config/index.ts';
import { buildPlan } from '../core/plan.ts';
import type { DesiredState, LiveState, Plan } from '../core/types.ts';
import { readLiveState } from '../live/index.ts';
import type { SnykClient } from '../snyk/index.ts';
import { ConfigInvalidError, type LocatedIssue } from './errors.ts';

type Locate = (
  path: readonly (string | number)[],
) => { file: string; line: number; column: number } | undefined;

export interface LoadedConfig {
  desired: DesiredState;
  files: string[];
  locate?: Locate;
}

/** Loads and validates the config files; throws ConfigInvalidError listing every problem. */
export async function loadDesired(paths: string[], cwd: string, now?: () => Date): Promise<LoadedConfig> {
  const result = await loadConfig(paths, { cwd, ...(now ? { now } : {}) });
  if (!result.ok) {
    throw new ConfigInvalidError(
      result.issues.map((i) => ({
        code: i.code,
        message: i.message,
        ...(i.file !== undefined ? { file: i.file } : {}),
        ...(i.line !== undefined ? { line: i.line } : {}),
        ...(i.column !== undefined ? { column: i.column } : {}),
      })),
    );
  }
  return { desired: result.desired, files: result.files, locate: result.locate };
}

export interface PlanOutcome {
  plan: Plan;
  live: LiveState;
}

export interface PlanOptions {
  now?: () => Date;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** Reads live state for `config` and plans; throws ConfigInvalidError for semantic problems. */
export async function planDesired(
  config: LoadedConfig,
  client: SnykClient,
  options: PlanOptions = {},
): Promise<PlanOutcome> {
  const live = await readLiveState(
    client,
    config.desired,
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
  // The plan records its instant (createdAt): a saved plan is checked again at that instant.
  const plan = planAgainst(config, live, options.now ?? systemClock);
  plan.stats = { requests: client.stats().requests };
  return { plan, live };
}

/** The real clock, for the edges that were not given one. */
export const systemClock = (): Date => new Date();

/** The pure step: desired + live → plan, with semantic problems located in the files. */
export function planAgainst(config: LoadedConfig, live: LiveState, now?: () => Date): Plan {
  const result = buildPlan(config.desired, live, now ? { now } : {});
  if (!result.ok) {
    const issues: LocatedIssue[] = result.issues.map((issue) => {
      const source = issue.path && config.locate ? config.locate(issue.path) : undefined;
      return {
        code: issue.code,
        message: issue.message,
        ...(issue.address ? { address: issue.address } : {}),
        ...(source ? { file: source.file, line: source.line, column: source.column } : {}),
      };
    });
    throw new ConfigInvalidError(issues, 'the configuration does not fit the live Snyk account');
  }
  return result.plan;
}
