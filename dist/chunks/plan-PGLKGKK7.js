import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeHead,
  renderPlanMarkdown
} from "./chunk-GMC5RK4G.js";
import {
  renderPlanText
} from "./chunk-Z46KWJY7.js";
import "./chunk-LCM3BU67.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import "./chunk-43ZIIY6M.js";
import {
  planLive,
  withSnyk
} from "./chunk-HIBEOD32.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import {
  loadDesired
} from "./chunk-NZGR2HMP.js";
import "./chunk-IGEGNAEH.js";
import "./chunk-QU2ZXSZD.js";
import "./chunk-NW3PDA5F.js";
import {
  PLAN_SELECTION_OPTIONS,
  configPaths,
  parseCommandArgs,
  planSelection,
  resolveApiSettings
} from "./chunk-GDNDMYAR.js";
import {
  UsageError
} from "./chunk-SFHYOFQJ.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/plan.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/render/json-pieces.ts
function jsonValue(value, key) {
  const toJSON = value?.toJSON;
  return typeof toJSON === "function" ? toJSON.call(value, key) : value;
}
function isOmitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
function* pretty(value, level, depth) {
  if (level >= depth || value === null || typeof value !== "object") {
    const text = JSON.stringify(value, null, 2);
    yield level === 0 ? text : text.replace(/\n/g, `
${"  ".repeat(level)}`);
    return;
  }
  const inner = `
${"  ".repeat(level + 1)}`;
  const close = `
${"  ".repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}${inner}`;
      const item = jsonValue(value[i], String(i));
      yield* isOmitted(item) ? ["null"] : pretty(item, level + 1, depth);
    }
    return yield `${close}]`;
  }
  let first = true;
  for (const [key, raw] of Object.entries(value)) {
    const item = jsonValue(raw, key);
    if (isOmitted(item)) continue;
    yield `${first ? "{" : ","}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pretty(item, level + 1, depth);
  }
  yield first ? "{}" : `${close}}`;
}
function* jsonLines(value, options = {}) {
  const size = options.size ?? 64 * 1024;
  let pending = "";
  for (const piece of pretty(jsonValue(value, ""), 0, options.depth ?? 3)) {
    pending += piece;
    if (pending.length < size) continue;
    const end = pending.lastIndexOf("\n") + 1;
    if (end === 0) continue;
    yield pending.slice(0, end);
    pending = pending.slice(end);
  }
  yield `${pending}
`;
}

// src/render/plan-json.ts
function orderChange(change) {
  return {
    ...changeHead(change),
    patch: change.patch,
    dependsOn: change.dependsOn,
    target: change.target,
    ...change.note === void 0 ? {} : { note: change.note },
    ...change.expiredAt === void 0 ? {} : { expiredAt: change.expiredAt }
  };
}
function orderStats(stats) {
  return {
    requests: stats.requests,
    ...stats.writes === void 0 ? {} : { writes: stats.writes },
    ...stats.estimatedApplySeconds === void 0 ? {} : { estimatedApplySeconds: stats.estimatedApplySeconds },
    ...stats.ratePerMinute === void 0 ? {} : { ratePerMinute: stats.ratePerMinute }
  };
}
function planDocument(plan) {
  return {
    formatVersion: plan.formatVersion,
    groupId: plan.groupId,
    fingerprint: plan.fingerprint,
    changes: plan.changes.map(orderChange),
    summary: { create: plan.summary.create, update: plan.summary.update, delete: plan.summary.delete },
    warnings: plan.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...w.address === void 0 ? {} : { address: w.address }
    })),
    desired: plan.desired,
    // Contract \u00a74.3: what apply will refuse, always present (empty when nothing).
    refusals: (plan.refusals ?? []).map((r) => ({
      rail: r.rail,
      message: r.message,
      override: r.override,
      addresses: r.addresses
    })),
    ...plan.createdAt === void 0 ? {} : { createdAt: plan.createdAt },
    ...plan.stats === void 0 ? {} : { stats: orderStats(plan.stats) },
    ...plan.partial === true ? { partial: true, targets: plan.targets ?? [] } : {}
  };
}
function renderPlanJsonLines(plan) {
  return jsonLines(planDocument(plan));
}

// src/cli/commands/plan.ts
var FORMATS = ["text", "markdown", "json"];
var planCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, {
    out: { type: "string" },
    format: { type: "string", default: "text" },
    "detailed-exitcode": { type: "boolean" },
    ...PLAN_SELECTION_OPTIONS
  });
  const selection = planSelection(values);
  const format = String(values.format);
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { plan } = await planLive(ctx, session, config, selection);
    if (values.out) await writeFile(resolve(ctx.cwd, String(values.out)), renderPlanJsonLines(plan));
    if (format === "json") await ctx.io.outAll(renderPlanJsonLines(plan));
    else if (format === "markdown") ctx.io.out(renderPlanMarkdown(plan));
    else if (!values.quiet || plan.changes.length > 0) {
      ctx.io.out(renderPlanText(plan, { color: useColor(ctx.stdout, values["no-color"], ctx.env) }));
    }
    if (values.out && format === "text" && !values.quiet)
      ctx.io.out(
        `
Saved the plan to ${values.out}; apply it with: snyk-gitops apply --plan ${values.out}
`
      );
    return values["detailed-exitcode"] && plan.changes.length > 0 ? 2 : 0;
  });
};
export {
  FORMATS,
  planCommand
};
