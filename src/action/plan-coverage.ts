// Whether a plan at merge was reviewed: every change of it must be in the reviewed plan of a
// pull request merged since the last apply (the union of their change lists), or the whole
// plan must be one reviewed plan (by digest, for plans too large to list). Pure.
import { Address } from '../core/addresses.ts';
import { isUnreadablePending, unreadablePendingOrgs } from '../drift/mask-unknown.ts';
import type { ReviewedPlan } from './plan-digest.ts';

export interface PullRequestReview {
  number: number;
  /** The reviewed plan, when the PR's last plan comment is for the commit that was merged. */
  review?: ReviewedPlan;
  /** Why this PR's review does not count (no plan comment, one of an older commit). */
  problem?: string;
}

export interface CurrentPlan {
  digest: string;
  /** The plan's change list (listChanges): `action address hash` per change. */
  lines: readonly string[];
}

/** The `action address` of a change line, without the hash of its value. */
const keyOf = (line: string) => line.slice(0, line.lastIndexOf(' '));

/**
 * Why the plan may not be applied, or [] when every change was reviewed. An empty plan needs no
 * review. A reviewed change that is no longer planned is no objection: an earlier apply or a
 * later PR took care of it.
 */
export function coverageObjections(plan: CurrentPlan, reviews: readonly PullRequestReview[]): string[] {
  if (plan.lines.length === 0) return [];
  const valid = reviews.flatMap((r) =>
    r.review === undefined ? [] : [{ number: r.number, review: r.review }],
  );
  if (valid.some(({ review }) => review.digest === plan.digest)) return [];
  const reviewed = new Set(valid.flatMap(({ review }) => review.changes ?? []));
  // A read-only token cannot list invitations: a review that said so (and showed the members
  // who would be invited) covers that org's pending-user changes.
  const unreadable = valid.flatMap(({ review }) => (review.unreadable ?? []).map((address) => ({ address })));
  const unreadableOrgs = unreadablePendingOrgs(unreadable);
  const addressOf = (line: string) => keyOf(line).slice(keyOf(line).indexOf(' ') + 1);
  const uncovered = plan.lines.filter(
    (line) => !reviewed.has(line) && !isUnreadablePending(Address.of(addressOf(line)), unreadableOrgs),
  );
  if (uncovered.length === 0) return [];
  const reviewedKeys = new Set([...reviewed].map(keyOf));
  return [
    ...reviews.flatMap((r) => (r.problem === undefined ? [] : [r.problem])),
    ...valid
      .filter(({ review }) => review.changes === undefined)
      .map(
        ({ number }) =>
          `the plan comment of pull request #${number} was too large to list its changes; only a plan identical to it would count`,
      ),
    ...uncovered.map((line) =>
      reviewedKeys.has(keyOf(line))
        ? `changed since review: ${keyOf(line)}`
        : `new since review: ${keyOf(line)}`,
    ),
  ];
}
