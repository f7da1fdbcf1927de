// One kind over a settings part that exists both in each org and in the group (IaC settings):
// the org kind and the group kind it is made of plan, apply and export their own scope, and a
// change goes to the one its target names (an org, or the group).
import { Type as T } from '@sinclair/typebox';
import type { ExportDraft } from '../export-draft.ts';
import type { OrgSettingsPart } from '../org-settings-parts.ts';
import type { LiveState } from '../types.ts';
import type { ApplyEnv, Outcome } from './apply-support.ts';
import {
  type ChangeOf,
  defineKind,
  emptyResult,
  type KindModule,
  type KindReads,
  type PlanContext,
} from './kind.ts';
import { Id, orgScoped, target } from './targets.ts';

const targets = { update: T.Union([...orgScoped({}).anyOf, target({ groupId: Id })]) };

/** A change names an org (by id, or by slug when this plan creates it) or the group. */
export type OrgAndGroupTargets = typeof targets;

type Targets = OrgAndGroupTargets;

/** What this kind uses of each scope's module (its changes are taken as they come). */
interface ScopeModule {
  orgPart?: OrgSettingsPart;
  noun: { one: string; many: string };
  phase: { update?: number };
  reads: KindReads;
  plan(ctx: PlanContext): {
    changes: object[];
    warnings: unknown[];
    issues: unknown[];
    unknownUsers: unknown[];
  };
  apply: { update: (change: never, env: ApplyEnv) => Promise<Outcome> };
  simulate(live: LiveState, change: never): void;
  countLive(live: LiveState, desired: never): number;
  export(live: LiveState, draft: ExportDraft): void;
}

export function orgAndGroupKind<K extends string>(
  kind: K,
  scopes: { org: ScopeModule; group: ScopeModule },
): KindModule<K, Targets> {
  const { org, group } = scopes;
  const scopeOf = (change: { target: object }) => ('groupId' in change.target ? group : org);
  return defineKind(kind, targets).with({
    ...(org.orgPart === undefined ? {} : { orgPart: org.orgPart }),
    noun: org.noun,
    phase: { update: Math.min(org.phase.update ?? 0, group.phase.update ?? 0) },
    reads: {
      ...(org.reads.org && { org: org.reads.org }),
      ...(group.reads.group && { group: group.reads.group }),
    },
    plan(ctx) {
      const result = emptyResult<ChangeOf<K, Targets>>();
      for (const part of [group.plan(ctx), org.plan(ctx)]) {
        result.changes.push(...(part.changes as ChangeOf<K, Targets>[]));
        result.warnings.push(...(part.warnings as typeof result.warnings));
        result.issues.push(...(part.issues as typeof result.issues));
        result.unknownUsers.push(...(part.unknownUsers as typeof result.unknownUsers));
      }
      return result;
    },
    apply: { update: (change, env) => scopeOf(change).apply.update(change as never, env) },
    simulate: (live, change) => scopeOf(change).simulate(live, change as never),
    countLive: (live, desired) =>
      org.countLive(live, desired as never) + group.countLive(live, desired as never),
    export(live, draft) {
      org.export(live, draft);
      group.export(live, draft);
    },
  });
}
