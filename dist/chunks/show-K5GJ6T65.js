import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  planFormatOf,
  printPlan
} from "./chunk-WY6W2XGJ.js";
import "./chunk-WJ5AN7DP.js";
import {
  readSavedPlan
} from "./chunk-WXOPJNR4.js";
import "./chunk-DA3AW244.js";
import "./chunk-5GFBQVJQ.js";
import "./chunk-VM6GG2OA.js";
import "./chunk-W7C7KQXC.js";
import "./chunk-SK47ZHVY.js";
import "./chunk-BNPNKNGF.js";
import "./chunk-HBPY2VGW.js";
import {
  parseCommandArgs
} from "./chunk-HSKASAQU.js";
import {
  SHOW_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-3C7LS5HY.js";
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
  await printPlan(ctx, await readSavedPlan(ctx.cwd, file), format, values);
  return 0;
};
export {
  showCommand
};
