// Validate and plan: what a pull request gets. The plan goes to the job summary and to one
// sticky comment per config, with the digest that require-reviewed-plan checks on merge.

import { writeFile } from 'node:fs/promises';
import type { Plan } from '../core/types.ts';
import { countsPhrase } from '../render/describe.ts';
import { renderPlanJson } from '../render/plan-json.ts';
import { renderPlanMarkdown } from '../render/plan-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { changedTargets } from './changed-scope.ts';
import {
  planMarker,
  renderPlanComment,
  renderPlanErrorComment,
  renderUnreadable,
  renderValidationComment,
} from './comments.ts';
import type { ValidateResult } from './engine.ts';
import { isFork } from './event.ts';
import { BODY_BUDGET } from './limit-size.ts';
import { isPullRequestEvent } from './mode.ts';
import { digestChanges, formatReviewBlock, listChanges } from './plan-digest.ts';
import { reportMissingSecretsDir, reportRefusals } from './refusal-check.ts';

/** Posts (or updates) the sticky comment of this config on the PR, if the run has one. */
export async function postPlanComment(ctx: ActionContext, body: string): Promise<void> {
  const pr = ctx.event.pullRequest;
  if (!pr) return;
  const marker = planMarker(ctx.configKey);
  try {
    await ctx.github.upsertComment(pr.number, marker, `${marker}\n${body}`);
  } catch (error) {
    const message = `could not comment on pull request #${pr.number}: ${error instanceof Error ? error.message : String(error)}`;
    // A fork's GITHUB_TOKEN is read-only: the job summary and annotations must do.
    if (isFork(pr)) ctx.annotate({ level: 'warning', message });
    else throw new Error(`${message} (does the workflow grant 'pull-requests: write'?)`, { cause: error });
  }
}

async function setOutputs(ctx: ActionContext, hasChanges: boolean, summary: object, planPath: string) {
  await ctx.runner.setOutput('has-changes', String(hasChanges));
  await ctx.runner.setOutput('summary', JSON.stringify(summary));
  await ctx.runner.setOutput('plan-path', planPath);
}

/** Validates; on failure reports everywhere (annotations, summary, PR comment). */
export async function validateAndReport(ctx: ActionContext, reason?: string): Promise<ValidateResult> {
  const raw = await ctx.engine.validate(ctx.settings.config);
  const result: ValidateResult = {
    ...raw,
    issues: raw.issues.map((issue) =>
      issue.file === undefined ? issue : { ...issue, file: ctx.relativePath(issue.file) },
    ),
  };
  for (const issue of result.issues) {
    ctx.annotate({
      level: 'error',
      message: issue.message,
      ...(issue.file !== undefined ? { file: issue.file } : {}),
      ...(issue.line !== undefined ? { line: issue.line } : {}),
      ...(issue.column !== undefined ? { column: issue.column } : {}),
    });
  }
  if (!result.ok || reason !== undefined) {
    const body = renderValidationComment({
      config: ctx.configKey,
      result,
      run: ctx.run,
      ...(reason !== undefined ? { reason } : {}),
    });
    await ctx.runner.appendSummary(ctx.publishable(body));
    await postPlanComment(ctx, ctx.publishable(body));
  }
  if (!result.ok)
    ctx.annotate({ level: 'error', message: `${ctx.configKey} is invalid: nothing was planned` });
  return result;
}

export async function runValidate(ctx: ActionContext): Promise<number> {
  const result = await validateAndReport(ctx, ctx.decision.reason ?? 'mode is validate');
  await setOutputs(ctx, false, {}, '');
  return result.ok ? 0 : 1;
}

/**
 * Plans after validating; reports a planning error and returns undefined on failure. With
 * `pullRequests` (and input target-changed-files) the plan covers only what those PRs changed.
 */
export async function planOrReport(
  ctx: ActionContext,
  pullRequests: readonly number[] = [],
): Promise<Plan | undefined> {
  const validation = await validateAndReport(ctx);
  if (!validation.ok) return undefined;
  const targets = await changedTargets(ctx, validation, pullRequests);
  // Only a plan that is shown, never one that applies, may leave out what the token cannot read.
  const shownOnly = ctx.decision.mode === 'plan';
  const lift = { allowMassDelete: ctx.settings.allowMassDelete, allowLockout: ctx.settings.allowLockout };
  const result = await ctx.engine.plan(ctx.settings.config, {
    ...(targets.length > 0 ? { targets } : {}),
    ...(shownOnly ? { tolerateForbidden: true } : {}),
    lift,
  });
  if (!result.ok) {
    const body = ctx.publishable(
      renderPlanErrorComment({ config: ctx.configKey, error: result.error, run: ctx.run }),
    );
    ctx.annotate({ level: 'error', message: `could not plan ${ctx.configKey}: ${result.error}` });
    await ctx.runner.appendSummary(body);
    // Replaces any earlier plan comment: a merge must not be checked against a stale plan.
    await postPlanComment(ctx, body);
    return undefined;
  }
  // The plan file is meant to be uploaded as an artifact (public on a public repository), so it
  // is cleaned like everything else that leaves the runner; apply uses the plan in memory.
  // The same document as `plan --out` (docs/plan-json.md), so `show` and `apply --plan` read it.
  await writeFile(ctx.planPath, ctx.clean(renderPlanJson(result.plan)), 'utf8');
  await setOutputs(ctx, result.plan.changes.length > 0, result.plan.summary, ctx.planPath);
  return result.plan;
}

export async function runPlan(ctx: ActionContext): Promise<number> {
  const pr = isPullRequestEvent(ctx.event) ? ctx.event.pullRequest : undefined;
  const plan = await planOrReport(ctx, pr ? [pr.number] : []);
  if (plan === undefined) return 1;
  const digest = digestChanges(plan.changes);
  const review = formatReviewBlock({
    digest,
    headSha: ctx.run.sha,
    changes: listChanges(plan.changes, ctx.clean),
    ...(plan.unreadable ? { unreadable: plan.unreadable.map((part) => ctx.clean(part.address)) } : {}),
  });
  const maxLength = BODY_BUDGET - review.length - renderUnreadable(plan).length - 2_000;
  const planMarkdown = renderPlanMarkdown(plan, { maxLength });
  const body = ctx.publishable(
    renderPlanComment({ config: ctx.configKey, plan, planMarkdown, digest, run: ctx.run }),
  );
  await ctx.runner.appendSummary(body);
  if (ctx.decision.reason) ctx.annotate({ level: 'notice', message: ctx.decision.reason });
  await postPlanComment(ctx, `${review}\n${body}`);
  ctx.runner.log(`snyk-gitops plan: ${countsPhrase(plan.summary)} (digest ${digest})`);
  const refused = reportRefusals(ctx, plan);
  return reportMissingSecretsDir(ctx, plan) || refused ? 1 : 0;
}
