// The config schema repeats whole subschemas: each integration type has the same settings
// schema, once under `defaults` and once under each org's `integrations` (42 copies). Compiled as
// written, ajv inlines every copy into one 2 MB validator function, and parsing a function that
// size costs V8 about 50 MB of memory at the first validation. Moved into `$defs` and compiled
// with `inlineRefs: false`, each repeated subschema becomes one small function that the copies
// call. What a value must be is unchanged; only where ajv says the rule is (`schemaPath`) moves.

type Schema = Record<string, unknown>;

/** Keywords whose value is a map of subschemas (draft 2020-12). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);
/** Keywords whose value is one subschema. */
const SCHEMA_VALUES = new Set([
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
]);
// Lists of subschemas (anyOf, oneOf, allOf, prefixItems) are not entered: a union's branches
// stay where they are, because the errors of a branch are told apart by a `schemaPath` under
// the union's own (schema-check.ts).

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` on each subschema of `schema` that may move (not inside a union), outermost first. */
function eachMovable(schema: Schema, visit: (child: Schema, replace: (next: Schema) => void) => void): void {
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(keyword) && isSchema(value)) {
      for (const [name, child] of Object.entries(value))
        if (isSchema(child))
          visit(child, (next) => {
            value[name] = next;
          });
    } else if (SCHEMA_VALUES.has(keyword) && isSchema(value)) {
      visit(value, (next) => {
        schema[keyword] = next;
      });
    }
  }
}

/**
 * A copy of `schema` in which every subschema that occurs more than once and serialises to at
 * least `minLength` characters is written once, under `$defs`, and referred to by `$ref`.
 * Definitions are named in the order they are first met, so the result is deterministic.
 */
export function shareRepeatedSubschemas(schema: Schema, minLength = 500): Schema {
  // Through JSON, not structuredClone: that keeps an object used twice as one object, and
  // replacing inside one use would change the other.
  const root = JSON.parse(JSON.stringify(schema)) as Schema;
  const seen = new Map<string, number>();
  const count = (node: Schema) =>
    eachMovable(node, (child) => {
      const form = JSON.stringify(child);
      if (form.length >= minLength) seen.set(form, (seen.get(form) ?? 0) + 1);
      count(child);
    });
  count(root);

  const defs: Schema = {};
  const names = new Map<string, string>();
  const share = (node: Schema) =>
    eachMovable(node, (child, replace) => {
      const form = JSON.stringify(child);
      if ((seen.get(form) ?? 0) < 2) return share(child);
      let name = names.get(form);
      if (name === undefined) {
        name = `shared${names.size}`;
        names.set(form, name);
        defs[name] = child;
        share(child);
      }
      replace({ $ref: `#/$defs/${name}` });
    });
  share(root);
  if (names.size === 0) return root;
  if ('$defs' in root) throw new Error('shareRepeatedSubschemas: the schema already has $defs');
  return { ...root, $defs: defs };
}
