import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeHead,
  renderPlanMarkdown
} from "./chunk-WJ5AN7DP.js";
import {
  renderPlanText
} from "./chunk-5GFBQVJQ.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";

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
    // What apply will refuse, always present (empty when nothing).
    refusals: (plan.refusals ?? []).map((r) => ({
      rail: r.rail,
      message: r.message,
      override: r.override,
      addresses: r.addresses
    })),
    ...plan.lifted === void 0 || plan.lifted.length === 0 ? {} : { lifted: plan.lifted },
    ...plan.createdAt === void 0 ? {} : { createdAt: plan.createdAt },
    ...plan.stats === void 0 ? {} : { stats: orderStats(plan.stats) },
    ...plan.partial === true ? { partial: true, targets: plan.targets ?? [] } : {},
    // What the plan was made from: `apply --plan` plans it again with the same replacements.
    ...plan.replace === void 0 || plan.replace.length === 0 ? {} : { replace: plan.replace },
    ...plan.rotate === void 0 || plan.rotate.length === 0 ? {} : { rotate: plan.rotate }
  };
}
function renderPlanJsonLines(plan) {
  return jsonLines(planDocument(plan));
}

// src/cli/print-plan.ts
var PLAN_FORMATS = ["text", "markdown", "json"];
function planFormatOf(raw) {
  const format = String(raw);
  if (!PLAN_FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${PLAN_FORMATS.join(", ")}`);
  }
  return format;
}
async function printPlan(ctx, plan, format, flags) {
  if (format === "json") await ctx.io.outAll(renderPlanJsonLines(plan));
  else if (format === "markdown") ctx.io.out(renderPlanMarkdown(plan));
  else if (!flags.quiet || plan.changes.length > 0) {
    ctx.io.out(renderPlanText(plan, { color: useColor(ctx.stdout, flags["no-color"], ctx.env) }));
  }
}

export {
  renderPlanJsonLines,
  planFormatOf,
  printPlan
};
