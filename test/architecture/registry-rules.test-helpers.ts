// The checks that a kind is wired in everywhere it must be (README "Adding a resource kind"):
// pure functions over what the tree declares, so that a unit test can feed them a deliberately
// broken registry and see each one name what is missing.
import type { TSchema } from '@sinclair/typebox';

/** What a registered kind module offers these checks. */
export interface RegisteredKind {
  kind: string;
  orgPart?: string;
}

/** Exported kind modules found in the kind files, by file. */
export interface FoundKind {
  file: string;
  exportName: string;
  module: RegisteredKind;
}

/** Kind modules exported by a file under src/core/kinds/ that the registry does not hold. */
export function unregisteredKinds(
  found: readonly FoundKind[],
  registry: readonly RegisteredKind[],
): string[] {
  const registered = new Set<RegisteredKind>(registry);
  return found
    .filter((f) => !registered.has(f.module))
    .map(
      (f) =>
        `${f.file}: ${f.exportName} (kind '${f.module.kind}') is not in the registry (src/core/kinds/index.ts)`,
    );
}

/** Settings parts that no registered kind manages, or that two kinds manage. */
export function unmanagedParts(parts: readonly string[], registry: readonly RegisteredKind[]): string[] {
  return parts.flatMap((part) => {
    const owners = registry.filter((k) => k.orgPart === part).map((k) => k.kind);
    if (owners.length === 1) return [];
    return [
      owners.length === 0
        ? `org settings part '${part}' has no kind in the registry (make one with settingsPartKind)`
        : `org settings part '${part}' is managed by ${owners.join(' and ')}`,
    ];
  });
}

/**
 * Keys of a schema without a `description` (the published schema shows it in editors): the
 * schema itself and every key of every object in it, list items included.
 */
export function undescribed(name: string, schema: TSchema): string[] {
  const missing: string[] = [];
  const visit = (node: TSchema, path: string, isKey: boolean) => {
    if (isKey && (typeof node.description !== 'string' || node.description.trim() === '')) missing.push(path);
    const { properties = {}, items } = node as { properties?: Record<string, TSchema>; items?: TSchema };
    for (const [key, child] of Object.entries(properties)) visit(child, `${path}.${key}`, true);
    if (items !== undefined && !Array.isArray(items)) visit(items, `${path}[]`, false);
  };
  visit(schema, name, true);
  return missing.map((path) => `${path} has no schema description`);
}

/** A request the client can send: its method-less template, as written in src/snyk. */
export interface ClientTemplate {
  file: string;
  template: string;
}

/** The API path templates written in a source file of the client. */
export function templatesIn(file: string, text: string): ClientTemplate[] {
  const found = text.matchAll(/['`](\/(?:org|orgs|group|groups|tenants|self)(?:\/[^'`\s?$]*)?)['`]/g);
  return [...found].map((m) => ({ file, template: m[1]! }));
}

/** Client templates that no emulator route serves. */
export function unroutedTemplates(templates: readonly ClientTemplate[], routes: readonly string[]): string[] {
  const served = new Set(routes);
  return templates
    .filter((t) => !served.has(t.template))
    .map((t) => `${t.file}: the client sends ${t.template}, which no emulator route serves`);
}

/** Kinds that no documentation text names (as `kind` in code style). */
export function undocumentedKinds(kinds: readonly string[], docs: readonly string[]): string[] {
  return kinds
    .filter((kind) => !docs.some((text) => text.includes(`\`${kind}\``)))
    .map((kind) => `kind '${kind}' is named in no documentation (README.md, docs/)`);
}
