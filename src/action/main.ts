// The action's entry (bundled into dist/action.js): the only code of the action that reads the
// real process. Everything comes from the environment the runner sets (INPUT_*, GITHUB_*,
// RUNNER_TEMP), so tests can run the bundle as a process exactly as the runner does.
import { proxyFor } from '../engine/proxy-env.ts';
import { secretsOf } from '../util/env-secrets.ts';
import { inertLines } from '../util/inert-text.ts';
import { redact } from '../util/redact.ts';
import { createEngine } from './create-engine.ts';
import { createGitHubApi } from './github.ts';
import { readInputs } from './inputs.ts';
import { run } from './run.ts';
import { formatAnnotation } from './workflow-commands.ts';

export async function main(env: Readonly<Record<string, string | undefined>>): Promise<number> {
  try {
    const settings = readInputs(env);
    const githubUrl = env.GITHUB_API_URL || 'https://api.github.com';
    const githubProxy = proxyFor(githubUrl, env);
    const github = createGitHubApi({
      repository: env.GITHUB_REPOSITORY ?? '',
      baseUrl: githubUrl,
      ...(githubProxy === undefined ? {} : { proxy: githubProxy }),
      ...(settings.githubToken ? { token: settings.githubToken } : {}),
      commentAuthor: settings.commentAuthor,
    });
    // A rate-limit wait's line is built from numbers and a time; inert all the same, as every log line.
    const log = (line: string) => process.stdout.write(`${inertLines(line)}\n`);
    const engine = createEngine(settings, env, log, stopOnCancel(log));
    return await run(env, { engine, github, workspace: env.GITHUB_WORKSPACE || process.cwd() });
  } catch (error) {
    // run() reports its own failures; this catches only a failure to build its dependencies.
    const secrets = secretsOf(env);
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(
      formatAnnotation({ level: 'error', message: redact(`snyk-gitops: ${message}`, secrets) }),
    );
    return 1;
  }
}

/**
 * A cancelled job: the runner sends SIGINT, then SIGTERM some seconds later, then kills. The
 * first signal stops the apply gracefully (the writes in flight finish, no more start, and the
 * summary says what was and was not done); a second one leaves the process to its default.
 */
function stopOnCancel(log: (line: string) => void): AbortSignal {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    stop.abort();
    log(`snyk-gitops: ${signal} (job cancelled): finishing the writes in flight, starting no more.`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return stop.signal;
}

process.exitCode = await main(process.env);
