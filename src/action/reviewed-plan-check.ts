// require-reviewed-plan on push: which pull requests' reviews the apply at the head may rely on
// (those merged since the last applied commit, or only the head's own when no earlier apply is
// recorded), and whether their reviewed plans cover every change planned now.
import type { Plan } from '../core/types.ts';
import type { ActionContext } from './action-context.ts';
import { APPLY_STATUS_CONTEXT, findAppliedRange } from './applied-range.ts';
import { planMarker } from './comments.ts';
import type { PullRequestRef } from './github.ts';
import { coverageObjections, type PullRequestReview } from './plan-coverage.ts';
import { digestChanges, listChanges, parseReviewBlock } from './plan-digest.ts';

export interface MergedPullRequests {
  pullRequests: PullRequestRef[];
  /** The last applied commit, when one was found (the range starts after it). */
  since?: string;
  /** Commits of that range that no merged pull request brought (pushed to the branch directly). */
  unreviewed: string[];
}

const short = (sha: string) => sha.slice(0, 7);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The pull requests merged since the last applied commit; the head's own PR when that is unknown. */
export async function mergedSinceApplied(
  ctx: ActionContext,
  headPr: PullRequestRef | undefined,
): Promise<MergedPullRequests> {
  const fallback = (why: string): MergedPullRequests => {
    ctx.runner.log(
      ctx.clean(
        `snyk-gitops: ${why}: only the pull request merged at ${short(ctx.event.sha)} ${headPr ? `(#${headPr.number}) ` : ''}counts as reviewed`,
      ),
    );
    return { pullRequests: headPr ? [headPr] : [], unreviewed: [] };
  };
  if (!ctx.event.sha || !ctx.event.defaultBranch)
    return fallback('the commit or the default branch is unknown');
  try {
    const range = await findAppliedRange(ctx.github, ctx.event.sha, ctx.event.defaultBranch);
    if (!range.found) return fallback(range.reason);
    const { unreviewed } = range;
    const listed = range.pullRequests.map((pr) => `#${pr.number}`).join(', ') || 'none';
    ctx.runner.log(
      ctx.clean(
        `snyk-gitops: ${range.commits.length} commit(s) since the last applied commit ${short(range.base)}; pull requests merged since: ${listed}${unreviewed.length > 0 ? `; pushed without a pull request: ${unreviewed.map(short).join(', ')}` : ''}`,
      ),
    );
    return { pullRequests: range.pullRequests, since: range.base, unreviewed };
  } catch (error) {
    ctx.annotate({
      level: 'warning',
      message: `could not read the ${APPLY_STATUS_CONTEXT} statuses and commits of ${ctx.event.defaultBranch}: ${errorText(error)}`,
    });
    return fallback(`the commits since the last apply could not be read`);
  }
}

async function reviewOf(ctx: ActionContext, pr: PullRequestRef): Promise<PullRequestReview> {
  const comment = await ctx.github.findComment(pr.number, planMarker(ctx.configKey));
  const review = comment ? parseReviewBlock(comment.body) : undefined;
  if (!review)
    return {
      number: pr.number,
      problem: `pull request #${pr.number} has no plan comment for ${ctx.configKey} to compare with`,
    };
  if (review.headSha && pr.headSha && review.headSha !== pr.headSha) {
    return {
      number: pr.number,
      problem: `pull request #${pr.number}: the last plan comment was made for commit ${short(review.headSha)}, but the pull request was merged at ${short(pr.headSha)}`,
    };
  }
  return { number: pr.number, review };
}

/** Why the plan may not be applied under require-reviewed-plan, or [] when it may. */
export async function reviewObjections(
  ctx: ActionContext,
  plan: Plan,
  merged: MergedPullRequests,
): Promise<string[]> {
  const reviews = await Promise.all(merged.pullRequests.map((pr) => reviewOf(ctx, pr)));
  const objections = coverageObjections(
    { digest: digestChanges(plan.changes), lines: listChanges(plan.changes, ctx.clean) },
    reviews,
  );
  if (objections.length === 0) return [];
  const context: string[] = [];
  if (merged.pullRequests.length === 0) {
    context.push(
      merged.since === undefined
        ? `commit ${short(ctx.event.sha)} is not the merge of a pull request, so no plan was reviewed`
        : `no pull request was merged since the last applied commit ${short(merged.since)}, so no plan was reviewed`,
    );
  }
  if (merged.unreviewed.length > 0)
    context.push(
      `pushed without a pull request since the last apply: ${merged.unreviewed.map(short).join(', ')}`,
    );
  return [...context, ...objections];
}
