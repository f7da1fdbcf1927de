import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DesiredStateSchema
} from "./chunk-DLAVURWR.js";
import {
  KIND_MODULES,
  isUuid
} from "./chunk-3VISFR46.js";
import {
  format_exports,
  value_exports
} from "./chunk-KIRELRV6.js";
import {
  readRegularFile
} from "./chunk-KRNN6JX7.js";
import {
  Address,
  Type
} from "./chunk-WX2GK3PI.js";
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";

// src/engine/saved-plan.ts
import { resolve } from "node:path";

// src/core/plan-codes.ts
var WARNING_CODES = {
  // ------------------------------------------------------------ orgs
  ORG_SLUG_MISMATCH: "an org the plan creates has a slug in the file other than the one Snyk derives from its name",
  ORG_SLUG_DIFFERS: "an org pinned by id has another slug in Snyk than in the file (the API cannot change a slug)",
  ORG_DUPLICATE_SUSPECTED: "the group has an org the file does not list, named like an org of the file under its slug plus a suffix",
  // ------------------------------------------------------------ people
  GROUP_MEMBER_PENDING: "a group member is not a Snyk user yet (users.unknown invites or provisions): it converges after their first login",
  PENDING_ROLE_DIFFERS: "someone already invited or provisioned has another role than the listed one, taken at their first login",
  SERVICE_ACCOUNT_MEMBER: "a member entry names a service account, which its serviceAccounts entry manages: the entry is left out",
  MEMBER_EXPIRED: "a member entry\u2019s expires has passed and Snyk has no such membership: nothing is created",
  MEMBER_EXPIRES_SOON: "a member entry\u2019s expires falls within users.expiryWarningDays",
  TENANT_MEMBER_NOT_CREATABLE: "a tenant member the file lists is not one in Snyk, and the API cannot create tenant memberships",
  // ------------------------------------------------------------ integrations, imports, projects
  INTEGRATION_MISSING: "an org lacks an integration type the file lists (or its template has none), and none is named to clone from",
  "import-archived-skipped": "a repository an import names or matches is archived on GitHub: it is not imported",
  "import-needs-personal-token": "the token is a service account\u2019s, and imports through the github integration take only a personal token",
  PROJECT_RULE_UNMATCHED: "a project rule of an org matches none of its projects",
  PLACEMENT_ORG_PENDING: "a placement rule names an org this plan creates: its projects are moved by the first plan after that",
  TAG_NOT_CREATABLE: "a group tag the file lists does not exist in Snyk, and no project rule puts it on a project",
  IGNORE_NOT_OURS: "an issue an ignore rule names is already ignored by someone else: their ignore is left as it is"
};
function isWarningCode(code) {
  return Object.hasOwn(WARNING_CODES, code);
}

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
  for (const [i, warning] of plan.warnings.entries())
    if (!isWarningCode(warning.code)) return `warnings[${i}].code '${String(warning.code)}' is unknown`;
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
  return readAddresses(data);
}
function readAddresses(plan) {
  const { changes, warnings, ...rest } = plan;
  return {
    ...rest,
    // Each change was checked against its kind's schema (checkPlanShape): only the addresses differ.
    changes: changes.map(
      (c) => ({
        ...c,
        address: Address.of(c.address),
        dependsOn: c.dependsOn.map((a) => Address.of(a))
      })
    ),
    warnings: warnings.map(
      ({ address, ...w }) => address === void 0 ? w : { ...w, address: Address.of(address) }
    )
  };
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
