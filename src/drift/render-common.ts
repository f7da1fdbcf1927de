// Wording shared by the drift renderers, so text, markdown and html say the same things.
import type { Json } from '../core/types.ts';
import type { DriftChange, DriftItem, DriftReport } from './types.ts';

export const CHANGE_SYMBOL: Record<DriftChange, string> = { added: '+', removed: '-', changed: '~' };

export const CHANGE_LABEL: Record<DriftChange, string> = {
  added: 'added in Snyk',
  removed: 'removed in Snyk',
  changed: 'changed in Snyk',
};

/** The section an item is shown in: its org, or the group (group, tags, tenant). */
export const GROUP_SECTION = 'group and tenant';

export function sectionOf(item: DriftItem): string {
  return item.org === undefined ? GROUP_SECTION : `org ${item.org}`;
}

/** Items by section, group-wide first, then orgs in slug order (items are sorted already). */
export function groupBySection(items: readonly DriftItem[]): [string, DriftItem[]][] {
  const sections = new Map<string, DriftItem[]>();
  for (const item of items) {
    const key = sectionOf(item);
    const list = sections.get(key) ?? [];
    list.push(item);
    sections.set(key, list);
  }
  return [...sections.entries()];
}

/** A value for humans: strings bare, the rest as compact JSON. */
export function formatJson(value: Json | null | undefined): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
      return entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
    }
  }
  return JSON.stringify(value);
}

/** `role` / `requestAccess.enabled` from a JSON pointer. */
export function fieldName(pointer: string): string {
  const name = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
  return name === '' || name === 'value' ? 'value' : name;
}

/** One line per fact about the item: field diffs for changes, the value otherwise. */
export function detailLines(item: DriftItem): string[] {
  if (item.change === 'changed') {
    return item.fields.map(
      (f) => `${fieldName(f.path)}: ${formatJson(f.live)} in Snyk, ${formatJson(f.desired)} in the file`,
    );
  }
  if (item.change === 'added' && item.live !== null) return [`in Snyk: ${formatJson(item.live)}`];
  if (item.change === 'removed' && item.desired !== null) return [`in the file: ${formatJson(item.desired)}`];
  return [];
}

export function countsPhrase(counts: { added: number; removed: number; changed: number }): string {
  return `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed`;
}

export function headline(report: DriftReport): string {
  const { summary } = report;
  const base = report.inSync
    ? 'No drift: Snyk matches the configuration'
    : `Drift: ${summary.total} item${summary.total === 1 ? '' : 's'} (${countsPhrase(summary)})`;
  const unknown =
    report.unknown.length > 0
      ? `; ${report.unknown.length} part${report.unknown.length === 1 ? '' : 's'} could not be read`
      : '';
  return `${base}${report.inSync && unknown ? ' in what could be read' : ''}${unknown}.`;
}

export function ignoredPhrase(report: DriftReport): string {
  return `ignored: ${report.ignored}`;
}

/** `changed by alice@acme.com at 2026-12-06T10:12:00.000Z`, or undefined when no event explains the item. */
export function attributionText(item: DriftItem): string | undefined {
  const by = item.changedBy;
  if (by === undefined) return undefined;
  return by.by === undefined
    ? `changed at ${by.at} (the audit log names no user)`
    : `changed by ${by.by} at ${by.at}`;
}

/** What the run read of the audit log, and where the next `--since` starts (empty without a log). */
export function auditLines(report: DriftReport): string[] {
  const audit = report.audit;
  if (audit === undefined) return [];
  const lines: string[] = [];
  if (audit.mode === 'since') {
    lines.push(
      `Read the audit log from ${audit.from}: ${audit.events ?? 0} event${audit.events === 1 ? '' : 's'}; only the scopes they name were read.`,
    );
  } else if (audit.reason !== undefined) {
    lines.push(`Full drift: ${audit.reason}.`);
  }
  if (audit.unnamed !== undefined) lines.push(`No one is named: ${audit.unnamed}.`);
  if (report.nextCursor !== undefined) lines.push(`Next cursor: ${report.nextCursor}`);
  return lines;
}
