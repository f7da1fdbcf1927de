// buildPlan: the pure heart of `plan`. Binds the file's orgs to live ones, runs every resource
// kind's diff, links cross-kind dependencies and orders the changes as apply will run them.
// All semantic problems are returned at once, so a user fixes the file in one pass.
import { fingerprintLive } from './fingerprint.ts';
import type { PlanIssue } from './issues.ts';
import { bindOrgs } from './kinds/bind-orgs.ts';
import { KINDS } from './kinds/index.ts';
import type { PlanContext, UnknownUserRef } from './kinds/kind.ts';
import { linkDependencies, orderChanges } from './order.ts';
import type { RailLifts } from './refusal.ts';
import { planReplacements } from './replace.ts';
import { createResolver, type Resolver } from './resolve.ts';
import { planRotations } from './rotate.ts';
import { checkSafety, railsLifted } from './safety.ts';
import { summarizeChanges } from './summary.ts';
import type { Change, DesiredState, LiveState, Plan, Warning } from './types.ts';

export type { PlanIssue };

export type BuildPlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

export interface BuildPlanOptions {
  now?: () => Date;
  replace?: readonly string[];
  /** `--rotate`: service accounts whose secret is replaced. */
  rotate?: readonly string[];
  /** The rails lifted (`--allow-mass-delete`, `--allow-lockout`): recorded in the plan. */
  lift?: RailLifts;
}

/** The plan of `desired` over `live`, with the refusals apply will make of it. */
export function buildPlan(
  desired: DesiredState,
  live: LiveState,
  options: BuildPlanOptions = {},
): BuildPlanResult {
  const result = assemblePlan(desired, live, options);
  return result.ok ? { ok: true, plan: withRefusals(result.plan, live, options.lift) } : result;
}

/**
 * The plan's refusals, decided by the one function apply runs (checkSafety) over exactly its
 * changes: a targeted plan's are decided after its changes were selected.
 */
export function withRefusals(plan: Plan, live: LiveState, lift: RailLifts = {}): Plan {
  const lifted = railsLifted(lift);
  const recorded: Plan = lifted.length > 0 ? { ...plan, lifted } : plan;
  return { ...recorded, refusals: checkSafety(recorded, live) };
}

/** The plan without its refusals (see withRefusals). */
export function assemblePlan(
  desired: DesiredState,
  live: LiveState,
  options: Omit<BuildPlanOptions, 'lift'> = {},
): BuildPlanResult {
  const bound = bindOrgs(desired, live);
  const base: PlanContext = {
    desired,
    live,
    resolver: createResolver(live, desired.users.ignore),
    orgs: bound.orgs,
    implied: new Set(),
    // The edges inject the clock; a caller without one (a unit test of other things) gets the real time.
    now: options.now?.() ?? new Date(),
  };
  const ctx: PlanContext = { ...base, implied: new Set(KINDS.flatMap((kind) => kind.implies?.(base) ?? [])) };
  const issues: PlanIssue[] = [...bound.issues];
  const warnings: Warning[] = [];
  let changes: Change[] = [];
  const unknownUsers: UnknownUserRef[] = [];
  const kindIssues: PlanIssue[] = [];
  for (const kind of KINDS) {
    const result = kind.plan(ctx);
    changes.push(...result.changes);
    warnings.push(...result.warnings);
    kindIssues.push(...result.issues);
    unknownUsers.push(...result.unknownUsers);
  }
  const replaced = planReplacements(ctx, changes, options.replace ?? []);
  const rotated = planRotations(ctx, replaced.changes, options.rotate ?? []);
  changes = rotated.changes;
  // Problems are listed in the order a reader meets them in the file: group, tenant, orgs.
  issues.push(...inFileOrder(kindIssues), ...replaced.issues, ...rotated.issues);
  // One issue per entry; an entry merged into many orgs (defaults.org.members) is one place in
  // the file, and the edge that locates issues reports it once.
  issues.unshift(...inFileOrder(unknownUsers).map((ref) => unknownUserIssue(ref, ctx.resolver)));
  if (live.unknown.length > 0) {
    issues.push({
      code: 'LIVE_STATE_INCOMPLETE',
      message: `Parts of the live state could not be read: ${live.unknown.map((u) => `${u.address} (${u.reason})`).join('; ')}.`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const ordered = orderChanges(linkDependencies(changes));
  const plan: Plan = {
    formatVersion: 1,
    groupId: desired.group.id,
    fingerprint: fingerprintLive(live),
    changes: ordered,
    summary: summarizeChanges(ordered),
    warnings: warnings.sort(
      (a, b) => (a.address?.text ?? '').localeCompare(b.address?.text ?? '') || a.code.localeCompare(b.code),
    ),
    desired,
  };
  if (options.now !== undefined) plan.createdAt = ctx.now.toISOString();
  if (options.replace !== undefined && options.replace.length > 0)
    plan.replace = [...new Set(options.replace)];
  if (options.rotate !== undefined && options.rotate.length > 0) plan.rotate = [...new Set(options.rotate)];
  return { ok: true, plan };
}

const SECTIONS = ['group', 'tenant', 'orgs'];

/** A stable sort by the file section a problem's path starts in. */
function inFileOrder<T extends { path?: (string | number)[] }>(items: T[]): T[] {
  const rank = (item: T) => {
    const index = SECTIONS.indexOf(String(item.path?.[0]));
    return index === -1 ? SECTIONS.length : index;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

function unknownUserIssue(ref: UnknownUserRef, resolver: Resolver): PlanIssue {
  const suggestion = resolver.suggestUser(ref.ref);
  const hint = suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
  return {
    code: 'UNKNOWN_USERS',
    message: `'${ref.ref}' is not a Snyk user of the group.${hint} Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.`,
    path: ref.path,
  };
}
