// Input `target-changed-files`: which orgs a pull request's changed files are about, as
// `--target` addresses, or why the plan must be full. Pure: the changed files (as GitHub lists
// them), the config paths and what each loaded config file defines in; the decision out.
// A full plan is the answer whenever the change cannot be attributed to orgs of the head tree.
import { orgAddress } from '../core/addresses.ts';

/** A file of the pull request, as `pulls.listFiles` gives it (paths relative to the repository). */
export interface ChangedFile {
  filename: string;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: string;
  previousFilename?: string;
  /** The unified diff of the file; GitHub leaves it out for very large diffs. */
  patch?: string;
}

/** A loaded config file: its repository-relative path, its orgs and its group-wide sections. */
export interface LoadedFile {
  path: string;
  orgs: readonly string[];
  sections: readonly string[];
}

export interface ChangeScopeInput {
  /** The action's config paths, repository-relative with `/` ('' for the repository root). */
  configPaths: readonly string[];
  changed: readonly ChangedFile[];
  /** True when GitHub listed fewer files than the pull request changes (it lists at most 3000). */
  truncated?: boolean;
  loaded: readonly LoadedFile[];
}

export type ChangeScope =
  | { full: false; targets: string[]; files: string[] }
  | { full: true; reason: string };

const YAML_FILE = /\.ya?ml$/i;

/** Whether `file` is read as config: a config file itself, or a YAML file in a config directory. */
export function isConfigFile(file: string, configPaths: readonly string[]): boolean {
  return configPaths.some((path) => {
    if (file === path) return true;
    const rest = path === '' ? file : file.startsWith(`${path}/`) ? file.slice(path.length + 1) : undefined;
    // A directory is read recursively, hidden folders skipped (config/walk.ts).
    return (
      rest !== undefined && YAML_FILE.test(rest) && !rest.split('/').some((part) => part.startsWith('.'))
    );
  });
}

/**
 * A removed line that mentions `slug:` may be an org entry taken out of the file or given
 * another slug: the org it named is not in the head tree. GitHub gives no patch for huge diffs.
 */
function mayDropOrgs(file: ChangedFile): boolean {
  if (file.status === 'added' || file.status === 'copied') return false;
  if (file.patch === undefined) return true;
  return /^-.*\bslug["']?\s*:/m.test(file.patch);
}

/** Why one changed config file cannot be attributed to its orgs, or undefined when it can. */
function fullPlanReason(file: ChangedFile, loaded: LoadedFile | undefined): string | undefined {
  const name = file.filename;
  if (loaded === undefined)
    return `${name} changed but is not among the loaded config files (is the pull request's head checked out at the workspace?)`;
  if (loaded.sections.length > 0)
    return `${name} sets group-wide keys (${loaded.sections.join(', ')}), which can touch every org`;
  if (mayDropOrgs(file))
    return file.patch === undefined
      ? `GitHub gave no diff for ${name}, so org entries it removes cannot be told`
      : `${name} removes or renames an org entry (a removed 'slug:' line), which is not in the head tree`;
  return undefined;
}

export function scopeOfChanges(input: ChangeScopeInput): ChangeScope {
  const full = (reason: string): ChangeScope => ({ full: true, reason });
  if (input.truncated) return full('the pull request changes more files than GitHub lists (3000)');
  const inConfig = (file: string | undefined) => file !== undefined && isConfigFile(file, input.configPaths);
  const byPath = new Map(input.loaded.map((file) => [file.path, file]));
  const targets = new Set<string>();
  const files: string[] = [];
  for (const file of input.changed) {
    if (file.status === 'removed' && inConfig(file.filename))
      return full(`${file.filename} was removed: the orgs it defined are not in the head tree`);
    if (file.status === 'renamed' && inConfig(file.previousFilename))
      return full(
        `${file.previousFilename} was renamed to ${file.filename}: the orgs it defined before are not in the head tree`,
      );
    if (file.status === 'removed' || file.status === 'unchanged' || !inConfig(file.filename)) continue;
    const loaded = byPath.get(file.filename);
    const reason = fullPlanReason(file, loaded);
    if (reason !== undefined) return full(reason);
    if (!files.includes(file.filename)) files.push(file.filename);
    for (const slug of loaded?.orgs ?? []) targets.add(orgAddress(slug).text);
  }
  if (files.length === 0) return full('no config file changed in this pull request');
  if (targets.size === 0) return full(`the changed config files (${files.join(', ')}) define no orgs`);
  return { full: false, targets: [...targets], files };
}
