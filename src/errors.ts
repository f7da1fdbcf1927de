// The error base every layer throws. Each error has a stable `code` from the catalogue
// (error-codes.ts, docs/errors.md), which also decides its exit code; the CLI's one top-level
// catch maps any GitopsError to its message and exit code (no stack trace for users).
import { type ErrorCode, exitCodeOf } from './error-codes.ts';

export type { ErrorCode };

export class GitopsError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(message: string, options: { code: ErrorCode; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = exitCodeOf(options.code);
  }
}

/** Bad command-line usage: unknown flag, missing argument, conflicting options. */
export class UsageError extends GitopsError {
  constructor(message: string) {
    super(message, { code: 'USAGE' });
  }
}
