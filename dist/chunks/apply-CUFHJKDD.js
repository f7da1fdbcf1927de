import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyPlan,
  checkFresh,
  renderApplySummaryText
} from "./chunk-N6AULTS5.js";
import {
  renderPlanText
} from "./chunk-Z46KWJY7.js";
import "./chunk-LCM3BU67.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  green,
  red,
  yellow
} from "./chunk-43ZIIY6M.js";
import {
  DesiredStateSchema
} from "./chunk-OPPRQ4AA.js";
import {
  planLive,
  withSnyk
} from "./chunk-HIBEOD32.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import {
  KIND_MODULES,
  format_exports,
  isUuid,
  loadDesired,
  value_exports
} from "./chunk-NZGR2HMP.js";
import {
  Type
} from "./chunk-IGEGNAEH.js";
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
  GitopsError,
  UsageError
} from "./chunk-SFHYOFQJ.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/apply.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";

// src/core/plan-schema.ts
if (!format_exports.Has("uuid")) format_exports.Set("uuid", isUuid);
var strict = { additionalProperties: false };
var PatchOperation = Type.Object(
  {
    op: Type.Union(["add", "remove", "replace", "move", "copy", "test"].map((op) => Type.Literal(op))),
    path: Type.String(),
    value: Type.Optional(Type.Unknown()),
    from: Type.Optional(Type.String())
  },
  strict
);
var changeFields = {
  address: Type.String({ minLength: 1, maxLength: 2e3 }),
  before: Type.Unknown(),
  after: Type.Unknown(),
  patch: Type.Array(PatchOperation),
  dependsOn: Type.Array(Type.String({ minLength: 1 })),
  note: Type.Optional(Type.String()),
  expiredAt: Type.Optional(Type.String({ format: "date-time" }))
};
var Count = Type.Integer({ minimum: 0 });
var PlanSchema = Type.Object(
  {
    formatVersion: Type.Literal(1),
    groupId: Type.String({ format: "uuid" }),
    fingerprint: Type.String({ pattern: "^sha256:[0-9a-f]{64}$" }),
    // Each change is checked against the schema of its own kind and action (below), so that
    // a message can say exactly what is wrong with it.
    changes: Type.Array(Type.Object({ kind: Type.String(), action: Type.String() })),
    summary: Type.Object({ create: Count, update: Count, delete: Count }, strict),
    warnings: Type.Array(
      Type.Object({ code: Type.String(), message: Type.String(), address: Type.Optional(Type.String()) }, strict)
    ),
    desired: DesiredStateSchema,
    refusals: Type.Optional(
      Type.Array(
        Type.Object(
          {
            rail: Type.Union([Type.Literal("mass-delete"), Type.Literal("lockout")]),
            override: Type.Union([Type.Literal("--allow-mass-delete"), Type.Literal("--allow-lockout")]),
            message: Type.String(),
            addresses: Type.Array(Type.String())
          },
          strict
        )
      )
    ),
    createdAt: Type.Optional(Type.String({ format: "date-time" })),
    stats: Type.Optional(
      Type.Object(
        {
          requests: Count,
          writes: Type.Optional(Count),
          estimatedApplySeconds: Type.Optional(Type.Number({ minimum: 0 })),
          ratePerMinute: Type.Optional(Type.Number({ minimum: 0 }))
        },
        strict
      )
    ),
    partial: Type.Optional(Type.Literal(true)),
    targets: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2e3 }), { minItems: 1 })),
    replace: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2e3 })))
  },
  strict
);
if (!format_exports.Has("date-time")) format_exports.Set("date-time", (v) => !Number.isNaN(Date.parse(v)));
function changeSchema(kind, action) {
  const targets = KIND_MODULES[kind].targets;
  const target = targets[action];
  if (target === void 0) return void 0;
  return Type.Object({ ...changeFields, kind: Type.Literal(kind), action: Type.Literal(action), target }, strict);
}
function formatPointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).reduce(
    (out, part) => /^\d+$/.test(part) ? `${out}[${part}]` : out === "" ? part : `${out}.${part}`,
    ""
  );
}
function firstError(schema, value, prefix) {
  const error = value_exports.Errors(schema, value).First();
  if (error === void 0) return void 0;
  const where = `${prefix}${formatPointer(error.path)}`;
  return `${where === "" ? "the file" : where}: ${error.message.toLowerCase()}`;
}
function checkPlanShape(data) {
  const shape = firstError(PlanSchema, data, "");
  if (shape !== void 0) return shape;
  const plan = data;
  for (const [i, change] of plan.changes.entries()) {
    const where = `changes[${i}]`;
    if (!Object.hasOwn(KIND_MODULES, change.kind)) return `${where}.kind '${String(change.kind)}' is unknown`;
    const schema = changeSchema(change.kind, change.action);
    if (schema === void 0) return `${where}: a ${change.kind} has no action '${String(change.action)}'`;
    const problem = firstError(schema, change, `${where}.`);
    if (problem !== void 0) return problem;
  }
  if (plan.partial === true !== (plan.targets !== void 0))
    return "partial and targets go together: a partial plan lists its targets";
  if (plan.desired.group.id !== plan.groupId) return "desired.group.id names another group than groupId";
  return void 0;
}

// src/engine/saved-plan.ts
function fail(file, problem) {
  throw new GitopsError(`${file}: not a snyk-gitops plan: ${problem}`, { code: "PLAN_INVALID" });
}
function parseSavedPlan(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) fail(file, "expected a JSON object");
  const formatVersion = data.formatVersion;
  if (formatVersion !== 1)
    fail(file, `formatVersion ${JSON.stringify(formatVersion)} is not supported (expected 1)`);
  const problem = checkPlanShape(data);
  if (problem !== void 0) fail(file, problem);
  return data;
}

// src/cli/commands/apply.ts
async function confirm(ctx, count) {
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stderr,
    terminal: false
  });
  try {
    const answer = await rl.question(
      `
Apply these ${count} change${count === 1 ? "" : "s"}? Only 'yes' is accepted. (yes/no) `
    );
    return answer.trim().toLowerCase() === "yes";
  } finally {
    rl.close();
  }
}
var applyCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, {
    "auto-approve": { type: "boolean" },
    plan: { type: "string" },
    "allow-mass-delete": { type: "boolean" },
    "allow-lockout": { type: "boolean" },
    ...PLAN_SELECTION_OPTIONS
  });
  const selection = checkUsage(values, positionals);
  const settings = resolveApiSettings(values, ctx.env);
  const color = useColor(ctx.stdout, values["no-color"], ctx.env);
  const savedPlan = values.plan ? await readSavedPlan(ctx.cwd, String(values.plan)) : void 0;
  const config = savedPlan ? void 0 : await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { client, progress } = session;
    let plan;
    let live;
    let scope;
    if (savedPlan) {
      ({ live, scope } = await checkFresh(savedPlan, client, clockOf(ctx)));
      plan = savedPlan;
    } else {
      ({ plan, live, scope } = await planLive(ctx, session, config, selection));
    }
    if (!values.quiet || plan.changes.length > 0) ctx.io.out(renderPlanText(plan, { color }));
    if (plan.changes.length === 0) return 0;
    if (!savedPlan && !values["auto-approve"]) {
      if (ctx.stdin.isTTY !== true) {
        throw new GitopsError(
          "refusing to apply without confirmation: not a terminal. Review the plan and pass --auto-approve, or apply a saved plan with --plan.",
          { code: "NOT_CONFIRMED" }
        );
      }
      if (!await confirm(ctx, plan.changes.length)) {
        ctx.io.err("Apply cancelled; nothing was written.\n");
        return 1;
      }
    }
    const onEvent = printEvents(progress, color, session.tty);
    const outcome = await applyPlan(
      plan,
      live,
      client,
      {
        allowMassDelete: values["allow-mass-delete"] === true,
        allowLockout: values["allow-lockout"] === true,
        concurrency: settings.concurrency,
        onEvent,
        env: ctx.env,
        now: clockOf(ctx)
      },
      scope
    );
    progress.finish();
    const { result } = outcome;
    ctx.io.out(`
${renderApplySummaryText(outcome, { color })}
`);
    return result.failed + result.skipped > 0 ? 1 : 0;
  });
};
function checkUsage(values, positionals) {
  if (values.plan && values.target !== void 0) {
    throw new UsageError("apply --plan takes no --target: a saved partial plan carries its targets");
  }
  if (values.plan && positionals.length > 0) {
    throw new UsageError(
      "apply --plan takes no config paths: a saved plan carries the desired state it was made from"
    );
  }
  const selection = planSelection(values);
  if (values.plan && selection.replace.length > 0) {
    throw new UsageError(
      "apply --plan takes no --replace: a saved plan already says what it replaces (plan --replace)"
    );
  }
  return selection;
}
async function readSavedPlan(cwd, file) {
  const text = await readFile(resolve(cwd, file), "utf8").catch((error) => {
    throw new GitopsError(`cannot read the plan file '${file}': ${error.code ?? error.message}`, {
      code: "PLAN_INVALID"
    });
  });
  return parseSavedPlan(text, file);
}
function printEvents(progress, color, tty) {
  return (event) => {
    if (event.type === "start") {
      progress.update(event.done, event.total, `${event.change.action} ${event.change.address}`);
      return;
    }
    const r = event.result;
    const mark = r.status === "failed" ? red(color, "failed ") : r.status === "skipped" ? yellow(color, "skipped") : green(color, "done   ");
    const detail = r.status === "confirmed" ? " (already in place)" : r.error ? `: ${r.error}` : "";
    if (!tty || r.status === "failed")
      progress.line(`${mark} ${r.change.action} ${r.change.address}${detail}`);
    else progress.update(event.done, event.total, r.change.address);
  };
}
export {
  applyCommand
};
