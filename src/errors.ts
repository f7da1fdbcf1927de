// The error base every layer throws. Each error has a stable `code`; the CLI's one top-level
// catch maps any GitopsError to its message and exit code (no stack trace for users).
export class GitopsError extends Error {
  readonly code: string;
  readonly exitCode: number;
  constructor(message: string, options: { code: string; exitCode?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Bad command-line usage: unknown flag, missing argument, conflicting options. */
export class UsageError extends GitopsError {
  constructor(message: string) {
    super(message, { code: 'USAGE' });
  }
}
