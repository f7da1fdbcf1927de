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
} from "./chunk-W7C7KQXC.js";
import {
  mdCode,
  mdFenceLine,
  mdHtml,
  mdText
} from "./chunk-SK47ZHVY.js";
import {
  applyBudgetSentence
} from "./chunk-BNPNKNGF.js";

// src/core/change-head.ts
function changeHead(change) {
  return {
    action: change.action,
    kind: change.kind,
    address: change.address,
    before: change.before,
    after: change.after
  };
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
  const head = `${mark} ${entry.address}${entry.action === "replace" ? " must be replaced" : ""}`;
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
    const where = w.address === void 0 ? "" : `${mdCode(w.address)}: `;
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
  renderPlanMarkdown
};
