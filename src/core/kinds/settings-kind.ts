// The kinds that manage one settings object of each org the file lists it for (org settings,
// notification defaults, Snyk Code, IaC): only the keys the file lists are managed, one update
// per org, and a new org gets the listed keys written whole once it exists. Each kind supplies
// its part's name (declared with its schema in org-settings-parts.ts), and its read and write
// unless the part declares a REST settings endpoint; the plan, the model of a write, the count
// and the export are the same for all.
import { orgAddress } from '../addresses.ts';
import type { ExportOrg } from '../export-draft.ts';
import { ORG_SETTINGS_PARTS, type OrgSettingsPart } from '../org-settings-parts.ts';
import type { SettingsValue } from '../port/settings-endpoint.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import { restEndpointOf } from '../settings-parts.ts';
import type { LiveOrg } from '../types.ts';
import { orgIdOf, written } from './apply-support.ts';
import {
  type ChangeFor,
  type ChangeOf,
  defineKind,
  emptyResult,
  type KindModule,
  type PlanContext,
} from './kind.ts';
import { orgPartRead } from './live-read.ts';
import { findOrgOf, orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { mergeSettings, pickBySchema, settingsChange } from './settings-diff.ts';
import { orgScoped } from './targets.ts';

const targets = { update: orgScoped({}) };

type Targets = typeof targets;

export interface OrgSettingsSpec<K extends string, P extends OrgSettingsPart> {
  kind: K;
  noun: { one: string; many: string };
  phase: number;
  part: P;
  /** The read and the write; a part declared with a REST endpoint has them from its declaration. */
  read?(client: SnykClient, orgId: string): Promise<NonNullable<LiveOrg[P]>>;
  /** The write of an update: `after` holds the managed keys (Snyk keeps the keys it is not sent). */
  write?(client: SnykClient, orgId: string, change: ChangeFor<K, Targets, 'update'>): Promise<unknown>;
}

type Access<K extends string, P extends OrgSettingsPart> = Required<
  Pick<OrgSettingsSpec<K, P>, 'read' | 'write'>
>;

/** The spec's own read and write, or the generic REST settings calls on the part's endpoint. */
function accessOf<K extends string, P extends OrgSettingsPart>(spec: OrgSettingsSpec<K, P>): Access<K, P> {
  if (spec.read !== undefined && spec.write !== undefined) return { read: spec.read, write: spec.write };
  const endpoint = restEndpointOf(ORG_SETTINGS_PARTS, spec.part);
  return {
    read: async (client, orgId) => (await client.readSettings(endpoint, orgId)) as NonNullable<LiveOrg[P]>,
    // PATCH: the managed keys (`after`) are sent, Snyk keeps the others.
    write: (client, orgId, { after }) => client.writeSettings(endpoint, orgId, after as SettingsValue),
  };
}

const settingsAddress = (slug: string, part: OrgSettingsPart) => orgAddress(slug).at(part);

/**
 * The one update per org: the managed keys' diff against live, or, for an org this plan
 * creates, the listed keys written whole (what Snyk or the template gives a new org is unknown
 * until it exists).
 */
function planUpdates<K extends string>(ctx: PlanContext, kind: K, part: OrgSettingsPart) {
  return plannableOrgs(ctx).flatMap((binding) => {
    const wanted: object | undefined = binding.desired[part];
    if (wanted === undefined || Object.keys(wanted).length === 0) return [];
    const change = settingsChange(wanted, binding.live && { current: binding.live[part] });
    if (change === undefined) return [];
    return [
      {
        action: 'update' as const,
        kind,
        address: settingsAddress(binding.slug, part),
        dependsOn: orgDependencies(binding),
        target: orgTarget(binding),
        ...change,
      },
    ];
  });
}

export function settingsPartKind<K extends string, P extends OrgSettingsPart>(
  spec: OrgSettingsSpec<K, P>,
): KindModule<K, Targets> {
  const { kind, part } = spec;
  // What of the live settings the config format can express is what the export writes.
  const { schema } = ORG_SETTINGS_PARTS[part];
  const { read, write } = accessOf(spec);
  return defineKind(kind, targets).with({
    orgPart: part,
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: { org: (_desired, want, org) => orgPartRead(want, org, part, read) },
    plan(ctx) {
      const result = emptyResult<ChangeOf<K, Targets>>();
      result.changes.push(...planUpdates(ctx, kind, part));
      return result;
    },
    apply: {
      update: (change, { client, ctx }) =>
        written(write(client, orgIdOf(change.target, change.address, ctx), change)),
    },
    simulate(live, change) {
      const org = findOrgOf(live.orgs, change.target);
      if (org !== undefined) org[part] = mergeSettings(org[part], change.after);
    },
    countLive: (live) => live.orgs.filter((org) => org[part] !== undefined).length,
    export(live, draft) {
      for (const org of live.orgs) {
        const entry = draft.org(org.id);
        const settings = org[part];
        if (entry !== undefined && settings !== undefined)
          entry[part] = pickBySchema(settings, schema) as ExportOrg[P];
      }
    },
  });
}
