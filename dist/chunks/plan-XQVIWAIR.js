import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkOutputPath,
  writeOutputFile
} from "./chunk-WA24QOJZ.js";
import {
  planFormatOf,
  printPlan
} from "./chunk-EQQGQNMF.js";
import {
  renderPlanJsonLines
} from "./chunk-DNP2JHY4.js";
import {
  planLive,
  withSnyk
} from "./chunk-IHQSYQQE.js";
import {
  loadDesired
} from "./chunk-BBPNSYFP.js";
import "./chunk-2H7DH7SS.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-KLWEPUVX.js";
import "./chunk-U57Q7QMY.js";
import "./chunk-2BC2HJX3.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-QDBUTLDH.js";
import "./chunk-SK47ZHVY.js";
import "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  configPaths,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings
} from "./chunk-FYHEQC3A.js";
import {
  PLAN_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-WX2GK3PI.js";
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
