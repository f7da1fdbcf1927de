// The schema of a plan as `plan --out` writes it (docs/plan-json.md), built from the desired-state
// schema and each kind's target schemas. A saved plan is user input: it is checked against
// this at the boundary, so a hand-edited or truncated file is refused with the first thing
// that is wrong, never run.
import { FormatRegistry, Type as T, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DesiredStateSchema } from './desired-schema.ts';
import { KIND_MODULES, type Kind } from './kinds/index.ts';
import { isWarningCode } from './plan-codes.ts';
import { isUuid } from './resolve.ts';
import type { ChangeAction, Plan } from './types.ts';

if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', isUuid);

const strict = { additionalProperties: false } as const;

const PatchOperation = T.Object(
  {
    op: T.Union(['add', 'remove', 'replace', 'move', 'copy', 'test'].map((op) => T.Literal(op))),
    path: T.String(),
    value: T.Optional(T.Unknown()),
    from: T.Optional(T.String()),
  },
  strict,
);

const changeFields = {
  address: T.String({ minLength: 1, maxLength: 2000 }),
  before: T.Unknown(),
  after: T.Unknown(),
  patch: T.Array(PatchOperation),
  dependsOn: T.Array(T.String({ minLength: 1 })),
  note: T.Optional(T.String()),
  expiredAt: T.Optional(T.String({ format: 'date-time' })),
};

const Count = T.Integer({ minimum: 0 });

const PlanSchema = T.Object(
  {
    formatVersion: T.Literal(1),
    groupId: T.String({ format: 'uuid' }),
    fingerprint: T.String({ pattern: '^sha256:[0-9a-f]{64}$' }),
    // Each change is checked against the schema of its own kind and action (below), so that
    // a message can say exactly what is wrong with it.
    changes: T.Array(T.Object({ kind: T.String(), action: T.String() })),
    summary: T.Object({ create: Count, update: Count, delete: Count }, strict),
    warnings: T.Array(
      T.Object({ code: T.String(), message: T.String(), address: T.Optional(T.String()) }, strict),
    ),
    desired: DesiredStateSchema,
    refusals: T.Optional(
      T.Array(
        T.Object(
          {
            rail: T.Union([T.Literal('mass-delete'), T.Literal('lockout')]),
            override: T.Union([T.Literal('--allow-mass-delete'), T.Literal('--allow-lockout')]),
            message: T.String(),
            addresses: T.Array(T.String()),
          },
          strict,
        ),
      ),
    ),
    lifted: T.Optional(T.Array(T.Union([T.Literal('mass-delete'), T.Literal('lockout')]), { maxItems: 2 })),
    createdAt: T.Optional(T.String({ format: 'date-time' })),
    stats: T.Optional(
      T.Object(
        {
          requests: Count,
          writes: T.Optional(Count),
          estimatedApplySeconds: T.Optional(T.Number({ minimum: 0 })),
          ratePerMinute: T.Optional(T.Number({ minimum: 0 })),
        },
        strict,
      ),
    ),
    partial: T.Optional(T.Literal(true)),
    targets: T.Optional(T.Array(T.String({ minLength: 1, maxLength: 2000 }), { minItems: 1 })),
    replace: T.Optional(T.Array(T.String({ minLength: 1, maxLength: 2000 }))),
    rotate: T.Optional(T.Array(T.String({ minLength: 1, maxLength: 2000 }))),
    unreadable: T.Optional(T.Array(T.Object({ address: T.String(), reason: T.String() }, strict))),
  },
  strict,
);

if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));

function changeSchema(kind: Kind, action: ChangeAction): TSchema | undefined {
  const targets = KIND_MODULES[kind].targets as Partial<Record<ChangeAction, TSchema>>;
  const target = targets[action];
  if (target === undefined) return undefined;
  return T.Object({ ...changeFields, kind: T.Literal(kind), action: T.Literal(action), target }, strict);
}

/** `/changes/0/target/orgId` → `changes[0].target.orgId`. */
function formatPointer(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out === '' ? part : `${out}.${part}`),
      '',
    );
}

function firstError(schema: TSchema, value: unknown, prefix: string): string | undefined {
  const error = Value.Errors(schema, value).First();
  if (error === undefined) return undefined;
  const where = `${prefix}${formatPointer(error.path)}`;
  return `${where === '' ? 'the file' : where}: ${error.message.toLowerCase()}`;
}

/** What is wrong with `data` as a saved plan, or undefined when it is one. */
export function checkPlanShape(data: unknown): string | undefined {
  const shape = firstError(PlanSchema, data, '');
  if (shape !== undefined) return shape;
  const plan = data as Plan;
  for (const [i, change] of plan.changes.entries()) {
    const where = `changes[${i}]`;
    if (!Object.hasOwn(KIND_MODULES, change.kind)) return `${where}.kind '${String(change.kind)}' is unknown`;
    const schema = changeSchema(change.kind, change.action);
    if (schema === undefined) return `${where}: a ${change.kind} has no action '${String(change.action)}'`;
    const problem = firstError(schema, change, `${where}.`);
    if (problem !== undefined) return problem;
  }
  // Warning codes are a closed catalogue (src/core/plan-codes.ts) that scripts branch on.
  for (const [i, warning] of plan.warnings.entries())
    if (!isWarningCode(warning.code)) return `warnings[${i}].code '${String(warning.code)}' is unknown`;
  if ((plan.partial === true) !== (plan.targets !== undefined))
    return 'partial and targets go together: a partial plan lists its targets';
  if (plan.desired.group.id !== plan.groupId) return 'desired.group.id names another group than groupId';
  return undefined;
}
