import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPlainObject,
  orgSlugOfAddress,
  require_fast_json_patch
} from "./chunk-SHBK6G7H.js";
import {
  __toESM
} from "./chunk-QOTHPUG5.js";

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

export {
  SYMBOL,
  summarySentence,
  partialSentence,
  groupByScope,
  countActions,
  describeChange
};
