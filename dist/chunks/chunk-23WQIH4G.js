import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dropUnreadablePending,
  maskUnknownParts,
  planAgainst,
  readLiveState
} from "./chunk-UKHT5PJ2.js";
import {
  mdCode,
  mdHtml,
  mdText
} from "./chunk-AKCIFOJB.js";
import {
  KINDS,
  KIND_MODULES,
  KIND_NAMES,
  createResolver,
  require_fast_json_patch
} from "./chunk-DAQBXYXT.js";
import {
  require_picomatch
} from "./chunk-M7VFZMOA.js";
import {
  parseAddress
} from "./chunk-PJ7DIPIQ.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/drift/render-common.ts
var CHANGE_SYMBOL = { added: "+", removed: "-", changed: "~" };
var CHANGE_LABEL = {
  added: "added in Snyk",
  removed: "removed in Snyk",
  changed: "changed in Snyk"
};
var GROUP_SECTION = "group and tenant";
function sectionOf(item) {
  return item.org === void 0 ? GROUP_SECTION : `org ${item.org}`;
}
function groupBySection(items) {
  const sections = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = sectionOf(item);
    const list = sections.get(key) ?? [];
    list.push(item);
    sections.set(key, list);
  }
  return [...sections.entries()];
}
function formatJson(value) {
  if (value === null || value === void 0) return "(none)";
  if (typeof value === "string") return value;
  if (typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => v === null || typeof v !== "object")) {
      return entries.map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");
    }
  }
  return JSON.stringify(value);
}
function fieldName(pointer) {
  const name = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
  return name === "" || name === "value" ? "value" : name;
}
function detailLines(item) {
  if (item.change === "changed") {
    return item.fields.map(
      (f) => `${fieldName(f.path)}: ${formatJson(f.live)} in Snyk, ${formatJson(f.desired)} in the file`
    );
  }
  if (item.change === "added" && item.live !== null) return [`in Snyk: ${formatJson(item.live)}`];
  if (item.change === "removed" && item.desired !== null) return [`in the file: ${formatJson(item.desired)}`];
  return [];
}
function countsPhrase(counts) {
  return `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed`;
}
function headline(report) {
  const { summary } = report;
  const base = report.inSync ? "No drift: Snyk matches the configuration" : `Drift: ${summary.total} item${summary.total === 1 ? "" : "s"} (${countsPhrase(summary)})`;
  const unknown = report.unknown.length > 0 ? `; ${report.unknown.length} part${report.unknown.length === 1 ? "" : "s"} could not be read` : "";
  return `${base}${report.inSync && unknown ? " in what could be read" : ""}${unknown}.`;
}

// src/drift/render-markdown.ts
function renderDriftMarkdown(report, options = {}) {
  const max = options.maxLength ?? 65e3;
  for (const detail of ["full", "lines"]) {
    const text = render(report, options, detail, Number.POSITIVE_INFINITY);
    if (text.length <= max) return text;
  }
  let perSection = 50;
  for (; ; ) {
    const text = render(report, options, "counts", perSection);
    if (text.length <= max || perSection === 0) return text.length <= max ? text : cut(text, max);
    perSection = Math.floor(perSection / 2);
  }
}
function cut(text, max) {
  const note = "\n\n_(truncated to fit GitHub\u2019s size limit; use `--format json` for the full report)_\n";
  return text.slice(0, Math.max(0, max - note.length)) + note;
}
var escapeMarkdown = mdText;
function render(report, options, detail, perSection) {
  const out = [];
  out.push(`## ${escapeMarkdown(options.title ?? "Snyk drift report")}`, "");
  const icon = report.unknown.length > 0 ? ":x:" : report.inSync ? ":white_check_mark:" : ":warning:";
  out.push(`${icon} **${escapeMarkdown(headline(report))}**`, "");
  out.push(`Group ${mdCode(report.groupId)}, scanned at ${report.scannedAt}. Ignored: ${report.ignored}.`, "");
  const kinds = Object.entries(report.summary.byKind);
  if (kinds.length > 0) {
    out.push("| kind | added | removed | changed |", "|---|---:|---:|---:|");
    for (const [kind, c] of kinds) out.push(`| ${kind} | ${c.added} | ${c.removed} | ${c.changed} |`);
    out.push(
      `| **total** | **${report.summary.added}** | **${report.summary.removed}** | **${report.summary.changed}** |`,
      ""
    );
  }
  if (report.unknown.length > 0) {
    out.push("### Could not be read", "", "These parts are neither drift nor in sync:", "");
    for (const part of report.unknown) out.push(`- ${mdCode(part.address)}: ${escapeMarkdown(part.reason)}`);
    out.push("");
  }
  for (const [section, items] of groupBySection(report.items)) {
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const item of items) counts[item.change] += 1;
    out.push(`<details><summary><b>${mdHtml(section)}</b>: ${countsPhrase(counts)}</summary>`, "");
    const shown = items.slice(0, perSection);
    for (const item of shown) out.push(...itemLines(item, detail));
    if (shown.length < items.length) out.push(`- \u2026 and ${items.length - shown.length} more`);
    out.push("", "</details>", "");
  }
  if (report.notes.length > 0) {
    out.push("### Notes", "");
    for (const note of report.notes) {
      out.push(`- ${note.address ? `${mdCode(note.address)}: ` : ""}${escapeMarkdown(note.message)}`);
    }
    out.push("");
  }
  const rules = report.ignoreRules.filter((r) => r.matched > 0);
  if (rules.length > 0) {
    out.push(`### Ignored: ${report.ignored}`, "");
    for (const { rule, matched } of rules) {
      const what = [rule.kind, rule.address].filter((x) => x !== void 0).join(" ");
      out.push(`- ${matched} \xD7 ${mdCode(what)}${rule.reason ? `: ${escapeMarkdown(rule.reason)}` : ""}`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function itemLines(item, detail) {
  const head = `- \`${CHANGE_SYMBOL[item.change]}\` ${mdCode(item.address)} ${CHANGE_LABEL[item.change]}`;
  if (detail !== "full") return [head];
  const lines = [head];
  if (item.change === "changed") {
    for (const f of item.fields) {
      lines.push(
        `  - ${mdCode(f.path)}: ${mdCode(formatJson(f.live))} in Snyk, ${mdCode(formatJson(f.desired))} in the file`
      );
    }
  } else {
    for (const line of detailLines(item)) lines.push(`  - ${escapeMarkdown(line)}`);
  }
  return lines;
}

// src/drift/prepare.ts
function prepareDriftComparison(desired, live) {
  const masked = maskUnknownParts(desired, live.unknown);
  const resolver = createResolver(live, masked.users.ignore);
  const missing = KINDS.flatMap(
    (kind) => (kind.prepareDrift?.(masked, live, resolver) ?? []).map((item) => ({ ...item, kind: kind.kind }))
  );
  return { desired: masked, missing };
}

// src/drift/report.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);

// src/drift/ignore.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function compileAddressGlob(glob) {
  const escaped = glob.replace(/[[\]]/g, (c) => `\\${c}`);
  return (0, import_picomatch.default)(escaped, { dot: true, nocase: true });
}
function compileIgnoreRules(rules) {
  const compiled = rules.map((rule) => ({
    kind: rule.kind,
    address: rule.address === void 0 ? void 0 : compileAddressGlob(rule.address)
  }));
  return {
    match(item) {
      return compiled.findIndex(
        (rule) => (rule.kind === void 0 || rule.kind === item.kind) && (rule.address === void 0 || rule.address(item.address))
      );
    }
  };
}

// src/drift/report.ts
var isWholeOrg = (address) => {
  const { scope, steps } = parseAddress(address);
  return scope.kind === "org" && steps.length === 0;
};
var CHANGE_OF_ACTION = { create: "removed", delete: "added", update: "changed" };
var DRIFT_WARNINGS = new Map(
  KINDS.flatMap((kind) => (kind.driftWarnings ?? []).map((code) => [code, kind.kind]))
);
function buildDriftReport(plan, live, options) {
  const candidates = [
    ...plan.changes.map(itemOfChange),
    ...plan.warnings.flatMap((warning) => itemOfWarning(warning)),
    ...(options.missing ?? []).map(itemOfMissing)
  ];
  const matcher = compileIgnoreRules(options.ignore);
  const matched = options.ignore.map(() => 0);
  const items = [];
  const unknownOrgs = new Set(live.unknown.flatMap((u) => isWholeOrg(u.address) ? [u.address] : []));
  for (const item of candidates) {
    if (item.org !== void 0 && unknownOrgs.has(`org[${item.org}]`)) continue;
    const rule = matcher.match(item);
    if (rule === -1) items.push(item);
    else matched[rule] = (matched[rule] ?? 0) + 1;
  }
  items.sort(compareItems);
  const ignored = matched.reduce((a, b) => a + b, 0);
  const unknown = [...live.unknown].sort((a, b) => a.address.localeCompare(b.address));
  return {
    formatVersion: 1,
    groupId: plan.groupId,
    scannedAt: options.now.toISOString(),
    inSync: items.length === 0,
    summary: summarize(items, ignored, unknown.length),
    items,
    unknown,
    ignored,
    ignoreRules: options.ignore.map((rule, index) => ({ rule, matched: matched[index] ?? 0 })),
    notes: plan.warnings.filter((warning) => !DRIFT_WARNINGS.has(warning.code))
  };
}
function itemOfChange(change) {
  const kind = change.kind;
  const driftChange = CHANGE_OF_ACTION[change.action];
  const desired = change.after;
  const live = change.before;
  const patch = driftChange === "changed" ? import_fast_json_patch.default.compare(asDoc(desired), asDoc(live)) : [];
  return withOrg({
    kind,
    address: change.address,
    change: driftChange,
    live,
    desired,
    patch,
    fields: fieldsOf(patch, desired, live),
    // An expired entry is not a hand edit: say why the membership should go.
    message: change.expiredAt === void 0 ? describe(kind, change.address, driftChange) : `The ${KIND_MODULES[kind].noun.one} ${change.address} is still in Snyk, but its entry expired. ${change.note ?? ""}`.trim()
  });
}
function itemOfMissing(missing) {
  return withOrg({
    kind: missing.kind,
    address: missing.address,
    change: "removed",
    live: null,
    desired: missing.desired,
    patch: [],
    fields: [],
    message: describe(missing.kind, missing.address, "removed")
  });
}
function itemOfWarning(warning) {
  const kind = DRIFT_WARNINGS.get(warning.code);
  if (kind === void 0 || warning.address === void 0) return [];
  return [
    withOrg({
      kind,
      address: warning.address,
      change: "removed",
      live: null,
      desired: null,
      patch: [],
      fields: [],
      message: warning.message
    })
  ];
}
function withOrg(item) {
  const { scope } = parseAddress(item.address);
  return scope.kind === "org" ? { ...item, org: scope.slug } : item;
}
function describe(kind, address, change) {
  const what = `The ${KIND_MODULES[kind].noun.one} ${address}`;
  if (change === "added") return `${what} exists in Snyk but not in the file (added by hand).`;
  if (change === "removed")
    return `${what} is in the file but missing in Snyk (removed by hand, or never applied).`;
  return `${what} differs in Snyk from the file (changed by hand).`;
}
function asDoc(value) {
  return typeof value === "object" && value !== null ? value : { value };
}
function fieldsOf(patch, desired, live) {
  return patch.map((op) => ({
    path: op.path,
    desired: valueAt(asDoc(desired), op.path),
    live: valueAt(asDoc(live), op.path)
  }));
}
function valueAt(doc, pointer) {
  let node = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !(key in node)) return null;
    node = node[key];
  }
  return node ?? null;
}
var CHANGE_ORDER = { removed: 0, changed: 1, added: 2 };
function compareItems(a, b) {
  const orgA = a.org ?? "";
  const orgB = b.org ?? "";
  if (orgA !== orgB) return orgA < orgB ? -1 : 1;
  if (a.address !== b.address) return a.address < b.address ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change];
}
function summarize(items, ignored, unknown) {
  const counted = {};
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const item of items) {
    totals[item.change] += 1;
    const counts = counted[item.kind] ?? { added: 0, removed: 0, changed: 0 };
    counts[item.change] += 1;
    counted[item.kind] = counts;
  }
  const byKind = {};
  for (const kind of KIND_NAMES) {
    const counts = counted[kind];
    if (counts !== void 0) byKind[kind] = counts;
  }
  return { total: items.length, ...totals, byKind, ignored, unknown };
}

// src/engine/drift.ts
async function detectDrift(config, client, options = {}) {
  const live = await readLiveState(client, config.desired, {
    tolerant: true,
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  const now = (options.now ?? (() => /* @__PURE__ */ new Date()))();
  const comparison = prepareDriftComparison(config.desired, live);
  const planned = planAgainst(
    { ...config, desired: comparison.desired },
    { ...live, unknown: [] },
    () => now
  );
  const plan = { ...planned, changes: dropUnreadablePending(planned.changes, live.unknown) };
  return buildDriftReport(plan, live, {
    now,
    ignore: config.desired.drift.ignore,
    missing: comparison.missing
  });
}

export {
  CHANGE_SYMBOL,
  CHANGE_LABEL,
  groupBySection,
  formatJson,
  detailLines,
  countsPhrase,
  headline,
  renderDriftMarkdown,
  detectDrift
};
