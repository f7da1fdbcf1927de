// Everything a command may touch from the outside world, injected so that a test can run a
// whole command in-process. Only src/cli/main.ts builds one from the real process.
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
  /** The clock (expiry of access, a plan's createdAt); the real one when not injected. */
  now?: () => Date;
}

export function clockOf(ctx: Pick<CommandContext, 'now'>): () => Date {
  return ctx.now ?? (() => new Date());
}

export type Command = (ctx: CommandContext) => Promise<number>;

export interface CommandSpec {
  summary: string;
  usage: string;
  load: () => Promise<Command>;
}
