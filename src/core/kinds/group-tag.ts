// Group tags: a tag exists while a project carries it, so the API cannot create one (a listed
// tag Snyk lacks is a warning). Unlisted tags are deleted with `prune.groupTags`; Snyk refuses
// that while projects carry the tag, unless `force` removes it from them too.
import { groupTagAddress } from '../addresses.ts';
import { emptyResult, type KindModule } from './kind.ts';

export const groupTagKind: KindModule = {
  kind: 'group_tag',
  phase: { delete: 63 },
  plan(ctx) {
    const result = emptyResult();
    const desired = ctx.desired.group.tags;
    if (desired === undefined) return result;
    const live = ctx.live.group.tags ?? [];
    const key = (tag: { key: string; value: string }) => `${tag.key}\u0000${tag.value}`;
    const liveKeys = new Set(live.map(key));
    const desiredKeys = new Set(desired.map(key));
    for (const tag of desired) {
      if (liveKeys.has(key(tag))) continue;
      result.warnings.push({
        code: 'TAG_NOT_CREATABLE',
        message: `The tag ${tag.key}:${tag.value} does not exist in Snyk; a tag exists while a project carries it, so it cannot be created here.`,
        address: groupTagAddress(tag),
      });
    }
    const prune = ctx.desired.prune.groupTags;
    if (prune === false) return result;
    const force = prune === 'force';
    for (const tag of live) {
      if (desiredKeys.has(key(tag))) continue;
      result.changes.push({
        action: 'delete',
        kind: 'group_tag',
        address: groupTagAddress(tag),
        before: { key: tag.key, value: tag.value },
        after: null,
        patch: [],
        dependsOn: [],
        target: { groupId: ctx.desired.group.id, key: tag.key, value: tag.value, force: String(force) },
        note: force
          ? 'Also removes the tag from every project that carries it (prune.groupTags: force).'
          : 'Snyk refuses to delete a tag while projects carry it; prune.groupTags: force removes it from them.',
      });
    }
    return result;
  },
};
