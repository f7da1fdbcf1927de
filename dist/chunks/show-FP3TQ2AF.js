import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan
} from "./chunk-R672BT7C.js";
import "./chunk-NNLXVT2B.js";
import {
  readSavedPlan
} from "./chunk-H5G5VEJ2.js";
import "./chunk-RK5JXZNE.js";
import "./chunk-JC6G2P3F.js";
import "./chunk-56HX6V5F.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-AKCIFOJB.js";
import "./chunk-DAQBXYXT.js";
import {
  parseCommandArgs
} from "./chunk-5CQE7NI4.js";
import {
  SHOW_OPTIONS
} from "./chunk-EQDLYLQB.js";
import "./chunk-M7VFZMOA.js";
import "./chunk-PJ7DIPIQ.js";
import {
  UsageError
} from "./chunk-F7JU6O3C.js";
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
