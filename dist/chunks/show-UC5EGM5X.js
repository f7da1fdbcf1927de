import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan
} from "./chunk-EQQGQNMF.js";
import "./chunk-DNP2JHY4.js";
import {
  incompleteness,
  readSavedPlan
} from "./chunk-4OAZWOO2.js";
import "./chunk-DLAVURWR.js";
import "./chunk-IYOQTL2Z.js";
import "./chunk-2BC2HJX3.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-QDBUTLDH.js";
import "./chunk-SK47ZHVY.js";
import "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  parseCommandArgs
} from "./chunk-FYHEQC3A.js";
import {
  SHOW_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-WX2GK3PI.js";
import "./chunk-GVG4TUQB.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/show.ts
var showCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, SHOW_OPTIONS);
  const format = planFormatOf(values.format);
  const [file, ...rest] = positionals;
  if (file === void 0) throw new UsageError("show needs the plan file, e.g. snyk-gitops show plan.json");
  if (rest.length > 0) throw new UsageError(`show takes one plan file (got also '${rest[0]}')`);
  const plan = await readSavedPlan(ctx.cwd, file, false);
  await printPlan(ctx, plan, format, values);
  const missing = incompleteness(plan, file);
  if (missing !== void 0) ctx.io.err(`Note: ${missing}; apply --plan refuses it.
`);
  return 0;
};
export {
  showCommand
};
