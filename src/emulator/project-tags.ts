// Snyk's group tag catalogue follows project tags: a tag comes into existence when a project
// gets it, and counts the projects that carry it (deleting it needs `force` while any do).
import type { EmuGroup, EmuProject } from './state-types.ts';

type Tag = { key: string; value: string };

const id = (tag: Tag) => `${tag.key}\u0000${tag.value}`;

/** Moves the group's counts from a project's old tags to its new ones, adding new tags to the group. */
export function retag(group: EmuGroup, before: readonly Tag[], after: readonly Tag[]): void {
  const was = new Set(before.map(id));
  const now = new Set(after.map(id));
  for (const tag of after) {
    if (was.has(id(tag))) continue;
    was.add(id(tag));
    const known = group.tags.find((t) => t.key === tag.key && t.value === tag.value);
    if (known === undefined) group.tags.push({ key: tag.key, value: tag.value, projectCount: 1 });
    else known.projectCount = (known.projectCount ?? 0) + 1;
  }
  for (const tag of before) {
    if (now.has(id(tag))) continue;
    now.add(id(tag));
    const known = group.tags.find((t) => t.key === tag.key && t.value === tag.value);
    if (known !== undefined) known.projectCount = Math.max(0, (known.projectCount ?? 0) - 1);
  }
}

/** `force` deletion of a group tag also takes it off every project of the group. */
export function untagProjects(group: EmuGroup, tag: Tag): void {
  for (const org of group.orgs)
    for (const project of org.projects ?? ([] as EmuProject[]))
      project.tags = project.tags.filter((t) => t.key !== tag.key || t.value !== tag.value);
}
