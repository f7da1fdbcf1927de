// The kinds that manage one settings object of the group (v1 group settings; the REST IaC
// settings declared in group-settings-parts.ts): only the keys the file lists are managed, one
// write of those keys when they differ (Snyk keeps the others). The plan, the model of a write,
// the count and the export are the same for every such part; a REST part is read and written
// through its declared endpoint.
import type { TObject } from '@sinclair/typebox';
import type { Address } from '../addresses.ts';
import { GROUP_SETTINGS_PARTS } from '../group-settings-parts.ts';
import type { SettingsValue } from '../port/settings-endpoint.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import { restEndpointOf } from '../settings-parts.ts';
import type { LiveState } from '../types.ts';
import { written } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult, type KindModule } from './kind.ts';
import { groupPartRead } from './live-read.ts';
import { diffSettings, mergeSettings, pickBySchema } from './settings-diff.ts';
import { Id, target } from './targets.ts';

/** The group parts written key by key (the PR template, written whole, has its own kind). */
type PatchedPart = 'settings' | 'iac';

const targets = { update: target({ groupId: Id }) };

type Targets = typeof targets;
type LiveGroup = LiveState['group'];

export interface GroupSettingsSpec<K extends string> {
  kind: K;
  noun: { one: string; many: string };
  phase: number;
  part: PatchedPart;
  /** The change's address, e.g. `group.iac`. */
  address: Address;
  /** A v1 part's schema, read and write; a REST part has them from its declaration. */
  v1?: {
    schema: TObject;
    read(client: SnykClient, groupId: string): Promise<object>;
    write(client: SnykClient, groupId: string, after: SettingsValue): Promise<void>;
  };
}

/** The part's schema, read and write: the v1 ones given, or the declared REST endpoint's. */
function accessOf(spec: GroupSettingsSpec<string>): NonNullable<GroupSettingsSpec<string>['v1']> {
  if (spec.v1 !== undefined) return spec.v1;
  const endpoint = restEndpointOf(GROUP_SETTINGS_PARTS, spec.part);
  return {
    schema: endpoint.schema,
    read: async (client, groupId) => (await client.readSettings(endpoint, groupId)) ?? {},
    write: (client, groupId, after) => client.writeSettings(endpoint, groupId, after),
  };
}

export function groupSettingsPartKind<K extends string>(spec: GroupSettingsSpec<K>): KindModule<K, Targets> {
  const { kind, part, address } = spec;
  const { schema, read, write } = accessOf(spec);
  return defineKind(kind, targets).with({
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: {
      group: (desired) =>
        groupPartRead(
          desired,
          part,
          (client, groupId) => read(client, groupId) as Promise<LiveGroup[typeof part]>,
        ),
    },
    plan(ctx) {
      const result = emptyResult<ChangeOf<K, Targets>>();
      const wanted = ctx.desired.group[part];
      const diff = wanted === undefined ? undefined : diffSettings(wanted, ctx.live.group[part]);
      if (diff !== undefined)
        result.changes.push({
          action: 'update',
          kind,
          address,
          ...diff,
          dependsOn: [],
          target: { groupId: ctx.desired.group.id },
        });
      return result;
    },
    apply: {
      update: ({ target: t, after }, { client }) => written(write(client, t.groupId, after as SettingsValue)),
    },
    simulate(live, change) {
      (live.group as Record<string, unknown>)[part] = mergeSettings(live.group[part], change.after);
    },
    countLive: (live) => (live.group[part] === undefined ? 0 : 1),
    export(live, draft) {
      const value = live.group[part];
      if (value !== undefined)
        (draft.model.group as Record<string, unknown>)[part] = pickBySchema(value, schema);
    },
  });
}
