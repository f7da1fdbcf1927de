// Scheduled drift: one issue (label + hidden marker) opened while live state differs from the
// file, updated on later runs, closed with a comment once Snyk is back in sync.

import { mdCode } from '../render/inert-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { driftIssueTitle, driftMarker, fence, renderDriftIssue, renderInSyncComment } from './comments.ts';

/**
 * On schedule, access whose `expires` has passed is removed before the drift report (contract
 * §4.3): exactly those deletes, under the same rails; the report then shows the rest.
 */
async function enforceExpiry(ctx: ActionContext): Promise<boolean> {
  if (ctx.event.name !== 'schedule' || !ctx.settings.enforceExpiry) return true;
  const result = await ctx.engine.enforceExpiry(ctx.settings.config, ctx.settings);
  if (result.ok && result.expired === 0) return true;
  const head = result.ok
    ? `### ⏳ snyk-gitops removed ${result.expired} expired access${result.expired === 1 ? '' : 'es'} from \`${ctx.configKey}\``
    : `### ❌ snyk-gitops could not remove expired access from \`${ctx.configKey}\``;
  await ctx.runner.appendSummary(ctx.publishable(`${head}\n\n${result.markdown}`));
  ctx.runner.log(ctx.clean(result.text));
  if (!result.ok)
    ctx.annotate({ level: 'error', message: `expired access of ${ctx.configKey}: ${result.text}` });
  return result.ok;
}

export async function runDrift(ctx: ActionContext): Promise<number> {
  const enforced = await enforceExpiry(ctx);
  const result = await ctx.engine.drift(ctx.settings.config);
  if (!result.ok) {
    const error = result.error ?? 'drift could not be computed';
    ctx.annotate({ level: 'error', message: `drift of ${ctx.configKey}: ${error}` });
    await ctx.runner.appendSummary(ctx.publishable(`### ❌ snyk-gitops drift failed\n\n${fence(error)}`));
    return 1;
  }
  await ctx.runner.setOutput('has-changes', String(result.hasDrift));
  await ctx.runner.setOutput('summary', JSON.stringify(result.summary));
  await ctx.runner.setOutput('plan-path', '');
  const label = ctx.settings.driftIssueLabel;
  const marker = driftMarker(ctx.configKey);
  const existing = await ctx.github.findOpenIssue(label, marker);
  // Unreadable parts are not "in sync": keep (or open) the issue until they can be checked.
  if (result.hasDrift || result.unknownParts > 0) {
    const body = ctx.publishable(renderDriftIssue({ config: ctx.configKey, result, run: ctx.run }));
    await ctx.runner.appendSummary(body);
    const issueBody = `${marker}\n${body}`;
    if (existing) {
      await ctx.github.updateIssue(existing.number, { body: issueBody });
      ctx.runner.log(`snyk-gitops drift: updated issue #${existing.number}`);
    } else {
      const number = await ctx.github.createIssue({
        title: ctx.clean(driftIssueTitle(ctx.configKey)),
        body: issueBody,
        labels: [label],
      });
      ctx.runner.log(`snyk-gitops drift: opened issue #${number}`);
    }
    return enforced ? 0 : 1;
  }
  await ctx.runner.appendSummary(`### ✅ snyk-gitops: no drift from ${mdCode(ctx.configKey)}`);
  if (existing) {
    await ctx.github.createComment(
      existing.number,
      ctx.publishable(renderInSyncComment({ config: ctx.configKey, run: ctx.run })),
    );
    await ctx.github.updateIssue(existing.number, { state: 'closed' });
    ctx.runner.log(`snyk-gitops drift: closed issue #${existing.number}`);
  }
  return enforced ? 0 : 1;
}
