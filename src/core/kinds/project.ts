// Projects (docs/configuration.md#project-rules-tags-and-attributes): tags and attributes set by
// rule. Projects are never created or deleted; a project some rule matches is updated with one REST
// PATCH when its tags or attributes differ. Projects are read only for orgs that have rules, and
// only the matched ones are kept (the others are never changed, so neither the plan nor the
// fingerprint needs them).
import type { Operation } from 'fast-json-patch';
import { type Address, orgAddress } from '../addresses.ts';
import type { PlanIssue } from '../issues.ts';
import { toJson } from '../json.ts';
import {
  describeRule,
  diffProject,
  type ProjectFields,
  type RuleConflict,
  restAttributesOf,
  wantOf,
} from '../project-rules.ts';
import type { LiveProject, Tag } from '../types.ts';
import { written } from './apply-support.ts';
import { estateReadWhen } from './estate-read.ts';
import { groupTagAddress } from './group-tag.ts';
import { type ChangeOf, defineKind, emptyResult, type OrgBinding, type PlanContext } from './kind.ts';
import { Id, target } from './targets.ts';

const targets = { update: target({ orgId: Id, projectId: Id }) };

type ProjectChange = ChangeOf<'project', typeof targets>;

const UNMATCHED = 'PROJECT_RULE_UNMATCHED';

/** `org[payments].project[acme/api:package.json]`; a name two projects share gets the id too. */
export function projectAddress(slug: string, project: LiveProject, shared: boolean): Address {
  return orgAddress(slug).at('project', shared ? `${project.name}#${project.id}` : project.name);
}

interface OrgEvaluation {
  changes: ProjectChange[];
  /** Tags the rules put on the org's matched projects (whether or not they carry them yet). */
  tags: Tag[];
  unmatched: number[];
  /** By rule pair and subject: one issue however many projects it concerns. */
  conflicts: Map<string, RuleConflict & { project: string; count: number }>;
}

const evaluations = new WeakMap<OrgBinding, OrgEvaluation>();

/** Evaluated once per plan, for `implies` and for `plan` alike. */
function evaluate(ctx: PlanContext, binding: OrgBinding): OrgEvaluation | undefined {
  const rules = binding.desired.projects;
  const live = binding.live;
  if (rules === undefined || rules.length === 0 || live === undefined) return undefined;
  const known = evaluations.get(binding);
  if (known !== undefined) return known;
  const result: OrgEvaluation = { changes: [], tags: [], unmatched: [], conflicts: new Map() };
  const projects = live.projects ?? [];
  const names = new Map<string, number>();
  for (const p of projects) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const matched = new Set<number>();
  const prune = ctx.desired.prune.projectTags === true;
  for (const project of projects) {
    const { want, conflicts } = wantOf(rules, project);
    // The reader keeps only matched projects; a live state from elsewhere may hold others.
    if (want.rules.length === 0) continue;
    for (const index of want.rules) matched.add(index);
    for (const [key, claim] of want.tags) result.tags.push({ key, value: claim.value });
    for (const c of conflicts) {
      const id = `${c.first}\u0000${c.second}\u0000${c.what}\u0000${c.values.join('\u0000')}`;
      const seen = result.conflicts.get(id);
      if (seen === undefined) result.conflicts.set(id, { ...c, project: project.name, count: 1 });
      else seen.count++;
    }
    if (conflicts.length > 0) continue;
    const diff = diffProject(project, want, prune);
    if (diff === undefined) continue;
    result.changes.push({
      action: 'update',
      kind: 'project',
      address: projectAddress(binding.slug, project, (names.get(project.name) ?? 0) > 1),
      before: toJson(diff.before),
      after: toJson(diff.after),
      patch: wholeListPatch(diff.after),
      dependsOn: [],
      target: { orgId: live.id, projectId: project.id },
    });
  }
  result.unmatched = rules.flatMap((_, i) => (matched.has(i) ? [] : [i]));
  evaluations.set(binding, result);
  return result;
}

/**
 * Each list that changes is replaced whole (`before` holds every path it replaces): a tag
 * list or an attribute is one value to a reader, and one value in the PATCH.
 */
function wholeListPatch(after: ProjectFields): Operation[] {
  const patch: Operation[] = [];
  if (after.tags !== undefined) patch.push({ op: 'replace', path: '/tags', value: toJson(after.tags) });
  for (const [name, values] of Object.entries(after.attributes ?? {}))
    patch.push({ op: 'replace', path: `/attributes/${name}`, value: [...values] });
  return patch;
}

function conflictIssue(binding: OrgBinding, c: RuleConflict & { project: string; count: number }): PlanIssue {
  const more = c.count > 1 ? ` (and ${c.count - 1} more project${c.count > 2 ? 's' : ''})` : '';
  return {
    code: 'PROJECT_RULE_CONFLICT',
    message: `Two rules set ${c.what} of project '${c.project}'${more} in ${orgAddress(binding.slug)} to different values: '${c.values[0]}' by this rule, '${c.values[1]}' by another; make them agree or narrow their matches`,
    address: orgAddress(binding.slug),
    path: ['orgs', binding.index, 'projects', c.first],
    related: [{ what: 'the other rule', path: ['orgs', binding.index, 'projects', c.second] }],
  };
}

export const projectKind = defineKind('project', targets).with({
  noun: { one: 'project', many: 'projects' },
  // After the org exists and its settings are written; before any group tag is deleted.
  phase: { update: 35 },
  reads: {
    // Only for orgs with rules; one read with placement and ignores (estate-read.ts).
    org: estateReadWhen((_desired, want) => (want.projects ?? []).length > 0),
  },
  plan(ctx) {
    const result = emptyResult<ProjectChange>();
    for (const binding of ctx.orgs) {
      const evaluation = evaluate(ctx, binding);
      if (evaluation === undefined) continue;
      for (const conflict of evaluation.conflicts.values())
        result.issues.push(conflictIssue(binding, conflict));
      result.changes.push(...evaluation.changes);
      for (const index of evaluation.unmatched) {
        const rule = binding.desired.projects![index]!;
        result.warnings.push({
          code: UNMATCHED,
          message: `The project rule ${describeRule(rule)} matches no project of ${orgAddress(binding.slug)}.`,
          address: orgAddress(binding.slug).at('projects'),
        });
      }
    }
    return result;
  },
  implies: (ctx) => ctx.orgs.flatMap((binding) => evaluate(ctx, binding)?.tags.map(groupTagAddress) ?? []),
  apply: {
    update: ({ target: t, after }, { client }) =>
      written(client.updateProject(t.orgId, t.projectId, restAttributesOf(after as ProjectFields))),
  },
  simulate(live, { target: t, after }) {
    const project = live.orgs.find((o) => o.id === t.orgId)?.projects?.find((p) => p.id === t.projectId);
    if (project === undefined) return;
    const fields = after as ProjectFields;
    if (fields.tags !== undefined) project.tags = fields.tags.map((tag) => ({ ...tag }));
    for (const [name, values] of Object.entries(fields.attributes ?? {}))
      project.attributes[name as keyof LiveProject['attributes']] = [...values];
    // As in Snyk: a tag on a project is a tag of the group.
    const catalogue = live.group.tags;
    for (const tag of fields.tags ?? [])
      if (catalogue !== undefined && !catalogue.some((c) => c.key === tag.key && c.value === tag.value))
        catalogue.push({ key: tag.key, value: tag.value });
  },
  countLive: (live) => live.orgs.reduce((sum, org) => sum + (org.projects?.length ?? 0), 0),
  export(_live, draft) {
    draft.model.notes.push(
      'project rules (`projects:`), which state intent over projects and cannot be inferred from their tags.',
    );
  },
});
