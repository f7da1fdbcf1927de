import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderPlanJsonLines,
  renderPlanMarkdown
} from "./chunk-DNP2JHY4.js";
import {
  renderPlanText
} from "./chunk-2BC2HJX3.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";

// src/cli/print-plan.ts
var PLAN_FORMATS = ["text", "markdown", "json"];
function planFormatOf(raw) {
  const format = String(raw);
  if (!PLAN_FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${PLAN_FORMATS.join(", ")}`);
  }
  return format;
}
async function printPlan(ctx, plan, format, flags) {
  if (format === "json") await ctx.io.outAll(renderPlanJsonLines(plan));
  else if (format === "markdown") ctx.io.out(renderPlanMarkdown(plan));
  else if (!flags.quiet || plan.changes.length > 0) {
    ctx.io.out(renderPlanText(plan, { color: useColor(ctx.stdout, flags["no-color"], ctx.env) }));
  }
}

export {
  planFormatOf,
  printPlan
};
