// A semantic problem that stops a plan: the desired state cannot be reconciled as written.

import type { Address } from './addresses.ts';
import type { IssueCode } from './plan-codes.ts';

export interface PlanIssue {
  /** One cause each, from the catalogue (src/core/plan-codes.ts). */
  code: IssueCode;
  message: string;
  address?: Address;
  /** Into DesiredState, e.g. ['orgs', 2, 'members', 0, 'role'], so the CLI can locate it in the YAML. */
  path?: (string | number)[];
  /** Other places in the file the problem involves (the second of two conflicting rules), located like `path`. */
  related?: { what: string; path: (string | number)[] }[];
}
