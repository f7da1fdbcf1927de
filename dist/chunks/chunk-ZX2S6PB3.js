import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DesiredStateSchema
} from "./chunk-AUPYX4AH.js";
import {
  KIND_MODULES,
  isUuid
} from "./chunk-PAXGGMKS.js";
import {
  format_exports,
  value_exports
} from "./chunk-IBH6YTDY.js";
import {
  readRegularFile
} from "./chunk-KRNN6JX7.js";
import {
  Type
} from "./chunk-UWDMRADY.js";
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";

// src/engine/saved-plan.ts
import { resolve } from "node:path";

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
    lifted: Type.Optional(Type.Array(Type.Union([Type.Literal("mass-delete"), Type.Literal("lockout")]), { maxItems: 2 })),
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
    replace: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2e3 }))),
    rotate: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2e3 }))),
    unreadable: Type.Optional(Type.Array(Type.Object({ address: Type.String(), reason: Type.String() }, strict)))
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
function incompleteness(plan, file) {
  if (plan.unreadable === void 0 || plan.unreadable.length === 0) return void 0;
  const parts = plan.unreadable.map((u) => u.address).sort();
  return `${file}: this plan was made with a token that cannot read ${parts.join(", ")}, so it does not show every change; plan again with the token that applies`;
}
var MAX_PLAN_BYTES = 256 * 1024 * 1024;
async function readSavedPlan(cwd, file, forApply = true) {
  const read = await readRegularFile(resolve(cwd, file), MAX_PLAN_BYTES);
  if (!read.ok) {
    throw new GitopsError(`cannot read the plan file '${file}': ${read.message}`, { code: "PLAN_INVALID" });
  }
  const plan = parseSavedPlan(read.bytes.toString("utf8"), file);
  const missing = forApply ? incompleteness(plan, file) : void 0;
  if (missing !== void 0) throw new GitopsError(missing, { code: "PLAN_INVALID" });
  return plan;
}

export {
  incompleteness,
  readSavedPlan
};
