// A command's session with Snyk: the client and the progress bar for its reads, opened together
// and always closed together, and the plan that `plan` and `apply` both start from.

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { RailLifts } from '../core/refusal.ts';
import type { ApiSettings } from '../engine/api-settings.ts';
import { type LoadedConfig, type PlanOutcome, planDesired } from '../engine/plan.ts';
import { budgetOf, openSnyk } from '../engine/session.ts';
import { type CommandContext, clockOf } from './context.ts';
import type { PlanSelection } from './options.ts';
import { createProgress, type Progress } from './progress.ts';

export interface SnykSession {
  settings: ApiSettings;
  client: SnykClient;
  progress: Progress;
  /** Whether the bar is drawn: stderr is a terminal and the run is not --quiet. */
  tty: boolean;
  /** An `onProgress` for reads: the bar names what it is reading. */
  reading(done: number, total: number, label: string): void;
}

/** Runs `work` with a client and a progress bar; the bar is cleared and the client closed after. */
export async function withSnyk<T>(
  ctx: CommandContext,
  settings: ApiSettings,
  quiet: boolean | undefined,
  work: (session: SnykSession) => Promise<T>,
): Promise<T> {
  const tty = ctx.stderr.isTTY === true && !quiet;
  const progress = createProgress(ctx.stderr, { tty });
  const client = openSnyk(
    settings,
    (line) => ctx.io.err(`${line}\n`),
    (text) => progress.notice(text),
  );
  const reading = (done: number, total: number, label: string) =>
    progress.update(done, total, `reading ${label}`);
  try {
    return await work({ settings, client, progress, tty, reading });
  } finally {
    progress.finish();
    await client.close();
  }
}

/** Reads live Snyk and plans the config against it, the bar showing the reads. */
export async function planLive(
  ctx: CommandContext,
  session: SnykSession,
  config: LoadedConfig,
  selection: PlanSelection,
  lift: RailLifts,
): Promise<PlanOutcome> {
  const outcome = await planDesired(config, session.client, {
    ...selection,
    lift,
    now: clockOf(ctx),
    env: ctx.env,
    budget: budgetOf(session.settings),
    onProgress: session.reading,
  });
  session.progress.finish();
  return outcome;
}
