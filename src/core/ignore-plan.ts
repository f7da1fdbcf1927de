// What the ignore rules want of one project's ignores, and how that differs from its live ones
// (docs/configuration.md#ignores-as-code). An ignore is this tool's when the token's user created
// it and its reason carries the prefix: only those are written over or deleted. An issue someone
// else ignored is left as it is, even where a rule wants it (a POST would add a second ignore,
// or replace theirs), and reported.
import { expiryInstant, formatInstant, isExpired } from './expiry.ts';
import { ruleMatches } from './project-match.ts';
import type { IgnoreRule, LiveIgnore, LiveProject } from './types.ts';

/** Marks an ignore as this tool's (with the token's user as its author). */
export const IGNORE_REASON_PREFIX = '[snyk-gitops] ';

/** An ignore as a change shows it and apply sends it; `expires` an ISO instant. */
export interface IgnoreFields {
  type: string;
  reason: string;
  expires?: string;
}

/** An ignore rule with its position in the file's `ignores` (for located messages). */
export interface IndexedRule {
  index: number;
  rule: IgnoreRule;
}

export interface IgnoreDiff {
  creates: { issueId: string; after: IgnoreFields }[];
  updates: { issueId: string; before: IgnoreFields; after: IgnoreFields }[];
  deletes: { issueId: string; before: IgnoreFields; expired?: { at: Date; note: string } }[];
  /** Issues a rule wants that someone else already ignored on the project: nothing is sent. */
  foreign: { issueId: string; rule: number; by: string }[];
  /** Two rules wanting different ignores of one issue on the project. */
  conflicts: { issueId: string; first: number; second: number }[];
}

export function isOwnIgnore(ignore: LiveIgnore, selfId: string): boolean {
  return ignore.ignoredById === selfId && ignore.reason.startsWith(IGNORE_REASON_PREFIX);
}

/** What a rule asks Snyk to hold: the prefixed reason, the end as an instant. */
export function fieldsOf(rule: IgnoreRule): IgnoreFields {
  const fields: IgnoreFields = { type: rule.type, reason: `${IGNORE_REASON_PREFIX}${rule.reason}` };
  const at = rule.expires === undefined ? undefined : expiryInstant(rule.expires);
  if (at !== undefined) fields.expires = at.toISOString();
  return fields;
}

function liveFields(ignore: LiveIgnore): IgnoreFields {
  const fields: IgnoreFields = { type: ignore.reasonType, reason: ignore.reason };
  if (ignore.expires !== undefined) fields.expires = ignore.expires;
  return fields;
}

const sameInstant = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined ? a === b : Date.parse(a) === Date.parse(b);

const sameFields = (a: IgnoreFields, b: IgnoreFields) =>
  a.type === b.type && a.reason === b.reason && sameInstant(a.expires, b.expires);

export function rulesMatching(rules: readonly IndexedRule[], project: LiveProject): IndexedRule[] {
  return rules.filter(({ rule }) => ruleMatches({ match: rule.projects.match ?? {} }, project));
}

/**
 * The changes to the project's ignores: `rules` are those covering its org, `prune` whether this
 * tool's ignores that no rule wants are deleted. Expired rules delete this tool's ignore
 * whatever `prune` says, as an expired membership is deleted.
 */
export function diffIgnores(
  project: LiveProject,
  rules: readonly IndexedRule[],
  selfId: string,
  prune: boolean,
  now: Date,
): IgnoreDiff {
  const diff: IgnoreDiff = { creates: [], updates: [], deletes: [], foreign: [], conflicts: [] };
  const wanted = new Map<string, { rule: number; fields: IgnoreFields }>();
  const expired = new Map<string, { at: Date; note: string }>();
  for (const { index, rule } of rulesMatching(rules, project)) {
    if (isExpired(rule, now)) {
      const at = expiryInstant(rule.expires!) ?? new Date(0);
      expired.set(rule.issue, {
        at,
        note: `Expired at ${formatInstant(at)} (expires: ${rule.expires}): the ignore ends.`,
      });
      continue;
    }
    const fields = fieldsOf(rule);
    const claimed = wanted.get(rule.issue);
    if (claimed === undefined) wanted.set(rule.issue, { rule: index, fields });
    else if (!sameFields(claimed.fields, fields))
      diff.conflicts.push({ issueId: rule.issue, first: claimed.rule, second: index });
  }
  const live = new Map<string, LiveIgnore[]>();
  for (const ignore of project.ignores ?? [])
    live.set(ignore.issueId, [...(live.get(ignore.issueId) ?? []), ignore]);
  for (const [issueId, want] of wanted) {
    const entries = live.get(issueId) ?? [];
    const theirs = entries.find((i) => !isOwnIgnore(i, selfId));
    if (theirs !== undefined)
      diff.foreign.push({ issueId, rule: want.rule, by: theirs.ignoredById ?? 'unknown' });
    else if (entries.length === 0) diff.creates.push({ issueId, after: want.fields });
    else if (entries.length > 1 || !sameFields(liveFields(entries[0]!), want.fields))
      diff.updates.push({ issueId, before: liveFields(entries[0]!), after: want.fields });
  }
  for (const [issueId, entries] of live) {
    if (wanted.has(issueId) || !entries.every((i) => isOwnIgnore(i, selfId))) continue;
    const end = expired.get(issueId);
    if (end !== undefined) diff.deletes.push({ issueId, before: liveFields(entries[0]!), expired: end });
    else if (prune) diff.deletes.push({ issueId, before: liveFields(entries[0]!) });
  }
  return diff;
}
