// The entry point: the only place that reads the real process (argv, env, streams) and exits.
// One top-level catch maps errors to messages and exit codes; users never see a stack trace
// unless they ask for one with SNYK_GITOPS_DEBUG=1.
import { GitopsError, UsageError } from '../errors.ts';
import { secretsOf } from '../util/env-secrets.ts';
import { redact } from '../util/redact.ts';
import { COMMANDS } from './commands.ts';
import type { CommandContext } from './context.ts';
import { createOutput } from './output.ts';

export const VERSION = '0.1.0';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`);
  return [
    'snyk-gitops: manage Snyk groups, orgs, settings and memberships as code',
    '',
    'Usage: snyk-gitops <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Global options: --api-url URL, --rest-version V, --concurrency N, --no-color, --quiet, --verbose',
    'Environment: SNYK_TOKEN (or SNYK_OAUTH_TOKEN), SNYK_API_URL, SNYK_REST_VERSION',
    "Run 'snyk-gitops <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(
  ctx: Omit<CommandContext, 'argv' | 'io' | 'secrets'> & { args: string[] },
): Promise<number> {
  const secrets = secretsOf(ctx.env);
  const io = createOutput(ctx.stdout, ctx.stderr, secrets);
  const [name, ...argv] = ctx.args;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.out(usage());
      return name === undefined ? 1 : 0;
    }
    if (name === '--version' || name === 'version') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const spec = COMMANDS[name];
    if (spec === undefined)
      throw new UsageError(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(', ')}`);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(`Usage: snyk-gitops ${spec.usage}\n\n${spec.summary}\n`);
      return 0;
    }
    const command = await spec.load();
    return await command({ ...ctx, argv, io, secrets });
  } catch (error) {
    return reportError(error, io, ctx.env, secrets);
  }
}

function reportError(
  error: unknown,
  io: ReturnType<typeof createOutput>,
  env: Readonly<Record<string, string | undefined>>,
  secrets: readonly string[],
): number {
  const debug = env.SNYK_GITOPS_DEBUG === '1';
  if (error instanceof GitopsError) {
    io.err(`Error: ${error.message}\n`);
    if (error instanceof UsageError) io.err("Run 'snyk-gitops --help' for usage.\n");
    if (debug && error.stack) io.err(`${redact(error.stack, secrets)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(
    `Internal error: ${message}\nThis is a bug in snyk-gitops; please report it (rerun with SNYK_GITOPS_DEBUG=1 for details).\n`,
  );
  if (debug && error instanceof Error && error.stack) io.err(`${redact(error.stack, secrets)}\n`);
  return 1;
}
