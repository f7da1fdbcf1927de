// The kinds that manage one REST settings object of the group (IaC settings; declared in
// group-settings-parts.ts): only the keys the file lists are managed, one PATCH of those keys
// when they differ (Snyk keeps the others). The read, the write, the plan, the model of a
// write, the count and the export are the same for every such part.
import { GROUP_SETTINGS_PARTS } from '../group-settings-parts.ts';
import type { SettingsValue } from '../port/settings-endpoint.ts';
import { restEndpointOf } from '../settings-parts.ts';
import { written } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult, type KindModule } from './kind.ts';
import { groupPartRead } from './live-read.ts';
import { diffSettings, mergeSettings, pickBySchema } from './settings-diff.ts';
import { Id, target } from './targets.ts';

/** The group parts written with PATCH (the PR template, written whole, has its own kind). */
type PatchedPart = 'iac';

const targets = { update: target({ groupId: Id }) };

type Targets = typeof targets;

export interface GroupSettingsSpec<K extends string> {
  kind: K;
  noun: { one: string; many: string };
  phase: number;
  part: PatchedPart;
  /** The change's address, e.g. `group.iac`. */
  address: string;
}

export function groupSettingsPartKind<K extends string>(spec: GroupSettingsSpec<K>): KindModule<K, Targets> {
  const { kind, part, address } = spec;
  const endpoint = restEndpointOf(GROUP_SETTINGS_PARTS, part);
  const { schema } = GROUP_SETTINGS_PARTS[part];
  return defineKind(kind, targets).with({
    noun: spec.noun,
    phase: { update: spec.phase },
    reads: {
      group: (desired) =>
        groupPartRead(
          desired,
          part,
          async (client, groupId) => (await client.readSettings(endpoint, groupId)) ?? {},
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
      update: ({ target: t, after }, { client }) =>
        written(client.writeSettings(endpoint, t.groupId, after as SettingsValue)),
    },
    simulate(live, change) {
      live.group[part] = mergeSettings(live.group[part], change.after);
    },
    countLive: (live) => (live.group[part] === undefined ? 0 : 1),
    export(live, draft) {
      const value = live.group[part];
      if (value !== undefined) draft.model.group[part] = pickBySchema(value, schema);
    },
  });
}
