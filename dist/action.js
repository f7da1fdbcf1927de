import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CURSOR_PREFIX,
  countsPhrase as countsPhrase2,
  detectDriftWithAudit,
  parseDuration,
  renderDriftMarkdown
} from "./chunks/chunk-X3XOSDYE.js";
import {
  secretsOf
} from "./chunks/chunk-IYSR2U3H.js";
import {
  Octokit,
  proxiedFetch
} from "./chunks/chunk-RVUD76NG.js";
import {
  changeHead,
  renderPlanJson,
  renderPlanMarkdown
} from "./chunks/chunk-DNP2JHY4.js";
import {
  applyPlan,
  checkFresh,
  journalFor,
  renderApplySummaryMarkdown,
  renderApplySummaryText,
  secretOutputs
} from "./chunks/chunk-QU3TLTTY.js";
import {
  isUnreadablePending,
  loadDesired,
  openSnyk,
  planDesired,
  repositoriesFrom,
  summarizeChanges,
  unreadablePendingOrgs
} from "./chunks/chunk-BBPNSYFP.js";
import "./chunks/chunk-2H7DH7SS.js";
import {
  formatIssue,
  loadConfig
} from "./chunks/chunk-KLWEPUVX.js";
import "./chunks/chunk-U57Q7QMY.js";
import {
  countsPhrase
} from "./chunks/chunk-QDBUTLDH.js";
import {
  mdCode,
  mdFence,
  mdText
} from "./chunks/chunk-SK47ZHVY.js";
import {
  overrideInput
} from "./chunks/chunk-3VISFR46.js";
import "./chunks/chunk-KIRELRV6.js";
import "./chunks/chunk-KRNN6JX7.js";
import {
  Address,
  canonicalJson,
  orgAddress,
  proxyFor,
  resolveApiSettings,
  tokenProblem
} from "./chunks/chunk-WX2GK3PI.js";
import {
  inertLines,
  redact
} from "./chunks/chunk-GVG4TUQB.js";
import {
  GitopsError
} from "./chunks/chunk-N4ITD6G4.js";
import "./chunks/chunk-HANBNIMK.js";

// src/core/expiry-plan.ts
function hasExpiringEntries(desired) {
  const lists = [
    desired.group.members,
    desired.tenant?.members,
    ...desired.orgs.map((o) => o.members),
    desired.ignores
  ];
  return lists.some((list) => (list ?? []).some((m) => m.expires !== void 0));
}
function expiryPlan(plan) {
  const { refusals: _refusals, ...rest } = plan;
  const changes = plan.changes.filter((c) => c.expiredAt !== void 0);
  return { ...rest, changes, summary: summarizeChanges(changes) };
}

// src/action/inputs.ts
var MODES = ["auto", "validate", "plan", "apply", "drift", "expire"];
var DEFAULT_COMMENT_AUTHOR = "github-actions[bot]";
var ActionInputError = class extends GitopsError {
  constructor(message2) {
    super(message2, { code: "ACTION_INPUT" });
  }
};
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInput(env, name) {
  return (env[inputVariable(name)] ?? "").trim();
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function getBooleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ActionInputError(`input '${name}' is '${value}'; expected true or false`);
}
var API_INPUT_NAMES = {
  apiUrl: "input 'snyk-api-url'",
  restVersion: "SNYK_REST_VERSION",
  concurrency: "input 'concurrency'",
  rateLimit: "input 'rate-limit'",
  httpTimeoutMs: "input 'http-timeout-ms'"
};
function apiInputs(env, apiUrl) {
  const given = { apiUrl };
  const concurrency = getInput(env, "concurrency");
  const rateLimit = getInput(env, "rate-limit");
  const httpTimeoutMs = getInput(env, "http-timeout-ms");
  if (concurrency) given.concurrency = concurrency;
  if (rateLimit) given.rateLimit = rateLimit;
  if (httpTimeoutMs) given.httpTimeoutMs = httpTimeoutMs;
  return given;
}
function readInputs(env) {
  const config = getInput(env, "config").split(/[\s]+/).filter((path) => path.length > 0);
  const mode = getInput(env, "mode") || "auto";
  if (!MODES.includes(mode)) {
    throw new ActionInputError(`input 'mode' is '${mode}'; expected one of ${MODES.join(", ")}`);
  }
  const snykApiUrl = (getInput(env, "snyk-api-url") || "https://api.snyk.io").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/\s]+/.test(snykApiUrl)) {
    throw new ActionInputError(
      `input 'snyk-api-url' is '${snykApiUrl}'; expected an http(s) URL such as https://api.eu.snyk.io`
    );
  }
  const label = getInput(env, "drift-issue-label") || "snyk-drift";
  if (label.includes(",")) {
    throw new ActionInputError(`input 'drift-issue-label' is '${label}'; expected one label (no commas)`);
  }
  const fullDriftEvery = getInput(env, "full-drift-every") || "7d";
  const fullDriftEveryMs = parseDuration(fullDriftEvery);
  if (fullDriftEveryMs === void 0) {
    throw new ActionInputError(
      `input 'full-drift-every' is '${fullDriftEvery}'; expected a duration such as 12h, 7d or 0d (always full)`
    );
  }
  const commentAuthor = getInput(env, "comment-author") || DEFAULT_COMMENT_AUTHOR;
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(commentAuthor)) {
    throw new ActionInputError(
      `input 'comment-author' is '${commentAuthor}'; expected a GitHub login such as github-actions[bot] or my-app[bot]`
    );
  }
  const settings = {
    config: config.length > 0 ? config : ["snyk-gitops.yaml"],
    mode,
    snykApiUrl,
    api: apiInputs(env, snykApiUrl),
    maskEmails: getBooleanInput(env, "mask-emails", false),
    requireReviewedPlan: getBooleanInput(env, "require-reviewed-plan", false),
    allowMassDelete: getBooleanInput(env, "allow-mass-delete", false),
    allowLockout: getBooleanInput(env, "allow-lockout", false),
    enforceExpiry: getBooleanInput(env, "enforce-expiry", true),
    driftIssueLabel: label,
    fullDriftEveryMs,
    targetChangedFiles: getBooleanInput(env, "target-changed-files", false),
    commentAuthor
  };
  const secretsDir = getInput(env, "secrets-dir");
  if (secretsDir) settings.secretsDir = secretsDir;
  const snykToken = checkToken("snyk-token", getInput(env, "snyk-token"));
  if (snykToken) settings.snykToken = snykToken;
  const snykOAuth = readOAuthInputs(env);
  if (snykOAuth && snykToken) {
    throw new ActionInputError(
      "inputs 'snyk-token' and 'snyk-oauth-client-id' are both set: keep the one to sign in to Snyk with"
    );
  }
  if (snykOAuth) settings.snykOAuth = snykOAuth;
  const githubToken = checkToken("github-token", getInput(env, "github-token"));
  if (githubToken) settings.githubToken = githubToken;
  return settings;
}
function checkToken(name, token) {
  const problem = token ? tokenProblem(token) : void 0;
  if (problem) throw new ActionInputError(`input '${name}' ${problem}`);
  return token;
}
function readOAuthInputs(env) {
  const clientId = checkToken("snyk-oauth-client-id", getInput(env, "snyk-oauth-client-id"));
  const clientSecret = checkToken("snyk-oauth-client-secret", getInput(env, "snyk-oauth-client-secret"));
  const privateKey = getInput(env, "snyk-oauth-private-key");
  const keyId = checkToken("snyk-oauth-key-id", getInput(env, "snyk-oauth-key-id"));
  if (!clientId) {
    const orphan = [
      ["snyk-oauth-client-secret", clientSecret],
      ["snyk-oauth-private-key", privateKey],
      ["snyk-oauth-key-id", keyId]
    ].find(([, value]) => value)?.[0];
    if (orphan) throw new ActionInputError(`input '${orphan}' is set without 'snyk-oauth-client-id'`);
    return void 0;
  }
  if (!clientSecret && !privateKey) return void 0;
  return {
    clientId,
    ...clientSecret && { clientSecret },
    ...privateKey && { privateKey },
    ...keyId && { keyId }
  };
}

// src/action/create-engine.ts
var NOTHING_EXPIRED = { ok: true, applied: 0, failed: 0, skipped: 0, text: "", markdown: "", expired: 0 };
var message = (error) => error instanceof Error ? error.message : String(error);
function createEngine(settings, env, notice, stop) {
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const { api, withClient } = clientFor(settings, env, notice);
  const githubEnv = { ...env, GITHUB_TOKEN: settings.githubToken ?? env.GITHUB_TOKEN };
  const repositories = repositoriesFrom(githubEnv);
  const applyWith = (client, plan, live, options, scope) => applyAndSummarize(
    {
      client,
      plan,
      live,
      options,
      concurrency: api.concurrency,
      env,
      apiUrl: api.apiUrl,
      ...repositories,
      ...stop ? { stop } : {}
    },
    scope
  );
  return {
    validate: (paths) => validateFiles(paths, cwd),
    async plan(paths, request = {}) {
      try {
        const config = await loadDesired(paths, cwd);
        const targets = request.targets ?? [];
        const tolerateForbidden = request.tolerateForbidden === true;
        const lift = request.lift ?? {};
        const { plan } = await withClient(
          (client) => planDesired(config, client, { targets, env: githubEnv, tolerateForbidden, lift })
        );
        return { ok: true, plan };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    async apply(plan, options) {
      try {
        return await withClient(async (client) => {
          const { live, scope } = await checkFresh(
            plan,
            client,
            void 0,
            void 0,
            repositories.repositories
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
        if (!hasExpiringEntries(config.desired)) return NOTHING_EXPIRED;
        return await withClient(async (client) => {
          const { plan, live } = await planDesired(config, client, { env: githubEnv });
          const expired = expiryPlan(plan);
          if (expired.changes.length === 0) return NOTHING_EXPIRED;
          return { ...await applyWith(client, expired, live, options), expired: expired.changes.length };
        });
      } catch (error) {
        return { ...failed(error), expired: 0 };
      }
    },
    async drift(paths, request = {}) {
      try {
        const config = await loadDesired(paths, cwd);
        const since = request.since === void 0 ? {} : { since: request.since };
        return driftResult(
          await withClient((client) => detectDriftWithAudit(config, client, { ...since, ...repositories }))
        );
      } catch (error) {
        return {
          ok: false,
          hasDrift: false,
          unknownParts: 0,
          markdown: "",
          summary: {},
          error: message(error)
        };
      }
    }
  };
}
async function validateFiles(paths, cwd) {
  const result = await loadConfig(paths, { cwd });
  if (result.ok) {
    return {
      ok: true,
      issues: [],
      text: `valid: ${result.files.length} files, ${result.desired.orgs.length} orgs`,
      contents: result.contents
    };
  }
  const issues = result.issues.map((i) => ({
    message: i.message,
    ...i.file !== void 0 ? { file: i.file } : {},
    ...i.line !== void 0 ? { line: i.line } : {},
    ...i.column !== void 0 ? { column: i.column } : {}
  }));
  return { ok: false, issues, text: result.issues.map(formatIssue).join("\n") };
}
function failed(error) {
  const text2 = `Nothing was applied: ${message(error)}`;
  return { ok: false, applied: 0, failed: 0, skipped: 0, text: text2, markdown: text2 };
}
function driftResult(report) {
  const { byKind: _byKind, ...counts } = report.summary;
  return {
    ok: true,
    hasDrift: !report.inSync,
    unknownParts: report.unknown.length,
    markdown: renderDriftMarkdown(report),
    summary: counts,
    ...report.nextCursor !== void 0 ? { nextCursor: report.nextCursor } : {},
    full: report.audit?.mode !== "since"
  };
}
async function applyAndSummarize(input, scope) {
  const { client, plan, live, options } = input;
  const outcome = await applyPlan(
    plan,
    live,
    client,
    {
      allowMassDelete: options.allowMassDelete,
      allowLockout: options.allowLockout ?? false,
      ...options.secretsDir === void 0 ? {} : { secretsDir: options.secretsDir },
      concurrency: input.concurrency,
      // Webhook secrets (`secret: { env }`) come from the job's environment.
      env: input.env,
      // A self-hosted runner keeps it between jobs; a hosted one starts empty (docs/concurrency.md).
      journal: journalFor(input.env, input.apiUrl),
      ...input.repositories ? { repositories: input.repositories } : {},
      ...input.stop ? { stop: input.stop } : {}
    },
    scope
  );
  const { result } = outcome;
  const addresses = new Set(plan.changes.map((c) => c.address));
  const shown = { ...outcome, remaining: outcome.remaining.filter((c) => addresses.has(c.address)) };
  return {
    // A cancelled job leaves changes not started: not a success, though nothing failed.
    ok: result.failed + result.skipped + result.notStarted === 0,
    applied: result.applied,
    failed: result.failed,
    skipped: result.skipped,
    text: renderApplySummaryText(shown),
    markdown: renderApplySummaryMarkdown(shown)
  };
}
function signInEnv(settings) {
  const oauth = settings.snykOAuth;
  return {
    SNYK_TOKEN: settings.snykToken,
    SNYK_OAUTH_TOKEN: void 0,
    SNYK_OAUTH_CLIENT_ID: oauth?.clientId,
    SNYK_OAUTH_CLIENT_SECRET: oauth?.clientSecret,
    SNYK_OAUTH_PRIVATE_KEY: oauth?.privateKey,
    SNYK_OAUTH_PRIVATE_KEY_FILE: void 0,
    SNYK_OAUTH_KEY_ID: oauth?.keyId
  };
}
function clientFor(settings, env, notice) {
  const api = resolveApiSettings(settings.api, { ...env, ...signInEnv(settings) }, API_INPUT_NAMES);
  const withClient = async (use) => {
    const client = openSnyk(api, void 0, notice);
    try {
      return await use(client);
    } finally {
      await client.close();
    }
  };
  return { api, withClient };
}

// src/action/github-commits.ts
var MAX_DESCRIPTION = 140;
function commitReads(octokit, repoParams) {
  return {
    async listCommitStatuses(sha) {
      const response = await octokit.rest.repos.listCommitStatusesForRef({
        ...repoParams,
        ref: sha,
        per_page: 100
      });
      return response.data.map((status) => ({ context: status.context, state: status.state }));
    },
    async createCommitStatus(sha, status) {
      await octokit.rest.repos.createCommitStatus({
        ...repoParams,
        sha,
        state: status.state,
        context: status.context,
        description: status.description.slice(0, MAX_DESCRIPTION),
        ...status.targetUrl === void 0 ? {} : { target_url: status.targetUrl }
      });
    },
    async listCommitsFrom(sha, count) {
      const response = await octokit.rest.repos.listCommits({
        ...repoParams,
        sha,
        per_page: Math.min(100, count)
      });
      return response.data.map((commit) => commit.sha);
    },
    async compareCommits(base, head) {
      const response = await octokit.rest.repos.compareCommitsWithBasehead({
        ...repoParams,
        basehead: `${base}...${head}`,
        per_page: 100
      });
      return {
        commits: response.data.commits.map((commit) => commit.sha),
        total: response.data.total_commits,
        files: (response.data.files ?? []).flatMap(
          (file) => file.previous_filename === void 0 ? [file.filename] : [file.filename, file.previous_filename]
        )
      };
    }
  };
}

// src/action/github.ts
function isOwnBody(item, marker, author) {
  const body = item.body ?? "";
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return firstLine === marker && (item.user?.login ?? "").toLowerCase() === author.toLowerCase();
}
function pullRequestReads(octokit, repoParams) {
  return {
    async listPullRequestsOfCommit(sha) {
      const response = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repoParams,
        commit_sha: sha
      });
      return response.data.map((pr) => ({
        number: pr.number,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        merged: pr.merged_at !== null && pr.merged_at !== void 0
      }));
    },
    async listPullRequestFiles(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repoParams,
        pull_number: pullNumber,
        per_page: 100
      });
      return files.map((file) => ({
        filename: file.filename,
        status: file.status,
        ...file.previous_filename === void 0 ? {} : { previousFilename: file.previous_filename },
        ...file.patch === void 0 ? {} : { patch: file.patch }
      }));
    }
  };
}
function createGitHubApi(options) {
  const [owner = "", repo = ""] = options.repository.split("/");
  const octokit = new Octokit({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "snyk-gitops-action",
    ...options.token ? { auth: options.token } : {},
    ...options.throttle === false ? { throttle: { enabled: false } } : {},
    ...options.proxy === void 0 ? {} : { request: { fetch: proxiedFetch(options.proxy) } }
  });
  const repoParams = { owner, repo };
  const author = options.commentAuthor ?? DEFAULT_COMMENT_AUTHOR;
  async function findComment(issueNumber, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...repoParams,
      issue_number: issueNumber,
      per_page: 100
    });
    for await (const page of pages) {
      const found = page.data.find((comment) => isOwnBody(comment, marker, author));
      if (found) return { id: found.id, body: found.body ?? "" };
    }
    return void 0;
  }
  async function findLatestIssue(label, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      ...repoParams,
      labels: label,
      state: "all",
      per_page: 100
    });
    for await (const page of pages) {
      const found = page.data.find((issue) => !issue.pull_request && isOwnBody(issue, marker, author));
      if (found) return { number: found.number, body: found.body ?? "", open: found.state === "open" };
    }
    return void 0;
  }
  return {
    findComment,
    async upsertComment(issueNumber, marker, body) {
      if (!body.startsWith(`${marker}
`))
        throw new Error(`comment body does not start with its marker ${marker}`);
      const existing = await findComment(issueNumber, marker);
      if (existing) {
        await octokit.rest.issues.updateComment({ ...repoParams, comment_id: existing.id, body });
        return { id: existing.id, created: false };
      }
      const created = await octokit.rest.issues.createComment({
        ...repoParams,
        issue_number: issueNumber,
        body
      });
      return { id: created.data.id, created: true };
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repoParams, issue_number: issueNumber, body });
    },
    ...pullRequestReads(octokit, repoParams),
    ...commitReads(octokit, repoParams),
    findLatestIssue,
    async createIssue(issue) {
      const created = await octokit.rest.issues.create({ ...repoParams, ...issue });
      return created.data.number;
    },
    async updateIssue(number, update) {
      await octokit.rest.issues.update({ ...repoParams, issue_number: number, ...update });
    }
  };
}

// src/action/run.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// src/action/action-context.ts
import { isAbsolute, relative } from "node:path";

// src/action/limit-size.ts
var BODY_BUDGET = 6e4;
function limitSize(text2, limit, notice) {
  if (text2.length <= limit) return text2;
  const room = Math.max(0, limit - notice.length - 8);
  let kept = text2.slice(0, room);
  const lastNewline = kept.lastIndexOf("\n");
  if (lastNewline > 0) kept = kept.slice(0, lastNewline);
  const fences = kept.split("\n").filter((line) => line.trimStart().startsWith("```")).length;
  if (fences % 2 === 1) kept += "\n```";
  return `${kept}

${notice}`.slice(0, limit);
}

// src/action/mask-emails.ts
import { createHash } from "node:crypto";
var EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
function maskEmail(email) {
  const hash = createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 8);
  return `user-${hash}@masked`;
}
function maskEmails(text2) {
  return text2.replace(EMAIL, (email) => maskEmail(email));
}

// src/action/action-context.ts
function createActionContext(parts) {
  const { settings, env, runner, workspace } = parts;
  const secrets = [settings.snykToken, settings.githubToken, ...secretsOf(env)].filter(
    (s) => Boolean(s)
  );
  const clean = (text2) => {
    const redacted = redact(text2, secrets);
    return settings.maskEmails ? maskEmails(redacted) : redacted;
  };
  const run2 = { sha: parts.event.pullRequest?.headSha || parts.event.sha };
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    run2.url = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  const notice = `> \u2702\uFE0F Truncated to fit GitHub's size limit. The full plan is in the plan file (output \`plan-path\`)${run2.url ? ` of [this run](${run2.url})` : ""}.`;
  const relativePath = (file) => isAbsolute(file) ? relative(workspace, file) : file;
  return {
    ...parts,
    relativePath,
    run: run2,
    configKey: settings.config.join(" "),
    clean,
    publishable: (text2) => limitSize(clean(text2), BODY_BUDGET, notice),
    annotate(annotation) {
      const cleaned = { ...annotation, message: clean(annotation.message) };
      if (annotation.file !== void 0) cleaned.file = relativePath(annotation.file);
      runner.annotate(cleaned);
    }
  };
}

// src/action/event.ts
function field(value, ...path) {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function text(value) {
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function parseEvent(env, payload) {
  const event = {
    name: env.GITHUB_EVENT_NAME ?? "",
    repository: env.GITHUB_REPOSITORY ?? text(field(payload, "repository", "full_name")) ?? "",
    ref: env.GITHUB_REF ?? text(field(payload, "ref")) ?? "",
    sha: env.GITHUB_SHA ?? text(field(payload, "after")) ?? ""
  };
  const defaultBranch = text(field(payload, "repository", "default_branch"));
  if (defaultBranch !== void 0) event.defaultBranch = defaultBranch;
  const number = field(payload, "pull_request", "number");
  if (typeof number === "number") {
    event.pullRequest = {
      number,
      headSha: text(field(payload, "pull_request", "head", "sha")) ?? "",
      headRepo: text(field(payload, "pull_request", "head", "repo", "full_name")) ?? "",
      baseRepo: text(field(payload, "pull_request", "base", "repo", "full_name")) ?? event.repository
    };
  }
  return event;
}
function isFork(pr) {
  return pr.headRepo === "" || pr.headRepo !== pr.baseRepo;
}

// src/action/mode.ts
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];
function isPullRequestEvent(event) {
  return PULL_REQUEST_EVENTS.includes(event.name);
}
function modeForEvent(event) {
  if (isPullRequestEvent(event)) return { mode: "plan" };
  if (event.name === "push") {
    if (event.defaultBranch !== void 0 && event.ref === `refs/heads/${event.defaultBranch}`) {
      return { mode: "apply" };
    }
    return {
      mode: "plan",
      reason: `push to ${event.ref || "an unknown ref"} is not the default branch (${event.defaultBranch ?? "unknown"}): planning, not applying`
    };
  }
  if (event.name === "schedule" || event.name === "workflow_dispatch") return { mode: "drift" };
  return {
    mode: "validate",
    reason: `mode 'auto' has no rule for the '${event.name || "unknown"}' event: validating only`
  };
}
function selectMode(requested, event, options) {
  let decision = requested === "auto" ? modeForEvent(event) : { mode: requested };
  const pullRequest = isPullRequestEvent(event);
  if (pullRequest && (decision.mode === "apply" || decision.mode === "expire")) {
    decision = {
      mode: "plan",
      reason: `a pull_request event never ${decision.mode === "apply" ? "applies (apply runs on push to the default branch)" : "removes expired access"}: planning instead`
    };
  }
  const pr = event.pullRequest;
  if (decision.mode !== "validate" && pullRequest && pr && isFork(pr)) {
    return {
      mode: "validate",
      reason: `the pull request comes from ${pr.headRepo ? `a fork (${pr.headRepo})` : "a head repository the event does not name (a deleted fork)"}, which must not reach Snyk with this repository's token: validating only`
    };
  }
  if (decision.mode !== "validate" && !options.hasSnykToken) {
    return {
      mode: "validate",
      reason: "no Snyk token (inputs 'snyk-token' and 'snyk-oauth-client-id' are empty; secrets are not passed to forks or Dependabot, nor to a job outside the environment that holds them: give plan and drift a read-only token, see docs/action.md#tokens-and-permissions): validating only",
      // Forks were decided above: here a missing token is a misconfigured workflow (often the
      // token kept only in the apply job's protected environment), or Dependabot. Say so where
      // people look, not only in the log.
      warn: true
    };
  }
  return decision;
}

// src/action/applied-range.ts
var APPLY_STATUS_CONTEXT = "snyk-gitops/apply";
var COMMITS_SEARCHED = 100;
async function isApplied(github, sha) {
  const statuses = await github.listCommitStatuses(sha);
  return statuses.find((status) => status.context === APPLY_STATUS_CONTEXT)?.state === "success";
}
async function findLastApplied(github, head) {
  const before = (await github.listCommitsFrom(head, COMMITS_SEARCHED)).slice(1);
  for (const sha of before) {
    if (await isApplied(github, sha)) return { sha, searched: before.length };
  }
  return { searched: before.length };
}
async function findAppliedRange(github, head, branch) {
  const { sha: base, searched } = await findLastApplied(github, head);
  if (base === void 0) {
    return {
      found: false,
      reason: `none of the ${searched} commit(s) before ${head.slice(0, 7)} has a successful ${APPLY_STATUS_CONTEXT} status (a first apply, statuses not recorded, or more than ${COMMITS_SEARCHED - 1} commits since)`
    };
  }
  const range = await github.compareCommits(base, head);
  if (range.total > range.commits.length) {
    return {
      found: false,
      reason: `${range.total} commits follow the last applied commit ${base.slice(0, 7)}, more than GitHub lists at once`
    };
  }
  const byNumber = /* @__PURE__ */ new Map();
  const unreviewed = [];
  for (const sha of range.commits) {
    const merged = (await github.listPullRequestsOfCommit(sha)).filter(
      (pr) => pr.merged && pr.baseRef === branch
    );
    if (merged.length === 0) unreviewed.push(sha);
    for (const pr of merged) byNumber.set(pr.number, pr);
  }
  const pullRequests = [...byNumber.values()].sort((a, b) => a.number - b.number);
  return { found: true, base, commits: range.commits, pullRequests, unreviewed, files: range.files };
}

// src/action/comments.ts
function sanitize(key) {
  return key.replace(/-->/g, "\u2014>").replace(/\s+/g, " ");
}
var planMarker = (key) => `<!-- snyk-gitops:plan:${sanitize(key)} -->`;
var applyMarker = (key) => `<!-- snyk-gitops:apply:${sanitize(key)} -->`;
var driftMarker = (key) => `<!-- snyk-gitops:drift:${sanitize(key)} -->`;
function short(sha) {
  return sha.slice(0, 7) || "unknown";
}
function runLine(run2) {
  const where = run2.url ? `[this run](${run2.url})` : "this run";
  return `Commit \`${short(run2.sha)}\` \xB7 ${where}`;
}
var fence = (text2) => mdFence(text2);
function driftCounts(summary) {
  return countsPhrase2({
    added: summary.added ?? 0,
    removed: summary.removed ?? 0,
    changed: summary.changed ?? 0
  });
}
function renderPlanComment(input) {
  const { plan } = input;
  return [
    `### snyk-gitops plan for ${mdCode(input.config)}`,
    "",
    `${runLine(input.run)} \xB7 ${countsPhrase(plan.summary)}`,
    `Live-state fingerprint \`${plan.fingerprint}\` \xB7 plan digest \`${input.digest}\``,
    "",
    ...plan.unreadable?.length ? [renderUnreadable(plan)] : [],
    input.planMarkdown,
    "",
    "<sub>On merge, the apply job applies this plan. The full plan is in the job summary and the plan file (output `plan-path`).</sub>"
  ].join("\n");
}
var MAX_UNREADABLE_SHOWN = 10;
function renderUnreadable(plan) {
  const parts = plan.unreadable ?? [];
  if (parts.length === 0) return "";
  const shown = parts.slice(0, MAX_UNREADABLE_SHOWN);
  return [
    `> \u26A0\uFE0F **Unknown: the token cannot read ${parts.length === 1 ? "this part" : `these ${parts.length} parts`}** of live Snyk, so this plan does not compare ${parts.length === 1 ? "it" : "them"}. The apply (with the admin token) reads and plans everything.`,
    ...shown.map((part) => `> - unknown: ${mdCode(part.address)}: ${mdText(part.reason.slice(0, 300))}`),
    ...parts.length > shown.length ? [`> - \u2026 and ${parts.length - shown.length} more, listed in the plan file`] : [],
    ""
  ].join("\n");
}
function renderValidationComment(input) {
  const { result } = input;
  const lines = [
    result.ok ? `### \u2705 snyk-gitops: ${mdCode(input.config)} is valid` : `### \u274C snyk-gitops: ${mdCode(input.config)} is invalid`,
    "",
    runLine(input.run)
  ];
  if (input.reason) lines.push("", `> **Plan skipped:** ${mdText(input.reason)}.`);
  if (!result.ok) {
    lines.push("", `${result.issues.length} problem(s):`, "");
    for (const issue of result.issues) {
      const where = issue.file ? `${mdCode(`${issue.file}${issue.line ? `:${issue.line}` : ""}`)} ` : "";
      lines.push(`- ${where}${mdText(issue.message)}`);
    }
    if (result.text.trim())
      lines.push(
        "",
        "<details><summary>Validator output</summary>",
        "",
        fence(result.text),
        "",
        "</details>"
      );
  }
  return lines.join("\n");
}
function renderPlanErrorComment(input) {
  return [
    `### \u274C snyk-gitops: could not plan ${mdCode(input.config)}`,
    "",
    runLine(input.run),
    "",
    fence(input.error)
  ].join("\n");
}
function renderApplyComment(input) {
  const { result } = input;
  const head = result.ok ? `### \u2705 snyk-gitops applied ${mdCode(input.config)}` : `### \u274C snyk-gitops apply of ${mdCode(input.config)} failed`;
  return [
    head,
    "",
    `${runLine(input.run)} \xB7 ${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped`,
    "",
    // The result names addresses and Snyk's error details: fenced, so none of it is markup.
    fence(result.text)
  ].join("\n");
}
function renderRefusalComment(input) {
  const shown = input.why.slice(0, 50);
  const more = input.why.length - shown.length;
  const reviewed = input.reviewed.length === 0 ? "no reviewed plan" : `the plans last commented on ${mdText(input.reviewed.map((n) => `#${n}`).join(", "))}`;
  return [
    `### \u26D4 snyk-gitops did not apply ${mdCode(input.config)}`,
    "",
    runLine(input.run),
    "",
    `\`require-reviewed-plan\` is on and the plan at merge has changes that ${reviewed} (the pull requests merged since the last applied commit) did not show. Nothing was changed in Snyk. Open a pull request to review the current plan (or revert the live change and re-run this workflow).`,
    "",
    ...shown.map(refusalLine),
    ...more > 0 ? [`- \u2026 and ${more} more`] : []
  ].join("\n");
}
function refusalLine(line) {
  const match = /^((?:new|changed) since review|no longer planned): (.*)$/.exec(line);
  return match ? `- ${match[1]}: ${mdCode(match[2] ?? "")}` : `- ${mdText(line)}`;
}
function driftIssueTitle(config) {
  return `Snyk drift: live state differs from ${config}`;
}
function renderDriftIssue(input) {
  const { result } = input;
  return [
    `Live Snyk state differs from ${mdCode(input.config)} (changes made in Snyk behind git's back).`,
    "",
    ...input.unapplied ? [`> \u26A0\uFE0F ${mdText(input.unapplied)}`, ""] : [],
    `Last checked: ${runLine(input.run)} \xB7 ${driftCounts(result.summary)}${result.unknownParts > 0 ? ` \xB7 ${result.unknownParts} part(s) could not be read` : ""}`,
    "",
    result.markdown,
    "",
    "<sub>Updated by every drift run while drift persists; closed when live state is back in sync. Fix it by reverting the change in Snyk or by updating the file.</sub>"
  ].join("\n");
}
function renderInSyncComment(input) {
  return `\u2705 Live Snyk state is back in sync with ${mdCode(input.config)} (${runLine(input.run)}). Closing.`;
}

// src/action/plan-coverage.ts
var keyOf = (line) => line.slice(0, line.lastIndexOf(" "));
function coverageObjections(plan, reviews) {
  if (plan.lines.length === 0) return [];
  const valid = reviews.flatMap(
    (r) => r.review === void 0 ? [] : [{ number: r.number, review: r.review }]
  );
  if (valid.some(({ review }) => review.digest === plan.digest)) return [];
  const reviewed = new Set(valid.flatMap(({ review }) => review.changes ?? []));
  const unreadable = valid.flatMap(({ review }) => (review.unreadable ?? []).map((address) => ({ address })));
  const unreadableOrgs = unreadablePendingOrgs(unreadable);
  const addressOf = (line) => keyOf(line).slice(keyOf(line).indexOf(" ") + 1);
  const uncovered = plan.lines.filter(
    (line) => !reviewed.has(line) && !isUnreadablePending(Address.of(addressOf(line)), unreadableOrgs)
  );
  if (uncovered.length === 0) return [];
  const reviewedKeys = new Set([...reviewed].map(keyOf));
  return [
    ...reviews.flatMap((r) => r.problem === void 0 ? [] : [r.problem]),
    ...valid.filter(({ review }) => review.changes === void 0).map(
      ({ number }) => `the plan comment of pull request #${number} was too large to list its changes; only a plan identical to it would count`
    ),
    ...uncovered.map(
      (line) => reviewedKeys.has(keyOf(line)) ? `changed since review: ${keyOf(line)}` : `new since review: ${keyOf(line)}`
    )
  ];
}

// src/action/plan-digest.ts
import { createHash as createHash2 } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var MAX_LIST_CHARS = 2e4;
var reviewedPart = (change) => changeHead(change);
function sha256(text2) {
  return createHash2("sha256").update(text2).digest("hex");
}
function digestChanges(changes) {
  return `sha256:${sha256(canonicalJson(changes.map(reviewedPart)))}`;
}
function listChanges(changes, maskText) {
  return changes.map(
    (change) => `${change.action} ${maskText(change.address.text)} ${sha256(canonicalJson(reviewedPart(change))).slice(0, 10)}`
  );
}
var DIGEST = /<!-- snyk-gitops:plan-digest:(sha256:[0-9a-f]{64}) -->/;
var HEAD = /<!-- snyk-gitops:head:([0-9a-f]{7,64}) -->/;
var LIST = /<!-- snyk-gitops:plan-changes:([A-Za-z0-9+/=]+) -->/;
var UNREADABLE = /<!-- snyk-gitops:plan-unreadable:([A-Za-z0-9+/=]+) -->/;
var pack = (lines) => gzipSync(lines.join("\n")).toString("base64");
var unpack = (encoded) => gunzipSync(Buffer.from(encoded, "base64")).toString("utf8").split("\n").filter(Boolean);
function formatReviewBlock(review) {
  const lines = [`<!-- snyk-gitops:plan-digest:${review.digest} -->`];
  if (review.headSha) lines.push(`<!-- snyk-gitops:head:${review.headSha} -->`);
  if (review.changes) {
    const encoded = pack(review.changes);
    if (encoded.length <= MAX_LIST_CHARS) lines.push(`<!-- snyk-gitops:plan-changes:${encoded} -->`);
  }
  if (review.unreadable && review.unreadable.length > 0) {
    const encoded = pack(review.unreadable);
    if (encoded.length <= MAX_LIST_CHARS) lines.push(`<!-- snyk-gitops:plan-unreadable:${encoded} -->`);
  }
  return lines.join("\n");
}
function parseReviewBlock(comment) {
  const lines = comment.split("\n");
  const end = lines.findIndex((line) => !line.startsWith("<!-- snyk-gitops:"));
  const body = lines.slice(0, end < 0 ? lines.length : end).join("\n");
  const digest = DIGEST.exec(body)?.[1];
  if (digest === void 0) return void 0;
  const review = { digest };
  const head = HEAD.exec(body)?.[1];
  if (head !== void 0) review.headSha = head;
  const list = LIST.exec(body)?.[1];
  if (list !== void 0) {
    try {
      review.changes = unpack(list);
    } catch {
    }
  }
  const unreadable = UNREADABLE.exec(body)?.[1];
  if (unreadable !== void 0) {
    try {
      review.unreadable = unpack(unreadable);
    } catch {
    }
  }
  return review;
}

// src/action/reviewed-plan-check.ts
var short2 = (sha) => sha.slice(0, 7);
var errorText = (error) => error instanceof Error ? error.message : String(error);
async function mergedSinceApplied(ctx, headPr) {
  const fallback = (why) => {
    ctx.runner.log(
      ctx.clean(
        `snyk-gitops: ${why}: only the pull request merged at ${short2(ctx.event.sha)} ${headPr ? `(#${headPr.number}) ` : ""}counts as reviewed`
      )
    );
    return { pullRequests: headPr ? [headPr] : [], unreviewed: [] };
  };
  if (!ctx.event.sha || !ctx.event.defaultBranch)
    return fallback("the commit or the default branch is unknown");
  try {
    const range = await findAppliedRange(ctx.github, ctx.event.sha, ctx.event.defaultBranch);
    if (!range.found) return fallback(range.reason);
    const { unreviewed } = range;
    const listed = range.pullRequests.map((pr) => `#${pr.number}`).join(", ") || "none";
    ctx.runner.log(
      ctx.clean(
        `snyk-gitops: ${range.commits.length} commit(s) since the last applied commit ${short2(range.base)}; pull requests merged since: ${listed}${unreviewed.length > 0 ? `; pushed without a pull request: ${unreviewed.map(short2).join(", ")}` : ""}`
      )
    );
    return { pullRequests: range.pullRequests, since: range.base, unreviewed };
  } catch (error) {
    ctx.annotate({
      level: "warning",
      message: `could not read the ${APPLY_STATUS_CONTEXT} statuses and commits of ${ctx.event.defaultBranch}: ${errorText(error)}`
    });
    return fallback(`the commits since the last apply could not be read`);
  }
}
async function reviewOf(ctx, pr) {
  const comment = await ctx.github.findComment(pr.number, planMarker(ctx.configKey));
  const review = comment ? parseReviewBlock(comment.body) : void 0;
  if (!review)
    return {
      number: pr.number,
      problem: `pull request #${pr.number} has no plan comment for ${ctx.configKey} to compare with`
    };
  if (review.headSha && pr.headSha && review.headSha !== pr.headSha) {
    return {
      number: pr.number,
      problem: `pull request #${pr.number}: the last plan comment was made for commit ${short2(review.headSha)}, but the pull request was merged at ${short2(pr.headSha)}`
    };
  }
  return { number: pr.number, review };
}
async function reviewObjections(ctx, plan, merged) {
  const reviews = await Promise.all(merged.pullRequests.map((pr) => reviewOf(ctx, pr)));
  const objections = coverageObjections(
    { digest: digestChanges(plan.changes), lines: listChanges(plan.changes, ctx.clean) },
    reviews
  );
  if (objections.length === 0) return [];
  const context = [];
  if (merged.pullRequests.length === 0) {
    context.push(
      merged.since === void 0 ? `commit ${short2(ctx.event.sha)} is not the merge of a pull request, so no plan was reviewed` : `no pull request was merged since the last applied commit ${short2(merged.since)}, so no plan was reviewed`
    );
  }
  if (merged.unreviewed.length > 0)
    context.push(
      `pushed without a pull request since the last apply: ${merged.unreviewed.map(short2).join(", ")}`
    );
  return [...context, ...objections];
}

// src/action/run-plan.ts
import { writeFile } from "node:fs/promises";

// src/action/changed-scope.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve, sep } from "node:path";

// src/action/changed-targets.ts
var YAML_FILE = /\.ya?ml$/i;
function isConfigFile(file, configPaths) {
  return configPaths.some((path) => {
    if (file === path) return true;
    const rest = path === "" ? file : file.startsWith(`${path}/`) ? file.slice(path.length + 1) : void 0;
    return rest !== void 0 && YAML_FILE.test(rest) && !rest.split("/").some((part) => part.startsWith("."));
  });
}
function mayDropOrgs(file) {
  if (file.status === "added" || file.status === "copied") return false;
  if (file.patch === void 0) return true;
  return /^-.*\bslug["']?\s*:/m.test(file.patch);
}
function fullPlanReason(file, loaded) {
  const name = file.filename;
  if (loaded === void 0)
    return `${name} changed but is not among the loaded config files (is the pull request's head checked out at the workspace?)`;
  if (loaded.sections.length > 0)
    return `${name} sets group-wide keys (${loaded.sections.join(", ")}), which can touch every org`;
  if (mayDropOrgs(file))
    return file.patch === void 0 ? `GitHub gave no diff for ${name}, so org entries it removes cannot be told` : `${name} removes or renames an org entry (a removed 'slug:' line), which is not in the head tree`;
  return void 0;
}
function scopeOfChanges(input) {
  const full = (reason) => ({ full: true, reason });
  if (input.truncated) return full("the pull request changes more files than GitHub lists (3000)");
  const inConfig = (file) => file !== void 0 && isConfigFile(file, input.configPaths);
  const byPath = new Map(input.loaded.map((file) => [file.path, file]));
  const targets = /* @__PURE__ */ new Set();
  const files = [];
  for (const file of input.changed) {
    if (file.status === "removed" && inConfig(file.filename))
      return full(`${file.filename} was removed: the orgs it defined are not in the head tree`);
    if (file.status === "renamed" && inConfig(file.previousFilename))
      return full(
        `${file.previousFilename} was renamed to ${file.filename}: the orgs it defined before are not in the head tree`
      );
    if (file.status === "removed" || file.status === "unchanged" || !inConfig(file.filename)) continue;
    const loaded = byPath.get(file.filename);
    const reason = fullPlanReason(file, loaded);
    if (reason !== void 0) return full(reason);
    if (!files.includes(file.filename)) files.push(file.filename);
    for (const slug of loaded?.orgs ?? []) targets.add(orgAddress(slug).text);
  }
  if (files.length === 0) return full("no config file changed in this pull request");
  if (targets.size === 0) return full(`the changed config files (${files.join(", ")}) define no orgs`);
  return { full: false, targets: [...targets], files };
}

// src/action/changed-scope.ts
var GITHUB_FILE_LIST_LIMIT = 3e3;
function listSome(items, max = 10) {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
function repositoryPath(workspace, path) {
  const rel = relative2(resolve(workspace), resolve(workspace, path));
  if (rel.startsWith("..") || isAbsolute2(rel)) return void 0;
  return rel.split(sep).join("/");
}
function repositoryConfigPaths(ctx) {
  return ctx.settings.config.map((path) => repositoryPath(ctx.workspace, path)).filter((path) => path !== void 0);
}
async function decide(ctx, validation, pullNumber) {
  let changed;
  try {
    changed = await ctx.github.listPullRequestFiles(pullNumber);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { full: true, reason: `the files of pull request #${pullNumber} could not be listed (${why})` };
  }
  const configPaths = repositoryConfigPaths(ctx);
  const loaded = (validation.contents ?? []).flatMap((file) => {
    const path = repositoryPath(ctx.workspace, file.absolute ?? file.file);
    return path === void 0 ? [] : [{ path, orgs: file.orgs, sections: file.sections }];
  });
  return scopeOfChanges({
    configPaths,
    changed,
    truncated: changed.length >= GITHUB_FILE_LIST_LIMIT,
    loaded
  });
}
async function decideAll(ctx, validation, pullNumbers) {
  const targets = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Set();
  for (const number of pullNumbers) {
    const scope = await decide(ctx, validation, number);
    if (scope.full)
      return pullNumbers.length === 1 ? scope : { ...scope, reason: `#${number}: ${scope.reason}` };
    for (const target of scope.targets) targets.add(target);
    for (const file of scope.files) files.add(file);
  }
  return { full: false, targets: [...targets], files: [...files] };
}
async function changedTargets(ctx, validation, pullNumbers) {
  if (!ctx.settings.targetChangedFiles || pullNumbers.length === 0) return [];
  const scope = await decideAll(ctx, validation, pullNumbers);
  const message2 = scope.full ? `target-changed-files: a full plan, because ${scope.reason}` : `target-changed-files: planning only ${listSome(scope.targets)} (the orgs of ${listSome(scope.files)})`;
  ctx.annotate({ level: "notice", message: message2 });
  ctx.runner.log(ctx.clean(message2));
  return scope.full ? [] : scope.targets;
}

// src/action/refusal-check.ts
var MAX_ANNOTATED = 5;
function reportRefusals(ctx, plan) {
  const blocking = plan.refusals ?? [];
  for (const refusal of blocking.slice(0, MAX_ANNOTATED)) {
    ctx.annotate({
      level: "error",
      message: `apply will refuse this plan: ${refusal.message} (set the input ${overrideInput(refusal)}: true on the workflow that applies, if this is intended)`
    });
  }
  if (blocking.length > MAX_ANNOTATED) {
    ctx.annotate({
      level: "error",
      message: `apply will refuse this plan: ${blocking.length - MAX_ANNOTATED} more refusals than shown here, listed in the plan comment`
    });
  }
  return blocking.length > 0;
}
function reportMissingSecretsDir(ctx, plan) {
  if (ctx.settings.secretsDir !== void 0) return false;
  const needing = secretOutputs(plan.changes);
  if (needing.length === 0) return false;
  const addresses = needing.slice(0, MAX_ANNOTATED).map((c) => c.address);
  const more = needing.length > MAX_ANNOTATED ? ` and ${needing.length - MAX_ANNOTATED} more` : "";
  ctx.annotate({
    level: "error",
    message: `apply will refuse this plan: Snyk returns the secret of ${addresses.join(", ")}${more} once, and this workflow has no secrets-dir input to write it to (docs/action.md)`
  });
  return true;
}

// src/action/run-plan.ts
async function postPlanComment(ctx, body) {
  const pr = ctx.event.pullRequest;
  if (!pr) return;
  const marker = planMarker(ctx.configKey);
  try {
    await ctx.github.upsertComment(pr.number, marker, `${marker}
${body}`);
  } catch (error) {
    const message2 = `could not comment on pull request #${pr.number}: ${error instanceof Error ? error.message : String(error)}`;
    if (isFork(pr)) ctx.annotate({ level: "warning", message: message2 });
    else throw new Error(`${message2} (does the workflow grant 'pull-requests: write'?)`, { cause: error });
  }
}
async function setOutputs(ctx, hasChanges, summary, planPath) {
  await ctx.runner.setOutput("has-changes", String(hasChanges));
  await ctx.runner.setOutput("summary", JSON.stringify(summary));
  await ctx.runner.setOutput("plan-path", planPath);
}
async function validateAndReport(ctx, reason) {
  const raw = await ctx.engine.validate(ctx.settings.config);
  const result = {
    ...raw,
    issues: raw.issues.map(
      (issue) => issue.file === void 0 ? issue : { ...issue, file: ctx.relativePath(issue.file) }
    )
  };
  for (const issue of result.issues) {
    ctx.annotate({
      level: "error",
      message: issue.message,
      ...issue.file !== void 0 ? { file: issue.file } : {},
      ...issue.line !== void 0 ? { line: issue.line } : {},
      ...issue.column !== void 0 ? { column: issue.column } : {}
    });
  }
  if (!result.ok || reason !== void 0) {
    const body = renderValidationComment({
      config: ctx.configKey,
      result,
      run: ctx.run,
      ...reason !== void 0 ? { reason } : {}
    });
    await ctx.runner.appendSummary(ctx.publishable(body));
    await postPlanComment(ctx, ctx.publishable(body));
  }
  if (!result.ok)
    ctx.annotate({ level: "error", message: `${ctx.configKey} is invalid: nothing was planned` });
  return result;
}
async function runValidate(ctx) {
  const result = await validateAndReport(ctx, ctx.decision.reason ?? "mode is validate");
  await setOutputs(ctx, false, {}, "");
  return result.ok ? 0 : 1;
}
async function planOrReport(ctx, pullRequests = []) {
  const validation = await validateAndReport(ctx);
  if (!validation.ok) return void 0;
  const targets = await changedTargets(ctx, validation, pullRequests);
  const shownOnly = ctx.decision.mode === "plan";
  const lift = { allowMassDelete: ctx.settings.allowMassDelete, allowLockout: ctx.settings.allowLockout };
  const result = await ctx.engine.plan(ctx.settings.config, {
    ...targets.length > 0 ? { targets } : {},
    ...shownOnly ? { tolerateForbidden: true } : {},
    lift
  });
  if (!result.ok) {
    const body = ctx.publishable(
      renderPlanErrorComment({ config: ctx.configKey, error: result.error, run: ctx.run })
    );
    ctx.annotate({ level: "error", message: `could not plan ${ctx.configKey}: ${result.error}` });
    await ctx.runner.appendSummary(body);
    await postPlanComment(ctx, body);
    return void 0;
  }
  await writeFile(ctx.planPath, ctx.clean(renderPlanJson(result.plan)), "utf8");
  await setOutputs(ctx, result.plan.changes.length > 0, result.plan.summary, ctx.planPath);
  return result.plan;
}
async function runPlan(ctx) {
  const pr = isPullRequestEvent(ctx.event) ? ctx.event.pullRequest : void 0;
  const plan = await planOrReport(ctx, pr ? [pr.number] : []);
  if (plan === void 0) return 1;
  const digest = digestChanges(plan.changes);
  const review = formatReviewBlock({
    digest,
    headSha: ctx.run.sha,
    changes: listChanges(plan.changes, ctx.clean),
    ...plan.unreadable ? { unreadable: plan.unreadable.map((part) => ctx.clean(part.address)) } : {}
  });
  const maxLength = BODY_BUDGET - review.length - renderUnreadable(plan).length - 2e3;
  const planMarkdown = renderPlanMarkdown(plan, { maxLength });
  const body = ctx.publishable(
    renderPlanComment({ config: ctx.configKey, plan, planMarkdown, digest, run: ctx.run })
  );
  await ctx.runner.appendSummary(body);
  if (ctx.decision.reason) ctx.annotate({ level: "notice", message: ctx.decision.reason });
  await postPlanComment(ctx, `${review}
${body}`);
  ctx.runner.log(`snyk-gitops plan: ${countsPhrase(plan.summary)} (digest ${digest})`);
  const refused = reportRefusals(ctx, plan);
  return reportMissingSecretsDir(ctx, plan) || refused ? 1 : 0;
}

// src/action/run-apply.ts
var errorText2 = (error) => error instanceof Error ? error.message : String(error);
async function findMergedPullRequest(ctx) {
  if (!ctx.event.sha) return void 0;
  try {
    const prs = await ctx.github.listPullRequestsOfCommit(ctx.event.sha);
    const merged = prs.filter((pr) => pr.merged);
    return merged.find((pr) => pr.baseRef === ctx.event.defaultBranch) ?? merged[0];
  } catch (error) {
    ctx.annotate({
      level: "warning",
      message: `could not find the pull request of ${ctx.event.sha}: ${errorText2(error)}`
    });
    return void 0;
  }
}
async function recordStatus(ctx, state, description) {
  if (!ctx.event.sha) return;
  try {
    await ctx.github.createCommitStatus(ctx.event.sha, {
      state,
      context: APPLY_STATUS_CONTEXT,
      description: ctx.clean(`${ctx.configKey}: ${description}`),
      ...ctx.run.url === void 0 ? {} : { targetUrl: ctx.run.url }
    });
  } catch (error) {
    ctx.annotate({
      level: "warning",
      message: `could not record the ${APPLY_STATUS_CONTEXT} status of ${ctx.event.sha.slice(0, 7)} (does the workflow grant 'statuses: write'?): ${errorText2(error)}`
    });
  }
}
async function mergedPullRequests(ctx, headPr) {
  const single = { pullRequests: headPr ? [headPr] : [], unreviewed: [] };
  if (ctx.event.name !== "push") return { merged: single, targetsOf: [] };
  const { requireReviewedPlan, targetChangedFiles } = ctx.settings;
  const merged = requireReviewedPlan || targetChangedFiles ? await mergedSinceApplied(ctx, headPr) : single;
  const targetsOf = merged.unreviewed.length > 0 ? [] : merged.pullRequests.map((pr) => pr.number);
  return { merged, targetsOf };
}
async function runApply(ctx) {
  const planReports = [];
  const runner = {
    ...ctx.runner,
    appendSummary: async (markdown) => {
      planReports.push(markdown);
      await ctx.runner.appendSummary(markdown);
    }
  };
  const pr = await findMergedPullRequest(ctx);
  const { merged, targetsOf } = await mergedPullRequests(ctx, pr);
  const plan = await planOrReport({ ...ctx, runner }, targetsOf);
  if (plan === void 0) {
    if (pr) {
      const marker = applyMarker(ctx.configKey);
      const body = ctx.publishable(
        [
          `### \u26D4 snyk-gitops did not apply ${mdCode(ctx.configKey)}`,
          "Nothing was changed in Snyk.",
          ...planReports
        ].join("\n\n")
      );
      await ctx.github.upsertComment(pr.number, marker, `${marker}
${body}`);
    }
    await recordStatus(ctx, "failure", "not applied: the plan failed");
    return 1;
  }
  return applyPlanned(ctx, plan, pr, merged);
}
async function applyPlanned(ctx, plan, pr, merged) {
  const report = async (markdown) => {
    const body = ctx.publishable(markdown);
    await ctx.runner.appendSummary(body);
    if (pr) {
      const marker = applyMarker(ctx.configKey);
      await ctx.github.upsertComment(pr.number, marker, `${marker}
${body}`);
    }
  };
  if (ctx.settings.requireReviewedPlan) {
    const why = await reviewObjections(ctx, plan, merged);
    if (why.length > 0) {
      ctx.annotate({ level: "error", message: `not applied (require-reviewed-plan): ${why[0]}` });
      await report(
        renderRefusalComment({
          config: ctx.configKey,
          why,
          run: ctx.run,
          reviewed: merged.pullRequests.map((p) => p.number)
        })
      );
      await recordStatus(ctx, "failure", "not applied: changes no reviewed plan showed");
      return 1;
    }
  }
  if (plan.changes.length === 0) {
    await report(`### \u2705 snyk-gitops: Snyk already matches ${mdCode(ctx.configKey)}; nothing to apply`);
    await recordStatus(ctx, "success", "Snyk already matched");
    return 0;
  }
  const result = await ctx.engine.apply(plan, {
    allowMassDelete: ctx.settings.allowMassDelete,
    allowLockout: ctx.settings.allowLockout,
    ...ctx.settings.secretsDir === void 0 ? {} : { secretsDir: ctx.settings.secretsDir }
  });
  if (!result.ok)
    ctx.annotate({ level: "error", message: `apply of ${ctx.configKey} failed: ${result.text}` });
  await report(renderApplyComment({ config: ctx.configKey, result, run: ctx.run }));
  ctx.runner.log(ctx.clean(result.text));
  await recordStatus(
    ctx,
    result.ok ? "success" : "failure",
    `${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped`
  );
  return result.ok ? 0 : 1;
}

// src/action/drift-cursor.ts
var LINE = /^<!-- snyk-gitops:drift-cursor:(sgc1\.[A-Za-z0-9_-]{1,200});full=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z) -->$/m;
var ANY_LINE = /^<!-- snyk-gitops:drift-cursor:.*-->\r?\n?/m;
function readDriftCursor(body) {
  const match = LINE.exec(body);
  if (match === null || !match[1]?.startsWith(CURSOR_PREFIX)) return void 0;
  return { cursor: match[1], lastFull: match[2] ?? "" };
}
function cursorLine(cursor) {
  return `<!-- snyk-gitops:drift-cursor:${cursor.cursor};full=${cursor.lastFull} -->`;
}
function withCursor(body, cursor) {
  const line = `${cursorLine(cursor)}
`;
  if (ANY_LINE.test(body)) return body.replace(ANY_LINE, line);
  const end = body.indexOf("\n");
  return end === -1 ? `${body}
${line}` : `${body.slice(0, end + 1)}${line}${body.slice(end + 1)}`;
}
function sinceFor(previous, now, everyMs, issueOpen) {
  if (previous === void 0 || issueOpen) return void 0;
  const lastFull = Date.parse(previous.lastFull);
  if (Number.isNaN(lastFull) || now.getTime() - lastFull >= everyMs) return void 0;
  return previous.cursor;
}
function nextDriftCursor(previous, result, now) {
  if (result.nextCursor === void 0) return void 0;
  const lastFull = result.full === true || previous === void 0 ? now.toISOString() : previous.lastFull;
  return { cursor: result.nextCursor, lastFull };
}

// src/action/unapplied-merges.ts
var short3 = (sha) => sha.slice(0, 7);
async function describeUnappliedMerges(ctx) {
  const head = ctx.event.sha;
  const branch = ctx.event.defaultBranch;
  if (!head || !branch) return void 0;
  try {
    if (await isApplied(ctx.github, head)) return void 0;
    const range = await findAppliedRange(ctx.github, head, branch);
    const recovery = `re-run the apply workflow on ${branch} (it applies every reviewed change merged since the last applied commit)`;
    if (!range.found) {
      return `Merged changes may not be applied yet: ${short3(head)}, the head of ${branch}, has no successful ${APPLY_STATUS_CONTEXT} status, and ${range.reason}. If a merge's apply did not run, part of this drift is that merge: ${recovery}.`;
    }
    const configPaths = repositoryConfigPaths(ctx);
    if (!range.files.some((file) => isConfigFile(file, configPaths))) return void 0;
    const prs = range.pullRequests.map((pr) => `#${pr.number}`).join(", ");
    return `Merged changes not applied yet: ${range.commits.length} commit(s) after ${short3(range.base)}, the last applied commit, change the config${prs ? ` (pull requests ${prs})` : ""}, and ${short3(head)}, the head of ${branch}, has no successful ${APPLY_STATUS_CONTEXT} status. Part of this drift may be those changes, not changes made in Snyk: ${recovery}.`;
  } catch (error) {
    ctx.annotate({
      level: "warning",
      message: `could not tell whether ${branch} is applied (does the workflow grant 'statuses: read'?): ${error instanceof Error ? error.message : String(error)}`
    });
    return void 0;
  }
}

// src/action/run-drift.ts
async function enforceExpiry(ctx) {
  const result = await ctx.engine.enforceExpiry(ctx.settings.config, ctx.settings);
  if (result.ok && result.expired === 0) {
    ctx.runner.log(`snyk-gitops expire: no access of ${ctx.configKey} has expired`);
    return { ok: true, expired: 0 };
  }
  const head = result.ok ? `### \u23F3 snyk-gitops removed ${result.expired} expired access${result.expired === 1 ? "" : "es"} from \`${ctx.configKey}\`` : `### \u274C snyk-gitops could not remove expired access from \`${ctx.configKey}\``;
  await ctx.runner.appendSummary(ctx.publishable(`${head}

${result.markdown}`));
  ctx.runner.log(ctx.clean(result.text));
  if (!result.ok)
    ctx.annotate({ level: "error", message: `expired access of ${ctx.configKey}: ${result.text}` });
  return { ok: result.ok, expired: result.expired };
}
async function runExpire(ctx) {
  const { ok, expired } = await enforceExpiry(ctx);
  await ctx.runner.setOutput("has-changes", String(expired > 0));
  await ctx.runner.setOutput("summary", JSON.stringify(expired > 0 ? { delete: expired } : {}));
  await ctx.runner.setOutput("plan-path", "");
  return ok ? 0 : 1;
}
async function runDrift(ctx) {
  const expiry = ctx.event.name === "schedule" && ctx.settings.enforceExpiry;
  const enforced = expiry ? (await enforceExpiry(ctx)).ok : true;
  const label = ctx.settings.driftIssueLabel;
  const marker = driftMarker(ctx.configKey);
  const latest = await ctx.github.findLatestIssue(label, marker);
  const existing = latest?.open === true ? latest : void 0;
  const previous = latest === void 0 ? void 0 : readDriftCursor(latest.body);
  const now = /* @__PURE__ */ new Date();
  const since = sinceFor(previous, now, ctx.settings.fullDriftEveryMs, existing !== void 0);
  const result = await ctx.engine.drift(ctx.settings.config, since === void 0 ? {} : { since });
  if (!result.ok) {
    const error = result.error ?? "drift could not be computed";
    ctx.annotate({ level: "error", message: `drift of ${ctx.configKey}: ${error}` });
    await ctx.runner.appendSummary(ctx.publishable(`### \u274C snyk-gitops drift failed

${fence(error)}`));
    return 1;
  }
  await ctx.runner.setOutput("has-changes", String(result.hasDrift));
  await ctx.runner.setOutput("summary", JSON.stringify(result.summary));
  await ctx.runner.setOutput("plan-path", "");
  const next = nextDriftCursor(previous, result, now);
  const remember = (body) => next === void 0 ? body : withCursor(body, next);
  if (result.hasDrift || result.unknownParts > 0) {
    const unapplied = await describeUnappliedMerges(ctx);
    if (unapplied) ctx.annotate({ level: "warning", message: unapplied });
    const body = ctx.publishable(
      renderDriftIssue({ config: ctx.configKey, result, run: ctx.run, ...unapplied ? { unapplied } : {} })
    );
    await ctx.runner.appendSummary(body);
    const issueBody = remember(`${marker}
${body}`);
    if (existing) {
      await ctx.github.updateIssue(existing.number, { body: issueBody });
      ctx.runner.log(`snyk-gitops drift: updated issue #${existing.number}`);
    } else {
      const number = await ctx.github.createIssue({
        title: ctx.clean(driftIssueTitle(ctx.configKey)),
        body: issueBody,
        labels: [label]
      });
      ctx.runner.log(`snyk-gitops drift: opened issue #${number}`);
    }
    return enforced ? 0 : 1;
  }
  await ctx.runner.appendSummary(`### \u2705 snyk-gitops: no drift from ${mdCode(ctx.configKey)}`);
  if (existing) {
    await ctx.github.createComment(
      existing.number,
      ctx.publishable(renderInSyncComment({ config: ctx.configKey, run: ctx.run }))
    );
    await ctx.github.updateIssue(existing.number, { body: remember(existing.body), state: "closed" });
    ctx.runner.log(`snyk-gitops drift: closed issue #${existing.number}`);
  } else if (latest !== void 0 && next !== void 0) {
    await ctx.github.updateIssue(latest.number, { body: remember(latest.body) });
  }
  return enforced ? 0 : 1;
}

// src/action/runner.ts
import { randomUUID } from "node:crypto";
import { appendFile } from "node:fs/promises";

// src/action/workflow-commands.ts
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(name, properties, message2) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message2)}
`;
}
function formatAnnotation(annotation) {
  return formatCommand(
    annotation.level,
    {
      title: annotation.title,
      file: annotation.file,
      line: annotation.line,
      col: annotation.column
    },
    // Line breaks become %0A; other controls (escape sequences) are shown, not obeyed.
    inertLines(annotation.message)
  );
}
function formatMask(secret) {
  return formatCommand("add-mask", {}, secret);
}
function formatOutput(name, value, delimiter) {
  if (value.includes(delimiter)) throw new Error(`output delimiter '${delimiter}' occurs in the value`);
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}

// src/action/runner.ts
function createRunner({ env, stdout }) {
  const outputFile = env.GITHUB_OUTPUT;
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  return {
    async setOutput(name, value) {
      if (!outputFile) {
        stdout.write(`${inertLines(`output ${name}=${value}`)}
`);
        return;
      }
      await appendFile(outputFile, formatOutput(name, value, `ghadelimiter_${randomUUID()}`), "utf8");
    },
    async appendSummary(markdown) {
      if (!summaryFile) {
        stdout.write(`${inertLines(markdown)}
`);
        return;
      }
      await appendFile(summaryFile, `${markdown}
`, "utf8");
    },
    annotate(annotation) {
      stdout.write(formatAnnotation(annotation));
    },
    addMask(secret) {
      stdout.write(formatMask(secret));
    },
    log(line) {
      stdout.write(`${inertLines(line)}
`);
    }
  };
}

// src/action/run.ts
var FLOWS = {
  validate: runValidate,
  plan: runPlan,
  apply: runApply,
  drift: runDrift,
  expire: runExpire
};
async function readPayload(env) {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${error.message}`
    );
  }
}
async function run(env, deps) {
  const stdout = deps.stdout ?? process.stdout;
  const runner = createRunner({ env, stdout });
  let settings;
  try {
    settings = readInputs(env);
    if (settings.snykToken) runner.addMask(settings.snykToken);
    for (const secret of oauthSecrets(settings)) runner.addMask(secret);
    if (settings.githubToken) runner.addMask(settings.githubToken);
    const event = parseEvent(env, await readPayload(env));
    const decision = selectMode(settings.mode, event, {
      hasSnykToken: settings.snykToken !== void 0 || settings.snykOAuth !== void 0
    });
    const workspace = deps.workspace ?? env.GITHUB_WORKSPACE ?? ".";
    const ctx = createActionContext({
      settings,
      event,
      decision,
      engine: deps.engine,
      github: deps.github,
      runner,
      env,
      workspace,
      planPath: join(env.RUNNER_TEMP || workspace, "snyk-gitops-plan.json")
    });
    runner.log(
      `snyk-gitops: ${decision.mode} ${ctx.configKey} (event ${event.name || "none"}, mode ${settings.mode})${decision.reason ? `: ${decision.reason}` : ""}`
    );
    if (decision.warn && decision.reason) {
      stdout.write(formatAnnotation({ level: "warning", message: `snyk-gitops: ${decision.reason}` }));
    }
    return await FLOWS[decision.mode](ctx);
  } catch (error) {
    const secrets = [settings?.snykToken, settings?.githubToken, ...secretsOf(env)].filter(
      (s) => Boolean(s)
    );
    const raw = redact(`snyk-gitops: ${error instanceof Error ? error.message : String(error)}`, secrets);
    const message2 = settings?.maskEmails ? maskEmails(raw) : raw;
    stdout.write(formatAnnotation({ level: "error", message: message2 }));
    return 1;
  }
}
function oauthSecrets(settings) {
  const { clientSecret, privateKey } = settings.snykOAuth ?? {};
  const keyLines = (privateKey ?? "").split(/\r?\n/).filter((line) => line.trim() !== "" && !line.startsWith("-----"));
  return [...clientSecret ? [clientSecret] : [], ...keyLines];
}

// src/action/main.ts
async function main(env) {
  try {
    const settings = readInputs(env);
    const githubUrl = env.GITHUB_API_URL || "https://api.github.com";
    const githubProxy = proxyFor(githubUrl, env);
    const github = createGitHubApi({
      repository: env.GITHUB_REPOSITORY ?? "",
      baseUrl: githubUrl,
      ...githubProxy === void 0 ? {} : { proxy: githubProxy },
      ...settings.githubToken ? { token: settings.githubToken } : {},
      commentAuthor: settings.commentAuthor
    });
    const log = (line) => process.stdout.write(`${inertLines(line)}
`);
    const engine = createEngine(settings, env, log, stopOnCancel(log));
    return await run(env, { engine, github, workspace: env.GITHUB_WORKSPACE || process.cwd() });
  } catch (error) {
    const secrets = secretsOf(env);
    const message2 = error instanceof Error ? error.message : String(error);
    process.stdout.write(
      formatAnnotation({ level: "error", message: redact(`snyk-gitops: ${message2}`, secrets) })
    );
    return 1;
  }
}
function stopOnCancel(log) {
  const stop = new AbortController();
  const onSignal = (signal) => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    stop.abort();
    log(`snyk-gitops: ${signal} (job cancelled): finishing the writes in flight, starting no more.`);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return stop.signal;
}
process.exitCode = await main(process.env);
export {
  main
};
