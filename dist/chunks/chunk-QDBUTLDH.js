import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  overrideInput,
  require_fast_json_patch
} from "./chunk-3VISFR46.js";
import {
  isPlainObject,
  scopeSortKey,
  scopeText
} from "./chunk-WX2GK3PI.js";
import {
  inertText,
  showLookalikes
} from "./chunk-GVG4TUQB.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/render/describe.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var SYMBOL = { create: "+", update: "~", delete: "-", replace: "-/+" };
function countsPhrase(summary) {
  return `${summary.create} to add, ${summary.update} to change, ${summary.delete} to destroy`;
}
function summarySentence(summary) {
  const { create, update, delete: destroy } = summary;
  if (create + update + destroy === 0) return "No changes. Snyk matches the configuration.";
  return `Plan: ${countsPhrase(summary)}.`;
}
function entriesOf(changes) {
  const actions = /* @__PURE__ */ new Map();
  for (const c of changes) actions.set(c.address, (actions.get(c.address) ?? /* @__PURE__ */ new Set()).add(c.action));
  const replaced = (c) => {
    const set = actions.get(c.address);
    return set.has("delete") && set.has("create");
  };
  return changes.flatMap((change) => {
    const note = change.note === void 0 ? {} : { note: change.note };
    if (!replaced(change))
      return [{ action: change.action, address: change.address, details: describeChange(change), ...note }];
    if (change.action !== "create") return [];
    return [{ action: "replace", address: change.address, details: describeChange(change), ...note }];
  });
}
function partialSentence(plan) {
  if (plan.partial !== true) return void 0;
  const targets = inertText((plan.targets ?? []).join(", "));
  return `Partial plan: only ${targets} (and what they depend on) was read and planned; the rest of the account was not compared.`;
}
function groupByScope(changes) {
  const scopes = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const at = change.address.scope;
    const key = scopeSortKey(at);
    const title = scopeText(at);
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
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 2 && typeof value.key === "string" && typeof value.value === "string")
      return `${value.key}:${value.value}`;
    if (keys.length > 0) return `{${flat(value)}}`;
  }
  return JSON.stringify(value ?? null);
}
function leaves(value, at) {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return [[[...at], value]];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, [...at, key]));
}
function flat(value) {
  if (!isPlainObject(value)) return value === null ? "" : show(value);
  return leaves(value, []).map(([path, v]) => `${path.join(".")}: ${show(v)}`).join(", ");
}
var unescapePointer = (segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
var escapePointer = (segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
function describeChange(change) {
  if (change.action === "create") return [flat(change.after)].filter((line) => line !== "");
  if (change.action === "delete") return [flat(change.before)].filter((line) => line !== "");
  const before = change.before ?? {};
  return change.patch.flatMap((op) => {
    const at = op.path.slice(1).split("/").map(unescapePointer);
    const set = "value" in op ? leaves(op.value, at) : [[at, void 0]];
    const lines = set.flatMap(([path, value]) => {
      const old = safeGet(before, `/${path.map(escapePointer).join("/")}`);
      const now = "value" in op ? show(value) : "(removed)";
      if (old === void 0) return [`${path.join(".")}: ${now}`];
      return show(old) === now ? [] : [`${path.join(".")}: ${show(old)} \u2192 ${now}`];
    });
    return lines.length > 0 ? lines : [
      `${at.join(".")}: ${show(safeGet(before, op.path))} \u2192 ${"value" in op ? show(op.value) : "(removed)"}`
    ];
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
function liftedSentence(plan) {
  const lifted = plan.lifted ?? [];
  if (lifted.length === 0) return void 0;
  const flags = lifted.map((rail) => rail === "mass-delete" ? "--allow-mass-delete" : "--allow-lockout");
  return `Made with ${flags.join(" and ")}: apply of this plan does not check ${lifted.length === 1 ? "that rail" : "those rails"}.`;
}
function renderRefusalsText(plan, paint) {
  const refusals = plan.refusals ?? [];
  const lifted = liftedSentence(plan);
  const note = lifted === void 0 ? [] : [paint("dim", lifted), ""];
  if (refusals.length === 0) return note;
  const lines = [...note, paint("delete", HEADING)];
  for (const refusal of refusals) {
    lines.push(`  ${paint("delete", "\u2717")} ${refusal.message}`);
    lines.push(paint("dim", `      ${liftedBy(refusal.override, overrideInput(refusal))}`));
  }
  return [...lines, ""];
}
function escapeHtml(text) {
  return showLookalikes(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderRefusalsMarkdown(plan) {
  const refusals = plan.refusals ?? [];
  const lifted = liftedSentence(plan);
  const note = lifted === void 0 ? "" : `_${lifted}_

`;
  if (refusals.length === 0) return note;
  const items = refusals.slice(0, MAX_SHOWN).map(
    (r) => `- ${escapeHtml(r.message)}<br>_Lifted by \`${r.override}\` on the CLI, or the Action input \`${overrideInput(r)}: true\`._`
  );
  if (refusals.length > MAX_SHOWN) items.push(`- \u2026 and ${refusals.length - MAX_SHOWN} more refusals`);
  return `${note}${[`**\u26D4 ${HEADING}**`, "", ...items].join("\n")}

`;
}

export {
  SYMBOL,
  countsPhrase,
  summarySentence,
  entriesOf,
  partialSentence,
  groupByScope,
  countActions,
  renderRefusalsText,
  renderRefusalsMarkdown
};
