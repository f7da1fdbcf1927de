// The drift report as ONE self-contained HTML file a person opens in a browser: inline CSS
// and JS, no external request (a Content-Security-Policy forbids them), filters by kind, org
// and change, and the field diffs. Everything from Snyk or the file is user data: escaped.
import { KIND_NAMES } from '../core/types.ts';
import { showLookalikes } from '../util/lookalike.ts';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.ts';
import {
  attributionText,
  auditLines,
  CHANGE_LABEL,
  CHANGE_SYMBOL,
  countsPhrase,
  formatJson,
  headline,
} from './render-common.ts';
import { DRIFT_CHANGES, type DriftItem, type DriftReport } from './types.ts';

/** The filter value of items that belong to no org (group, tags, tenant). */
export const GROUP_FILTER = '@group';

/** Entities for markup characters; a name that could pass for another shows its escapes. */
export function escapeHtml(text: string): string {
  return showLookalikes(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function renderDriftHtml(report: DriftReport): string {
  const status = report.unknown.length > 0 ? 'unknown' : report.inSync ? 'in-sync' : 'drift';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Snyk drift report — ${escapeHtml(report.groupId)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Snyk drift report</h1>',
    `<p id="headline" class="headline ${status}">${escapeHtml(headline(report))}</p>`,
    `<p class="meta">Group <code>${escapeHtml(report.groupId)}</code> · scanned at <time>${escapeHtml(report.scannedAt)}</time> · ignored: ${report.ignored}</p>`,
    ...auditLines(report).map((line) => `<p class="meta audit">${escapeHtml(line)}</p>`),
    '</header>',
    renderSummary(report),
    renderUnknown(report),
    report.items.length > 0 ? renderFilters(report) : '',
    report.items.length > 0 ? renderItems(report.items) : '<p class="empty">No drift in what was read.</p>',
    renderNotes(report),
    renderIgnored(report),
    `<script>${HTML_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function renderSummary(report: DriftReport): string {
  const s = report.summary;
  const card = (label: string, value: number, cls: string) =>
    `<div class="card ${cls}"><span class="n">${value}</span><span class="l">${label}</span></div>`;
  const rows = Object.entries(s.byKind).map(
    ([kind, c]) =>
      `<tr><td>${escapeHtml(kind)}</td><td>${c.added}</td><td>${c.removed}</td><td>${c.changed}</td></tr>`,
  );
  return [
    '<section id="summary">',
    '<h2>Summary</h2>',
    '<div class="cards">',
    card('drift items', s.total, 'total'),
    card('added in Snyk', s.added, 'added'),
    card('removed in Snyk', s.removed, 'removed'),
    card('changed in Snyk', s.changed, 'changed'),
    card('ignored', s.ignored, 'ignored'),
    card('unknown parts', s.unknown, s.unknown > 0 ? 'unknown' : 'ignored'),
    '</div>',
    rows.length > 0
      ? `<table class="by-kind"><thead><tr><th>kind</th><th>added</th><th>removed</th><th>changed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '',
    '</section>',
  ].join('\n');
}

function renderUnknown(report: DriftReport): string {
  if (report.unknown.length === 0) return '';
  const items = report.unknown.map(
    (u) => `<li><code>${escapeHtml(u.address)}</code>: ${escapeHtml(u.reason)}</li>`,
  );
  return `<section id="unknown"><h2>Could not be read</h2><p>These parts are neither drift nor in sync.</p><ul>${items.join('')}</ul></section>`;
}

function renderFilters(report: DriftReport): string {
  const kinds = KIND_NAMES.filter((k) => report.items.some((i) => i.kind === k));
  const orgs = [...new Set(report.items.flatMap((i) => (i.org === undefined ? [] : [i.org])))].sort();
  const hasGroup = report.items.some((i) => i.org === undefined);
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return [
    '<section id="filters">',
    '<label>Kind <select id="filter-kind">',
    option('', 'all kinds'),
    ...kinds.map((k) => option(k, k)),
    '</select></label>',
    '<label>Org <select id="filter-org">',
    option('', 'all orgs'),
    hasGroup ? option(GROUP_FILTER, 'group and tenant') : '',
    ...orgs.map((o) => option(o, o)),
    '</select></label>',
    ...DRIFT_CHANGES.map(
      (c) =>
        `<label class="chk ${c}"><input type="checkbox" class="filter-change" value="${c}" checked> ${CHANGE_LABEL[c]}</label>`,
    ),
    '<span id="shown-count"></span>',
    '</section>',
  ].join('\n');
}

function changedBy(item: DriftItem): string {
  const text = attributionText(item);
  return text === undefined ? '' : `<div class="changed-by">${escapeHtml(text)}</div>`;
}

function renderItems(items: readonly DriftItem[]): string {
  const rows = items.map((item) => {
    const attrs = `data-kind="${escapeHtml(item.kind)}" data-org="${escapeHtml(item.org ?? GROUP_FILTER)}" data-change="${item.change}"`;
    return [
      `<tr class="item ${item.change}" ${attrs}>`,
      `<td class="mark" title="${CHANGE_LABEL[item.change]}">${CHANGE_SYMBOL[item.change]}</td>`,
      `<td><code class="address">${escapeHtml(item.address.text)}</code><div class="msg">${escapeHtml(item.message)}</div>${changedBy(item)}</td>`,
      `<td>${escapeHtml(item.kind)}</td>`,
      `<td>${escapeHtml(item.org ?? '—')}</td>`,
      `<td class="diff">${renderDiff(item)}</td>`,
      '</tr>',
    ].join('');
  });
  return [
    '<section id="drift">',
    `<h2>Drift items <small>(${countsPhrase(countChanges(items))})</small></h2>`,
    '<table id="items"><thead><tr><th></th><th>address</th><th>kind</th><th>org</th><th>Snyk vs the file</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '<p id="no-match" hidden>No item matches the filters.</p>',
    '</section>',
  ].join('\n');
}

function renderDiff(item: DriftItem): string {
  if (item.change === 'changed' && item.fields.length > 0) {
    const rows = item.fields.map(
      (f) =>
        `<tr><th>${escapeHtml(f.path)}</th><td class="live">${escapeHtml(formatJson(f.live))}</td><td class="desired">${escapeHtml(formatJson(f.desired))}</td></tr>`,
    );
    return `<table class="fields"><thead><tr><th>field</th><th>in Snyk</th><th>in the file</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  }
  if (item.change === 'added' && item.live !== null) {
    return `<span class="side">in Snyk:</span> <code class="live">${escapeHtml(formatJson(item.live))}</code>`;
  }
  if (item.change === 'removed' && item.desired !== null) {
    return `<span class="side">in the file:</span> <code class="desired">${escapeHtml(formatJson(item.desired))}</code>`;
  }
  return '';
}

function countChanges(items: readonly DriftItem[]) {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const item of items) counts[item.change] += 1;
  return counts;
}

function renderNotes(report: DriftReport): string {
  if (report.notes.length === 0) return '';
  const items = report.notes.map(
    (n) =>
      `<li>${n.address ? `<code>${escapeHtml(n.address.text)}</code>: ` : ''}${escapeHtml(n.message)}</li>`,
  );
  return `<section id="notes"><h2>Notes</h2><ul>${items.join('')}</ul></section>`;
}

function renderIgnored(report: DriftReport): string {
  const rules = report.ignoreRules.filter((r) => r.matched > 0);
  if (rules.length === 0) return '';
  const items = rules.map(({ rule, matched }) => {
    const what = [rule.kind, rule.address].filter((x) => x !== undefined).join(' ');
    return `<li>${matched} × <code>${escapeHtml(what)}</code>${rule.reason ? `: ${escapeHtml(rule.reason)}` : ''}</li>`;
  });
  return `<section id="ignored"><h2>Ignored: ${report.ignored}</h2><ul>${items.join('')}</ul></section>`;
}
