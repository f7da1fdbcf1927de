import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SYMBOL,
  countActions,
  countsPhrase,
  entriesOf,
  groupByScope,
  partialSentence,
  renderRefusalsMarkdown,
  summarySentence
} from "./chunk-QDBUTLDH.js";
import {
  mdCode,
  mdFenceLine,
  mdHtml,
  mdText
} from "./chunk-SK47ZHVY.js";
import {
  applyBudgetSentence
} from "./chunk-3VISFR46.js";

// src/core/change-head.ts
function changeHead(change) {
  return {
    action: change.action,
    kind: change.kind,
    address: change.address.text,
    before: change.before,
    after: change.after
  };
}

// src/render/json-pieces.ts
function jsonValue(value, key) {
  const toJSON = value?.toJSON;
  return typeof toJSON === "function" ? toJSON.call(value, key) : value;
}
function isOmitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
function* pretty(value, level, depth) {
  if (level >= depth || value === null || typeof value !== "object") {
    const text = JSON.stringify(value, null, 2);
    yield level === 0 ? text : text.replace(/\n/g, `
${"  ".repeat(level)}`);
    return;
  }
  const inner = `
${"  ".repeat(level + 1)}`;
  const close = `
${"  ".repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}${inner}`;
      const item = jsonValue(value[i], String(i));
      yield* isOmitted(item) ? ["null"] : pretty(item, level + 1, depth);
    }
    return yield `${close}]`;
  }
  let first = true;
  for (const [key, raw] of Object.entries(value)) {
    const item = jsonValue(raw, key);
    if (isOmitted(item)) continue;
    yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pretty(item, level + 1, depth);
  }
  yield first ? "{}" : `${close}}`;
}
function* jsonLines(value, options = {}) {
  const size = options.size ?? 64 * 1024;
  let pending = "";
  for (const piece of pretty(jsonValue(value, ""), 0, options.depth ?? 3)) {
    pending += piece;
    if (pending.length < size) continue;
    const end = pending.lastIndexOf("\n") + 1;
    if (end === 0) continue;
    yield pending.slice(0, end);
    pending = pending.slice(end);
  }
  yield `${pending}
`;
}

// src/render/plan-json.ts
function orderChange(change) {
  return {
    ...changeHead(change),
    patch: change.patch,
    dependsOn: change.dependsOn.map((a) => a.text),
    target: change.target,
    ...change.note === void 0 ? {} : { note: change.note },
    ...change.expiredAt === void 0 ? {} : { expiredAt: change.expiredAt }
  };
}
function orderStats(stats) {
  return {
    requests: stats.requests,
    ...stats.writes === void 0 ? {} : { writes: stats.writes },
    ...stats.estimatedApplySeconds === void 0 ? {} : { estimatedApplySeconds: stats.estimatedApplySeconds },
    ...stats.ratePerMinute === void 0 ? {} : { ratePerMinute: stats.ratePerMinute }
  };
}
function planDocument(plan) {
  return {
    formatVersion: plan.formatVersion,
    groupId: plan.groupId,
    fingerprint: plan.fingerprint,
    changes: plan.changes.map(orderChange),
    summary: { create: plan.summary.create, update: plan.summary.update, delete: plan.summary.delete },
    warnings: plan.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...w.address === void 0 ? {} : { address: w.address.text }
    })),
    desired: plan.desired,
    // What apply will refuse, always present (empty when nothing).
    refusals: (plan.refusals ?? []).map((r) => ({
      rail: r.rail,
      message: r.message,
      override: r.override,
      addresses: r.addresses
    })),
    ...plan.lifted === void 0 || plan.lifted.length === 0 ? {} : { lifted: plan.lifted },
    ...plan.createdAt === void 0 ? {} : { createdAt: plan.createdAt },
    ...plan.stats === void 0 ? {} : { stats: orderStats(plan.stats) },
    ...plan.partial === true ? { partial: true, targets: plan.targets ?? [] } : {},
    // What the plan was made from: `apply --plan` plans it again with the same replacements.
    ...plan.replace === void 0 || plan.replace.length === 0 ? {} : { replace: plan.replace },
    ...plan.rotate === void 0 || plan.rotate.length === 0 ? {} : { rotate: plan.rotate },
    // A plan the Action made with a read-only token: what it could not read (apply refuses it).
    ...plan.unreadable === void 0 || plan.unreadable.length === 0 ? {} : { unreadable: plan.unreadable.map((u) => ({ address: u.address, reason: u.reason })) }
  };
}
function renderPlanJson(plan) {
  return [...renderPlanJsonLines(plan)].join("");
}
function renderPlanJsonLines(plan) {
  return jsonLines(planDocument(plan));
}

// src/render/plan-markdown.ts
var DEFAULT_MAX_LENGTH = 65e3;
var MAX_TABLE_ROWS = 60;
var MAX_LINES_PER_SCOPE = 200;
var MAX_WARNINGS = 30;
var DIFF_SYMBOL = { ...SYMBOL, update: "!" };
function counts(changes) {
  return countsPhrase(countActions(changes));
}
function diffLine(entry) {
  const mark = DIFF_SYMBOL[entry.action];
  const head = `${mark} ${entry.address.text}${entry.action === "replace" ? " must be replaced" : ""}`;
  if (entry.details.length === 1 && entry.action !== "update") return [`${head}  (${entry.details[0]})`];
  return [head, ...entry.details.map((line) => `${mark === "-/+" ? "-" : mark}     ${line}`)];
}
function renderScope(scope, maxLines) {
  const lines = entriesOf(scope.changes).flatMap(diffLine).map(mdFenceLine);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown.push(`# \u2026 and ${lines.length - maxLines} more lines`);
  const notes = [...new Set(scope.changes.flatMap((c) => c.note === void 0 ? [] : [c.note]))];
  return [
    `<details><summary><code>${mdHtml(scope.title)}</code>: ${counts(scope.changes)}</summary>`,
    "",
    "```diff",
    ...shown,
    "```",
    ...notes.map((note) => `> ${mdText(note)}`),
    "",
    "</details>",
    ""
  ].join("\n");
}
function renderTable(scopes, maxRows) {
  const rows = scopes.slice(0, maxRows).map((scope) => {
    const { create, update, delete: destroy } = countActions(scope.changes);
    return `| ${mdCode(scope.title, { inTable: true })} | ${create} | ${update} | ${destroy} |`;
  });
  const rest = scopes.slice(maxRows);
  if (rest.length > 0) {
    const { create, update, delete: destroy } = countActions(rest.flatMap((s) => s.changes));
    rows.push(`| \u2026 ${rest.length} more | ${create} | ${update} | ${destroy} |`);
  }
  return ["| Scope | Add | Change | Destroy |", "|---|--:|--:|--:|", ...rows, ""].join("\n");
}
function renderWarnings(plan, max) {
  if (plan.warnings.length === 0) return "";
  const items = plan.warnings.slice(0, max).map((w) => {
    const where = w.address === void 0 ? "" : `${mdCode(w.address.text)}: `;
    return `- ${where}${mdText(w.message)}`;
  });
  if (plan.warnings.length > max) items.push(`- \u2026 and ${plan.warnings.length - max} more warnings`);
  return ["**Warnings**", "", ...items, ""].join("\n");
}
function headNotes(plan) {
  const partial = partialSentence(plan);
  const budget = plan.changes.length > 0 && plan.stats ? applyBudgetSentence(plan.stats) : void 0;
  return [
    ...budget === void 0 ? [] : [budget, ""],
    ...partial === void 0 ? [] : [`> ${mdText(partial)}`, ""]
  ];
}
function renderPlanMarkdown(plan, options = {}) {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = [
    `### ${mdText(options.title ?? "snyk-gitops plan")}`,
    "",
    `**${summarySentence(plan.summary)}**`,
    "",
    ...headNotes(plan)
  ].join("\n") + renderRefusalsMarkdown(plan);
  const scopes = groupByScope(plan.changes);
  if (scopes.length === 0) return fitWithin(`${head}${renderWarnings(plan, MAX_WARNINGS)}`, maxLength);
  const full = [
    head,
    renderTable(scopes, scopes.length),
    ...scopes.map((s) => renderScope(s, Infinity)),
    renderWarnings(plan, plan.warnings.length)
  ].join("\n");
  if (full.length <= maxLength) return full;
  const table = renderTable(scopes, MAX_TABLE_ROWS);
  const warnings = renderWarnings(plan, MAX_WARNINGS);
  const footer = (shown2) => `
_This plan is too large for one comment: ${plan.changes.length} changes in ${scopes.length} scopes, ${shown2} shown in full above. Run \`snyk-gitops plan\` or see the job summary for the whole plan._
`;
  let body = [head, table, warnings].join("\n");
  let shown = 0;
  for (const scope of scopes) {
    const section = renderScope(scope, MAX_LINES_PER_SCOPE);
    if (body.length + section.length + 1 + footer(scopes.length).length > maxLength) continue;
    body += `
${section}`;
    shown += 1;
  }
  return fitWithin(body + footer(shown), maxLength);
}
function fitWithin(text, maxLength) {
  if (text.length <= maxLength) return text;
  const marker = "\n\n_\u2026 truncated to fit the comment size limit._\n";
  return text.slice(0, Math.max(0, maxLength - marker.length)) + marker;
}

export {
  changeHead,
  renderPlanJson,
  renderPlanJsonLines,
  renderPlanMarkdown
};
