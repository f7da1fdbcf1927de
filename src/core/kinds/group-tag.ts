// Group tags: a tag exists while a project carries it, so the API cannot create one (a listed
// tag Snyk lacks is a warning). Unlisted tags are deleted with `prune.groupTags`; Snyk refuses
// that while projects carry the tag, unless `force` removes it from them too.
import { Type as T } from '@sinclair/typebox';
import { type Address, GROUP } from '../addresses.ts';
import { compareText, EXPORT_PATTERNS } from '../export-draft.ts';
import type { Tag } from '../types.ts';
import { ApplyError, deleteOnce, type Outcome, statusOf } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult } from './kind.ts';
import { groupPartRead } from './live-read.ts';
import { Id, Text, target } from './targets.ts';

const targets = {
  delete: target({
    groupId: Id,
    key: Text,
    value: Text,
    force: T.Union([T.Literal('true'), T.Literal('false')]),
  }),
};

const NOT_CREATABLE = 'TAG_NOT_CREATABLE';

/**
 * What Snyk's answers to a tag delete mean (REALITY §14, snyk-labs/snyk-tags-tool): a 403 is
 * "has entities attached", not a permissions problem; a 422 is a tag already removed.
 */
function tagDeleteRefusal(error: unknown, address: Address): Outcome {
  const status = statusOf(error);
  if (status === 422) return { notice: `${address}: Snyk had already removed this tag` };
  if (status !== 403) throw error;
  throw new ApplyError(
    `projects still carry this tag, so Snyk refuses to delete it; set prune.groupTags: force to remove it from them too`,
    'TAG_IN_USE',
    error,
  );
}

export function groupTagAddress(tag: Tag): Address {
  return GROUP.at('tag', `${tag.key}:${tag.value}`);
}

const tagKey = (tag: Tag) => `${tag.key}\u0000${tag.value}`;

export const groupTagKind = defineKind('group_tag', targets).with({
  noun: { one: 'group tag', many: 'group tags' },
  phase: { delete: 63 },
  reads: {
    group: (desired) => groupPartRead(desired, 'tags', (client, groupId) => client.listGroupTags(groupId)),
  },
  plan(ctx) {
    const result = emptyResult<ChangeOf<'group_tag', typeof targets>>();
    const desired = ctx.desired.group.tags;
    if (desired === undefined) return result;
    const live = ctx.live.group.tags ?? [];
    const liveKeys = new Set(live.map(tagKey));
    const desiredKeys = new Set(desired.map(tagKey));
    for (const tag of desired) {
      // A tag a project rule puts on a project exists once the plan is applied.
      if (liveKeys.has(tagKey(tag)) || ctx.implied.has(groupTagAddress(tag))) continue;
      result.warnings.push({
        code: NOT_CREATABLE,
        message: `The tag ${tag.key}:${tag.value} does not exist in Snyk; a tag exists while a project carries it, so it cannot be created here.`,
        address: groupTagAddress(tag),
      });
    }
    const prune = ctx.desired.prune.groupTags;
    if (prune === false) return result;
    const force = prune === 'force';
    for (const tag of live) {
      // What the file puts on projects is listed as much as what it lists in group.tags.
      if (desiredKeys.has(tagKey(tag)) || ctx.implied.has(groupTagAddress(tag))) continue;
      result.changes.push({
        action: 'delete',
        kind: 'group_tag',
        address: groupTagAddress(tag),
        before: { key: tag.key, value: tag.value },
        after: null,
        patch: [],
        dependsOn: [],
        target: {
          groupId: ctx.desired.group.id,
          key: tag.key,
          value: tag.value,
          force: force ? 'true' : 'false',
        },
        note: force
          ? 'Also removes the tag from every project that carries it (prune.groupTags: force).'
          : 'Snyk refuses to delete a tag while projects carry it; prune.groupTags: force removes it from them.',
      });
    }
    return result;
  },
  apply: {
    delete: async ({ target: t, address }, { client }) => {
      try {
        return await deleteOnce(
          address,
          () =>
            client.deleteGroupTag(t.groupId, { key: t.key, value: t.value }, { force: t.force === 'true' }),
          async () =>
            (await client.listGroupTags(t.groupId)).some((tag) => tag.key === t.key && tag.value === t.value),
        );
      } catch (error) {
        return tagDeleteRefusal(error, address);
      }
    },
  },
  simulate(live, { target: t }) {
    live.group.tags = (live.group.tags ?? []).filter((tag) => tag.key !== t.key || tag.value !== t.value);
  },
  countLive: (live) => live.group.tags?.length ?? 0,
  driftWarnings: [NOT_CREATABLE],
  export(live, draft) {
    if (live.group.tags === undefined) return;
    draft.model.group.tags = live.group.tags
      .filter((tag) => {
        const ok = EXPORT_PATTERNS.tagKey.test(tag.key) && EXPORT_PATTERNS.tagValue.test(tag.value);
        if (!ok)
          draft.model.skipped.push(
            `group tag ${tag.key}:${tag.value} (not a valid tag in the config format)`,
          );
        return ok;
      })
      .map((tag) => ({ key: tag.key, value: tag.value }))
      .sort((a, b) => compareText(a.key, b.key) || compareText(a.value, b.value));
  },
});
