// Which projects of an org the file's rules need read, and which of them need their ignores
// read (docs/configuration.md#ignores-as-code): the project rules of the org, every placement
// rule (a managed org may hold a project that belongs elsewhere), and the ignore rules whose
// `projects.org` covers the org. One list read per org serves them all.
import { globToRegExp } from './project-match.ts';
import type { DesiredOrg, DesiredState, IgnoreRule, ProjectRule } from './types.ts';

/** Every project of the org: what an org whose ignores are pruned must look at. */
const EVERY_PROJECT: ProjectRule = { match: {} };

/** The ignore rules that cover the org `slug` (`projects.org` absent: every org of the file). */
export function ignoreRulesOf(desired: DesiredState, slug: string): IgnoreRule[] {
  return (desired.ignores ?? []).filter(
    (rule) => rule.projects.org === undefined || globToRegExp(rule.projects.org).test(slug),
  );
}

/**
 * The ignores of the org are managed: some rule covers it, or `ignores: []` with
 * `prune.ignores` asks for this tool's ignores to be removed from every org of the file.
 */
export function managesIgnoresOf(desired: DesiredState, slug: string): boolean {
  if (desired.ignores === undefined) return false;
  if (desired.ignores.length === 0) return desired.prune.ignores;
  return ignoreRulesOf(desired, slug).length > 0;
}

/** The projects whose ignores are read: all of the org's when pruning, else those a rule matches. */
export function ignoreReadRules(desired: DesiredState, slug: string): ProjectRule[] {
  if (!managesIgnoresOf(desired, slug)) return [];
  if (desired.prune.ignores) return [EVERY_PROJECT];
  return ignoreRulesOf(desired, slug).map((rule) => ({ match: rule.projects.match ?? {} }));
}

/** The rules (as project matches) a project of the org must pass to be kept from its list. */
export function projectReadRules(desired: DesiredState, org: DesiredOrg): ProjectRule[] {
  return [
    ...(org.projects ?? []),
    ...(desired.placement ?? []).map((rule) => ({ match: rule.match })),
    ...ignoreReadRules(desired, org.slug),
  ];
}
