import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan
} from "./chunk-5OH3TBVH.js";
import "./chunk-DAUMNWXL.js";
import {
  readSavedPlan
} from "./chunk-UQLQ4WNP.js";
import "./chunk-2SVRHRPB.js";
import "./chunk-AD5GZNYO.js";
import "./chunk-ITGTYRIT.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-RCXSXJMV.js";
import "./chunk-FKLERUL2.js";
import {
  parseCommandArgs
} from "./chunk-353XNBT3.js";
import {
  SHOW_OPTIONS
} from "./chunk-EQDLYLQB.js";
import "./chunk-M7VFZMOA.js";
import "./chunk-OQ5SUA66.js";
import {
  UsageError
} from "./chunk-L24UT7PK.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/show.ts
var showCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, SHOW_OPTIONS);
  const format = planFormatOf(values.format);
  const [file, ...rest] = positionals;
  if (file === void 0) throw new UsageError("show needs the plan file, e.g. snyk-gitops show plan.json");
  if (rest.length > 0) throw new UsageError(`show takes one plan file (got also '${rest[0]}')`);
  await printPlan(ctx, await readSavedPlan(ctx.cwd, file), format, values);
  return 0;
};
export {
  showCommand
};
