import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan,
  renderPlanJsonLines
} from "./chunk-5OH3TBVH.js";
import "./chunk-DAUMNWXL.js";
import "./chunk-AD5GZNYO.js";
import "./chunk-ITGTYRIT.js";
import {
  checkOutputPath,
  writeOutputFile
} from "./chunk-V3IOHLEN.js";
import {
  planLive,
  withSnyk
} from "./chunk-3KUYZYJ3.js";
import {
  loadDesired
} from "./chunk-Z5FJC722.js";
import "./chunk-QU2ZXSZD.js";
import "./chunk-DNIBRISV.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-2TSFZ34W.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-RCXSXJMV.js";
import "./chunk-FKLERUL2.js";
import {
  configPaths,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings
} from "./chunk-353XNBT3.js";
import {
  PLAN_OPTIONS
} from "./chunk-EQDLYLQB.js";
import "./chunk-M7VFZMOA.js";
import "./chunk-OQ5SUA66.js";
import "./chunk-L24UT7PK.js";
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
