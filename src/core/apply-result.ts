// What applying a plan did, change by change: plain data the executor returns and the
// renderers and the Action's comments read.
import type { Change } from './types.ts';

/** `not-started`: the run was interrupted (Ctrl+C, SIGTERM) before this change began. */
export type ChangeStatus = 'applied' | 'confirmed' | 'failed' | 'skipped' | 'not-started';

export interface ChangeResult {
  change: Change;
  status: ChangeStatus;
  /** Failure message, or the failed dependency for a skipped change. */
  error?: string;
  errorCode?: string;
  notice?: string;
}

export interface ApplyResult {
  results: ChangeResult[];
  applied: number;
  failed: number;
  skipped: number;
  notStarted: number;
  notices: string[];
}
