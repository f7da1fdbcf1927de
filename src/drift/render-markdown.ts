// The drift report for a GitHub issue or a job summary. GitHub refuses bodies over 65,536
// characters, so a large report is summarised: first without field details, then as counts
// per section with the first items only.
import type { Kind } from '../core/types.ts';
import { mdCode as code, mdHtml, mdText } from '../render/inert-markdown.ts';
import {
  attributionText,
  auditLines,
  CHANGE_LABEL,
  CHANGE_SYMBOL,
  countsPhrase,
  detailLines,
  formatJson,
  groupBySection,
  headline,
} from './render-common.ts';
import type { DriftItem, DriftReport } from './types.ts';

export interface DriftMarkdownOptions {
  /** Default 65,000 (GitHub's limit is 65,536). */
  maxLength?: number;
  title?: string;
}

type Detail = 'full' | 'lines' | 'counts';

export function renderDriftMarkdown(report: DriftReport, options: DriftMarkdownOptions = {}): string {
  const max = options.maxLength ?? 65_000;
  for (const detail of ['full', 'lines'] as const) {
    const text = render(report, options, detail, Number.POSITIVE_INFINITY);
    if (text.length <= max) return text;
  }
  // Counts per section plus as many items as fit, halving until it fits.
  let perSection = 50;
  for (;;) {
    const text = render(report, options, 'counts', perSection);
    if (text.length <= max || perSection === 0) return text.length <= max ? text : cut(text, max);
    perSection = Math.floor(perSection / 2);
  }
}

function cut(text: string, max: number): string {
  const note = '\n\n_(truncated to fit GitHub’s size limit; use `--format json` for the full report)_\n';
  return text.slice(0, Math.max(0, max - note.length)) + note;
}

/** Markdown-safe inline text (src/render/inert-markdown.ts): data never renders as markup. */
export const escapeMarkdown = mdText;

function render(
  report: DriftReport,
  options: DriftMarkdownOptions,
  detail: Detail,
  perSection: number,
): string {
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(options.title ?? 'Snyk drift report')}`, '');
  const icon = report.unknown.length > 0 ? ':x:' : report.inSync ? ':white_check_mark:' : ':warning:';
  out.push(`${icon} **${escapeMarkdown(headline(report))}**`, '');
  out.push(`Group ${code(report.groupId)}, scanned at ${report.scannedAt}. Ignored: ${report.ignored}.`, '');
  const audit = auditLines(report);
  if (audit.length > 0) out.push(audit.map(escapeMarkdown).join('  \n'), '');
  const kinds = Object.entries(report.summary.byKind) as [
    Kind,
    { added: number; removed: number; changed: number },
  ][];
  if (kinds.length > 0) {
    out.push('| kind | added | removed | changed |', '|---|---:|---:|---:|');
    for (const [kind, c] of kinds) out.push(`| ${kind} | ${c.added} | ${c.removed} | ${c.changed} |`);
    out.push(
      `| **total** | **${report.summary.added}** | **${report.summary.removed}** | **${report.summary.changed}** |`,
      '',
    );
  }
  if (report.unknown.length > 0) {
    out.push('### Could not be read', '', 'These parts are neither drift nor in sync:', '');
    for (const part of report.unknown) out.push(`- ${code(part.address)}: ${escapeMarkdown(part.reason)}`);
    out.push('');
  }
  for (const [section, items] of groupBySection(report.items)) {
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const item of items) counts[item.change] += 1;
    out.push(`<details><summary><b>${mdHtml(section)}</b>: ${countsPhrase(counts)}</summary>`, '');
    const shown = items.slice(0, perSection);
    for (const item of shown) out.push(...itemLines(item, detail));
    if (shown.length < items.length) out.push(`- … and ${items.length - shown.length} more`);
    out.push('', '</details>', '');
  }
  if (report.notes.length > 0) {
    out.push('### Notes', '');
    for (const note of report.notes) {
      out.push(`- ${note.address ? `${code(note.address.text)}: ` : ''}${escapeMarkdown(note.message)}`);
    }
    out.push('');
  }
  const rules = report.ignoreRules.filter((r) => r.matched > 0);
  if (rules.length > 0) {
    out.push(`### Ignored: ${report.ignored}`, '');
    for (const { rule, matched } of rules) {
      const what = [rule.kind, rule.address].filter((x) => x !== undefined).join(' ');
      out.push(`- ${matched} × ${code(what)}${rule.reason ? `: ${escapeMarkdown(rule.reason)}` : ''}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function itemLines(item: DriftItem, detail: Detail): string[] {
  const changed = attributionText(item);
  const by = changed === undefined ? '' : ` — ${escapeMarkdown(changed)}`;
  const head = `- \`${CHANGE_SYMBOL[item.change]}\` ${code(item.address.text)} ${CHANGE_LABEL[item.change]}${by}`;
  if (detail !== 'full') return [head];
  const lines = [head];
  if (item.change === 'changed') {
    for (const f of item.fields) {
      lines.push(
        `  - ${code(f.path)}: ${code(formatJson(f.live))} in Snyk, ${code(formatJson(f.desired))} in the file`,
      );
    }
  } else {
    for (const line of detailLines(item)) lines.push(`  - ${escapeMarkdown(line)}`);
  }
  return lines;
}
