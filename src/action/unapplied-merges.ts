// Whether the default branch's head is applied. The expiry run shares the apply concurrency
// group, and GitHub keeps only the newest pending run of a group: it can displace a pending
// apply. The drift report then says that part of the drift may be merged changes not applied
// yet, rather than changes made in Snyk (docs/action.md#merges-in-quick-succession).
import type { ActionContext } from './action-context.ts';
import { APPLY_STATUS_CONTEXT, findAppliedRange, isApplied } from './applied-range.ts';
import { repositoryConfigPaths } from './changed-scope.ts';
import { isConfigFile } from './changed-targets.ts';

const short = (sha: string) => sha.slice(0, 7);

/** A sentence for the drift report when merged config changes lack a successful apply, else undefined. */
export async function describeUnappliedMerges(ctx: ActionContext): Promise<string | undefined> {
  const head = ctx.event.sha;
  const branch = ctx.event.defaultBranch;
  if (!head || !branch) return undefined;
  try {
    if (await isApplied(ctx.github, head)) return undefined;
    const range = await findAppliedRange(ctx.github, head, branch);
    const recovery = `re-run the apply workflow on ${branch} (it applies every reviewed change merged since the last applied commit)`;
    if (!range.found) {
      return `Merged changes may not be applied yet: ${short(head)}, the head of ${branch}, has no successful ${APPLY_STATUS_CONTEXT} status, and ${range.reason}. If a merge's apply did not run, part of this drift is that merge: ${recovery}.`;
    }
    const configPaths = repositoryConfigPaths(ctx);
    if (!range.files.some((file) => isConfigFile(file, configPaths))) return undefined;
    const prs = range.pullRequests.map((pr) => `#${pr.number}`).join(', ');
    return `Merged changes not applied yet: ${range.commits.length} commit(s) after ${short(range.base)}, the last applied commit, change the config${prs ? ` (pull requests ${prs})` : ''}, and ${short(head)}, the head of ${branch}, has no successful ${APPLY_STATUS_CONTEXT} status. Part of this drift may be those changes, not changes made in Snyk: ${recovery}.`;
  } catch (error) {
    ctx.annotate({
      level: 'warning',
      message: `could not tell whether ${branch} is applied (does the workflow grant 'statuses: read'?): ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}
