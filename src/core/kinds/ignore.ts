// Ignores as code (docs/configuration.md#ignores-as-code): group-level rules set v1 ignores on the
// projects they cover, owned by this tool (the token's user, the reason's prefix; ignore-plan.ts).
// Ignores are read only for orgs some rule covers (or every org of the file for `ignores: []`),
// in the project read that project rules and placement share.
import { orgAddress } from '../addresses.ts';
import { ignoreRulesOf, managesIgnoresOf } from '../estate-scope.ts';
import { diffIgnores, type IgnoreFields, type IndexedRule, isOwnIgnore } from '../ignore-plan.ts';
import type { PlanIssue } from '../issues.ts';
import { toJson } from '../json.ts';
import type { DesiredState, IgnoreRule, Json, LiveIgnore, LiveState } from '../types.ts';

type JsonObject = { [key: string]: Json };

import { written } from './apply-support.ts';
import { estateReadWhen } from './estate-read.ts';
import { type ChangeOf, defineKind, emptyResult, updateOf } from './kind.ts';
import { projectAddress } from './project.ts';
import { Id, target } from './targets.ts';

const ids = target({ orgId: Id, projectId: Id, issueId: Id });
const targets = { create: ids, update: ids, delete: ids };

type IgnoreChange = ChangeOf<'ignore', typeof targets>;

const FOREIGN = 'IGNORE_NOT_OURS';

function conflictIssue(
  rules: readonly IgnoreRule[],
  first: number,
  second: number,
  project: string,
): PlanIssue {
  return {
    code: 'IGNORE_RULE_CONFLICT',
    message: `Two ignore rules set issue ${rules[first]!.issue} on project '${project}' differently (ignores[${first}] and ignores[${second}]): make them agree or narrow their projects`,
    path: ['ignores', first],
    related: [{ what: 'the other rule', path: ['ignores', second] }],
  };
}

/** The fields a change sends, as `after` carries them. */
function specOf(after: IgnoreFields) {
  return after.expires === undefined
    ? { reason: after.reason, reasonType: after.type }
    : { reason: after.reason, reasonType: after.type, expires: after.expires };
}

function countOwn(live: LiveState): number {
  return live.orgs.reduce(
    (sum, org) =>
      sum +
      (org.projects ?? []).reduce(
        (n, p) =>
          n +
          new Set((p.ignores ?? []).filter((i) => isOwnIgnore(i, live.self.id)).map((i) => i.issueId)).size,
        0,
      ),
    0,
  );
}

function indexedRules(desired: DesiredState, slug: string): IndexedRule[] {
  const covering = new Set(ignoreRulesOf(desired, slug));
  return (desired.ignores ?? []).flatMap((rule, index) => (covering.has(rule) ? [{ index, rule }] : []));
}

export const ignoreKind = defineKind('ignore', targets).with({
  noun: { one: 'ignore', many: 'ignores' },
  // After a project's tags, before it is moved to another org (placement, 58).
  phase: { create: 57, update: 57, delete: 57 },
  reads: {
    org: estateReadWhen((desired, want) => managesIgnoresOf(desired, want.slug)),
  },
  plan(ctx) {
    const result = emptyResult<IgnoreChange>();
    const rules = ctx.desired.ignores ?? [];
    const conflicts = new Set<string>();
    for (const binding of ctx.orgs) {
      const live = binding.live;
      if (live === undefined || !managesIgnoresOf(ctx.desired, binding.slug)) continue;
      const covering = indexedRules(ctx.desired, binding.slug);
      const projects = live.projects ?? [];
      const names = new Map<string, number>();
      for (const p of projects) names.set(p.name, (names.get(p.name) ?? 0) + 1);
      for (const project of projects) {
        if (project.ignores === undefined) continue;
        const diff = diffIgnores(project, covering, ctx.live.self.id, ctx.desired.prune.ignores, ctx.now);
        const base = projectAddress(binding.slug, project, (names.get(project.name) ?? 0) > 1);
        const change = (issueId: string) => ({
          kind: 'ignore' as const,
          address: base.at('ignore', issueId),
          patch: [],
          dependsOn: [],
          target: { orgId: live.id, projectId: project.id, issueId },
        });
        for (const c of diff.creates)
          result.changes.push({
            ...change(c.issueId),
            action: 'create',
            before: null,
            after: toJson(c.after),
          });
        for (const u of diff.updates)
          result.changes.push({
            ...change(u.issueId),
            action: 'update',
            ...updateOf(toJson(u.before) as JsonObject, toJson(u.after) as JsonObject),
          });
        for (const d of diff.deletes)
          result.changes.push({
            ...change(d.issueId),
            action: 'delete',
            before: toJson(d.before),
            after: null,
            ...(d.expired === undefined
              ? {}
              : { note: d.expired.note, expiredAt: d.expired.at.toISOString() }),
          });
        for (const f of diff.foreign)
          result.warnings.push({
            code: FOREIGN,
            message: `Issue ${f.issueId} of project '${project.name}' in ${orgAddress(binding.slug)} is already ignored by someone else (user ${f.by}): ignores[${f.rule}] leaves their ignore as it is and sends nothing.`,
            address: base.at('ignore', f.issueId),
          });
        for (const c of diff.conflicts) {
          const key = `${c.first}\u0000${c.second}`;
          if (conflicts.has(key)) continue;
          conflicts.add(key);
          result.issues.push(conflictIssue(rules, c.first, c.second, project.name));
        }
      }
    }
    return result;
  },
  apply: {
    create: ({ target: t, after }, { client }) =>
      written(
        client.addProjectIgnore(t.orgId, t.projectId, t.issueId, specOf(after as unknown as IgnoreFields)),
      ),
    update: ({ target: t, after }, { client }) =>
      written(
        client.replaceProjectIgnore(
          t.orgId,
          t.projectId,
          t.issueId,
          specOf(after as unknown as IgnoreFields),
        ),
      ),
    delete: ({ target: t }, { client }) =>
      written(client.deleteProjectIgnore(t.orgId, t.projectId, t.issueId)),
  },
  simulate(live, change) {
    const { target: t } = change;
    const project = live.orgs.find((o) => o.id === t.orgId)?.projects?.find((p) => p.id === t.projectId);
    if (project === undefined) return;
    const others = (project.ignores ?? []).filter((i) => i.issueId !== t.issueId);
    if (change.action === 'delete') {
      project.ignores = others;
      return;
    }
    const fields = change.after as unknown as IgnoreFields;
    const ignore: LiveIgnore = {
      issueId: t.issueId,
      path: '*',
      reason: fields.reason,
      reasonType: fields.type,
      ignoredById: live.self.id,
    };
    if (fields.expires !== undefined) ignore.expires = fields.expires;
    project.ignores = [...others, ignore];
  },
  // The rail's denominator: this tool's ignores (one per project and issue) where they were read.
  countLive: (live) => countOwn(live),
  export(_live, draft) {
    draft.model.notes.push('ignores (`ignores:`), which this tool owns only once it has written them.');
  },
});
