// snyk-gitops apply [paths] [--auto-approve] | apply --plan plan.json
// Plans (or reads a saved plan and checks it is still fresh), shows the plan, asks for
// confirmation on a terminal (then re-reads and checks again what it said yes to), then
// executes with progress and a closing summary.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { LiveState, Plan } from '../../core/types.ts';
import { applyPlan, checkFresh } from '../../engine/apply.ts';
import { loadDesired } from '../../engine/plan.ts';
import { repositorySourceFrom } from '../../engine/repository-source.ts';
import { readSavedPlan } from '../../engine/saved-plan.ts';
import type { PlanScope } from '../../engine/scope.ts';
import { checkSecretsDir } from '../../engine/secrets-dir.ts';
import { GitopsError, UsageError } from '../../errors.ts';
import { journalFor } from '../../executor/create-journal.ts';
import type { ApplyEvent } from '../../executor/execute-plan.ts';
import { green, red, yellow } from '../../render/ansi.ts';
import { renderApplySummaryText } from '../../render/apply-summary.ts';
import { renderPlanText } from '../../render/plan-text.ts';
import { APPLY_OPTIONS } from '../command-options.ts';
import { type Command, type CommandContext, clockOf } from '../context.ts';
import {
  configPaths,
  type PlanSelection,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings,
} from '../options.ts';
import type { Progress } from '../progress.ts';
import { planLive, withSnyk } from '../session.ts';
import { useColor } from '../style.ts';

/** The answer to the prompt; `undefined` when stdin ended first (Ctrl-D): no answer at all. */
async function confirm(ctx: CommandContext, count: number): Promise<boolean | undefined> {
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stderr as NodeJS.WritableStream,
    terminal: false,
  });
  // A question left pending when the input closes never settles: watch for the close.
  const ended = new Promise<undefined>((done) => rl.once('close', () => done(undefined)));
  try {
    const answer = await Promise.race([
      rl
        .question(`\nApply these ${count} change${count === 1 ? '' : 's'}? Only 'yes' is accepted. (yes/no) `)
        .catch(() => undefined),
      ended,
    ]);
    return answer === undefined ? undefined : answer.trim().toLowerCase() === 'yes';
  } finally {
    rl.close();
  }
}

export const applyCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, APPLY_OPTIONS);
  const selection = checkUsage(values, positionals);
  const settings = resolveApiSettings(values, ctx.env);
  const color = useColor(ctx.stdout, values['no-color'], ctx.env);
  const lift = railLifts(values);
  const secretsDir =
    values['secrets-dir'] === undefined ? undefined : resolve(ctx.cwd, String(values['secrets-dir']));
  const savedPlan = values.plan ? await readSavedPlan(ctx.cwd, String(values.plan)) : undefined;
  const config = savedPlan ? undefined : await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { client, progress } = session;
    let plan: Plan;
    let live: LiveState;
    let scope: PlanScope;
    const repositories = repositorySourceFrom(ctx.env);
    if (savedPlan) {
      ({ live, scope } = await checkFresh(savedPlan, client, clockOf(ctx), undefined, repositories));
      plan = savedPlan;
    } else {
      ({ plan, live, scope } = await planLive(ctx, session, config!, selection, lift));
    }
    if (!values.quiet || plan.changes.length > 0) ctx.io.out(renderPlanText(plan, { color }));
    if (plan.changes.length === 0) return 0;
    // Before the prompt: a yes would be wasted on a run that cannot keep a secret it gets.
    checkSecretsDir(plan.changes, secretsDir);

    // A saved plan was reviewed when it was saved (as with terraform apply plan.tfplan).
    if (!savedPlan && !values['auto-approve']) {
      if (ctx.stdin.isTTY !== true) {
        throw new GitopsError(
          'refusing to apply without confirmation: not a terminal. Review the plan and pass --auto-approve, or apply a saved plan with --plan.',
          { code: 'NOT_CONFIRMED' },
        );
      }
      const answer = await confirm(ctx, plan.changes.length);
      if (answer !== true) {
        ctx.io.err(
          answer === undefined
            ? '\nno answer: nothing was written.\n'
            : 'Apply cancelled; nothing was written.\n',
        );
        return 1;
      }
      // Snyk may have changed while the prompt waited (another admin demoted, say): what the
      // user said yes to is checked again, as a saved plan is, before the first write.
      ({ live, scope } = await checkFresh(
        plan,
        client,
        clockOf(ctx),
        'the plan was shown (while the confirmation prompt waited)',
        repositories,
      ));
    }

    const onEvent = printEvents(progress, color, session.tty);
    const stop = new AbortController();
    const unlisten = ctx.interrupts?.listen((signal) => {
      stop.abort();
      progress.line(
        `${signal} received: finishing the writes in flight, starting no more. ${signal === 'SIGINT' ? 'Ctrl+C' : 'SIGTERM'} again exits at once.`,
      );
    });
    const outcome = await applyPlan(
      plan,
      live,
      client,
      {
        allowMassDelete: lift.allowMassDelete === true,
        allowLockout: lift.allowLockout === true,
        concurrency: settings.concurrency,
        onEvent,
        env: ctx.env,
        now: clockOf(ctx),
        journal: journalFor(ctx.env, settings.apiUrl),
        secretsDir,
        stop: stop.signal,
        ...(repositories ? { repositories } : {}),
        onProgress: (message) => progress.line(message),
      },
      scope,
    ).finally(() => unlisten?.());
    progress.finish();

    const { result } = outcome;
    ctx.io.out(`\n${renderApplySummaryText(outcome, { color })}\n`);
    return result.failed + result.skipped + result.notStarted > 0 ? 1 : 0;
  });
};

/** What the flags allow together (a saved plan carries its own paths, targets and replacements). */
function checkUsage(
  values: { plan?: string | boolean | undefined; target?: unknown; replace?: unknown; rotate?: unknown },
  positionals: string[],
): PlanSelection {
  if (values.plan && values.target !== undefined) {
    throw new UsageError('apply --plan takes no --target: a saved partial plan carries its targets');
  }
  if (values.plan && positionals.length > 0) {
    throw new UsageError(
      'apply --plan takes no config paths: a saved plan carries the desired state it was made from',
    );
  }
  const selection = planSelection(values);
  if (values.plan && selection.replace.length > 0) {
    throw new UsageError(
      'apply --plan takes no --replace: a saved plan already says what it replaces (plan --replace)',
    );
  }
  if (values.plan && selection.rotate.length > 0) {
    throw new UsageError(
      'apply --plan takes no --rotate: a saved plan already says what it rotates (plan --rotate)',
    );
  }
  return selection;
}

/** Progress on a terminal; in a CI log one line per change (and every failure on a terminal). */
function printEvents(progress: Progress, color: boolean, tty: boolean) {
  return (event: ApplyEvent) => {
    // Changes an interrupt kept from starting are counted in the summary, not listed one by one.
    if (event.result?.status === 'not-started') return;
    if (event.type === 'start') {
      progress.update(event.done, event.total, `${event.change.action} ${event.change.address}`);
      return;
    }
    const r = event.result!;
    const mark =
      r.status === 'failed'
        ? red(color, 'failed ')
        : r.status === 'skipped'
          ? yellow(color, 'skipped')
          : green(color, 'done   ');
    const detail = r.status === 'confirmed' ? ' (already in place)' : r.error ? `: ${r.error}` : '';
    if (!tty || r.status === 'failed')
      progress.line(`${mark} ${r.change.action} ${r.change.address.text}${detail}`);
    else progress.update(event.done, event.total, r.change.address.text);
  };
}
