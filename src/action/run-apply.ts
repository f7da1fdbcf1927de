// Push to the default branch: plan, check the plan against the reviewed plans of the pull
// requests merged since the last apply (require-reviewed-plan), apply exactly that plan, report
// on the merged PR and in the summary, and record the outcome as the `snyk-gitops/apply`
// status of the commit (docs/action.md#merges-in-quick-succession).
import type { Plan } from '../core/types.ts';
import { mdCode } from '../render/inert-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { APPLY_STATUS_CONTEXT } from './applied-range.ts';
import { applyMarker, renderApplyComment, renderRefusalComment } from './comments.ts';
import type { PullRequestRef } from './github.ts';
import { type MergedPullRequests, mergedSinceApplied, reviewObjections } from './reviewed-plan-check.ts';
import { planOrReport } from './run-plan.ts';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function findMergedPullRequest(ctx: ActionContext): Promise<PullRequestRef | undefined> {
  if (!ctx.event.sha) return undefined;
  try {
    const prs = await ctx.github.listPullRequestsOfCommit(ctx.event.sha);
    const merged = prs.filter((pr) => pr.merged);
    return merged.find((pr) => pr.baseRef === ctx.event.defaultBranch) ?? merged[0];
  } catch (error) {
    ctx.annotate({
      level: 'warning',
      message: `could not find the pull request of ${ctx.event.sha}: ${errorText(error)}`,
    });
    return undefined;
  }
}

/**
 * Records the outcome on the commit. Only a success marks it applied: the next apply relies on
 * the reviews merged after it. A missing permission must not fail an apply that happened.
 */
async function recordStatus(ctx: ActionContext, state: 'success' | 'failure', description: string) {
  if (!ctx.event.sha) return;
  try {
    await ctx.github.createCommitStatus(ctx.event.sha, {
      state,
      context: APPLY_STATUS_CONTEXT,
      description: ctx.clean(`${ctx.configKey}: ${description}`),
      ...(ctx.run.url === undefined ? {} : { targetUrl: ctx.run.url }),
    });
  } catch (error) {
    ctx.annotate({
      level: 'warning',
      message: `could not record the ${APPLY_STATUS_CONTEXT} status of ${ctx.event.sha.slice(0, 7)} (does the workflow grant 'statuses: write'?): ${errorText(error)}`,
    });
  }
}

/** The pull requests whose plans this run applies: since the last apply when that matters. */
async function mergedPullRequests(ctx: ActionContext, headPr: PullRequestRef | undefined) {
  const single: MergedPullRequests = { pullRequests: headPr ? [headPr] : [], unreviewed: [] };
  if (ctx.event.name !== 'push') return { merged: single, targetsOf: [] };
  const { requireReviewedPlan, targetChangedFiles } = ctx.settings;
  const merged = requireReviewedPlan || targetChangedFiles ? await mergedSinceApplied(ctx, headPr) : single;
  // A commit pushed without a pull request has no list of changed files: plan in full.
  const targetsOf = merged.unreviewed.length > 0 ? [] : merged.pullRequests.map((pr) => pr.number);
  return { merged, targetsOf };
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
  const { merged, targetsOf } = await mergedPullRequests(ctx, pr);
  // On the merge of PRs, the same targets as their plans: what was reviewed is what applies.
  const plan = await planOrReport({ ...ctx, runner }, targetsOf);
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
    await recordStatus(ctx, 'failure', 'not applied: the plan failed');
    return 1;
  }
  return applyPlanned(ctx, plan, pr, merged);
}

async function applyPlanned(
  ctx: ActionContext,
  plan: Plan,
  pr: PullRequestRef | undefined,
  merged: MergedPullRequests,
): Promise<number> {
  const report = async (markdown: string) => {
    const body = ctx.publishable(markdown);
    await ctx.runner.appendSummary(body);
    if (pr) {
      const marker = applyMarker(ctx.configKey);
      await ctx.github.upsertComment(pr.number, marker, `${marker}\n${body}`);
    }
  };
  if (ctx.settings.requireReviewedPlan) {
    const why = await reviewObjections(ctx, plan, merged);
    if (why.length > 0) {
      ctx.annotate({ level: 'error', message: `not applied (require-reviewed-plan): ${why[0]}` });
      await report(
        renderRefusalComment({
          config: ctx.configKey,
          why,
          run: ctx.run,
          reviewed: merged.pullRequests.map((p) => p.number),
        }),
      );
      await recordStatus(ctx, 'failure', 'not applied: changes no reviewed plan showed');
      return 1;
    }
  }
  if (plan.changes.length === 0) {
    await report(`### ✅ snyk-gitops: Snyk already matches ${mdCode(ctx.configKey)}; nothing to apply`);
    await recordStatus(ctx, 'success', 'Snyk already matched');
    return 0;
  }
  const result = await ctx.engine.apply(plan, {
    allowMassDelete: ctx.settings.allowMassDelete,
    allowLockout: ctx.settings.allowLockout,
    ...(ctx.settings.secretsDir === undefined ? {} : { secretsDir: ctx.settings.secretsDir }),
  });
  if (!result.ok)
    ctx.annotate({ level: 'error', message: `apply of ${ctx.configKey} failed: ${result.text}` });
  await report(renderApplyComment({ config: ctx.configKey, result, run: ctx.run }));
  // The result text names addresses and Snyk's error details: runner.log writes it inert.
  ctx.runner.log(ctx.clean(result.text));
  await recordStatus(
    ctx,
    result.ok ? 'success' : 'failure',
    `${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped`,
  );
  return result.ok ? 0 : 1;
}
