// The machine-readable plan (docs/plan-json.md): a stable key order, extensions after the
// documented keys keys, and a trailing newline.
import { changeHead } from '../core/change-head.ts';
import type { Change, Plan } from '../core/types.ts';
import { jsonLines } from './json-pieces.ts';

function orderChange(change: Change): Record<string, unknown> {
  return {
    ...changeHead(change),
    patch: change.patch,
    dependsOn: change.dependsOn.map((a) => a.text),
    target: change.target,
    ...(change.note === undefined ? {} : { note: change.note }),
    ...(change.expiredAt === undefined ? {} : { expiredAt: change.expiredAt }),
  };
}

function orderStats(stats: NonNullable<Plan['stats']>): Record<string, number> {
  return {
    requests: stats.requests,
    ...(stats.writes === undefined ? {} : { writes: stats.writes }),
    ...(stats.estimatedApplySeconds === undefined
      ? {}
      : { estimatedApplySeconds: stats.estimatedApplySeconds }),
    ...(stats.ratePerMinute === undefined ? {} : { ratePerMinute: stats.ratePerMinute }),
  };
}

function planDocument(plan: Plan): Record<string, unknown> {
  return {
    formatVersion: plan.formatVersion,
    groupId: plan.groupId,
    fingerprint: plan.fingerprint,
    changes: plan.changes.map(orderChange),
    summary: { create: plan.summary.create, update: plan.summary.update, delete: plan.summary.delete },
    warnings: plan.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...(w.address === undefined ? {} : { address: w.address.text }),
    })),
    desired: plan.desired,
    // What apply will refuse, always present (empty when nothing).
    refusals: (plan.refusals ?? []).map((r) => ({
      rail: r.rail,
      message: r.message,
      override: r.override,
      addresses: r.addresses,
    })),
    ...(plan.lifted === undefined || plan.lifted.length === 0 ? {} : { lifted: plan.lifted }),
    ...(plan.createdAt === undefined ? {} : { createdAt: plan.createdAt }),
    ...(plan.stats === undefined ? {} : { stats: orderStats(plan.stats) }),
    ...(plan.partial === true ? { partial: true, targets: plan.targets ?? [] } : {}),
    // What the plan was made from: `apply --plan` plans it again with the same replacements.
    ...(plan.replace === undefined || plan.replace.length === 0 ? {} : { replace: plan.replace }),
    ...(plan.rotate === undefined || plan.rotate.length === 0 ? {} : { rotate: plan.rotate }),
    // A plan the Action made with a read-only token: what it could not read (apply refuses it).
    ...(plan.unreadable === undefined || plan.unreadable.length === 0
      ? {}
      : { unreadable: plan.unreadable.map((u) => ({ address: u.address, reason: u.reason })) }),
  };
}

export function renderPlanJson(plan: Plan): string {
  return [...renderPlanJsonLines(plan)].join('');
}

/** renderPlanJson's text in pieces of whole lines, for writing a big plan without holding it. */
export function renderPlanJsonLines(plan: Plan): Iterable<string> {
  return jsonLines(planDocument(plan));
}
