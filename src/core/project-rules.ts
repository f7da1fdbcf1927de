// What the rules of an org want of one project, and how that differs from the project as it is
// (docs/configuration.md#project-rules-tags-and-attributes). Every matching rule applies; two that
// disagree on a tag key or an attribute are a conflict, reported by the rules' positions so the
// caller can locate both.
import { ruleMatches } from './project-match.ts';
import type { LiveProject, ProjectRule, Tag } from './types.ts';

export const ATTRIBUTES = ['criticality', 'environment', 'lifecycle'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

interface Claim<V> {
  value: V;
  /** Index of the rule in the org's merged `projects` list. */
  rule: number;
}

export interface ProjectWant {
  /** Indices of the rules that match the project. */
  rules: number[];
  tags: Map<string, Claim<string>>;
  attributes: Partial<Record<AttributeName, Claim<string[]>>>;
}

export interface RuleConflict {
  first: number;
  second: number;
  /** `the tag 'team'` or `the attribute 'lifecycle'`. */
  what: string;
  values: [string, string];
}

/** The fields of a project the rules manage, as a change shows them (config names). */
export interface ProjectFields {
  tags?: Tag[];
  attributes?: Partial<Record<AttributeName, string[]>>;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((v) => right.has(v));
};

const show = (values: readonly string[]) => `[${values.join(', ')}]`;

/** What the matching rules want of `project`, and where two of them disagree. */
export function wantOf(
  rules: readonly ProjectRule[],
  project: LiveProject,
): { want: ProjectWant; conflicts: RuleConflict[] } {
  const want: ProjectWant = { rules: [], tags: new Map(), attributes: {} };
  const conflicts: RuleConflict[] = [];
  for (const [index, rule] of rules.entries()) {
    if (!ruleMatches(rule, project)) continue;
    want.rules.push(index);
    for (const tag of rule.tags ?? []) {
      const claimed = want.tags.get(tag.key);
      if (claimed === undefined) want.tags.set(tag.key, { value: tag.value, rule: index });
      else if (claimed.value !== tag.value)
        conflicts.push({
          first: claimed.rule,
          second: index,
          what: `the tag '${tag.key}'`,
          values: [claimed.value, tag.value],
        });
    }
    for (const name of ATTRIBUTES) {
      const values = rule.attributes?.[name];
      if (values === undefined) continue;
      const claimed = want.attributes[name];
      if (claimed === undefined) want.attributes[name] = { value: [...values], rule: index };
      else if (!sameSet(claimed.value, values))
        conflicts.push({
          first: claimed.rule,
          second: index,
          what: `the attribute '${name}'`,
          values: [show(claimed.value), show(values)],
        });
    }
  }
  return { want, conflicts };
}

const tagId = (tag: Tag) => `${tag.key}\u0000${tag.value}`;

/**
 * The managed fields that differ, before and after; undefined when the project is as the
 * rules want. The tag list is whole (the PATCH replaces it): the project's tags whose keys no
 * rule names stay (unless `prune`), the named keys take the rules' values.
 */
export function diffProject(
  project: LiveProject,
  want: ProjectWant,
  prune: boolean,
): { before: ProjectFields; after: ProjectFields } | undefined {
  const before: ProjectFields = {};
  const after: ProjectFields = {};
  if (want.tags.size > 0 || prune) {
    const kept = project.tags.filter((tag) => !prune && !want.tags.has(tag.key));
    const wanted = [...want.tags].map(([key, claim]) => ({ key, value: claim.value }));
    const next = [...kept, ...wanted];
    if (!sameSet(project.tags.map(tagId), next.map(tagId))) {
      before.tags = project.tags;
      after.tags = next;
    }
  }
  for (const name of ATTRIBUTES) {
    const claim = want.attributes[name];
    const current = project.attributes[name] ?? [];
    if (claim === undefined || sameSet(current, claim.value)) continue;
    before.attributes = { ...before.attributes, [name]: current };
    after.attributes = { ...after.attributes, [name]: claim.value };
  }
  return after.tags === undefined && after.attributes === undefined ? undefined : { before, after };
}

/** What a PATCH of a project sets, in REST names; `tags` replaces the project's whole list. */
export interface RestProjectAttributes {
  tags?: Tag[];
  business_criticality?: string[];
  environment?: string[];
  lifecycle?: string[];
}

/** The PATCH attributes of a change's `after`: exactly the fields that differ. */
export function restAttributesOf(after: ProjectFields): RestProjectAttributes {
  const out: RestProjectAttributes = {};
  if (after.tags !== undefined) out.tags = after.tags.map((t) => ({ key: t.key, value: t.value }));
  const { criticality, environment, lifecycle } = after.attributes ?? {};
  if (criticality !== undefined) out.business_criticality = [...criticality];
  if (environment !== undefined) out.environment = [...environment];
  if (lifecycle !== undefined) out.lifecycle = [...lifecycle];
  return out;
}

/** A rule as the messages name it: its match, e.g. `{ name: "acme/*", type: npm }`. */
export function describeRule(rule: ProjectRule): string {
  const parts = Object.entries(rule.match).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `{ ${parts.join(', ')} }`;
}
