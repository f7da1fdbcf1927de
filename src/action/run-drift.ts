// Scheduled drift: one issue (label + hidden marker) opened while live state differs from the
// file, updated on later runs, closed with a comment once Snyk is back in sync.

import { mdCode } from '../render/inert-markdown.ts';
import type { ActionContext } from './action-context.ts';
import { driftIssueTitle, driftMarker, fence, renderDriftIssue, renderInSyncComment } from './comments.ts';
import { nextDriftCursor, readDriftCursor, sinceFor, withCursor } from './drift-cursor.ts';
import { describeUnappliedMerges } from './unapplied-merges.ts';

/**
 * Removes access whose `expires` has passed: exactly those deletes, under the same rails as
 * apply (docs/action.md#what-each-event-does). Returns false when that failed; `expired` counts removals.
 */
async function enforceExpiry(ctx: ActionContext): Promise<{ ok: boolean; expired: number }> {
  const result = await ctx.engine.enforceExpiry(ctx.settings.config, ctx.settings);
  if (result.ok && result.expired === 0) {
    ctx.runner.log(`snyk-gitops expire: no access of ${ctx.configKey} has expired`);
    return { ok: true, expired: 0 };
  }
  const head = result.ok
    ? `### ⏳ snyk-gitops removed ${result.expired} expired access${result.expired === 1 ? '' : 'es'} from \`${ctx.configKey}\``
    : `### ❌ snyk-gitops could not remove expired access from \`${ctx.configKey}\``;
  await ctx.runner.appendSummary(ctx.publishable(`${head}\n\n${result.markdown}`));
  ctx.runner.log(ctx.clean(result.text));
  if (!result.ok)
    ctx.annotate({ level: 'error', message: `expired access of ${ctx.configKey}: ${result.text}` });
  return { ok: result.ok, expired: result.expired };
}

/** Mode expire: only the removal of expired access, with the admin token, no drift report. */
export async function runExpire(ctx: ActionContext): Promise<number> {
  const { ok, expired } = await enforceExpiry(ctx);
  await ctx.runner.setOutput('has-changes', String(expired > 0));
  await ctx.runner.setOutput('summary', JSON.stringify(expired > 0 ? { delete: expired } : {}));
  await ctx.runner.setOutput('plan-path', '');
  return ok ? 0 : 1;
}

export async function runDrift(ctx: ActionContext): Promise<number> {
  // On schedule (not on a manual run), expired access goes before the report shows the rest.
  const expiry = ctx.event.name === 'schedule' && ctx.settings.enforceExpiry;
  const enforced = expiry ? (await enforceExpiry(ctx)).ok : true;
  const label = ctx.settings.driftIssueLabel;
  const marker = driftMarker(ctx.configKey);
  const latest = await ctx.github.findLatestIssue(label, marker);
  const existing = latest?.open === true ? latest : undefined;
  const previous = latest === undefined ? undefined : readDriftCursor(latest.body);
  const now = new Date();
  const since = sinceFor(previous, now, ctx.settings.fullDriftEveryMs, existing !== undefined);
  const result = await ctx.engine.drift(ctx.settings.config, since === undefined ? {} : { since });
  if (!result.ok) {
    const error = result.error ?? 'drift could not be computed';
    ctx.annotate({ level: 'error', message: `drift of ${ctx.configKey}: ${error}` });
    await ctx.runner.appendSummary(ctx.publishable(`### ❌ snyk-gitops drift failed\n\n${fence(error)}`));
    return 1;
  }
  await ctx.runner.setOutput('has-changes', String(result.hasDrift));
  await ctx.runner.setOutput('summary', JSON.stringify(result.summary));
  await ctx.runner.setOutput('plan-path', '');
  const next = nextDriftCursor(previous, result, now);
  const remember = (body: string) => (next === undefined ? body : withCursor(body, next));
  // Unreadable parts are not "in sync": keep (or open) the issue until they can be checked.
  if (result.hasDrift || result.unknownParts > 0) {
    const unapplied = await describeUnappliedMerges(ctx);
    if (unapplied) ctx.annotate({ level: 'warning', message: unapplied });
    const body = ctx.publishable(
      renderDriftIssue({ config: ctx.configKey, result, run: ctx.run, ...(unapplied ? { unapplied } : {}) }),
    );
    await ctx.runner.appendSummary(body);
    const issueBody = remember(`${marker}\n${body}`);
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
    await ctx.github.updateIssue(existing.number, { body: remember(existing.body), state: 'closed' });
    ctx.runner.log(`snyk-gitops drift: closed issue #${existing.number}`);
  } else if (latest !== undefined && next !== undefined) {
    // The closed issue keeps the cursor: the next run reads only what changed from here.
    await ctx.github.updateIssue(latest.number, { body: remember(latest.body) });
  }
  return enforced ? 0 : 1;
}
