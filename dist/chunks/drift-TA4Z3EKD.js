import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CHANGE_LABEL,
  CHANGE_SYMBOL,
  attributionText,
  auditLines,
  countsPhrase,
  detailLines,
  detectDriftWithAudit,
  formatJson,
  groupBySection,
  headline,
  renderDriftMarkdown
} from "./chunk-X3XOSDYE.js";
import {
  checkOutputPath,
  writeOutputFile
} from "./chunk-WA24QOJZ.js";
import {
  withSnyk
} from "./chunk-IHQSYQQE.js";
import {
  loadDesired,
  repositoriesFrom
} from "./chunk-BBPNSYFP.js";
import "./chunk-2H7DH7SS.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-KLWEPUVX.js";
import "./chunk-U57Q7QMY.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  bold,
  green,
  red,
  yellow
} from "./chunk-SK47ZHVY.js";
import {
  KIND_NAMES
} from "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  configPaths,
  parseCommandArgs,
  resolveApiSettings
} from "./chunk-FYHEQC3A.js";
import {
  DRIFT_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-WX2GK3PI.js";
import {
  inertText,
  redact,
  showLookalikes
} from "./chunk-GVG4TUQB.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/drift.ts
import { resolve } from "node:path";

// src/drift/html-assets.ts
var HTML_STYLE = `
:root { color-scheme: light; --added: #1a7f37; --removed: #cf222e; --changed: #9a6700; --muted: #57606a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 24px 32px; color: #1f2328; background: #f6f8fa; }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.headline { font-size: 16px; font-weight: 600; padding: 8px 12px; border-radius: 6px; display: inline-block; margin: 8px 0; }
.headline.in-sync { background: #dafbe1; color: var(--added); }
.headline.drift { background: #fff8c5; color: var(--changed); }
.headline.unknown { background: #ffebe9; color: var(--removed); }
.meta { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 16px; min-width: 120px; }
.card .n { display: block; font-size: 26px; font-weight: 700; }
.card .l { color: var(--muted); }
.card.added .n { color: var(--added); } .card.removed .n, .card.unknown .n { color: var(--removed); } .card.changed .n { color: var(--changed); }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
table.by-kind { margin-top: 12px; }
#items { width: 100%; }
#filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 20px 0 8px; padding: 10px 12px; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; }
#shown-count { color: var(--muted); margin-left: auto; }
td.mark { font: 700 16px ui-monospace, monospace; text-align: center; width: 28px; }
tr.added td.mark { color: var(--added); } tr.removed td.mark { color: var(--removed); } tr.changed td.mark { color: var(--changed); }
.msg { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
table.fields th, table.fields td { font-size: 12.5px; padding: 3px 6px; }
.live { background: #ffebe9; } .desired { background: #dafbe1; }
td.live, td.desired { font-family: ui-monospace, monospace; }
.side { color: var(--muted); }
#unknown { border-left: 4px solid var(--removed); padding-left: 12px; }
.empty { font-size: 15px; }
`;
var HTML_SCRIPT = `
(function () {
  var kind = document.getElementById('filter-kind');
  var org = document.getElementById('filter-org');
  var changes = Array.prototype.slice.call(document.querySelectorAll('.filter-change'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('#items tbody tr.item'));
  var count = document.getElementById('shown-count');
  var none = document.getElementById('no-match');
  function apply() {
    var allowed = {};
    changes.forEach(function (c) { allowed[c.value] = c.checked; });
    var shown = 0;
    rows.forEach(function (row) {
      var visible = (!kind || !kind.value || row.getAttribute('data-kind') === kind.value) &&
        (!org || !org.value || row.getAttribute('data-org') === org.value) &&
        allowed[row.getAttribute('data-change')] !== false;
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (count) count.textContent = shown + ' of ' + rows.length + ' shown';
    if (none) none.hidden = shown !== 0;
  }
  function fromHash() {
    // #kind=org_membership&org=payments presets the filters (a shareable link).
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    function preset(select, value) {
      if (!select || value === null) return;
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === value) select.value = value;
      }
    }
    preset(kind, params.get('kind'));
    preset(org, params.get('org'));
  }
  [kind, org].concat(changes).forEach(function (el) { if (el) el.addEventListener('change', apply); });
  fromHash();
  apply();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

// src/drift/types.ts
var DRIFT_CHANGES = ["added", "removed", "changed"];

// src/drift/render-html.ts
var GROUP_FILTER = "@group";
function escapeHtml(text) {
  return showLookalikes(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
function renderDriftHtml(report) {
  const status = report.unknown.length > 0 ? "unknown" : report.inSync ? "in-sync" : "drift";
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Snyk drift report \u2014 ${escapeHtml(report.groupId)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    "<h1>Snyk drift report</h1>",
    `<p id="headline" class="headline ${status}">${escapeHtml(headline(report))}</p>`,
    `<p class="meta">Group <code>${escapeHtml(report.groupId)}</code> \xB7 scanned at <time>${escapeHtml(report.scannedAt)}</time> \xB7 ignored: ${report.ignored}</p>`,
    ...auditLines(report).map((line) => `<p class="meta audit">${escapeHtml(line)}</p>`),
    "</header>",
    renderSummary(report),
    renderUnknown(report),
    report.items.length > 0 ? renderFilters(report) : "",
    report.items.length > 0 ? renderItems(report.items) : '<p class="empty">No drift in what was read.</p>',
    renderNotes(report),
    renderIgnored(report),
    `<script>${HTML_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].filter((line) => line !== "").join("\n");
}
function renderSummary(report) {
  const s = report.summary;
  const card = (label, value, cls) => `<div class="card ${cls}"><span class="n">${value}</span><span class="l">${label}</span></div>`;
  const rows = Object.entries(s.byKind).map(
    ([kind, c]) => `<tr><td>${escapeHtml(kind)}</td><td>${c.added}</td><td>${c.removed}</td><td>${c.changed}</td></tr>`
  );
  return [
    '<section id="summary">',
    "<h2>Summary</h2>",
    '<div class="cards">',
    card("drift items", s.total, "total"),
    card("added in Snyk", s.added, "added"),
    card("removed in Snyk", s.removed, "removed"),
    card("changed in Snyk", s.changed, "changed"),
    card("ignored", s.ignored, "ignored"),
    card("unknown parts", s.unknown, s.unknown > 0 ? "unknown" : "ignored"),
    "</div>",
    rows.length > 0 ? `<table class="by-kind"><thead><tr><th>kind</th><th>added</th><th>removed</th><th>changed</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : "",
    "</section>"
  ].join("\n");
}
function renderUnknown(report) {
  if (report.unknown.length === 0) return "";
  const items = report.unknown.map(
    (u) => `<li><code>${escapeHtml(u.address)}</code>: ${escapeHtml(u.reason)}</li>`
  );
  return `<section id="unknown"><h2>Could not be read</h2><p>These parts are neither drift nor in sync.</p><ul>${items.join("")}</ul></section>`;
}
function renderFilters(report) {
  const kinds = KIND_NAMES.filter((k) => report.items.some((i) => i.kind === k));
  const orgs = [...new Set(report.items.flatMap((i) => i.org === void 0 ? [] : [i.org]))].sort();
  const hasGroup = report.items.some((i) => i.org === void 0);
  const option = (value, label) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  return [
    '<section id="filters">',
    '<label>Kind <select id="filter-kind">',
    option("", "all kinds"),
    ...kinds.map((k) => option(k, k)),
    "</select></label>",
    '<label>Org <select id="filter-org">',
    option("", "all orgs"),
    hasGroup ? option(GROUP_FILTER, "group and tenant") : "",
    ...orgs.map((o) => option(o, o)),
    "</select></label>",
    ...DRIFT_CHANGES.map(
      (c) => `<label class="chk ${c}"><input type="checkbox" class="filter-change" value="${c}" checked> ${CHANGE_LABEL[c]}</label>`
    ),
    '<span id="shown-count"></span>',
    "</section>"
  ].join("\n");
}
function changedBy(item) {
  const text = attributionText(item);
  return text === void 0 ? "" : `<div class="changed-by">${escapeHtml(text)}</div>`;
}
function renderItems(items) {
  const rows = items.map((item) => {
    const attrs = `data-kind="${escapeHtml(item.kind)}" data-org="${escapeHtml(item.org ?? GROUP_FILTER)}" data-change="${item.change}"`;
    return [
      `<tr class="item ${item.change}" ${attrs}>`,
      `<td class="mark" title="${CHANGE_LABEL[item.change]}">${CHANGE_SYMBOL[item.change]}</td>`,
      `<td><code class="address">${escapeHtml(item.address.text)}</code><div class="msg">${escapeHtml(item.message)}</div>${changedBy(item)}</td>`,
      `<td>${escapeHtml(item.kind)}</td>`,
      `<td>${escapeHtml(item.org ?? "\u2014")}</td>`,
      `<td class="diff">${renderDiff(item)}</td>`,
      "</tr>"
    ].join("");
  });
  return [
    '<section id="drift">',
    `<h2>Drift items <small>(${countsPhrase(countChanges(items))})</small></h2>`,
    '<table id="items"><thead><tr><th></th><th>address</th><th>kind</th><th>org</th><th>Snyk vs the file</th></tr></thead>',
    `<tbody>${rows.join("\n")}</tbody></table>`,
    '<p id="no-match" hidden>No item matches the filters.</p>',
    "</section>"
  ].join("\n");
}
function renderDiff(item) {
  if (item.change === "changed" && item.fields.length > 0) {
    const rows = item.fields.map(
      (f) => `<tr><th>${escapeHtml(f.path)}</th><td class="live">${escapeHtml(formatJson(f.live))}</td><td class="desired">${escapeHtml(formatJson(f.desired))}</td></tr>`
    );
    return `<table class="fields"><thead><tr><th>field</th><th>in Snyk</th><th>in the file</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
  }
  if (item.change === "added" && item.live !== null) {
    return `<span class="side">in Snyk:</span> <code class="live">${escapeHtml(formatJson(item.live))}</code>`;
  }
  if (item.change === "removed" && item.desired !== null) {
    return `<span class="side">in the file:</span> <code class="desired">${escapeHtml(formatJson(item.desired))}</code>`;
  }
  return "";
}
function countChanges(items) {
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const item of items) counts[item.change] += 1;
  return counts;
}
function renderNotes(report) {
  if (report.notes.length === 0) return "";
  const items = report.notes.map(
    (n) => `<li>${n.address ? `<code>${escapeHtml(n.address.text)}</code>: ` : ""}${escapeHtml(n.message)}</li>`
  );
  return `<section id="notes"><h2>Notes</h2><ul>${items.join("")}</ul></section>`;
}
function renderIgnored(report) {
  const rules = report.ignoreRules.filter((r) => r.matched > 0);
  if (rules.length === 0) return "";
  const items = rules.map(({ rule, matched }) => {
    const what = [rule.kind, rule.address].filter((x) => x !== void 0).join(" ");
    return `<li>${matched} \xD7 <code>${escapeHtml(what)}</code>${rule.reason ? `: ${escapeHtml(rule.reason)}` : ""}</li>`;
  });
  return `<section id="ignored"><h2>Ignored: ${report.ignored}</h2><ul>${items.join("")}</ul></section>`;
}

// src/drift/render-json.ts
function itemJson(item) {
  return {
    kind: item.kind,
    address: item.address.text,
    change: item.change,
    ...item.org !== void 0 ? { org: item.org } : {},
    live: item.live,
    desired: item.desired,
    patch: item.patch,
    message: item.message,
    ...item.changedBy !== void 0 ? { changedBy: item.changedBy } : {}
  };
}
function renderDriftJson(report) {
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
      byKind: report.summary.byKind
    },
    items: report.items.map(itemJson),
    unknown: report.unknown.map((u) => ({ address: u.address, reason: u.reason })),
    ignored: report.ignored,
    ignoreRules: report.ignoreRules,
    notes: report.notes,
    ...report.audit !== void 0 ? { audit: report.audit } : {},
    ...report.nextCursor !== void 0 ? { nextCursor: report.nextCursor } : {}
  };
  return `${JSON.stringify(out, null, 2)}
`;
}

// src/drift/render-text.ts
var PAINT = {
  added: green,
  removed: red,
  changed: yellow
};
function renderDriftText(report, options) {
  const { color } = options;
  const lines = [];
  for (const [section, items] of groupBySection(report.items)) {
    lines.push(bold(color, inertText(section)));
    for (const item of items) {
      const mark = PAINT[item.change](color, CHANGE_SYMBOL[item.change]);
      lines.push(`  ${mark} ${inertText(item.address.text)}  ${CHANGE_LABEL[item.change]}`);
      for (const detail of detailLines(item)) lines.push(`      ${inertText(detail)}`);
      const changed = attributionText(item);
      if (changed !== void 0) lines.push(`      ${inertText(changed)}`);
    }
    lines.push("");
  }
  if (report.unknown.length > 0) {
    lines.push(bold(color, "Unknown (could not be read, neither drift nor in sync):"));
    for (const part of report.unknown) lines.push(`  ? ${inertText(part.address)}: ${inertText(part.reason)}`);
    lines.push("");
  }
  if (report.notes.length > 0) {
    lines.push(bold(color, "Notes:"));
    for (const note of report.notes)
      lines.push(`  ${note.address ? `${inertText(note.address.text)}: ` : ""}${inertText(note.message)}`);
    lines.push("");
  }
  if (report.ignored > 0) {
    lines.push(`Ignored: ${report.ignored} (drift.ignore)`);
    for (const { rule, matched } of report.ignoreRules) {
      if (matched === 0) continue;
      const what = [rule.kind, rule.address].filter((x) => x !== void 0).join(" ");
      lines.push(`  ${matched} \xD7 ${inertText(what)}${rule.reason ? `: ${inertText(rule.reason)}` : ""}`);
    }
    lines.push("");
  }
  const summaryColor = report.unknown.length > 0 ? red : report.inSync ? green : yellow;
  lines.push(summaryColor(color, headline(report)));
  lines.push(`Scanned group ${inertText(report.groupId)} at ${report.scannedAt}; ignored: ${report.ignored}.`);
  for (const line of auditLines(report)) lines.push(inertText(line));
  return `${lines.join("\n")}
`;
}

// src/cli/commands/drift.ts
var DRIFT_FORMATS = ["text", "markdown", "json", "html"];
var driftCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, DRIFT_OPTIONS);
  const format = String(values.format);
  if (!DRIFT_FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${DRIFT_FORMATS.join(", ")}`);
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  const output = values.output === void 0 ? void 0 : { shown: String(values.output), option: "--output" };
  if (output) await checkOutputPath(resolve(ctx.cwd, output.shown), output);
  const report = await withSnyk(
    ctx,
    settings,
    values.quiet,
    ({ client, reading }) => detectDriftWithAudit(config, client, {
      now: clockOf(ctx),
      onProgress: reading,
      full: values.full === true,
      ...values.since === void 0 ? {} : { since: String(values.since) },
      ...repositoriesFrom(ctx.env)
    })
  );
  if (values.since !== void 0 && report.audit?.mode === "full" && report.audit.reason !== void 0) {
    ctx.io.err(`Note: drift read everything: ${inertText(report.audit.reason)}.
`);
  }
  const color = useColor(ctx.stdout, values["no-color"], ctx.env);
  const rendered = render(report, format, values.output === void 0 && color);
  if (output !== void 0) {
    await writeOutputFile(resolve(ctx.cwd, output.shown), redact(rendered, ctx.secrets), output);
    if (!values.quiet)
      ctx.io.out(
        `${report.inSync ? "No drift" : `Drift: ${report.summary.total} items`}; wrote the ${format} report to ${values.output}
`
      );
  } else if (!values.quiet || !report.inSync || report.unknown.length > 0) {
    ctx.io.out(rendered);
  }
  if (report.unknown.length > 0) {
    ctx.io.err(
      `Error: ${report.unknown.length} part${report.unknown.length === 1 ? "" : "s"} of Snyk could not be read (${report.unknown.map((u) => u.address).join(", ")}); the report covers the rest.
`
    );
    return 1;
  }
  return report.inSync ? 0 : 2;
};
function render(report, format, color) {
  if (format === "json") return renderDriftJson(report);
  if (format === "markdown") return renderDriftMarkdown(report);
  if (format === "html") return renderDriftHtml(report);
  return renderDriftText(report, { color });
}
export {
  DRIFT_FORMATS,
  driftCommand
};
