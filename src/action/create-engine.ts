// The real engine behind the action: the CLI's own steps (load, read, plan, apply, drift),
// called in-process with the action's settings. Failures become results, not exceptions,
// so the action can report them on the pull request.

import { formatIssue, loadConfig } from '../config/index.ts';
import type { Plan } from '../core/types.ts';
import { renderDriftMarkdown } from '../drift/render-markdown.ts';
import { resolveApiSettings } from '../engine/api-settings.ts';
import { applyPlan, checkFresh } from '../engine/apply.ts';
import { detectDrift } from '../engine/drift.ts';
import { loadDesired, planDesired } from '../engine/plan.ts';
import { openSnyk } from '../engine/session.ts';
import { renderApplySummaryMarkdown, renderApplySummaryText } from '../render/apply-summary.ts';
import type { SnykClient } from '../snyk/index.ts';
import type { Engine } from './engine.ts';
import { type ActionSettings, API_INPUT_NAMES } from './inputs.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createEngine(
  settings: ActionSettings,
  env: Readonly<Record<string, string | undefined>>,
): Engine {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  // The token comes from the action's input, never from the runner's environment.
  const api = resolveApiSettings(
    settings.api,
    { ...env, SNYK_TOKEN: settings.snykToken, SNYK_OAUTH_TOKEN: undefined },
    API_INPUT_NAMES,
  );
  const withClient = async <T>(use: (client: SnykClient) => Promise<T>): Promise<T> => {
    const client = openSnyk(api);
    try {
      return await use(client);
    } finally {
      await client.close();
    }
  };

  return {
    async validate(paths) {
      const result = await loadConfig(paths, { cwd });
      if (result.ok) {
        return {
          ok: true,
          issues: [],
          text: `valid: ${result.files.length} files, ${result.desired.orgs.length} orgs`,
        };
      }
      const issues = result.issues.map((i) => ({
        message: i.message,
        ...(i.file !== undefined ? { file: i.file } : {}),
        ...(i.line !== undefined ? { line: i.line } : {}),
        ...(i.column !== undefined ? { column: i.column } : {}),
      }));
      return { ok: false, issues, text: result.issues.map(formatIssue).join('\n') };
    },

    async plan(paths) {
      try {
        const config = await loadDesired(paths, cwd);
        const { plan } = await withClient((client) => planDesired(config, client));
        return { ok: true, plan };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },

    async apply(plan: Plan, options) {
      try {
        return await withClient(async (client) => {
          const { live, scope } = await checkFresh(plan, client);
          const outcome = await applyPlan(
            plan,
            live,
            client,
            {
              allowMassDelete: options.allowMassDelete,
              allowLockout: false,
              concurrency: api.concurrency,
              // Webhook secrets (`secret: { env }`) come from the job's environment.
              env,
            },
            scope,
          );
          const { result } = outcome;
          return {
            ok: result.failed + result.skipped === 0,
            applied: result.applied,
            failed: result.failed,
            skipped: result.skipped,
            text: renderApplySummaryText(outcome),
            markdown: renderApplySummaryMarkdown(outcome),
          };
        });
      } catch (error) {
        const text = `Nothing was applied: ${message(error)}`;
        return { ok: false, applied: 0, failed: 0, skipped: 0, text, markdown: text };
      }
    },

    async drift(paths) {
      try {
        const config = await loadDesired(paths, cwd);
        const report = await withClient((client) => detectDrift(config, client));
        const { byKind: _byKind, ...counts } = report.summary;
        return {
          ok: true,
          hasDrift: !report.inSync,
          unknownParts: report.unknown.length,
          markdown: renderDriftMarkdown(report),
          summary: counts,
        };
      } catch (error) {
        return {
          ok: false,
          hasDrift: false,
          unknownParts: 0,
          markdown: '',
          summary: {},
          error: message(error),
        };
      }
    },
  };
}
