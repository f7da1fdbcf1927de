// An integration the org lacks, cloned from the org `integrations.<type>.from` names (v1
// `POST /org/{orgId}/integrations/{integrationId}/clone`, credentials and settings included,
// within the group): one `create` of `integration_settings`, whose `after` is the file's entry
// (`{ from, settings }`), which clones and then writes the settings the file lists, read back
// first so that only what differs is written.
// docs/configuration.md#integrations-cloned-from-another-org
import { type Static, Type as T } from '@sinclair/typebox';
import { didYouMean } from '../../util/suggest.ts';
import { type Address, compareAddresses, integrationAddress } from '../addresses.ts';
import type { PlanIssue } from '../issues.ts';
import { mergeDeep, toJson } from '../json.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import type { Json, LiveState } from '../types.ts';
import { type ApplyEnv, ApplyError, createOnce, type Outcome, orgIdOf } from './apply-support.ts';
import { cloneSupplyOf } from './clone-source.ts';
import { alignSettingNames } from './integration-names.ts';
import type { IntegrationTargets } from './integration-settings.ts';
import type { ChangeFor, OrgBinding, PlanContext } from './kind.ts';
import { findOrgOf, orgDependencies, orgTarget } from './org-scope.ts';
import { diffSettings, mergeSettings } from './settings-diff.ts';
import { Id, orgScoped, Text } from './targets.ts';

export const cloneTarget = orgScoped({
  integrationType: Text,
  sourceOrgId: T.Optional(Id),
  sourceOrgSlug: T.Optional(Text),
  sourceIntegrationId: T.Optional(Id),
});

type CloneTarget = Static<typeof cloneTarget>;

type CloneChange = ChangeFor<'integration_settings', IntegrationTargets, 'create'>;

/** One org that clones `type` from `from`, and the settings it lists (possibly none). */
export interface CloneWish {
  binding: OrgBinding;
  type: string;
  from: string;
  settings: Record<string, unknown> | undefined;
}

/**
 * The clones the wishes make, and one issue per unknown or empty source (an entry of
 * `defaults.org` is one place in the file, whichever orgs inherit it).
 */
export function planClones(
  ctx: PlanContext,
  wishes: CloneWish[],
): { changes: CloneChange[]; issues: PlanIssue[] } {
  const changes: CloneChange[] = [];
  const failed = new Map<string, { wish: CloneWish; unknown: boolean; orgs: string[] }>();
  for (const wish of wishes) {
    const supply = cloneSupplyOf(ctx, wish.from, wish.type, new Set([wish.binding.slug]));
    if (supply.found === 'yes') {
      changes.push(cloneChange(wish, supply.source));
      continue;
    }
    const key = `${wish.type}\0${wish.from}`;
    const entry = failed.get(key) ?? { wish, unknown: supply.found === 'unknown', orgs: [] };
    entry.orgs.push(wish.binding.slug);
    failed.set(key, entry);
  }
  const issues = [...failed.values()].map(({ wish, unknown, orgs }) =>
    unknown ? unknownSource(ctx, wish) : emptySource(wish, orgs),
  );
  return { changes, issues };
}

function cloneChange(
  wish: CloneWish,
  source: { org: { orgId: string } | { orgSlug: string }; integrationId?: string; dependsOn: Address[] },
): CloneChange {
  const { binding, type, from } = wish;
  const settings = toJson(wish.settings ?? {}) as Record<string, Json>;
  const after = Object.keys(settings).length === 0 ? { from } : { from, settings };
  const named =
    'orgId' in source.org ? { sourceOrgId: source.org.orgId } : { sourceOrgSlug: source.org.orgSlug };
  return {
    action: 'create',
    kind: 'integration_settings',
    address: integrationAddress(binding.slug, type),
    before: null,
    after,
    patch: [],
    dependsOn: [...new Set([...orgDependencies(binding), ...source.dependsOn])].sort(compareAddresses),
    note:
      Object.keys(settings).length === 0
        ? `Cloned from org '${from}': its ${type} integration, with its credentials and settings.`
        : `Cloned from org '${from}': its ${type} integration, with its credentials and settings; then the listed settings are written.`,
    target: {
      ...orgTarget(binding),
      integrationType: type,
      ...named,
      ...(source.integrationId === undefined ? {} : { sourceIntegrationId: source.integrationId }),
    },
  };
}

const fromPath = (wish: CloneWish) => ['orgs', wish.binding.index, 'integrations', wish.type, 'from'];

function unknownSource(ctx: PlanContext, wish: CloneWish): PlanIssue {
  const slugs = [...ctx.orgs.map((b) => b.slug), ...ctx.live.orgs.map((o) => o.slug)];
  return {
    code: 'UNKNOWN_CLONE_SOURCE',
    message: `'${wish.from}' is no org of the group, nor one this plan creates: no ${wish.type} integration can be cloned from it.${didYouMean(wish.from, slugs)}`,
    address: integrationAddress(wish.binding.slug, wish.type),
    path: fromPath(wish),
  };
}

function emptySource(wish: CloneWish, orgs: string[]): PlanIssue {
  const shown = orgs.slice(0, 3).map((slug) => `'${slug}'`);
  const more = orgs.length > 3 ? ` and ${orgs.length - 3} more` : '';
  return {
    code: 'CLONE_SOURCE_LACKS',
    message: `${orgs.length === 1 ? 'Org' : 'Orgs'} ${shown.join(', ')}${more} ${orgs.length === 1 ? 'lacks' : 'lack'} a ${wish.type} integration, to be cloned from '${wish.from}', which has none either: connect it in '${wish.from}' first, or name another org in \`from\`.`,
    address: integrationAddress(wish.binding.slug, wish.type),
    path: fromPath(wish),
  };
}

type CloneEntry = { from?: string; settings?: Record<string, Json> } | null;

/** The settings a clone's `after` lists (none: the clone keeps the source's). */
function settingsOf(change: CloneChange): Record<string, Json> {
  return (change.after as CloneEntry)?.settings ?? {};
}

/** The source org's id: live, or created earlier in this run. */
function sourceOrgIdOf(t: CloneTarget, address: Address, env: ApplyEnv): string {
  if (t.sourceOrgId !== undefined) return t.sourceOrgId;
  if (t.sourceOrgSlug === undefined)
    throw new ApplyError(`${address}: the change names no org to clone from`);
  return orgIdOf({ orgSlug: t.sourceOrgSlug }, address, env.ctx);
}

/** Clones, then writes the listed settings that the clone did not bring as wanted. */
export async function applyClone(change: CloneChange, env: ApplyEnv): Promise<Outcome> {
  const { target: t, address } = change;
  const { client } = env;
  const type = t.integrationType;
  const orgId = orgIdOf(t, address, env.ctx);
  const sourceOrgId = sourceOrgIdOf(t, address, env);
  const sourceId = t.sourceIntegrationId ?? (await client.listIntegrations(sourceOrgId))[type];
  if (sourceId === undefined)
    throw new ApplyError(
      `${address}: org '${(change.after as CloneEntry)?.from ?? sourceOrgId}' has no ${type} integration to clone any more`,
    );
  let id: string | undefined;
  const outcome = await createOnce(
    async () => {
      id = await client.cloneIntegration(sourceOrgId, sourceId, orgId);
    },
    // A lost answer, or a 409 because the org has the type now: present means done.
    async () => {
      id = (await client.listIntegrations(orgId))[type];
      return id !== undefined;
    },
  );
  id ??= (await client.listIntegrations(orgId))[type];
  if (id === undefined)
    throw new ApplyError(`${address}: Snyk answered the clone, but the org lists no ${type} integration`);
  const listed = settingsOf(change);
  if (Object.keys(listed).length > 0) await writeSettings(client, orgId, id, listed);
  return outcome;
}

/** The listed keys over the live settings, sent whole, unless live already has them. */
async function writeSettings(
  client: SnykClient,
  orgId: string,
  integrationId: string,
  listed: Record<string, Json>,
): Promise<void> {
  const live = await client.getIntegrationSettings(orgId, integrationId);
  const wanted = alignSettingNames(listed, live);
  if (diffSettings(wanted, live) === undefined) return;
  await client.updateIntegrationSettings(
    orgId,
    integrationId,
    mergeDeep(live, wanted) as Record<string, Json>,
  );
}

/** A clone's effect on the model of live state: the type, with the listed settings. */
export function simulateClone(live: LiveState, change: CloneChange): void {
  const org = findOrgOf(live.orgs, change.target);
  if (org === undefined) return;
  const type = change.target.integrationType;
  org.integrations = { ...org.integrations, [type]: `sim:${change.address}` };
  const all = org.integrationSettings ?? {};
  all[type] = mergeSettings<Record<string, Json>>({}, settingsOf(change));
  org.integrationSettings = all;
}
