// One run of the action, with everything from outside injected (env, engine, GitHub, stdout)
// so that tests drive it in-process. Returns the exit code; never throws.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { secretsOf } from '../util/env-secrets.ts';
import { redact } from '../util/redact.ts';
import { type ActionContext, createActionContext } from './action-context.ts';
import type { Engine } from './engine.ts';
import { parseEvent } from './event.ts';
import type { GitHubApi } from './github.ts';
import { type ActionSettings, readInputs } from './inputs.ts';
import { maskEmails } from './mask-emails.ts';
import { type Mode, selectMode } from './mode.ts';
import { runApply } from './run-apply.ts';
import { runDrift, runExpire } from './run-drift.ts';
import { runPlan, runValidate } from './run-plan.ts';
import { createRunner } from './runner.ts';
import { formatAnnotation } from './workflow-commands.ts';

export interface RunDeps {
  engine: Engine;
  github: GitHubApi;
  stdout?: { write(text: string): unknown };
  /** Where config paths are relative to; defaults to GITHUB_WORKSPACE, then '.'. */
  workspace?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const FLOWS: Record<Mode, (ctx: ActionContext) => Promise<number>> = {
  validate: runValidate,
  plan: runPlan,
  apply: runApply,
  drift: runDrift,
  expire: runExpire,
};

async function readPayload(env: Env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
    );
  }
}

export async function run(env: Env, deps: RunDeps): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const runner = createRunner({ env, stdout });
  let settings: ActionSettings | undefined;
  try {
    settings = readInputs(env);
    // Before anything else is printed: the runner hides these in every later log line.
    if (settings.snykToken) runner.addMask(settings.snykToken);
    for (const secret of oauthSecrets(settings)) runner.addMask(secret);
    if (settings.githubToken) runner.addMask(settings.githubToken);
    const event = parseEvent(env, await readPayload(env));
    const decision = selectMode(settings.mode, event, {
      hasSnykToken: settings.snykToken !== undefined || settings.snykOAuth !== undefined,
    });
    const workspace = deps.workspace ?? env.GITHUB_WORKSPACE ?? '.';
    const ctx = createActionContext({
      settings,
      event,
      decision,
      engine: deps.engine,
      github: deps.github,
      runner,
      env,
      workspace,
      planPath: join(env.RUNNER_TEMP || workspace, 'snyk-gitops-plan.json'),
    });
    runner.log(
      `snyk-gitops: ${decision.mode} ${ctx.configKey} (event ${event.name || 'none'}, mode ${settings.mode})${decision.reason ? `: ${decision.reason}` : ''}`,
    );
    if (decision.warn && decision.reason) {
      stdout.write(formatAnnotation({ level: 'warning', message: `snyk-gitops: ${decision.reason}` }));
    }
    return await FLOWS[decision.mode](ctx);
  } catch (error) {
    const secrets = [settings?.snykToken, settings?.githubToken, ...secretsOf(env)].filter((s): s is string =>
      Boolean(s),
    );
    const raw = redact(`snyk-gitops: ${error instanceof Error ? error.message : String(error)}`, secrets);
    const message = settings?.maskEmails ? maskEmails(raw) : raw;
    stdout.write(formatAnnotation({ level: 'error', message }));
    return 1;
  }
}

/**
 * The OAuth client's secret and private key, as the runner masks them: a key line by line,
 * because a runner masks a multi-line value only where it appears whole.
 */
function oauthSecrets(settings: ActionSettings): string[] {
  const { clientSecret, privateKey } = settings.snykOAuth ?? {};
  const keyLines = (privateKey ?? '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('-----'));
  return [...(clientSecret ? [clientSecret] : []), ...keyLines];
}
