// What both contract checkers (REST and v1) do with an OpenAPI 3.0 spec before validating
// against it: turn it into JSON Schema, point into it, and find the path template of a request.

type Json = Record<string, unknown>;

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a union with null; examples dropped. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue;
    out[key] = toJsonSchema(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    } else return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** A JSON pointer segment (RFC 6901): `~` and `/` escaped. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The spec's path template a concrete request path belongs to (query and `prefix` ignored);
 * where several match, the one with the most literal text (`/orgs/mine` before `/orgs/{id}`).
 */
export function templateFinder(paths: Record<string, Record<string, Json>>, prefix: string) {
  const templates = Object.keys(paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literal: template.replace(/\{[^}]+\}/g, '').length,
  }));
  const strip = new RegExp(`^${prefix}(?=/)`);
  return (method: string, path: string): string | undefined => {
    const pathname = (path.split('?')[0] ?? path).replace(strip, '');
    return templates
      .filter((t) => t.regex.test(pathname) && paths[t.template]?.[method.toLowerCase()] !== undefined)
      .sort((a, b) => b.literal - a.literal)[0]?.template;
  };
}
