import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan,
  renderPlanJsonLines
} from "./chunk-R672BT7C.js";
import "./chunk-NNLXVT2B.js";
import "./chunk-JC6G2P3F.js";
import "./chunk-56HX6V5F.js";
import {
  checkOutputPath,
  writeOutputFile
} from "./chunk-QNVCIAEF.js";
import {
  planLive,
  withSnyk
} from "./chunk-HFCJQHIP.js";
import {
  loadDesired
} from "./chunk-UKHT5PJ2.js";
import "./chunk-QU2ZXSZD.js";
import "./chunk-DNIBRISV.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-QS3Q2HDW.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-AKCIFOJB.js";
import "./chunk-DAQBXYXT.js";
import {
  configPaths,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings
} from "./chunk-5CQE7NI4.js";
import {
  PLAN_OPTIONS
} from "./chunk-EQDLYLQB.js";
import "./chunk-M7VFZMOA.js";
import "./chunk-PJ7DIPIQ.js";
import "./chunk-F7JU6O3C.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/plan.ts
import { resolve } from "node:path";
var planCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, PLAN_OPTIONS);
  const selection = planSelection(values);
  const format = planFormatOf(values.format);
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  const out = values.out ? { shown: String(values.out), option: "--out" } : void 0;
  if (out) await checkOutputPath(resolve(ctx.cwd, out.shown), out);
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { plan } = await planLive(ctx, session, config, selection, railLifts(values));
    if (out) await writeOutputFile(resolve(ctx.cwd, out.shown), renderPlanJsonLines(plan), out);
    await printPlan(ctx, plan, format, values);
    if (values.out && format === "text" && !values.quiet)
      ctx.io.out(
        `
Saved the plan to ${values.out}; apply it with: snyk-gitops apply --plan ${values.out} (read it again with: snyk-gitops show ${values.out})
`
      );
    return values["detailed-exitcode"] && plan.changes.length > 0 ? 2 : 0;
  });
};
export {
  planCommand
};
