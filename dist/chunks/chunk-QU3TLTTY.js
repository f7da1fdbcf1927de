import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigInvalidError,
  SafetyRefusalError,
  StalePlanError,
  checkSafety,
  dependencyIndices,
  fingerprintLive,
  narrowDesired,
  planAgainst,
  readLiveState,
  readScoped,
  resolveSecrets,
  systemClock,
  withoutClassNote
} from "./chunk-BBPNSYFP.js";
import {
  mdCode,
  mdText,
  red
} from "./chunk-SK47ZHVY.js";
import {
  ApplyError,
  handlersOf
} from "./chunk-3VISFR46.js";
import {
  canonicalJson,
  expiryInstants,
  realSleep,
  touchedScopes
} from "./chunk-WX2GK3PI.js";
import {
  addSecrets,
  inertText
} from "./chunk-GVG4TUQB.js";
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";

// src/engine/secrets-dir.ts
import { createHash } from "node:crypto";
import { constants, mkdirSync } from "node:fs";
import { lstat, open, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
function secretFileName(address) {
  const readable = address.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 120);
  const hash = createHash("sha256").update(address).digest("hex").slice(0, 12);
  return `${readable || "account"}-${hash}.secret`;
}
function secretOutputs(changes) {
  return changes.filter((c) => handlersOf(c.kind).secretOutputs?.(c) === true);
}
function checkSecretsDir(changes, dir) {
  if (dir !== void 0) return;
  const needing = secretOutputs(changes);
  if (needing.length === 0) return;
  throw new GitopsError(
    `Snyk returns the secret of ${needing.map((c) => c.address).join(", ")} once, when it is made, and it can only be written to a file: give --secrets-dir DIR (the Action's secrets-dir input). Nothing was written.`,
    { code: "SECRETS_DIR_MISSING" }
  );
}
function unwritable(dir, why) {
  return new GitopsError(`--secrets-dir ${dir}: ${why}`, { code: "SECRETS_DIR_UNWRITABLE" });
}
function openSecretsDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch (error) {
    throw unwritable(dir, `cannot be made (${error.code ?? "error"})`);
  }
  return {
    async save(address, secret) {
      addSecrets([secret]);
      const file = join(dir, secretFileName(address));
      const existing = await lstat(file).catch(() => void 0);
      if (existing?.isSymbolicLink())
        throw unwritable(dir, `${secretFileName(address)} is a symbolic link, never followed`);
      const temporary = `${file}.${process.pid}.tmp`;
      const handle = await open(
        temporary,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
        384
      ).catch((error) => {
        throw unwritable(dir, `cannot write ${secretFileName(address)} (${error.code ?? "error"})`);
      });
      try {
        await handle.writeFile(`${secret}
`);
        await handle.chmod(384);
      } finally {
        await handle.close();
      }
      await rename(temporary, file).catch(async (error) => {
        await unlink(temporary).catch(() => void 0);
        throw unwritable(dir, `cannot write ${secretFileName(address)} (${error.code ?? "error"})`);
      });
    }
  };
}

// src/executor/execute-change.ts
function executeChange(change, client, ctx) {
  const apply = handlersOf(change.kind).apply[change.action];
  if (apply === void 0) {
    return Promise.reject(
      new ApplyError(
        `${change.address}: cannot ${change.action} a ${change.kind} (the API has no such operation)`
      )
    );
  }
  return apply(change, { client, ctx });
}

// src/executor/execute-plan.ts
async function executePlan(plan, options) {
  const ctx = {
    groupId: plan.groupId,
    orgIdsBySlug: new Map(options.liveOrgIds),
    knownOrgIds: new Set(options.liveOrgIds.values()),
    secrets: options.secrets ?? /* @__PURE__ */ new Map(),
    ...options.journal ? { journal: options.journal } : {},
    ...options.secretSink ? { secretSink: options.secretSink } : {},
    sleep: options.sleep ?? realSleep,
    orgCreates: /* @__PURE__ */ new Map(),
    ...options.onProgress ? { progress: options.onProgress } : {}
  };
  await options.journal?.prune(plan.groupId, ctx.knownOrgIds);
  const changes = plan.changes;
  const total = changes.length;
  const results = new Array(total);
  let done = 0;
  const waitingOn = changes.map(() => 0);
  const dependents = changes.map(() => []);
  dependencyIndices(changes).forEach((deps, i) => {
    for (const d of deps) {
      waitingOn[i] += 1;
      dependents[d].push(i);
    }
  });
  const ready = [];
  changes.forEach((_, i) => {
    if (waitingOn[i] === 0) ready.push(i);
  });
  let readyHead = 0;
  const settle = (index, result) => {
    results[index] = result;
    done += 1;
    options.onEvent?.({ type: "done", change: result.change, result, done, total });
    const ok = result.status === "applied" || result.status === "confirmed";
    for (const dependent of dependents[index]) {
      if (results[dependent] !== void 0) continue;
      if (result.status === "not-started") {
        settle(dependent, { change: changes[dependent], status: "not-started", error: result.error });
      } else if (!ok) {
        settle(dependent, {
          change: changes[dependent],
          status: "skipped",
          error: `skipped because ${result.change.address} did not succeed`
        });
      } else if (--waitingOn[dependent] === 0) {
        ready.push(dependent);
      }
    }
  };
  const run = async (index) => {
    const change = changes[index];
    options.onEvent?.({ type: "start", change, done, total });
    settle(index, await runOne(change, options.client, ctx));
  };
  const running = /* @__PURE__ */ new Set();
  for (; ; ) {
    while (!options.stop?.aborted && running.size < options.concurrency && readyHead < ready.length) {
      const index = ready[readyHead++];
      if (results[index] !== void 0) continue;
      const task = run(index).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  changes.forEach((change, i) => {
    if (results[i] !== void 0) return;
    if (options.stop?.aborted)
      settle(i, { change, status: "not-started", error: "not started: interrupted" });
    else settle(i, { change, status: "skipped", error: "skipped: circular dependency in the plan" });
  });
  return tally(results.filter((r) => r !== void 0));
}
async function runOne(change, client, ctx) {
  try {
    const outcome = await executeChange(change, client, ctx);
    return {
      change,
      status: outcome.confirmed ? "confirmed" : "applied",
      ...outcome.notice ? { notice: outcome.notice } : {}
    };
  } catch (error) {
    const code = error.code;
    return {
      change,
      status: "failed",
      error: error instanceof Error ? error.message : String(error),
      ...typeof code === "string" ? { errorCode: code } : {}
    };
  }
}
function tally(results) {
  return {
    results,
    applied: results.filter((r) => r.status === "applied" || r.status === "confirmed").length,
    failed: results.filter((r) => r.status === "failed").length,
    skipped: results.filter((r) => r.status === "skipped").length,
    notStarted: results.filter((r) => r.status === "not-started").length,
    notices: results.flatMap((r) => r.notice ? [r.notice] : [])
  };
}

// src/engine/apply.ts
async function checkFresh(plan, client, now = systemClock, since, repositories) {
  const { live, scope } = await readScoped(client, plan.desired, plan.targets ?? [], {
    ...repositories ? { repositories } : {}
  });
  const fingerprint = fingerprintLive(live);
  if (fingerprint !== plan.fingerprint) throw new StalePlanError(plan.fingerprint, fingerprint, since);
  checkNotAged(plan, now());
  checkChanges(plan, live, scope);
  return { live, scope };
}
function checkNotAged(plan, now) {
  if (plan.createdAt === void 0) return;
  const made = Date.parse(plan.createdAt);
  const { desired } = plan;
  const specs = [
    ...desired.group.members ?? [],
    ...desired.tenant?.members ?? [],
    ...desired.orgs.flatMap((o) => o.members ?? []),
    ...desired.ignores ?? []
  ];
  const passed = expiryInstants(specs).find((at) => at.getTime() > made && at.getTime() <= now.getTime());
  if (passed === void 0) return;
  throw new GitopsError(
    `an entry of the plan's desired state expired at ${passed.toISOString()}, after the plan was made (${plan.createdAt}): plan again. Nothing was written.`,
    { code: "PLAN_EXPIRED" }
  );
}
function checkChanges(plan, live, scope) {
  const at = plan.createdAt === void 0 ? void 0 : new Date(plan.createdAt);
  const again = planAgainst(
    { desired: plan.desired, files: [] },
    live,
    at && (() => at),
    scope,
    plan.replace,
    void 0,
    plan.rotate
  ).changes;
  const differs = (i) => {
    const saved = plan.changes[i];
    return saved === void 0 || canonicalJson(again[i]) !== canonicalJson(withoutClassNote(saved));
  };
  const index = plan.changes.length !== again.length ? -1 : plan.changes.findIndex((_, i) => differs(i));
  if (plan.changes.length === again.length && index === -1) return;
  const which = index === -1 ? `it has ${plan.changes.length} changes, its desired state plans ${again.length}` : `changes[${index}] (${plan.changes[index].address}) is not what its desired state plans`;
  throw new GitopsError(
    `the plan's changes do not follow from its desired state and the live state: ${which}. Was the file edited? Plan again. Nothing was written.`,
    { code: "PLAN_TAMPERED" }
  );
}
async function applyPlan(plan, live, client, options, scope = { partial: false }) {
  const refusals = checkSafety(plan, live, {
    allowMassDelete: options.allowMassDelete,
    allowLockout: options.allowLockout
  });
  if (refusals.length > 0) throw new SafetyRefusalError(refusals);
  const secrets = resolveSecrets(plan.changes, options.env ?? {});
  checkSecretsDir(plan.changes, options.secretsDir);
  const secretSink = options.secretsDir === void 0 ? void 0 : openSecretsDir(options.secretsDir);
  const result = await executePlan(plan, {
    client,
    liveOrgIds: new Map(live.orgs.map((o) => [o.slug, o.id])),
    concurrency: options.concurrency,
    secrets,
    ...secretSink ? { secretSink } : {},
    ...options.onEvent ? { onEvent: options.onEvent } : {},
    ...options.journal ? { journal: options.journal } : {},
    ...options.stop ? { stop: options.stop } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  if (result.notStarted > 0) return { result, remaining: [], remainingNotes: [], verifiedScopes: 0 };
  const remainingNotes = [];
  const touched = touchedScopes(plan.changes);
  let remaining;
  try {
    remaining = await verifyTouched(
      plan,
      touched,
      client,
      scope,
      options.now ?? systemClock,
      options.repositories
    );
  } catch (error) {
    if (!(error instanceof ConfigInvalidError)) throw error;
    remaining = [];
    remainingNotes.push(...error.issues.map((issue) => `the file needs an edit: ${issue.message}`));
  }
  if (remaining.length > 0 && result.failed + result.skipped === 0) {
    remainingNotes.push(
      "Snyk did not reflect every change yet (some writes take effect asynchronously); run plan again in a minute."
    );
  }
  return { result, remaining, remainingNotes, verifiedScopes: touched.length };
}
async function verifyTouched(plan, touched, client, scope, now, repositories) {
  if (touched.length === 0) return [];
  const narrowed = narrowDesired(plan.desired, touched);
  const after = await readLiveState(client, narrowed.desired, repositories ? { repositories } : {});
  const again = planAgainst({ desired: plan.desired, files: [] }, after, now, {
    partial: true,
    narrowed,
    targets: [...touched]
  });
  const selected = scope.partial ? scope.targets : void 0;
  return again.changes.filter((c) => selected === void 0 || selected.some((t) => t.matches(c.address)));
}

// src/executor/create-journal.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir, readdir, readFile, rename as rename2, rm, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";
var LAG_WINDOW_MS = 10 * 6e4;
function stateDirOf(env) {
  if (env.SNYK_GITOPS_STATE_DIR) return env.SNYK_GITOPS_STATE_DIR;
  if (env.XDG_STATE_HOME) return join2(env.XDG_STATE_HOME, "snyk-gitops");
  if (env.LOCALAPPDATA) return join2(env.LOCALAPPDATA, "snyk-gitops");
  if (env.HOME) return join2(env.HOME, ".local", "state", "snyk-gitops");
  return void 0;
}
function journalFor(env, apiUrl) {
  const dir = stateDirOf(env);
  return dir === void 0 ? void 0 : openCreateJournal({ dir, apiUrl });
}
function openCreateJournal(options) {
  const now = options.now ?? Date.now;
  const dirOf = (groupId) => join2(
    options.dir,
    "org-creates",
    createHash2("sha256").update(`${options.apiUrl}\0${groupId}`).digest("hex").slice(0, 24)
  );
  const fresh = (entry) => now() - entry.at < LAG_WINDOW_MS;
  return {
    async recall(groupId, name) {
      const entries = await readEntries(dirOf(groupId));
      const matching = entries.map(([, entry]) => entry).filter((e) => e?.groupId === groupId && e.name === name && fresh(e));
      return matching.sort((a, b) => a.at - b.at)[0];
    },
    async record(entry) {
      const dir = dirOf(entry.groupId);
      const file = join2(dir, `${fileKey(entry.orgId)}.json`);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ ...entry, at: now() }));
        await rename2(`${file}.${process.pid}.tmp`, file);
      } catch {
      }
    },
    async forget(groupId, orgId) {
      await rm(join2(dirOf(groupId), `${fileKey(orgId)}.json`), { force: true }).catch(() => void 0);
    },
    async prune(groupId, listedOrgIds) {
      for (const [file, entry] of await readEntries(dirOf(groupId))) {
        if (entry !== void 0 && !listedOrgIds.has(entry.orgId) && fresh(entry)) continue;
        await rm(file, { force: true }).catch(() => void 0);
      }
    }
  };
}
function fileKey(orgId) {
  return /^[0-9a-f-]{1,64}$/i.test(orgId) ? orgId : createHash2("sha256").update(orgId).digest("hex");
}
async function readEntries(dir) {
  const names = await readdir(dir).catch(() => []);
  return Promise.all(
    names.filter((name) => name.endsWith(".json")).map(async (name) => {
      const file = join2(dir, name);
      const text = await readFile(file, "utf8").catch(() => void 0);
      return [file, text === void 0 ? void 0 : parseEntry(text)];
    })
  );
}
function parseEntry(text) {
  try {
    const value = JSON.parse(text);
    const { groupId, orgId, name, at } = value;
    if (typeof groupId !== "string" || typeof orgId !== "string" || typeof name !== "string")
      return void 0;
    if (typeof at !== "number" || !Number.isFinite(at)) return void 0;
    return { groupId, orgId, name, at };
  } catch {
    return void 0;
  }
}

// src/render/apply-summary.ts
var SHOWN_REMAINING = 20;
function lines(input, markdown, color) {
  const { result, remaining, remainingNotes } = input;
  const item = markdown ? "- " : "  ";
  const code = (text) => markdown ? mdCode(text) : inertText(text);
  const say = (text) => markdown ? mdText(text) : inertText(text);
  const notStarted = result.notStarted > 0 ? `, not started ${result.notStarted}` : "";
  const out = [`Applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped}${notStarted}.`];
  for (const r of result.results.filter((x) => x.status === "failed")) {
    out.push(
      `${item}${markdown ? "failed" : red(color, "failed")} ${code(r.change.address.text)}: ${say(r.error ?? "")}`
    );
  }
  for (const notice of result.notices) out.push(`${item}note: ${say(notice)}`);
  if (result.notStarted > 0) {
    out.push(
      "Interrupted: the changes above were made or failed; the ones not started were not. Run plan to see what is left, then apply again: nothing done is done twice."
    );
  } else if (remaining.length > 0) {
    out.push(`A fresh plan still shows ${remaining.length} change${remaining.length === 1 ? "" : "s"}:`);
    for (const c of remaining.slice(0, SHOWN_REMAINING))
      out.push(`${item}${c.action} ${code(c.address.text)}`);
    if (remaining.length > SHOWN_REMAINING)
      out.push(`${item}\u2026 and ${remaining.length - SHOWN_REMAINING} more`);
    out.push(...remainingNotes.map((n) => `${item}${say(n)}`));
    if (result.failed + result.skipped > 0)
      out.push(`${item}Re-run apply to finish: nothing done is done twice.`);
  } else if (remainingNotes.length > 0) {
    out.push(...remainingNotes.map((n) => `${item}${say(n)}`));
  } else {
    const scopes = input.verifiedScopes;
    out.push(
      scopes === void 0 ? "Snyk now matches the configuration." : `Snyk now matches the configuration. Converged in the ${scopes} scope${scopes === 1 ? "" : "s"} the changes touched (read again to check).`
    );
  }
  return out;
}
function renderApplySummaryText(input, options = {}) {
  return lines(input, false, options.color === true).join("\n");
}
function renderApplySummaryMarkdown(input) {
  return lines(input, true, false).join("\n\n");
}

export {
  secretOutputs,
  checkSecretsDir,
  checkFresh,
  applyPlan,
  journalFor,
  renderApplySummaryText,
  renderApplySummaryMarkdown
};
