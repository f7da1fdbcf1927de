// The rules of org classes that the schema cannot express (docs/configuration.md#org-classes): an
// org names only classes the files define (with a "did you mean"), and each once; a class is
// defined once (or identically); a `match` glob compiles. That a delegated file may not define
// classes is a delegation rule (delegation.ts); that a class lists no class, the schema's.
import { isDeepStrictEqual } from 'node:util';
import { didYouMean } from '../util/suggest.ts';
import { definedClasses } from './class-selection.ts';
import { formatPath, type Issue } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import { conflict, type MergedConfig, type Origin, originRef } from './merge.ts';
import type { Path } from './source.ts';
import { checkGlob } from './user-ignore.ts';

function issueAt(code: ConfigIssueCode, message: string, origin: Origin, rest: Path = []): Issue {
  return { code, message, ...originRef(origin, rest), path: formatPath([...origin.path, ...rest]) };
}

export function checkClasses(merged: MergedConfig): Issue[] {
  const issues: Issue[] = [];
  const defined = definedClasses(merged);
  for (const entry of merged.classes) {
    const first = defined.get(entry.name);
    if (first !== undefined && first !== entry && !isDeepStrictEqual(first.value, entry.value))
      issues.push(
        conflict(
          'conflicting-class',
          `class '${entry.name}' is defined differently in two places (define it once)`,
          first.origin,
          entry.origin,
        ),
      );
    const glob = entry.value.match?.slug;
    const problem = glob === undefined ? undefined : checkGlob(glob);
    if (problem !== undefined)
      issues.push(
        issueAt(
          'bad-glob',
          `class '${entry.name}': match.slug '${glob}' is not a valid glob: ${problem}`,
          entry.origin,
          ['match', 'slug'],
        ),
      );
  }
  const names = [...defined.keys()];
  const known =
    names.length === 0
      ? 'the files define no classes (top-level `classes:`)'
      : `classes: ${names.join(', ')}`;
  for (const { value: org, origin } of merged.orgs) {
    const seen = new Set<string>();
    for (const [i, name] of (org.classes ?? []).entries()) {
      if (seen.has(name))
        issues.push(
          issueAt(
            'duplicate-class-use',
            `org '${org.slug}' lists class '${name}' twice: list each class once`,
            origin,
            ['classes', i],
          ),
        );
      seen.add(name);
      if (!defined.has(name))
        issues.push(
          issueAt(
            'unknown-class',
            `org '${org.slug}' uses class '${name}', which no file defines.${didYouMean(name, names)} Defined ${known}`,
            origin,
            ['classes', i],
          ),
        );
    }
  }
  return issues;
}
