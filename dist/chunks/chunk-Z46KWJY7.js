import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SYMBOL,
  describeChange,
  groupByScope,
  partialSentence,
  renderRefusalsText,
  summarySentence
} from "./chunk-LCM3BU67.js";
import {
  bold,
  dim,
  green,
  red,
  yellow
} from "./chunk-43ZIIY6M.js";
import {
  applyBudgetSentence
} from "./chunk-NZGR2HMP.js";
import {
  inertText
} from "./chunk-NW3PDA5F.js";

// src/render/plan-text.ts
var STYLES = {
  create: green,
  update: yellow,
  delete: red,
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
    for (const change of scope.changes) {
      const details = describeChange(change).map(inertText);
      const inline = details.length === 1 && change.action !== "update" ? `  (${details[0]})` : "";
      const head = `${SYMBOL[change.action]} ${inertText(change.address)}`;
      out.push(`  ${paint(change.action, head)}${inline}`);
      if (inline === "") for (const line of details) out.push(`      ${line}`);
      if (change.note !== void 0) out.push(paint("dim", `      # ${inertText(change.note)}`));
    }
    out.push("");
  }
  if (plan.warnings.length > 0) {
    out.push(paint("warn", "Warnings:"));
    for (const warning of plan.warnings) {
      out.push(
        `  ${paint("warn", "!")} ${warning.address === void 0 ? "" : `${inertText(warning.address)}: `}${inertText(warning.message)}`
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
