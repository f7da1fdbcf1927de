// The entry point: the only place that reads the real process (argv, env, streams) and exits.
// One top-level catch maps errors to messages and exit codes; users never see a stack trace
// unless they ask for one with SNYK_GITOPS_DEBUG=1.
import { GitopsError, UsageError } from '../errors.ts';
import { secretsOf } from '../util/env-secrets.ts';
import { redact } from '../util/redact.ts';
import { COMMANDS } from './commands.ts';
import type { CommandContext } from './context.ts';
import { renderCommandHelp, renderOverview } from './help.ts';
import { createOutput } from './output.ts';

export const VERSION = '0.1.0';

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(
  ctx: Omit<CommandContext, 'argv' | 'io' | 'secrets'> & { args: string[] },
): Promise<number> {
  const secrets = secretsOf(ctx.env);
  const io = createOutput(ctx.stdout, ctx.stderr, secrets);
  const [name, ...argv] = ctx.args;
  try {
    if (name === '--version' || name === '-v' || name === 'version') {
      io.out(`${VERSION}\n`);
      return 0;
    }
    const helpFor = name === 'help' ? argv[0] : undefined;
    if (
      name === undefined ||
      name === '--help' ||
      name === '-h' ||
      (name === 'help' && helpFor === undefined)
    ) {
      io.out(renderOverview(COMMANDS));
      return name === undefined ? 1 : 0;
    }
    const commandName = helpFor ?? name;
    const spec = COMMANDS[commandName];
    if (spec === undefined)
      throw new UsageError(`unknown command '${commandName}'. Commands: ${Object.keys(COMMANDS).join(', ')}`);
    if (helpFor !== undefined || argv.includes('--help') || argv.includes('-h')) {
      io.out(renderCommandHelp(commandName, spec));
      return 0;
    }
    const command = await spec.load();
    return await command({ ...ctx, argv, io, secrets });
  } catch (error) {
    const helpLine = name !== undefined && name in COMMANDS ? `snyk-gitops help ${name}` : 'snyk-gitops help';
    return reportError(error, io, ctx.env, secrets, helpLine);
  }
}

function reportError(
  error: unknown,
  io: ReturnType<typeof createOutput>,
  env: Readonly<Record<string, string | undefined>>,
  secrets: readonly string[],
  helpLine: string,
): number {
  const debug = env.SNYK_GITOPS_DEBUG === '1';
  if (error instanceof GitopsError) {
    io.err(`Error: ${error.message}\n`);
    if (error instanceof UsageError) io.err(`Run '${helpLine}' for usage.\n`);
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
