// How a change is carried out: by its kind's module (src/core/kinds), exactly one write call
// per change plus, only when a create may already have reached Snyk, a re-read confirming it.

import { type ApplyContext, ApplyError, type Outcome } from '../core/kinds/apply-support.ts';
import { handlersOf } from '../core/kinds/index.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Change } from '../core/types.ts';

export type { ApplyContext, Outcome };
export { ApplyError };

/** Carries out one change. Throws (with the API's error) when it fails. */
export function executeChange(change: Change, client: SnykClient, ctx: ApplyContext): Promise<Outcome> {
  const apply = handlersOf(change.kind).apply[change.action];
  if (apply === undefined) {
    return Promise.reject(
      new ApplyError(
        `${change.address}: cannot ${change.action} a ${change.kind} (the API has no such operation)`,
      ),
    );
  }
  return apply(change, { client, ctx });
}
