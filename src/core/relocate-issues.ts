// Relocation: a narrowed desired state numbers its orgs afresh, so an issue found while planning
// it points at `orgs[0]` where the file has `orgs[3]`. Its path is moved back to the file's.
import type { PlanIssue } from './issues.ts';

/** `issues` with each `orgs[i]` path replaced by the index `orgIndex[i]` of the full file. */
export function relocateIssues(issues: readonly PlanIssue[], orgIndex: readonly number[]): PlanIssue[] {
  return issues.map((issue) => {
    const path = issue.path;
    if (path?.[0] !== 'orgs' || typeof path[1] !== 'number') return issue;
    return { ...issue, path: ['orgs', orgIndex[path[1]] ?? path[1], ...path.slice(2)] };
  });
}
