// Repositories imported into the right org (docs/configuration.md#repositories-imported-into-an-org):
// a repository an org's `imports` name that has no Snyk target of that integration in the org is
// imported (v1, then the job polled to its end, import-job.ts); with `prune.imports`, a target
// of a named integration that the file no longer lists is deleted with its projects. Targets
// are matched on name and integration type together: a display name alone is not unique.

import { Type as T } from '@sinclair/typebox';
import { importAddress } from '../addresses.ts';
import { MAX_IMPORT_FILES, PERSONAL_TOKEN_INTEGRATION } from '../desired-imports.ts';
import { type ResolvedImport, resolveImport, type WantedRepo } from '../import-repos.ts';
import { matchOrgs } from '../org-match.ts';
import type { LiveTarget } from '../types.ts';
import { type ApplyContext, ApplyError, deleteListedInOrg, orgIdOf } from './apply-support.ts';
import { runImport } from './import-job.ts';
import { type ChangeOf, defineKind, emptyResult, type OrgBinding, type PlanContext } from './kind.ts';
import { orgFieldRead } from './live-read.ts';
import { simulateOrgList } from './org-list-simulation.ts';
import { orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { Id, orgScoped, Text } from './targets.ts';

const targets = {
  create: orgScoped({
    integrationType: Text,
    owner: Text,
    name: Text,
    branch: Text,
    files: T.Array(Text, { maxItems: MAX_IMPORT_FILES }),
  }),
  delete: orgScoped({ targetId: Id, name: Text, integrationType: Text }),
};

type ImportChange = ChangeOf<'import', typeof targets>;

const keyOf = (integrationType: string, name: string) => `${integrationType}\0${name.toLowerCase()}`;

function createChange(binding: OrgBinding, type: string, repo: WantedRepo, files: string[]): ImportChange {
  return {
    action: 'create',
    kind: 'import',
    address: importAddress(binding.slug, type, repo.fullName),
    before: null,
    after: { integration: type, repo: repo.fullName, branch: repo.branch, files },
    patch: [],
    dependsOn: orgDependencies(binding),
    target: {
      ...orgTarget(binding),
      integrationType: type,
      owner: repo.owner,
      name: repo.name,
      branch: repo.branch,
      files,
    },
  };
}

function deleteChange(binding: OrgBinding, orgId: string, target: LiveTarget): ImportChange {
  return {
    action: 'delete',
    kind: 'import',
    address: importAddress(binding.slug, target.integrationType, target.name),
    before: { integration: target.integrationType, repo: target.name },
    after: null,
    patch: [],
    dependsOn: [],
    target: { orgId, targetId: target.id, name: target.name, integrationType: target.integrationType },
    note: 'Deleting a target deletes its projects and their history in Snyk.',
  };
}

/**
 * Every entry of the org resolved, keyed by integration and name. Two entries of one integration
 * that both name a repository would import it with two branches or file lists: an issue naming both.
 */
function wantedOf(ctx: PlanContext, binding: OrgBinding) {
  const wanted = new Map<string, { type: string; repo: WantedRepo; files: string[]; entry: number }>();
  const resolved: ResolvedImport[] = [];
  const at = (j: number) => ['orgs', binding.index, 'imports', j];
  (binding.desired.imports ?? []).forEach((entry, j) => {
    const result = resolveImport(entry, at(j), ctx.live.repositories);
    resolved.push(result);
    for (const repo of result.repos) {
      const key = keyOf(entry.integration, repo.fullName);
      const first = wanted.get(key);
      if (first === undefined) {
        wanted.set(key, { type: entry.integration, repo, files: entry.files ?? [], entry: j });
        continue;
      }
      if (first.entry === j) continue;
      result.issues.push({
        code: 'IMPORT_LISTED_TWICE',
        message: `${repo.fullName} is named by two entries of the ${entry.integration} integration in org ${binding.slug}: name it in one`,
        path: at(j),
        related: [{ what: 'the other entry', path: at(first.entry) }],
      });
    }
  });
  return { wanted, resolved };
}

/** The integrations of each org, read once per apply however many repositories it imports. */
const integrationReads = new WeakMap<ApplyContext, Map<string, Promise<Record<string, string>>>>();

function integrationsOf(ctx: ApplyContext, orgId: string, read: () => Promise<Record<string, string>>) {
  const byOrg = integrationReads.get(ctx) ?? new Map<string, Promise<Record<string, string>>>();
  integrationReads.set(ctx, byOrg);
  let pending = byOrg.get(orgId);
  if (pending === undefined) {
    pending = read();
    // A failed read is not kept: the next import of the org asks again.
    pending.catch(() => byOrg.delete(orgId));
    byOrg.set(orgId, pending);
  }
  return pending;
}

export const importKind = defineKind('import', targets).with({
  noun: { one: 'repository import', many: 'repository imports' },
  // Imports run last in an org, after its integration settings and webhooks are in place.
  phase: { create: 58, delete: 53 },
  reads: {
    // Only orgs that list `imports` have their targets read: thousands of orgs, a few with imports.
    org: (_desired, want, org) =>
      orgFieldRead(want, 'imports', org, 'targets', (client, orgId) => client.listOrgTargets(orgId)),
  },
  plan(ctx) {
    const result = emptyResult<ImportChange>();
    const personalTokenNeeded = new Set<string>();
    for (const binding of plannableOrgs(ctx)) {
      if (binding.desired.imports === undefined) continue;
      const { wanted, resolved } = wantedOf(ctx, binding);
      for (const r of resolved) {
        result.issues.push(...r.issues);
        result.warnings.push(...r.warnings);
      }
      const live = binding.live?.targets ?? [];
      const have = new Set(live.map((t) => keyOf(t.integrationType, t.name)));
      for (const [key, { type, repo, files }] of wanted) {
        if (have.has(key)) continue;
        result.changes.push(createChange(binding, type, repo, files));
        if (type === PERSONAL_TOKEN_INTEGRATION) personalTokenNeeded.add(binding.slug);
      }
      if (ctx.desired.prune.imports !== true || binding.live === undefined) continue;
      const managed = new Set<string>(binding.desired.imports.map((e) => e.integration));
      for (const target of live) {
        if (managed.has(target.integrationType) && !wanted.has(keyOf(target.integrationType, target.name)))
          result.changes.push(deleteChange(binding, binding.live.id, target));
      }
    }
    if (personalTokenNeeded.size > 0 && ctx.live.self.type === 'service_account')
      result.warnings.push({
        code: 'import-needs-personal-token',
        message: `the token is a service account's, and imports through the github integration take only a personal token (Snyk answers 401): the imports of org ${[...personalTokenNeeded].join(', ')} will fail; use a personal token or the github-cloud-app integration`,
      });
    return result;
  },
  apply: {
    create: async (change, { client, ctx }) => {
      const orgId = orgIdOf(change.target, change.address, ctx);
      const t = change.target;
      const integrationId = (await integrationsOf(ctx, orgId, () => client.listIntegrations(orgId)))[
        t.integrationType
      ];
      if (integrationId === undefined)
        throw new ApplyError(
          `${change.address}: the org has no ${t.integrationType} integration to import through`,
        );
      return runImport(change.address, { client, ctx }, { orgId, integrationId, ...t });
    },
    delete: deleteListedInOrg(
      (t) => t.targetId,
      (client, orgId, id) => client.deleteOrgTarget(orgId, id),
      (client, orgId) => client.listOrgTargets(orgId),
    ),
  },
  simulate: simulateOrgList('targets', 'targetId', (t) => ({
    name: `${t.owner}/${t.name}`,
    integrationType: t.integrationType,
  })),
  // The targets prune could delete: those of the integrations each org's imports name.
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    return desired.orgs.reduce((sum, want) => {
      const types = new Set<string>((want.imports ?? []).map((e) => e.integration));
      const targets = match(want)?.targets ?? [];
      return sum + targets.filter((t) => types.has(t.integrationType)).length;
    }, 0);
  },
  // Targets are not exported: which repositories an org monitors is the file's decision, and
  // a listing of thousands of targets would be no reviewable file.
  export: () => undefined,
});
