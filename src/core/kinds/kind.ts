// The seam every resource kind implements, in one module per kind: its identity and the ids a
// change carries (`targets`, a schema per action), how it is read, planned, applied,
// simulated, counted by the safety rails, worded in drift and exported. The registry
// (index.ts) is typed so that a kind missing any part does not compile.
import type { Static, TSchema } from '@sinclair/typebox';
import jsonpatch, { type Operation } from 'fast-json-patch';
import type { Address } from '../addresses.ts';
import type { ExportDraft } from '../export-draft.ts';
import type { PlanIssue } from '../issues.ts';
import type { OrgSettingsPart } from '../org-settings-parts.ts';
import type { WarningCode } from '../plan-codes.ts';
import type { Refusal } from '../refusal.ts';
import type { Resolver } from '../resolve.ts';
import type { ChangeAction, DesiredOrg, DesiredState, Json, LiveOrg, LiveState, Warning } from '../types.ts';
import type { ApplyEnv, Outcome } from './apply-support.ts';
import type { LiveRead } from './live-read.ts';

/** The schema of a change's `target` (the ids apply uses), for each action the kind has. */
export type TargetSchemas = { [A in ChangeAction]?: TSchema };

interface ChangeFields {
  /** Stable human-readable identity, e.g. `org[payments].member[bob@acme.com]`. */
  address: Address;
  before: Json | null;
  after: Json | null;
  /** RFC 6902 patch from `before` to `after` (updates; empty otherwise). */
  patch: Operation[];
  /** Addresses of changes that must succeed before this one runs. */
  dependsOn: Address[];
  /** Why this change is shaped as it is, when not obvious (shown in the plan). */
  note?: string;
  /**
   * Set on a delete that happens because the file's entry expired (docs/configuration.md#access-that-ends-delegated-team-files-invitations): the
   * instant it ended. The scheduled Action applies exactly these.
   */
  expiredAt?: string;
}

type ChangeActionsOf<S extends TargetSchemas> = keyof S & ChangeAction;

/** A change of kind `K` and action `A`, with the target its schema describes. */
export type ChangeFor<
  K extends string,
  S extends TargetSchemas,
  A extends ChangeActionsOf<S>,
> = ChangeFields & {
  kind: K;
  action: A;
  target: Static<NonNullable<S[A]>>;
};

/** Every change a kind can plan: a union over its actions. */
export type ChangeOf<K extends string, S extends TargetSchemas> = {
  [A in ChangeActionsOf<S>]: ChangeFor<K, S, A>;
}[ChangeActionsOf<S>];

/** A desired org and the live org it designates (absent when the plan creates it). */
export interface OrgBinding {
  index: number;
  slug: string;
  desired: DesiredOrg;
  live?: LiveOrg;
  /** Address of the org create that this org's other changes depend on. */
  createdBy?: Address;
}

export interface PlanContext {
  desired: DesiredState;
  live: LiveState;
  resolver: Resolver;
  orgs: OrgBinding[];
  /**
   * Addresses of objects that Snyk makes exist as a side effect of the desired state (the
   * group tag that a project rule puts on a project), from every kind's `implies`: a listed
   * object that cannot be created is no warning when the plan brings it about anyway.
   */
  implied: ReadonlySet<Address>;
  /** The instant the plan is made at: which `expires` have passed (injected clock). */
  now: Date;
}

/** A member reference the live directory does not know (reported once, as one issue). */
export interface UnknownUserRef {
  ref: string;
  path: (string | number)[];
}

export interface KindResult<C> {
  changes: C[];
  warnings: Warning[];
  issues: PlanIssue[];
  unknownUsers: UnknownUserRef[];
}

/** What the live reader asks of a kind: the reads its part of the desired state needs. */
export interface KindReads {
  /** Reads of group-wide (or tenant) data, once per run. */
  group?(desired: DesiredState): LiveRead[];
  /** Reads of one managed org, started as soon as its page of the org list arrives. */
  org?(desired: DesiredState, want: DesiredOrg, org: LiveOrg): LiveRead[];
  /**
   * Reads that need the whole org list first (e.g. the template of an org this plan creates,
   * which only the complete list can tell apart from an org that exists).
   */
  afterOrgs?(desired: DesiredState, live: LiveState): LiveRead[];
}

/** A live object that `--replace` can delete and create again, with the two changes doing it. */
export interface Replacement<C> {
  address: Address;
  /** The delete, then the create; the create depends on the delete (same address). */
  changes: [C, C];
}

/** What the safety rails see: the plan's own changes of this kind, the live state before and after. */
export interface RailContext<C> {
  desired: DesiredState;
  live: LiveState;
  after: LiveState;
  changes: readonly C[];
}

/** An environment variable a change reads, and the least length Snyk takes for it. */
export interface SecretUse {
  env: string;
  minLength: number;
  /** The rule in words, for the message that names the variable (never its value). */
  rule: string;
}

export interface KindModule<K extends string, S extends TargetSchemas> {
  kind: K;
  /** The org settings part this kind manages, for kinds made by `settingsPartKind`. */
  orgPart?: OrgSettingsPart;
  /** How messages name one object of this kind and several ('org membership', 'org memberships'). */
  noun: { one: string; many: string };
  targets: S;
  /** When apply runs each action of this kind: lower phases first (docs/plan-json.md order). */
  phase: { [A in ChangeActionsOf<S>]: number };
  reads: KindReads;
  plan(ctx: PlanContext): KindResult<ChangeOf<K, S>>;
  /** The one write call of each action, and how an ambiguous write is confirmed. */
  apply: { [A in ChangeActionsOf<S>]: (change: ChangeFor<K, S, A>, env: ApplyEnv) => Promise<Outcome> };
  /** What applying the change does to live state (a pure model: rails and property tests). */
  simulate(live: LiveState, change: ChangeOf<K, S>): void;
  /** Live objects of this kind within what the file manages: the mass-delete rail's denominator. */
  countLive(live: LiveState, desired: DesiredState): number;
  /**
   * Whether a change that is no delete still takes a live object out of what `countLive` counts
   * (a project moved out of its org): the mass-delete rail counts it as a delete.
   */
  removes?(change: ChangeOf<K, S>): boolean;
  /** Refusals of this kind's own rails (the lock-out rail of memberships). */
  rails?(ctx: RailContext<ChangeOf<K, S>>): Refusal[];
  /** Plan warning codes that are drift items of this kind (listed, and not creatable). */
  driftWarnings?: readonly WarningCode[];
  /**
   * Before a drift comparison: takes out of `desired` what Snyk has lost (a removed org, a
   * member whose user is gone), returning each as a "removed in Snyk" item.
   */
  prepareDrift?(desired: DesiredState, live: LiveState, resolver: Resolver): MissingObject[];
  /**
   * Keys this change makes true, and keys it needs, for ordering across kinds: a user's org
   * membership waits for the same user's group membership (`user:<id>`).
   */
  provides?(change: ChangeOf<K, S>): string[];
  needs?(change: ChangeOf<K, S>): string[];
  /**
   * Addresses of other kinds' objects that this kind's desired state brings into being in
   * Snyk (see `PlanContext.implied`); computed before any kind plans (`implied` is empty then).
   */
  implies?(ctx: PlanContext): Address[];
  /**
   * The live objects the file lists that `--replace ADDRESS` can delete and create again.
   * Kinds that can create and delete what they manage offer them.
   */
  replaceable?(ctx: PlanContext): Replacement<ChangeOf<K, S>>[];
  /**
   * Environment variables a change reads when applied (a webhook's secret), with the rule Snyk
   * holds them to: resolved and checked before anything is written, so a missing or refused
   * one stops the run before the first write.
   */
  secrets?(change: ChangeOf<K, S>): SecretUse[];
  /**
   * Whether applying the change makes Snyk hand out a secret (a service account's key), which
   * the run can only write to `--secrets-dir`: without one, apply refuses before any write.
   */
  secretOutputs?(change: ChangeOf<K, S>): boolean;
  /** Writes this kind's part of the live state into the export. */
  export(live: LiveState, draft: ExportDraft): void;
}

/** A module's parts besides its name and its target schemas, which `defineKind` takes first. */
export interface KindParts<K extends string, S extends TargetSchemas>
  extends Omit<KindModule<K, S>, 'kind' | 'targets'> {}

/**
 * A kind's module, its name and target schemas said once, and the change types of every other
 * part derived from them: `defineKind('webhook', targets).with({ noun, phase, plan, apply, … })`.
 * In two steps so that the module's type is known from the first alone: the registry's types
 * (and the schemas built from `KIND_NAMES`) never wait on checking the parts.
 */
export function defineKind<K extends string, S extends TargetSchemas>(
  kind: K,
  targets: S,
): { with(parts: KindParts<K, S>): KindModule<K, S> } {
  return { with: (parts) => ({ kind, targets, ...parts }) };
}

/** Something the file lists and Snyk lacks, found before planning a drift report. */
export interface MissingObject {
  kind: string;
  address: Address;
  desired: Json;
}

/** An update's `before` and `after`, and the patch from one to the other. */
export function updateOf(before: { [key: string]: Json }, after: { [key: string]: Json }) {
  return { before, after, patch: jsonpatch.compare(before, after) };
}

export function emptyResult<C>(): KindResult<C> {
  return { changes: [], warnings: [], issues: [], unknownUsers: [] };
}
