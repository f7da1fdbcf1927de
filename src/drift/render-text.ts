// The drift report for a terminal or a CI log.
import { bold, green, red, yellow } from '../render/ansi.ts';
import { inertText as inert } from '../util/inert-text.ts';
import {
  attributionText,
  auditLines,
  CHANGE_LABEL,
  CHANGE_SYMBOL,
  detailLines,
  groupBySection,
  headline,
} from './render-common.ts';
import type { DriftChange, DriftReport } from './types.ts';

const PAINT: Record<DriftChange, (on: boolean, text: string) => string> = {
  added: green,
  removed: red,
  changed: yellow,
};

export function renderDriftText(report: DriftReport, options: { color: boolean }): string {
  const { color } = options;
  const lines: string[] = [];
  for (const [section, items] of groupBySection(report.items)) {
    lines.push(bold(color, inert(section)));
    for (const item of items) {
      const mark = PAINT[item.change](color, CHANGE_SYMBOL[item.change]);
      lines.push(`  ${mark} ${inert(item.address.text)}  ${CHANGE_LABEL[item.change]}`);
      for (const detail of detailLines(item)) lines.push(`      ${inert(detail)}`);
      const changed = attributionText(item);
      if (changed !== undefined) lines.push(`      ${inert(changed)}`);
    }
    lines.push('');
  }
  if (report.unknown.length > 0) {
    lines.push(bold(color, 'Unknown (could not be read, neither drift nor in sync):'));
    for (const part of report.unknown) lines.push(`  ? ${inert(part.address)}: ${inert(part.reason)}`);
    lines.push('');
  }
  if (report.notes.length > 0) {
    lines.push(bold(color, 'Notes:'));
    for (const note of report.notes)
      lines.push(`  ${note.address ? `${inert(note.address.text)}: ` : ''}${inert(note.message)}`);
    lines.push('');
  }
  if (report.ignored > 0) {
    lines.push(`Ignored: ${report.ignored} (drift.ignore)`);
    for (const { rule, matched } of report.ignoreRules) {
      if (matched === 0) continue;
      const what = [rule.kind, rule.address].filter((x) => x !== undefined).join(' ');
      lines.push(`  ${matched} × ${inert(what)}${rule.reason ? `: ${inert(rule.reason)}` : ''}`);
    }
    lines.push('');
  }
  const summaryColor = report.unknown.length > 0 ? red : report.inSync ? green : yellow;
  lines.push(summaryColor(color, headline(report)));
  lines.push(`Scanned group ${inert(report.groupId)} at ${report.scannedAt}; ignored: ${report.ignored}.`);
  for (const line of auditLines(report)) lines.push(inert(line));
  return `${lines.join('\n')}\n`;
}
