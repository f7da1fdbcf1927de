// What every mode of a run shares: the decided settings and event, the injected engine and
// GitHub, the runner protocol, and `publishable`, which every text posted to GitHub goes
// through (tokens redacted, emails masked when asked, size limited).
import { isAbsolute, relative } from 'node:path';
import { secretsOf } from '../util/env-secrets.ts';
import { redact } from '../util/redact.ts';
import type { RunLink } from './comments.ts';
import type { Engine } from './engine.ts';
import type { ActionEvent } from './event.ts';
import type { GitHubApi } from './github.ts';
import type { ActionSettings } from './inputs.ts';
import { BODY_BUDGET, limitSize } from './limit-size.ts';
import { maskEmails } from './mask-emails.ts';
import type { ModeDecision } from './mode.ts';
import type { Runner } from './runner.ts';
import type { Annotation } from './workflow-commands.ts';

export interface ActionContext {
  settings: ActionSettings;
  event: ActionEvent;
  decision: ModeDecision;
  engine: Engine;
  github: GitHubApi;
  runner: Runner;
  run: RunLink;
  /** The config paths as one string: names the sticky comment and the drift issue. */
  configKey: string;
  workspace: string;
  planPath: string;
  /** Redacts tokens and masks emails (when asked): for anything that leaves the runner. */
  clean(text: string): string;
  /** `clean`, then cut to GitHub's size limit with a pointer to the full report. */
  publishable(text: string): string;
  /** A path as the repository shows it (relative to the workspace). */
  relativePath(file: string): string;
  /** An annotation with a cleaned message and a workspace-relative file. */
  annotate(annotation: Annotation): void;
}

/** What a run starts from; the rest of the context is derived from these. */
type ContextParts = Pick<
  ActionContext,
  'settings' | 'event' | 'decision' | 'engine' | 'github' | 'runner' | 'workspace' | 'planPath'
> & { env: Readonly<Record<string, string | undefined>> };

export function createActionContext(parts: ContextParts): ActionContext {
  const { settings, env, runner, workspace } = parts;
  const secrets = [settings.snykToken, settings.githubToken, ...secretsOf(env)].filter((s): s is string =>
    Boolean(s),
  );
  const clean = (text: string) => {
    const redacted = redact(text, secrets);
    return settings.maskEmails ? maskEmails(redacted) : redacted;
  };
  const run: RunLink = { sha: parts.event.pullRequest?.headSha || parts.event.sha };
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    run.url = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const notice = `> ✂️ Truncated to fit GitHub's size limit. The full plan is in the plan file (output \`plan-path\`)${run.url ? ` of [this run](${run.url})` : ''}.`;
  const relativePath = (file: string) => (isAbsolute(file) ? relative(workspace, file) : file);
  return {
    ...parts,
    relativePath,
    run,
    configKey: settings.config.join(' '),
    clean,
    publishable: (text) => limitSize(clean(text), BODY_BUDGET, notice),
    annotate(annotation) {
      const cleaned: Annotation = { ...annotation, message: clean(annotation.message) };
      if (annotation.file !== undefined) cleaned.file = relativePath(annotation.file);
      runner.annotate(cleaned);
    },
  };
}
