// From parsed files to the validated desired state: schema per file, merge across files,
// semantic rules, normalization. Pure: no disk, no clock, no environment.
import type { ClassOf } from '../core/class-notes.ts';
import type { DesiredState, SourceRef } from '../core/types.ts';
import { checkClasses } from './class-rules.ts';
import { checkDelegation, type Placement } from './delegation.ts';
import { checkEstateRules } from './estate-rules.ts';
import { checkExpiry } from './expiry-rules.ts';
import { describeFiles, type FileContents } from './file-contents.ts';
import { compareIssues, type Issue } from './issue.ts';
import { mergeDocuments } from './merge.ts';
import { normalize } from './normalize.ts';
import { checkPeople } from './people-check.ts';
import { checkRules } from './rules.ts';
import type { Config } from './schema.ts';
import { checkSchema } from './schema-check.ts';
import type { SourceDocument } from './source.ts';

export type LoadResult =
  | {
      ok: true;
      desired: DesiredState;
      files: string[];
      warnings: Issue[];
      /** Where a path of the normalized `desired` state was written (for planner errors). */
      locate: (path: readonly (string | number)[]) => SourceRef | undefined;
      /** The class that decided the value at a path of `desired`, if one did (plan notes); absent without classes. */
      classOf?: ClassOf;
      /** What each file defines (its orgs, its group-wide sections), in load order. */
      contents: FileContents[];
    }
  | { ok: false; issues: Issue[]; files: string[] };

/** What validation needs from outside besides the documents: the clock (`expires`). */
export interface ValidateOptions {
  /** The instant of validation; without it, `expires` that have passed are not reported. */
  now?: Date;
  /** Where each file lies, for `delegate` globs; without it, no file is delegated. */
  placement?: (doc: SourceDocument) => Placement | undefined;
}

export type { FileContents, Placement };

export function validateDocuments(docs: SourceDocument[], options: ValidateOptions = {}): LoadResult {
  return validateWith(
    docs,
    [],
    docs.map((d) => d.file),
    options,
  );
}

/**
 * Validates `docs` and reports `earlier` issues (files that could not be parsed) with its own.
 * Rules that need every file (one of them defines the group) are skipped when a file is missing.
 */
export function validateWith(
  docs: SourceDocument[],
  earlier: Issue[],
  files: string[],
  options: ValidateOptions = {},
): LoadResult {
  if (docs.length === 0) {
    const issues: Issue[] =
      earlier.length > 0 ? earlier : [{ code: 'no-files', message: 'no config files to validate' }];
    return { ok: false, files, issues: [...issues].sort(compareIssues) };
  }
  const issues: Issue[] = [...earlier];
  const conforming: { doc: SourceDocument; config: Config }[] = [];
  for (const doc of docs) {
    const found = checkSchema(doc);
    if (found.length === 0) conforming.push({ doc, config: doc.data as Config });
    issues.push(...found);
  }
  if (conforming.length === 0) return { ok: false, files, issues: issues.sort(compareIssues) };
  // Files that fail the schema are left out of the merge; their issues are reported with the
  // merge's, so that one run shows every problem.
  const { merged, issues: conflicts } = mergeDocuments(conforming);
  const rules = checkRules(merged);
  const expiry = checkExpiry(merged, options.now ?? new Date(-8.64e15));
  const estate = checkEstateRules(merged, options.now ?? new Date(-8.64e15));
  const delegation = checkDelegation(conforming, options.placement ?? (() => undefined));
  const errors = [
    ...rules.errors,
    ...checkClasses(merged),
    ...expiry.errors,
    ...estate.errors,
    ...delegation,
    ...checkPeople(conforming),
  ];
  const warnings = [...rules.warnings, ...expiry.warnings, ...estate.warnings];
  const complete = conforming.length === docs.length && earlier.length === 0;
  issues.push(...conflicts, ...errors.filter((e) => complete || e.code !== 'missing-group'));
  if (issues.length > 0 || merged.groupId === undefined)
    return { ok: false, files, issues: issues.sort(compareIssues) };
  const { desired, locate, classOf } = normalize(merged, merged.groupId.value);
  const contents = describeFiles(docs, merged, (doc) => options.placement?.(doc)?.absolute);
  return {
    ok: true,
    desired,
    files,
    warnings: warnings.sort(compareIssues),
    locate,
    ...(classOf === undefined ? {} : { classOf }),
    contents,
  };
}
