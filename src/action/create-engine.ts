// The real engine behind the action: the CLI's own steps (load, read, plan, apply, drift),
// called in-process with the action's settings. Failures become results, not exceptions,
// so the action can report them on the pull request.

import { formatIssue, loadConfig } from '../config/index.ts';
import { expiryPlan, hasExpiringEntries } from '../core/expiry-plan.ts';
import type { RepositorySource } from '../core/port/repository-source.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { LiveState, Plan } from '../core/types.ts';
import { renderDriftMarkdown } from '../drift/render-markdown.ts';
import { resolveApiSettings } from '../engine/api-settings.ts';
import { applyPlan, checkFresh } from '../engine/apply.ts';
import { detectDriftWithAudit } from '../engine/drift-audit.ts';
import { loadDesired, planDesired } from '../engine/plan.ts';
import { repositoriesFrom } from '../engine/repository-source.ts';
import type { PlanScope } from '../engine/scope.ts';
import { openSnyk } from '../engine/session.ts';
import { journalFor } from '../executor/create-journal.ts';
import { renderApplySummaryMarkdown, renderApplySummaryText } from '../render/apply-summary.ts';
import type { ApplyOverrides, ApplyResult, DriftResult, Engine, ValidateResult } from './engine.ts';
import { type ActionSettings, API_INPUT_NAMES } from './inputs.ts';

const NOTHING_EXPIRED = { ok: true, applied: 0, failed: 0, skipped: 0, text: '', markdown: '', expired: 0 };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createEngine(
  settings: ActionSettings,
  env: Readonly<Record<string, string | undefined>>,
  /** Gets each rate-limit wait of 5 s or more, and each odd window, as a log line. */
  notice?: (line: string) => void,
  /** Aborted when the job is cancelled: apply finishes the writes in flight and starts no more. */
  stop?: AbortSignal,
): Engine {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const { api, withClient } = clientFor(settings, env, notice);
  // `imports` globs are listed with the action's own GitHub token (docs/configuration.md#repositories-imported-into-an-org).
  const githubEnv = { ...env, GITHUB_TOKEN: settings.githubToken ?? env.GITHUB_TOKEN };
  const repositories = repositoriesFrom(githubEnv);
  const applyWith = (
    client: SnykClient,
    plan: Plan,
    live: LiveState,
    options: ApplyOverrides,
    scope?: PlanScope,
  ) =>
    applyAndSummarize(
      {
        client,
        plan,
        live,
        options,
        concurrency: api.concurrency,
        env,
        apiUrl: api.apiUrl,
        ...repositories,
        ...(stop ? { stop } : {}),
      },
      scope,
    );

  return {
    validate: (paths) => validateFiles(paths, cwd),

    async plan(paths, request = {}) {
      try {
        const config = await loadDesired(paths, cwd);
        const targets = request.targets ?? [];
        const tolerateForbidden = request.tolerateForbidden === true;
        // The rails the workflow lifts for apply are lifted for the plan too: its refusals
        // are exactly what apply will refuse.
        const lift = request.lift ?? {};
        const { plan } = await withClient((client) =>
          planDesired(config, client, { targets, env: githubEnv, tolerateForbidden, lift }),
        );
        return { ok: true, plan };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },

    async apply(plan: Plan, options) {
      try {
        return await withClient(async (client) => {
          const { live, scope } = await checkFresh(
            plan,
            client,
            undefined,
            undefined,
            repositories.repositories,
          );
          return applyWith(client, plan, live, options, scope);
        });
      } catch (error) {
        return failed(error);
      }
    },

    async enforceExpiry(paths, options) {
      try {
        const config = await loadDesired(paths, cwd);
        // Nothing can expire without `expires`: no reads, and nothing to fail on.
        if (!hasExpiringEntries(config.desired)) return NOTHING_EXPIRED;
        return await withClient(async (client) => {
          const { plan, live } = await planDesired(config, client, { env: githubEnv });
          const expired = expiryPlan(plan);
          if (expired.changes.length === 0) return NOTHING_EXPIRED;
          return { ...(await applyWith(client, expired, live, options)), expired: expired.changes.length };
        });
      } catch (error) {
        return { ...failed(error), expired: 0 };
      }
    },

    async drift(paths, request = {}) {
      try {
        const config = await loadDesired(paths, cwd);
        const since = request.since === undefined ? {} : { since: request.since };
        return driftResult(
          await withClient((client) => detectDriftWithAudit(config, client, { ...since, ...repositories })),
        );
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

async function validateFiles(paths: string[], cwd: string): Promise<ValidateResult> {
  const result = await loadConfig(paths, { cwd });
  if (result.ok) {
    return {
      ok: true,
      issues: [],
      text: `valid: ${result.files.length} files, ${result.desired.orgs.length} orgs`,
      contents: result.contents,
    };
  }
  const issues = result.issues.map((i) => ({
    message: i.message,
    ...(i.file !== undefined ? { file: i.file } : {}),
    ...(i.line !== undefined ? { line: i.line } : {}),
    ...(i.column !== undefined ? { column: i.column } : {}),
  }));
  return { ok: false, issues, text: result.issues.map(formatIssue).join('\n') };
}

function failed(error: unknown) {
  const text = `Nothing was applied: ${message(error)}`;
  return { ok: false, applied: 0, failed: 0, skipped: 0, text, markdown: text };
}

function driftResult(report: Awaited<ReturnType<typeof detectDriftWithAudit>>): DriftResult {
  const { byKind: _byKind, ...counts } = report.summary;
  return {
    ok: true,
    hasDrift: !report.inSync,
    unknownParts: report.unknown.length,
    markdown: renderDriftMarkdown(report),
    summary: counts,
    ...(report.nextCursor !== undefined ? { nextCursor: report.nextCursor } : {}),
    full: report.audit?.mode !== 'since',
  };
}

interface ApplyInput {
  client: SnykClient;
  plan: Plan;
  live: LiveState;
  options: ApplyOverrides;
  concurrency: number;
  env: Readonly<Record<string, string | undefined>>;
  apiUrl: string;
  repositories?: RepositorySource;
  stop?: AbortSignal;
}

async function applyAndSummarize(input: ApplyInput, scope?: PlanScope): Promise<ApplyResult> {
  const { client, plan, live, options } = input;
  const outcome = await applyPlan(
    plan,
    live,
    client,
    {
      allowMassDelete: options.allowMassDelete,
      allowLockout: options.allowLockout ?? false,
      ...(options.secretsDir === undefined ? {} : { secretsDir: options.secretsDir }),
      concurrency: input.concurrency,
      // Webhook secrets (`secret: { env }`) come from the job's environment.
      env: input.env,
      // A self-hosted runner keeps it between jobs; a hosted one starts empty (docs/concurrency.md).
      journal: journalFor(input.env, input.apiUrl),
      ...(input.repositories ? { repositories: input.repositories } : {}),
      ...(input.stop ? { stop: input.stop } : {}),
    },
    scope,
  );
  const { result } = outcome;
  // Applying a part of a plan (expired access only), what remains of the rest is not its business.
  const addresses = new Set(plan.changes.map((c) => c.address));
  const shown = { ...outcome, remaining: outcome.remaining.filter((c) => addresses.has(c.address)) };
  return {
    // A cancelled job leaves changes not started: not a success, though nothing failed.
    ok: result.failed + result.skipped + result.notStarted === 0,
    applied: result.applied,
    failed: result.failed,
    skipped: result.skipped,
    text: renderApplySummaryText(shown),
    markdown: renderApplySummaryMarkdown(shown),
  };
}

/** How the action signs in: from its inputs only, whatever the runner's environment holds. */
function signInEnv(settings: ActionSettings): Record<string, string | undefined> {
  const oauth = settings.snykOAuth;
  return {
    SNYK_TOKEN: settings.snykToken,
    SNYK_OAUTH_TOKEN: undefined,
    SNYK_OAUTH_CLIENT_ID: oauth?.clientId,
    SNYK_OAUTH_CLIENT_SECRET: oauth?.clientSecret,
    SNYK_OAUTH_PRIVATE_KEY: oauth?.privateKey,
    SNYK_OAUTH_PRIVATE_KEY_FILE: undefined,
    SNYK_OAUTH_KEY_ID: oauth?.keyId,
  };
}

/** The action's Snyk settings, and a client opened and closed around each use of it. */
function clientFor(
  settings: ActionSettings,
  env: Readonly<Record<string, string | undefined>>,
  notice: ((line: string) => void) | undefined,
) {
  // The token comes from the action's input, never from the runner's environment.
  const api = resolveApiSettings(settings.api, { ...env, ...signInEnv(settings) }, API_INPUT_NAMES);
  const withClient = async <T>(use: (client: SnykClient) => Promise<T>): Promise<T> => {
    const client = openSnyk(api, undefined, notice);
    try {
      return await use(client);
    } finally {
      await client.close();
    }
  };
  return { api, withClient };
}
