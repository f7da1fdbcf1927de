// Project placement (docs/configuration.md#project-placement): group-level rules saying which org
// a project belongs in. A project of an org the file lists that a rule matches, and that sits in
// another org, is moved there with one v1 move. Snyk keeps the project's reporting history in
// the org it leaves, so every move says so in its note, and the mass-delete rail counts moves
// as deletes of the projects placement covers (docs/safety.md).
import { Address, orgAddress } from '../addresses.ts';
import type { PlanIssue } from '../issues.ts';
import { ruleMatches } from '../project-match.ts';
import { describeRule } from '../project-rules.ts';
import type { DesiredState, LiveState, PlacementRule, Warning } from '../types.ts';
import { written } from './apply-support.ts';
import { estateReadWhen } from './estate-read.ts';
import { type ChangeOf, defineKind, emptyResult, type OrgBinding, updateOf } from './kind.ts';
import { Id, target } from './targets.ts';

const targets = { update: target({ orgId: Id, projectId: Id, toOrgId: Id }) };

type PlacementChange = ChangeOf<'placement', typeof targets>;

export function placementAddress(projectId: string): Address {
  return Address.of(`project[${projectId}].org`);
}

/** The indices of the rules that match a project, and the org each names. */
function placementsOf(
  rules: readonly PlacementRule[],
  project: { name: string; type: string; origin: string },
) {
  return rules.flatMap((rule, index) =>
    ruleMatches({ match: rule.match }, project) ? [{ index, org: rule.org }] : [],
  );
}

function conflictIssue(
  rules: readonly PlacementRule[],
  first: number,
  second: number,
  project: string,
  count: number,
): PlanIssue {
  const more = count > 1 ? ` (and ${count - 1} more project${count > 2 ? 's' : ''})` : '';
  return {
    code: 'PLACEMENT_CONFLICT',
    message: `Two placement rules put project '${project}'${more} in different orgs: ${describeRule(rules[first]!)} in ${orgAddress(rules[first]!.org)} (placement[${first}]) and ${describeRule(rules[second]!)} in ${orgAddress(rules[second]!.org)} (placement[${second}]); narrow one of them`,
    path: ['placement', first],
    related: [{ what: 'the other rule', path: ['placement', second] }],
  };
}

function moveNote(from: string, to: string): string {
  return `Moves the project from ${orgAddress(from)} to ${orgAddress(to)}; its reporting history stays with ${orgAddress(from)} (Snyk does not move it).`;
}

/** Placement's own problems: a rule naming an org the file does not list, or one not created yet. */
function checkTargets(rules: readonly PlacementRule[], orgs: readonly OrgBinding[]) {
  const issues: PlanIssue[] = [];
  const warnings: Warning[] = [];
  rules.forEach((rule, index) => {
    const binding = orgs.find((o) => o.slug === rule.org);
    if (binding === undefined)
      issues.push({
        code: 'PLACEMENT_UNKNOWN_ORG',
        message: `The placement rule ${describeRule(rule)} names org '${rule.org}', which the file does not list: projects are placed only in orgs the file manages`,
        path: ['placement', index, 'org'],
      });
    else if (binding.live === undefined)
      warnings.push({
        code: 'PLACEMENT_ORG_PENDING',
        message: `${orgAddress(rule.org)} does not exist yet: the projects ${describeRule(rule)} matches are moved into it by the first plan after it is created.`,
        address: orgAddress(rule.org),
      });
  });
  return { issues, warnings };
}

function countPlaced(live: LiveState, desired: DesiredState): number {
  const rules = desired.placement ?? [];
  if (rules.length === 0) return 0;
  const managed = new Set(desired.orgs.map((o) => o.slug));
  return live.orgs.reduce(
    (sum, org) =>
      managed.has(org.slug)
        ? sum + (org.projects ?? []).filter((p) => placementsOf(rules, p).length > 0).length
        : sum,
    0,
  );
}

export const placementKind = defineKind('placement', targets).with({
  // The mass-delete rail says "Refusing to delete 2 of 4 placed projects": a move out of an org counts.
  noun: { one: 'placed project', many: 'placed projects' },
  // Last of the project changes: a project's tags and ignores are written in the org it is in.
  phase: { update: 58 },
  reads: {
    org: estateReadWhen((desired) => (desired.placement ?? []).length > 0),
  },
  plan(ctx) {
    const result = emptyResult<PlacementChange>();
    const rules = ctx.desired.placement ?? [];
    if (rules.length === 0) return result;
    const { issues, warnings } = checkTargets(rules, ctx.orgs);
    result.issues.push(...issues);
    result.warnings.push(...warnings);
    const liveIdOf = new Map(
      ctx.orgs.flatMap((o) => (o.live === undefined ? [] : [[o.slug, o.live.id] as const])),
    );
    const conflicts = new Map<string, { first: number; second: number; project: string; count: number }>();
    for (const binding of ctx.orgs) {
      for (const project of binding.live?.projects ?? []) {
        const placements = placementsOf(rules, project);
        const first = placements[0];
        if (first === undefined) continue;
        const other = placements.find((p) => p.org !== first.org);
        if (other !== undefined) {
          const id = `${first.index}\u0000${other.index}`;
          const seen = conflicts.get(id);
          if (seen === undefined)
            conflicts.set(id, { first: first.index, second: other.index, project: project.name, count: 1 });
          else seen.count++;
          continue;
        }
        const toOrgId = liveIdOf.get(first.org);
        if (first.org === binding.slug || toOrgId === undefined) continue;
        result.changes.push({
          action: 'update',
          kind: 'placement',
          address: placementAddress(project.id),
          ...updateOf({ org: binding.slug }, { org: first.org }),
          dependsOn: [],
          note: moveNote(binding.slug, first.org),
          target: { orgId: binding.live!.id, projectId: project.id, toOrgId },
        });
      }
    }
    for (const c of conflicts.values())
      result.issues.push(conflictIssue(rules, c.first, c.second, c.project, c.count));
    return result;
  },
  apply: {
    update: ({ target: t }, { client }) => written(client.moveProject(t.orgId, t.projectId, t.toOrgId)),
  },
  simulate(live, { target: t }) {
    const from = live.orgs.find((o) => o.id === t.orgId);
    const to = live.orgs.find((o) => o.id === t.toOrgId);
    const project = from?.projects?.find((p) => p.id === t.projectId);
    if (from === undefined || to === undefined || project === undefined) return;
    from.projects = from.projects!.filter((p) => p !== project);
    to.projects = [...(to.projects ?? []), project];
  },
  countLive: countPlaced,
  // A move takes the project out of the org it was counted in.
  removes: () => true,
  export(_live, draft) {
    draft.model.notes.push(
      'project placement (`placement:`), which states intent over projects and cannot be inferred from where they are.',
    );
  },
});
