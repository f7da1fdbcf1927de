// What each config file defines, from the merge's record of where every part came from: the
// orgs it lists and the group-wide sections it sets. It lets a caller tell a team's file (only
// org entries) from a file that shapes the whole group, e.g. to plan only the orgs of the files
// a pull request changed.
import type { MergedConfig } from './merge.ts';
import type { SourceDocument } from './source.ts';

export interface FileContents {
  /** The file as messages name it (relative to the working directory). */
  file: string;
  /** Its absolute path, when it was read from disk. */
  absolute?: string;
  /** The slugs of the orgs it defines, in file order (the org identity of `org[…]` addresses). */
  orgs: string[];
  /** Its top-level keys besides `orgs`, `version` and `$schema`: the group-wide sections it sets. */
  sections: string[];
}

/** Keys every file may carry without deciding anything beyond its own orgs. */
const ORG_FILE_KEYS = new Set(['orgs', 'version', '$schema']);

export function describeFiles(
  docs: readonly SourceDocument[],
  merged: MergedConfig,
  absoluteOf: (doc: SourceDocument) => string | undefined,
): FileContents[] {
  // One pass over the orgs, not one per file: a tree can hold thousands of one-team files.
  const orgsOf = new Map<SourceDocument, string[]>();
  for (const org of merged.orgs) {
    const slugs = orgsOf.get(org.origin.doc);
    if (slugs === undefined) orgsOf.set(org.origin.doc, [org.value.slug]);
    else slugs.push(org.value.slug);
  }
  return docs.map((doc) => {
    const data = doc.data as Record<string, unknown>;
    const absolute = absoluteOf(doc);
    return {
      file: doc.file,
      ...(absolute === undefined ? {} : { absolute }),
      orgs: orgsOf.get(doc) ?? [],
      sections: Object.keys(data).filter((key) => !ORG_FILE_KEYS.has(key)),
    };
  });
}
