import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SYMBOL,
  entriesOf,
  groupByScope,
  partialSentence,
  renderRefusalsText,
  summarySentence
} from "./chunk-QDBUTLDH.js";
import {
  bold,
  dim,
  green,
  red,
  yellow
} from "./chunk-SK47ZHVY.js";
import {
  applyBudgetSentence
} from "./chunk-3VISFR46.js";
import {
  inertText
} from "./chunk-GVG4TUQB.js";

// src/render/plan-text.ts
var STYLES = {
  create: green,
  update: yellow,
  delete: red,
  replace: yellow,
  warn: yellow,
  bold,
  dim
};
function renderPlanText(plan, options) {
  const paint = (style, text) => STYLES[style](options.color, text);
  const out = [];
  const partial = partialSentence(plan);
  if (partial !== void 0) out.push(paint("warn", partial), "");
  for (const scope of groupByScope(plan.changes)) {
    out.push(paint("bold", inertText(scope.title)));
    for (const entry of entriesOf(scope.changes)) {
      const details = entry.details.map(inertText);
      const inline = details.length === 1 && entry.action !== "update" ? `  (${details[0]})` : "";
      const replaced = entry.action === "replace" ? " must be replaced" : "";
      const head = `${SYMBOL[entry.action]} ${inertText(entry.address.text)}${replaced}`;
      out.push(`  ${paint(entry.action, head)}${inline}`);
      if (inline === "") for (const line of details) out.push(`      ${line}`);
      if (entry.note !== void 0) out.push(paint("dim", `      # ${inertText(entry.note)}`));
    }
    out.push("");
  }
  if (plan.warnings.length > 0) {
    out.push(paint("warn", "Warnings:"));
    for (const warning of plan.warnings) {
      out.push(
        `  ${paint("warn", "!")} ${warning.address === void 0 ? "" : `${inertText(warning.address.text)}: `}${inertText(warning.message)}`
      );
    }
    out.push("");
  }
  out.push(...renderRefusalsText(plan, paint));
  out.push(paint("bold", summarySentence(plan.summary)));
  const budget = plan.changes.length > 0 && plan.stats ? applyBudgetSentence(plan.stats) : void 0;
  if (budget !== void 0) out.push(budget);
  return `${out.join("\n")}
`;
}

export {
  renderPlanText
};
