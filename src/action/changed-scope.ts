// The targets of a pull request's plan (and of its merge's apply) under `target-changed-files`:
// the PR's files from GitHub, the config paths and the loaded files made repository-relative,
// then the pure decision of changed-targets.ts. Every outcome is one line in the log and a
// notice, so that a reviewer sees why a plan is partial or full.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ActionContext } from './action-context.ts';
import { type ChangeScope, type LoadedFile, scopeOfChanges } from './changed-targets.ts';
import type { ValidateResult } from './engine.ts';

/** What `pulls.listFiles` returns at the most: a PR with more files is listed in part. */
const GITHUB_FILE_LIST_LIMIT = 3000;

/** `a, b, c and 7 more`: a notice stays one readable line however large the pull request. */
function listSome(items: readonly string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** `path` relative to the workspace (the repository's root) with `/`, or undefined outside it. */
function repositoryPath(workspace: string, path: string): string | undefined {
  const rel = relative(resolve(workspace), resolve(workspace, path));
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The action's config paths as the repository names them. */
export function repositoryConfigPaths(ctx: ActionContext): string[] {
  return ctx.settings.config
    .map((path) => repositoryPath(ctx.workspace, path))
    .filter((path): path is string => path !== undefined);
}

async function decide(
  ctx: ActionContext,
  validation: ValidateResult,
  pullNumber: number,
): Promise<ChangeScope> {
  let changed: Awaited<ReturnType<ActionContext['github']['listPullRequestFiles']>>;
  try {
    changed = await ctx.github.listPullRequestFiles(pullNumber);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { full: true, reason: `the files of pull request #${pullNumber} could not be listed (${why})` };
  }
  const configPaths = repositoryConfigPaths(ctx);
  const loaded: LoadedFile[] = (validation.contents ?? []).flatMap((file) => {
    const path = repositoryPath(ctx.workspace, file.absolute ?? file.file);
    return path === undefined ? [] : [{ path, orgs: file.orgs, sections: file.sections }];
  });
  return scopeOfChanges({
    configPaths,
    changed,
    truncated: changed.length >= GITHUB_FILE_LIST_LIMIT,
    loaded,
  });
}

/** The scopes of several pull requests merged together: full if any is, else every target. */
async function decideAll(
  ctx: ActionContext,
  validation: ValidateResult,
  pullNumbers: readonly number[],
): Promise<ChangeScope> {
  const targets = new Set<string>();
  const files = new Set<string>();
  for (const number of pullNumbers) {
    const scope = await decide(ctx, validation, number);
    if (scope.full)
      return pullNumbers.length === 1 ? scope : { ...scope, reason: `#${number}: ${scope.reason}` };
    for (const target of scope.targets) targets.add(target);
    for (const file of scope.files) files.add(file);
  }
  return { full: false, targets: [...targets], files: [...files] };
}

/**
 * The `--target` addresses for the pull requests `pullNumbers` (one for a PR's plan; those
 * merged since the last apply for a push), or [] for a full plan (also when the input is off
 * or there are none). `validation` is the valid config's result, which says what each file defines.
 */
export async function changedTargets(
  ctx: ActionContext,
  validation: ValidateResult,
  pullNumbers: readonly number[],
): Promise<string[]> {
  if (!ctx.settings.targetChangedFiles || pullNumbers.length === 0) return [];
  const scope = await decideAll(ctx, validation, pullNumbers);
  const message = scope.full
    ? `target-changed-files: a full plan, because ${scope.reason}`
    : `target-changed-files: planning only ${listSome(scope.targets)} (the orgs of ${listSome(scope.files)})`;
  ctx.annotate({ level: 'notice', message });
  ctx.runner.log(ctx.clean(message));
  return scope.full ? [] : scope.targets;
}
