// The rules the schema cannot express, checked on the merged files: the group is defined,
// templates make sense, globs compile. Also the warnings: valid but probably not meant.
import type { DriftIgnore } from '../core/types.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import type { MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';
import { checkProjectRules } from './project-rules-check.ts';
import type { Path } from './source.ts';
import { checkGlob, createUserIgnoreMatcher } from './user-ignore.ts';

function issueAt(code: ConfigIssueCode, message: string, origin: Origin, rest: Path = []): Issue {
  return { code, message, ...originRef(origin, rest), path: formatPath([...origin.path, ...rest]) };
}

export function checkRules(merged: MergedConfig): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  if (merged.groupId === undefined) {
    errors.push({
      code: 'missing-group',
      message:
        'no file defines the group: expected `group: { id: <uuid> }` (the Snyk group this config manages) in one of the files',
      ...merged.first.locate([]),
    });
  }
  for (const { value: org, origin } of merged.orgs) {
    if (org.template !== undefined && org.template.toLowerCase() === org.slug.toLowerCase())
      errors.push(
        issueAt(
          'template-self',
          `org '${org.slug}' names itself as its template: expected the slug of another org to copy at creation`,
          origin,
          ['template'],
        ),
      );
    // A template outside the files may exist live; plan checks it. Nothing to say offline.
    errors.push(...selfClones(org, origin));
  }
  const users = merged.sections.users;
  const globs = users?.value.ignore ?? [];
  const valid: string[] = [];
  for (const [i, glob] of globs.entries()) {
    const problem = checkGlob(glob);
    if (problem === undefined) valid.push(glob);
    else
      errors.push(
        issueAt('bad-glob', `users.ignore[${i}]: '${glob}' is not a valid glob: ${problem}`, users!.origin, [
          'ignore',
          i,
        ]),
      );
  }
  const drift = merged.sections.drift;
  for (const [i, rule] of (drift?.value.ignore ?? ([] as DriftIgnore[])).entries()) {
    const problem = rule.address === undefined ? undefined : checkGlob(rule.address);
    if (problem !== undefined)
      errors.push(
        issueAt(
          'bad-glob',
          `drift.ignore[${i}].address: '${rule.address}' is not a valid glob: ${problem}`,
          drift!.origin,
          ['ignore', i, 'address'],
        ),
      );
  }
  errors.push(...checkProjectRules(merged));
  errors.push(...duplicateWebhooks(merged));
  warnings.push(...ignoredMembers(merged, valid));
  return { errors, warnings };
}

/** An org's own integration cloned from itself: there is nothing to clone. */
function selfClones(org: { slug: string; integrations?: object }, origin: Origin): Issue[] {
  return Object.entries(org.integrations ?? {}).flatMap(([type, spec]) => {
    const from = (spec as { from?: string } | undefined)?.from;
    if (from === undefined || from.toLowerCase() !== org.slug.toLowerCase()) return [];
    return [
      issueAt(
        'clone-self',
        `org '${org.slug}' clones its ${type} integration from itself: expected the slug of another org of the group that has one`,
        origin,
        ['integrations', type, 'from'],
      ),
    ];
  });
}

/** A webhook is identified by its url in its org: one list naming a url twice is ambiguous. */
function duplicateWebhooks(merged: MergedConfig): Issue[] {
  const lists: { webhooks: { url: string }[] | undefined; origin: Origin; where: string }[] = [];
  const defaults = merged.sections.defaults;
  if (defaults !== undefined)
    lists.push({
      webhooks: defaults.value.org?.webhooks,
      origin: { doc: defaults.origin.doc, path: ['defaults', 'org', 'webhooks'] },
      where: 'defaults.org',
    });
  for (const { name, value, origin } of merged.classes)
    lists.push({
      webhooks: value.webhooks,
      origin: { doc: origin.doc, path: [...origin.path, 'webhooks'] },
      where: `class '${name}'`,
    });
  for (const { value: org, origin } of merged.orgs)
    lists.push({
      webhooks: org.webhooks,
      origin: { doc: origin.doc, path: [...origin.path, 'webhooks'] },
      where: `org '${org.slug}'`,
    });
  const issues: Issue[] = [];
  for (const { webhooks, origin, where } of lists) {
    const first = new Map<string, number>();
    for (const [i, hook] of (webhooks ?? []).entries()) {
      const earlier = first.get(hook.url);
      if (earlier === undefined) {
        first.set(hook.url, i);
        continue;
      }
      const at = originRef(origin, [earlier, 'url']);
      issues.push(
        issueAt(
          'duplicate-webhook',
          `${where} lists the webhook ${hook.url} twice (first at line ${at.line}): a webhook is identified by its url, list it once`,
          origin,
          [i, 'url'],
        ),
      );
    }
  }
  return issues;
}

/** Members that a `users.ignore` glob matches: they are listed but will never be touched. */
function ignoredMembers(merged: MergedConfig, globs: string[]): Issue[] {
  if (globs.length === 0) return [];
  const matches = createUserIgnoreMatcher(globs);
  const warnings: Issue[] = [];
  const check = (user: string, origin: Origin) => {
    const glob = matches(user);
    if (glob !== undefined)
      warnings.push(
        issueAt(
          'ignored-member',
          `user '${user}' matches users.ignore '${glob}': this membership is neither created, changed nor removed`,
          origin,
          ['user'],
        ),
      );
  };
  for (const m of merged.group.members ?? []) check(m.value.user, m.origin);
  for (const org of merged.orgs)
    for (const [i, m] of (org.value.members ?? []).entries())
      check(m.user, { doc: org.origin.doc, path: [...org.origin.path, 'members', i] });
  return warnings;
}
