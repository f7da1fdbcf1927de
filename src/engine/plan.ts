// plan: load the config, read what it manages from Snyk (or what `--target` selects), and
// compute the plan with what applying it will cost.
import { loadConfig } from '../config/index.ts';
import { formatPath } from '../core/addresses.ts';
import { type ApplyBudget, estimateApplySeconds } from '../core/apply-estimate.ts';
import { type ClassOf, noteClasses } from '../core/class-notes.ts';
import { fingerprintLive } from '../core/fingerprint.ts';
import type { PlanIssue } from '../core/plan.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { RailLifts } from '../core/refusal.ts';
import { summarizeChanges } from '../core/summary.ts';
import { checkTargets } from '../core/target-match.ts';
import type { DesiredState, LiveState, Plan } from '../core/types.ts';
import { dropUnreadablePending, maskUnknownParts } from '../drift/mask-unknown.ts';
import { UsageError } from '../errors.ts';
import { inertText } from '../util/inert-text.ts';
import { ConfigInvalidError, type LocatedIssue } from './errors.ts';
import { repositorySourceFrom } from './repository-source.ts';
import { buildScopedPlan, type PlanScope, readScoped } from './scope.ts';
import { checkSetSecrets } from './secrets.ts';

type Locate = (
  path: readonly (string | number)[],
) => { file: string; line: number; column: number } | undefined;

export interface LoadedConfig {
  desired: DesiredState;
  files: string[];
  locate?: Locate;
  /** The class that decided a desired value, named in the change's note. */
  classOf?: ClassOf;
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
  const { desired, files, locate, classOf } = result;
  return { desired, files, locate, ...(classOf === undefined ? {} : { classOf }) };
}

export interface PlanOutcome {
  plan: Plan;
  live: LiveState;
  scope: PlanScope;
}

export interface PlanOptions {
  now?: () => Date;
  /** `--replace`: addresses planned as delete + create. */
  replace?: readonly string[];
  /** `--rotate`: service accounts given a new secret. */
  rotate?: readonly string[];
  /** `--allow-mass-delete`, `--allow-lockout`: rails the plan lifts (and records). */
  lift?: RailLifts;
  onProgress?: (done: number, total: number, label: string) => void;
  /** `--target` addresses: plan only what they select. */
  targets?: readonly string[];
  /** The client's pacing and concurrency, for the apply estimate. */
  budget?: Omit<ApplyBudget, 'secondsPerRequest'>;
  /** Milliseconds, for measuring the read (injected in tests). */
  clock?: () => number;
  /**
   * The environment: the secrets the plan's changes read are checked when they are set, and
   * GITHUB_TOKEN (GITHUB_API_URL) lists the repositories `imports` globs need.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * A read-only token (docs/action.md#tokens-and-permissions): a part Snyk refuses to show (403) is
   * left out of the comparison and listed in `plan.unreadable`, instead of failing the plan.
   */
  tolerateForbidden?: boolean;
}

/** Reads live state for `config` and plans; throws ConfigInvalidError for semantic problems. */
export async function planDesired(
  config: LoadedConfig,
  client: SnykClient,
  options: PlanOptions = {},
): Promise<PlanOutcome> {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const repositories = options.env === undefined ? undefined : repositorySourceFrom(options.env);
  const { live, scope } = await readScoped(client, config.desired, options.targets ?? [], {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(repositories ? { repositories } : {}),
    ...(options.tolerateForbidden ? { tolerateForbidden: true } : {}),
  });
  const elapsedSeconds = (clock() - started) / 1000;
  // Parts that could not be read are planned around, not as if they were empty.
  const planFrom = live.unknown.length === 0 ? planAgainst : planReadable;
  const plan = planFrom(
    config,
    live,
    options.now ?? systemClock,
    scope,
    options.replace,
    options.lift,
    options.rotate,
  );
  if (scope.partial) {
    const scene = { desired: config.desired, live, changes: plan.changes.map((c) => c.address) };
    const problems = checkTargets(scope.targets, options.replace ?? [], scene, inertText);
    if (problems.length > 0) throw new UsageError(problems.join('\n'));
  }
  if (options.env !== undefined) checkSetSecrets(plan.changes, options.env);
  const requests = client.stats().requests;
  plan.stats = { requests };
  if (options.budget !== undefined) {
    const writes = plan.changes.length;
    // Reads ran `concurrency` at a time: the time one took is the run's time per request times that.
    const secondsPerRequest =
      requests === 0 ? 0 : (elapsedSeconds * Math.min(options.budget.concurrency, requests)) / requests;
    plan.stats.writes = writes;
    plan.stats.estimatedApplySeconds = estimateApplySeconds(writes, { ...options.budget, secondsPerRequest });
    plan.stats.ratePerMinute = options.budget.ratePerMinute;
  }
  return { plan, live, scope };
}

/**
 * The plan of what could be read: unreadable parts masked out of the desired state (as drift
 * does), listed in `unreadable`, and in the fingerprint, so that no apply takes it for a full read.
 */
function planReadable(
  config: LoadedConfig,
  live: LiveState,
  now: () => Date,
  scope: PlanScope,
  replace?: readonly string[],
  lift?: RailLifts,
  rotate?: readonly string[],
): Plan {
  const masked = { ...config, desired: maskUnknownParts(config.desired, live.unknown) };
  const plan = planAgainst(masked, { ...live, unknown: [] }, now, scope, replace, lift, rotate);
  const changes = dropUnreadablePending(plan.changes, live.unknown);
  return {
    ...plan,
    changes,
    summary: summarizeChanges(changes),
    desired: config.desired,
    fingerprint: fingerprintLive(live),
    unreadable: live.unknown,
  };
}

/** ` (the other rule: b.yaml:12:9)` for each related place; its path when it cannot be located. */
function relatedPlaces(config: LoadedConfig, issue: PlanIssue): string {
  return (issue.related ?? [])
    .map(({ what, path }) => {
      const at = config.locate?.(path);
      return ` (${what}: ${at === undefined ? formatPath(path) : `${at.file}:${at.line}:${at.column}`})`;
    })
    .join('');
}

/**
 * An entry of `defaults.org` is merged into every org: its problem, found once per org, is one
 * problem at one place in the file. Identical issues at the same place are reported once.
 */
function onePerPlace(issues: LocatedIssue[]): LocatedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\0${issue.file ?? ''}:${issue.line ?? ''}:${issue.column ?? ''}\0${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The real clock, for the edges that were not given one. */
export const systemClock = (): Date => new Date();

/** The pure step: desired + live → plan, with semantic problems located in the files. */
export function planAgainst(
  config: LoadedConfig,
  live: LiveState,
  now?: () => Date,
  scope: PlanScope = { partial: false },
  replace?: readonly string[],
  lift?: RailLifts,
  rotate?: readonly string[],
): Plan {
  const result = buildScopedPlan(config.desired, live, scope, {
    ...(now ? { now } : {}),
    ...(replace ? { replace } : {}),
    ...(rotate ? { rotate } : {}),
    ...(lift ? { lift } : {}),
  });
  if (!result.ok) {
    const located = result.issues.map((issue): LocatedIssue => {
      const source = issue.path && config.locate ? config.locate(issue.path) : undefined;
      // Unlocated, the path in the merged state is the best pointer there is.
      const at = source === undefined && issue.path ? ` (at ${formatPath(issue.path)})` : '';
      return {
        code: issue.code,
        message: issue.message + relatedPlaces(config, issue) + at,
        ...(issue.address ? { address: issue.address.text } : {}),
        ...(source ? { file: source.file, line: source.line, column: source.column } : {}),
      };
    });
    throw new ConfigInvalidError(
      onePerPlace(located),
      'the configuration does not fit the live Snyk account',
    );
  }
  return config.classOf === undefined
    ? result.plan
    : noteClasses(result.plan, config.desired.orgs, live, config.classOf);
}
