import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import {
  formatIssue,
  loadConfig
} from "./chunk-KLWEPUVX.js";
import {
  configPaths,
  parseCommandArgs
} from "./chunk-FYHEQC3A.js";
import {
  VALIDATE_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-WX2GK3PI.js";
import "./chunk-GVG4TUQB.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/validate.ts
var FORMATS = ["text", "json"];
var validateCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, VALIDATE_OPTIONS);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(
      `--format '${format}' is not supported by validate: expected ${FORMATS.join(" or ")}`
    );
  const result = await loadConfig(configPaths(positionals), { cwd: ctx.cwd, now: clockOf(ctx) });
  const summary = summarize(result);
  const issues = result.ok ? [] : result.issues;
  const warnings = result.ok ? result.warnings : [];
  if (format === "json") {
    ctx.io.out(
      `${JSON.stringify({ valid: result.ok, files: result.files, issues, warnings, summary }, null, 2)}
`
    );
  } else {
    const quiet = values.quiet === true;
    if (!quiet) for (const w of warnings) ctx.io.err(`warning: ${formatIssue(w)}
`);
    for (const issue of issues) ctx.io.err(`${formatIssue(issue)}
`);
    if (result.ok) {
      if (!quiet) ctx.io.out(`${summary.text}
`);
    } else ctx.io.err(`${summary.text}
`);
  }
  return result.ok ? 0 : 1;
};
function summarize(result) {
  const files = result.files.length;
  if (!result.ok) {
    const errors = result.issues.length;
    const inFiles = new Set(result.issues.flatMap((i) => i.file === void 0 ? [] : [i.file])).size;
    const where = inFiles === 0 ? "" : ` in ${plural(inFiles, "file")}`;
    return {
      valid: false,
      files,
      errors,
      warnings: 0,
      orgs: 0,
      memberships: 0,
      text: `${plural(errors, "error")}${where}`
    };
  }
  const orgs = result.desired.orgs.length;
  const memberships = countMemberships(result.desired);
  const warned = result.warnings.length === 0 ? "" : `, ${plural(result.warnings.length, "warning")}`;
  return {
    valid: true,
    files,
    errors: 0,
    warnings: result.warnings.length,
    orgs,
    memberships,
    text: `valid: ${plural(files, "file")}, ${plural(orgs, "org")}, ${plural(memberships, "membership")}${warned}`
  };
}
function countMemberships(desired) {
  let count = (desired.group.members?.length ?? 0) + (desired.tenant?.members?.length ?? 0);
  for (const org of desired.orgs) count += org.members?.length ?? 0;
  return count;
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
export {
  summarize,
  validateCommand
};
