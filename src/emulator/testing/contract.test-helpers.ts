// Contract assertion over the REST responses a harness recorded: each must match the response
// schema of the official OpenAPI spec for its operation and status.

import type { RestResponseRecord } from '../types.ts';
import { createContractChecker, specUnavailableReason } from './openapi-contract.test-helpers.ts';

export const contractSkipReason = specUnavailableReason();
if (contractSkipReason !== undefined) console.warn(`Skipping contract tests: ${contractSkipReason}`);

export function contractViolations(records: readonly RestResponseRecord[]): string[] {
  const checker = createContractChecker();
  return records.flatMap((r) => checker.check(r.method, r.template, r.status, r.body));
}
