import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { GROUP_ID } from './config.test-helpers.ts';
import { buildJsonSchema } from './schema.ts';
import { shareRepeatedSubschemas } from './shared-subschemas.ts';

const big = { type: 'object', additionalProperties: false, properties: { enabled: { type: 'boolean' } } };

describe('shareRepeatedSubschemas', () => {
  it('writes a repeated subschema once under $defs, and leaves union branches in place', () => {
    const schema = {
      type: 'object',
      properties: { a: big, b: { type: 'array', items: big }, c: { anyOf: [big, { type: 'null' }] } },
    };
    expect(shareRepeatedSubschemas(schema, 30)).toEqual({
      type: 'object',
      properties: {
        a: { $ref: '#/$defs/shared0' },
        b: { type: 'array', items: { $ref: '#/$defs/shared0' } },
        c: { anyOf: [big, { type: 'null' }] },
      },
      $defs: { shared0: big },
    });
    // The input is not changed; subschemas under the size bound stay inline.
    expect(schema.properties.a).toBe(big);
    expect(shareRepeatedSubschemas(schema, 1000)).toEqual(schema);
  });

  it('shares inside a shared subschema too, and never a map of properties itself', () => {
    const outer = { type: 'object', properties: { x: big, y: big } };
    const shared = shareRepeatedSubschemas({ properties: { p: outer, q: outer } }, 30);
    expect(shared).toEqual({
      properties: { p: { $ref: '#/$defs/shared0' }, q: { $ref: '#/$defs/shared0' } },
      $defs: {
        shared0: {
          type: 'object',
          properties: { x: { $ref: '#/$defs/shared1' }, y: { $ref: '#/$defs/shared1' } },
        },
        shared1: big,
      },
    });
  });

  it('accepts and refuses exactly what the schema as written does, with the same errors', () => {
    const compile = (schema: Record<string, unknown>, inlineRefs: boolean) => {
      const ajv = new Ajv2020.default({ allErrors: true, strict: true, inlineRefs });
      addFormats.default(ajv, ['uuid', 'email']);
      return ajv.compile(schema);
    };
    const written = compile(buildJsonSchema(), true);
    const shared = compile(shareRepeatedSubschemas(buildJsonSchema()), false);
    const group = { id: GROUP_ID };
    const settings = { autoDepUpgradeEnabled: 'yes', autoRemediationPrs: { freshPrsEnabled: 1 } };
    const inputs = [
      { version: 1, group, orgs: [{ slug: 'a', integrations: { github: { settings } } }] },
      { version: 1, group, defaults: { integrations: { gitlab: { settings, extra: true } } } },
      {
        version: 1,
        group,
        orgs: [{ slug: 'a', integrations: { github: { settings: { autoDepUpgradeLimit: 5 } } } }],
      },
    ];
    const outcome = (validate: typeof written, input: unknown) => ({
      ok: validate(input),
      errors: (validate.errors ?? []).map(({ instancePath, keyword, params, message }) => ({
        instancePath,
        keyword,
        params,
        message,
      })),
    });
    for (const input of inputs) expect(outcome(shared, input)).toEqual(outcome(written, input));
    expect(inputs.map((input) => written(input))).toEqual([false, false, true]);
  });
});
