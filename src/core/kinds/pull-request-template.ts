// The group's template for Snyk's fix pull requests (REST
// `/groups/{group_id}/settings/pull_request_template`, declared in group-settings-parts.ts).
// Absent in the file: unmanaged. `null`: deleted. Listed keys: created, or updated key by key;
// Snyk's POST replaces the whole template (keys it omits revert to Snyk's defaults), so an
// update sends the keys the file does not list at their live values, read just before writing.

import { GROUP } from '../addresses.ts';
import { GROUP_SETTINGS_PARTS } from '../group-settings-parts.ts';
import { toJson } from '../json.ts';
import type { SettingsValue } from '../port/settings-endpoint.ts';
import { restEndpointOf } from '../settings-parts.ts';
import { written } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult } from './kind.ts';
import { groupPartRead } from './live-read.ts';
import { diffSettings, mergeSettings, pickBySchema, settingsChange } from './settings-diff.ts';
import { Id, target } from './targets.ts';

const ADDRESS = GROUP.at('pull_request_template');
const endpoint = restEndpointOf(GROUP_SETTINGS_PARTS, 'pullRequestTemplate');
const { schema } = GROUP_SETTINGS_PARTS.pullRequestTemplate;

const groupTarget = target({ groupId: Id });
const targets = { create: groupTarget, update: groupTarget, delete: groupTarget };

type Targets = typeof targets;
type Change = ChangeOf<'pull_request_template', Targets>;

/** The change that makes the live template (null: none) what the file says. */
function planTemplate(wanted: SettingsValue | null, live: SettingsValue | null | undefined) {
  if (wanted === null)
    return live ? { action: 'delete' as const, before: toJson(live), after: null, patch: [] } : undefined;
  if (Object.keys(wanted).length === 0) return undefined;
  if (!live) return { action: 'create' as const, ...settingsChange(wanted, undefined)! };
  const diff = diffSettings(wanted, live);
  return diff && { action: 'update' as const, ...diff };
}

export const pullRequestTemplateKind = defineKind('pull_request_template', targets).with({
  noun: { one: 'pull request template', many: 'pull request templates' },
  phase: { create: 12, update: 12, delete: 12 },
  reads: {
    group: (desired) =>
      groupPartRead(desired, 'pullRequestTemplate', (client, groupId) =>
        client.readSettings(endpoint, groupId),
      ),
  },
  plan(ctx) {
    const result = emptyResult<Change>();
    const wanted = ctx.desired.group.pullRequestTemplate;
    if (wanted === undefined) return result;
    const change = planTemplate(wanted, ctx.live.group.pullRequestTemplate);
    if (change !== undefined)
      result.changes.push({
        ...change,
        kind: 'pull_request_template',
        address: ADDRESS,
        dependsOn: [],
        target: { groupId: ctx.desired.group.id },
      } as Change);
    return result;
  },
  apply: {
    create: ({ target: t, after }, { client }) =>
      written(client.writeSettings(endpoint, t.groupId, after as SettingsValue)),
    update: async ({ target: t, after }, { client }) => {
      const live = (await client.readSettings(endpoint, t.groupId)) ?? {};
      return written(client.writeSettings(endpoint, t.groupId, mergeSettings(live, after)));
    },
    delete: ({ target: t }, { client }) => written(client.deleteSettings(endpoint, t.groupId)),
  },
  simulate(live, change) {
    live.group.pullRequestTemplate =
      change.action === 'delete' ? null : mergeSettings(live.group.pullRequestTemplate ?? {}, change.after);
  },
  countLive: (live) => (live.group.pullRequestTemplate ? 1 : 0),
  export(live, draft) {
    const template = live.group.pullRequestTemplate;
    if (template) draft.model.group.pullRequestTemplate = pickBySchema(template, schema);
  },
});
