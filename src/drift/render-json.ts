// The drift report for machines: a stable format (formatVersion 1) with fixed key order.
import type { DriftItem, DriftReport } from './types.ts';

function itemJson(item: DriftItem) {
  return {
    kind: item.kind,
    address: item.address.text,
    change: item.change,
    ...(item.org !== undefined ? { org: item.org } : {}),
    live: item.live,
    desired: item.desired,
    patch: item.patch,
    message: item.message,
    ...(item.changedBy !== undefined ? { changedBy: item.changedBy } : {}),
  };
}

export function renderDriftJson(report: DriftReport): string {
  const out = {
    formatVersion: report.formatVersion,
    groupId: report.groupId,
    scannedAt: report.scannedAt,
    inSync: report.inSync,
    summary: {
      total: report.summary.total,
      added: report.summary.added,
      removed: report.summary.removed,
      changed: report.summary.changed,
      ignored: report.summary.ignored,
      unknown: report.summary.unknown,
      byKind: report.summary.byKind,
    },
    items: report.items.map(itemJson),
    unknown: report.unknown.map((u) => ({ address: u.address, reason: u.reason })),
    ignored: report.ignored,
    ignoreRules: report.ignoreRules,
    notes: report.notes,
    ...(report.audit !== undefined ? { audit: report.audit } : {}),
    ...(report.nextCursor !== undefined ? { nextCursor: report.nextCursor } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
