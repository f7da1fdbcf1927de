// The narrow interface the action needs from snyk-gitops' engine (validate, plan, apply,
// drift over the Snyk API). The action only orchestrates and posts; it never speaks to Snyk.
import type { FileContents } from '../config/index.ts';
import type { Plan } from '../core/types.ts';

export interface EngineIssue {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface ValidateResult {
  ok: boolean;
  issues: EngineIssue[];
  /** The human-readable report, as the CLI prints it. */
  text: string;
  /** When valid: what each config file defines (its orgs, its group-wide sections). */
  contents?: FileContents[];
}

/** What to plan: everything, or only what `--target` addresses select; the rails the workflow lifts. */
export interface PlanRequest {
  targets?: readonly string[];
  /**
   * A plan that is only shown (a pull request's): what the token may not read is listed in
   * `plan.unreadable` instead of failing it, so a read-only token can plan.
   */
  tolerateForbidden?: boolean;
  lift?: ApplyOverrides;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; error: string };

export interface ApplyResult {
  /** False when any change failed or the plan was refused (safety rails, stale fingerprint). */
  ok: boolean;
  applied: number;
  failed: number;
  skipped: number;
  text: string;
  markdown: string;
}

export interface DriftResult {
  /** False when drift could not be computed at all (bad config, API down). */
  ok: boolean;
  hasDrift: boolean;
  /** Parts of live state that could not be read: neither in sync nor known to drift. */
  unknownParts: number;
  markdown: string;
  summary: Record<string, number>;
  /** Why `ok` is false. */
  error?: string;
  /** Where the next `--since` run starts (docs/action.md#scheduled-drift). */
  nextCursor?: string;
  /** Whether everything was read (not only what the audit log named). */
  full?: boolean;
}

/** A scheduled drift: from the cursor of the previous run, or everything. */
export interface DriftRequest {
  since?: string;
}

/** The safety rails the workflow lifted (inputs allow-mass-delete, allow-lockout). */
export interface ApplyOverrides {
  allowMassDelete: boolean;
  allowLockout?: boolean;
  /** Input secrets-dir: where the secrets of new or rotated service accounts are written. */
  secretsDir?: string;
}

export interface Engine {
  validate(paths: string[]): Promise<ValidateResult>;
  plan(paths: string[], request?: PlanRequest): Promise<PlanResult>;
  /**
   * Applies exactly `plan` (as `apply --plan` does: refused when live state has changed since
   * the plan's fingerprint), so that what was checked against the reviewed plan is what runs.
   */
  apply(plan: Plan, options: ApplyOverrides): Promise<ApplyResult>;
  /**
   * Plans, and applies only the changes that remove expired access (`expiredAt`), under the
   * same rails; `expired` counts them (0: nothing was applied).
   */
  enforceExpiry(paths: string[], options: ApplyOverrides): Promise<ApplyResult & { expired: number }>;
  drift(paths: string[], request?: DriftRequest): Promise<DriftResult>;
}
