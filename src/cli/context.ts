// Everything a command may touch from the outside world, injected so that a test can run a
// whole command in-process. Only src/cli/main.ts builds one from the real process.
import type { OptionDocs } from './command-options.ts';
import type { Interrupts } from './interrupts.ts';
import type { Output, Sink } from './output.ts';

export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: Sink & { isTTY?: boolean; columns?: number };
  stderr: Sink & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** stdout/stderr with secrets redacted: commands write through this. */
  io: Output;
  /** Secrets known to this run (tokens), for redaction of files the command writes. */
  secrets: readonly string[];
  /** Ctrl+C and SIGTERM, for commands that stop gracefully (apply); absent: default handling. */
  interrupts?: Interrupts;
  /** The clock (expiry of access, a plan's createdAt); the real one when not injected. */
  now?: () => Date;
}

export function clockOf(ctx: Pick<CommandContext, 'now'>): () => Date {
  return ctx.now ?? (() => new Date());
}

export type Command = (ctx: CommandContext) => Promise<number>;

/** A command as `help` shows it and `runCli` loads it. */
export interface CommandSpec {
  summary: string;
  /** The positional arguments as the usage line shows them, e.g. `[paths...]`. */
  args: string;
  options: OptionDocs;
  /** Whether it talks to Snyk (help then lists the token and API variables). */
  usesSnyk: boolean;
  exitCodes: readonly (readonly [code: number, meaning: string])[];
  example: string;
  load: () => Promise<Command>;
}
