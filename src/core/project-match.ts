// Which projects a rule matches (docs/configuration.md#project-rules-tags-and-attributes): a glob
// on the name, the type and origin exactly. Project names hold `/` and `:`
// (`acme/api:package.json`), so `*` crosses them: a name glob is one pattern over the whole name,
// not a path. Also the server-side filter of the list that every rule of an org is sure to pass, so
// Snyk sends fewer projects.
import type { ProjectRule } from './types.ts';

export interface ProjectIdentity {
  name: string;
  type: string;
  origin: string;
}

const cache = new Map<string, RegExp>();

/** `*` any run of characters, `?` one character, everything else literal. */
export function globToRegExp(glob: string): RegExp {
  const known = cache.get(glob);
  if (known !== undefined) return known;
  let source = '';
  for (const char of glob) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${source}$`, 'su');
  cache.set(glob, regex);
  return regex;
}

/** The literal start of a glob: every name it matches begins with it ('' when it begins with a wildcard). */
export function literalPrefix(glob: string): string {
  const wildcard = glob.search(/[*?]/);
  return wildcard === -1 ? glob : glob.slice(0, wildcard);
}

export function ruleMatches(rule: ProjectRule, project: ProjectIdentity): boolean {
  const { name, type, origin } = rule.match;
  if (type !== undefined && project.type !== type) return false;
  if (origin !== undefined && project.origin !== origin) return false;
  return name === undefined || globToRegExp(name).test(project.name);
}

/** Whether any of the rules matches the project: the projects worth keeping from a list. */
export function anyRuleMatches(rules: readonly ProjectRule[], project: ProjectIdentity): boolean {
  return rules.some((rule) => ruleMatches(rule, project));
}

/** The REST list filters (`names_start_with`, `types`, `origins`) every project some rule matches passes. */
export interface ProjectListFilter {
  namesStartWith?: string[];
  types?: string[];
  origins?: string[];
}

/**
 * A filter dimension is usable only when every rule constrains it: the list is then the union
 * of the rules' values (Snyk ORs the values of one filter and ANDs the filters), which holds
 * every project a rule matches, and the rules are still applied exactly to what comes back.
 */
export function listFilterOf(rules: readonly ProjectRule[]): ProjectListFilter {
  const filter: ProjectListFilter = {};
  // Filter values are sent comma-separated (explode: false): a value holding a comma cannot be.
  const union = (values: (string | undefined)[]) =>
    values.every((v) => v !== undefined && v !== '' && !v.includes(','))
      ? [...new Set(values as string[])].sort()
      : undefined;
  const prefixes = union(
    rules.map((r) => (r.match.name === undefined ? undefined : literalPrefix(r.match.name))),
  );
  const types = union(rules.map((r) => r.match.type));
  const origins = union(rules.map((r) => r.match.origin));
  if (rules.length === 0) return filter;
  // A shorter prefix already admits the names a longer one does.
  if (prefixes !== undefined)
    filter.namesStartWith = prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
  if (types !== undefined) filter.types = types;
  if (origins !== undefined) filter.origins = origins;
  return filter;
}
