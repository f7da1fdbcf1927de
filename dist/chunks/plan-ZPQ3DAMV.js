import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkOutputPath,
  writeOutputFile
} from "./chunk-WA24QOJZ.js";
import {
  planFormatOf,
  printPlan,
  renderPlanJsonLines
} from "./chunk-WY6W2XGJ.js";
import "./chunk-WJ5AN7DP.js";
import {
  planLive,
  withSnyk
} from "./chunk-XFUTSXYS.js";
import {
  loadDesired
} from "./chunk-JUQQKI56.js";
import "./chunk-JYZ23OYK.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-AC3SW7LJ.js";
import "./chunk-U57Q7QMY.js";
import "./chunk-5GFBQVJQ.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-W7C7KQXC.js";
import "./chunk-SK47ZHVY.js";
import "./chunk-BNPNKNGF.js";
import "./chunk-HBPY2VGW.js";
import {
  configPaths,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings
} from "./chunk-HSKASAQU.js";
import {
  PLAN_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-3C7LS5HY.js";
import "./chunk-GVG4TUQB.js";
import "./chunk-N4ITD6G4.js";
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
