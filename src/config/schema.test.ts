import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, buildPublishedSchema } from './schema.ts';

describe('the JSON Schema file', () => {
  it('is the one generated from the TypeBox definition (run npm run gen:schema when this fails)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/snyk-gitops.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(buildPublishedSchema());
  });

  it('describes every property, so editors can show help for each key', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const props = record.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, child] of Object.entries(props ?? {})) {
        if (typeof child.description !== 'string') undocumented.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf']) {
        const sub = record[key];
        if (Array.isArray(sub)) for (const [i, s] of sub.entries()) walk(s, `${path}.${key}[${i}]`);
        else walk(sub, `${path}.${key}`);
      }
    };
    walk(buildJsonSchema(), '$');
    expect(undocumented).toEqual([]);
  });
});
