import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPlainObject,
  orgSlugOfAddress,
  overrideInput,
  require_fast_json_patch
} from "./chunk-NZGR2HMP.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/render/describe.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var SYMBOL = { create: "+", update: "~", delete: "-" };
function summarySentence(summary) {
  const { create, update, delete: destroy } = summary;
  if (create + update + destroy === 0) return "No changes. Snyk matches the configuration.";
  return `Plan: ${create} to add, ${update} to change, ${destroy} to destroy.`;
}
function partialSentence(plan) {
  if (plan.partial !== true) return void 0;
  const targets = (plan.targets ?? []).join(", ");
  return `Partial plan: only ${targets} (and what they depend on) was read and planned; the rest of the account was not compared.`;
}
function groupByScope(changes) {
  const scopes = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const slug = orgSlugOfAddress(change.address);
    const key = slug !== void 0 ? `2:${slug}` : change.address.startsWith("tenant") ? "1:tenant" : "0:group";
    const title = slug !== void 0 ? `org[${slug}]` : key === "1:tenant" ? "tenant" : "group";
    const scope = scopes.get(key) ?? { key, title, changes: [] };
    scope.changes.push(change);
    scopes.set(key, scope);
  }
  return [...scopes.values()].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function countActions(changes) {
  const summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}
function show(value) {
  return typeof value === "string" ? value : JSON.stringify(value ?? null);
}
function flat(value) {
  if (!isPlainObject(value)) return value === null ? "" : show(value);
  return Object.entries(value).map(([key, v]) => `${key}: ${show(v)}`).join(", ");
}
function describeChange(change) {
  if (change.action === "create") return [flat(change.after)].filter((line) => line !== "");
  if (change.action === "delete") return [flat(change.before)].filter((line) => line !== "");
  const before = change.before ?? {};
  return change.patch.map((op) => {
    const path = op.path.slice(1).split("/").join(".");
    const old = op.op === "add" ? void 0 : safeGet(before, op.path);
    const value = "value" in op ? show(op.value) : "(removed)";
    return old === void 0 ? `${path}: ${value}` : `${path}: ${show(old)} \u2192 ${value}`;
  });
}
function safeGet(document, pointer) {
  try {
    return import_fast_json_patch.default.getValueByPointer(document, pointer);
  } catch {
    return void 0;
  }
}

// src/render/refusals.ts
var HEADING = "Apply will refuse this plan:";
var MAX_SHOWN = 10;
function liftedBy(override, input) {
  return `lifted by ${override} (Action input ${input}: true)`;
}
function renderRefusalsText(plan, paint) {
  const refusals = plan.refusals ?? [];
  if (refusals.length === 0) return [];
  const lines = [paint("delete", HEADING)];
  for (const refusal of refusals) {
    lines.push(`  ${paint("delete", "\u2717")} ${refusal.message}`);
    lines.push(paint("dim", `      ${liftedBy(refusal.override, overrideInput(refusal))}`));
  }
  return [...lines, ""];
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderRefusalsMarkdown(plan) {
  const refusals = plan.refusals ?? [];
  if (refusals.length === 0) return "";
  const items = refusals.slice(0, MAX_SHOWN).map(
    (r) => `- ${escapeHtml(r.message)}<br>_Lifted by \`${r.override}\` on the CLI, or the Action input \`${overrideInput(r)}: true\`._`
  );
  if (refusals.length > MAX_SHOWN) items.push(`- \u2026 and ${refusals.length - MAX_SHOWN} more refusals`);
  return `${[`**\u26D4 ${HEADING}**`, "", ...items].join("\n")}

`;
}

export {
  SYMBOL,
  summarySentence,
  partialSentence,
  groupByScope,
  countActions,
  describeChange,
  renderRefusalsText,
  renderRefusalsMarkdown
};
