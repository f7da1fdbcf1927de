// Push to the default branch: plan, check the plan against the one reviewed on the merged PR
// (require-reviewed-plan), apply exactly that plan, and report on the PR and in the summary.
import type { Plan } from '../core/types.ts';
import { mdCode } from '../render/inert-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { applyMarker, planMarker, renderApplyComment, renderRefusalComment } from './comments.ts';
import type { PullRequestRef } from './github.ts';
import { describeDifference, digestChanges, listChanges, parseReviewBlock } from './plan-digest.ts';
import { planOrReport } from './run-plan.ts';

async function findMergedPullRequest(ctx: ActionContext): Promise<PullRequestRef | undefined> {
  if (!ctx.event.sha) return undefined;
  try {
    const prs = await ctx.github.listPullRequestsOfCommit(ctx.event.sha);
    const merged = prs.filter((pr) => pr.merged);
    return merged.find((pr) => pr.baseRef === ctx.event.defaultBranch) ?? merged[0];
  } catch (error) {
    ctx.annotate({
      level: 'warning',
      message: `could not find the pull request of ${ctx.event.sha}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

/** Why the plan may not be applied under require-reviewed-plan, or [] when it may. */
async function reviewObjections(ctx: ActionContext, plan: Plan, pr: PullRequestRef | undefined) {
  if (!pr) {
    return [
      `commit ${ctx.event.sha.slice(0, 7)} is not the merge of a pull request, so no plan was reviewed`,
    ];
  }
  const comment = await ctx.github.findComment(pr.number, planMarker(ctx.configKey));
  const review = comment ? parseReviewBlock(comment.body) : undefined;
  if (!review) return [`pull request #${pr.number} has no plan comment for ${ctx.configKey} to compare with`];
  const objections: string[] = [];
  if (review.headSha && pr.headSha && review.headSha !== pr.headSha) {
    objections.push(
      `the last plan comment was made for commit ${review.headSha.slice(0, 7)}, but the pull request was merged at ${pr.headSha.slice(0, 7)}`,
    );
  }
  const digest = digestChanges(plan.changes);
  if (review.digest !== digest) {
    objections.push(`the plan digest was ${review.digest} at review and is ${digest} now`);
    if (review.changes)
      objections.push(...describeDifference(review.changes, listChanges(plan.changes, ctx.clean)));
  }
  return objections;
}

export async function runApply(ctx: ActionContext): Promise<number> {
  // What planning reports (an invalid config, a plan error) goes to the merged PR too: the
  // merge's outcome belongs there, not only on a failed check of the default branch.
  const planReports: string[] = [];
  const runner = {
    ...ctx.runner,
    appendSummary: async (markdown: string) => {
      planReports.push(markdown);
      await ctx.runner.appendSummary(markdown);
    },
  };
  const pr = await findMergedPullRequest(ctx);
  // On the merge of a PR, the same targets as the PR's plan: what was reviewed is what applies.
  const plan = await planOrReport({ ...ctx, runner }, ctx.event.name === 'push' ? pr?.number : undefined);
  if (plan === undefined) {
    if (pr) {
      const marker = applyMarker(ctx.configKey);
      const body = ctx.publishable(
        [
          `### ⛔ snyk-gitops did not apply ${mdCode(ctx.configKey)}`,
          'Nothing was changed in Snyk.',
          ...planReports,
        ].join('\n\n'),
      );
      await ctx.github.upsertComment(pr.number, marker, `${marker}\n${body}`);
    }
    return 1;
  }
  const report = async (markdown: string) => {
    const body = ctx.publishable(markdown);
    await ctx.runner.appendSummary(body);
    if (pr) {
      const marker = applyMarker(ctx.configKey);
      await ctx.github.upsertComment(pr.number, marker, `${marker}\n${body}`);
    }
  };
  if (ctx.settings.requireReviewedPlan) {
    const why = await reviewObjections(ctx, plan, pr);
    if (why.length > 0) {
      ctx.annotate({ level: 'error', message: `not applied (require-reviewed-plan): ${why[0]}` });
      await report(renderRefusalComment({ config: ctx.configKey, why, run: ctx.run }));
      return 1;
    }
  }
  if (plan.changes.length === 0) {
    await report(`### ✅ snyk-gitops: Snyk already matches ${mdCode(ctx.configKey)}; nothing to apply`);
    return 0;
  }
  const result = await ctx.engine.apply(plan, {
    allowMassDelete: ctx.settings.allowMassDelete,
    allowLockout: ctx.settings.allowLockout,
  });
  if (!result.ok)
    ctx.annotate({ level: 'error', message: `apply of ${ctx.configKey} failed: ${result.text}` });
  await report(renderApplyComment({ config: ctx.configKey, result, run: ctx.run }));
  // The result text names addresses and Snyk's error details: runner.log writes it inert.
  ctx.runner.log(ctx.clean(result.text));
  return result.ok ? 0 : 1;
}
