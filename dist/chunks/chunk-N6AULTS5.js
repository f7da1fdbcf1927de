import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  mdCode,
  mdText,
  red
} from "./chunk-43ZIIY6M.js";
import {
  ApplyError,
  ConfigInvalidError,
  SafetyRefusalError,
  StalePlanError,
  canonicalJson,
  checkSafety,
  dependencyIndices,
  fingerprintLive,
  handlersOf,
  narrowDesired,
  planAgainst,
  readLiveState,
  readScoped,
  systemClock,
  touchedScopes
} from "./chunk-NZGR2HMP.js";
import {
  expiryInstants
} from "./chunk-IGEGNAEH.js";
import {
  inertText
} from "./chunk-NW3PDA5F.js";
import {
  GitopsError
} from "./chunk-SFHYOFQJ.js";

// src/apply/operations.ts
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

// src/apply/executor.ts
async function executePlan(plan, options) {
  const ctx = {
    groupId: plan.groupId,
    orgIdsBySlug: new Map(options.liveOrgIds),
    knownOrgIds: new Set(options.liveOrgIds.values()),
    secrets: options.secrets ?? /* @__PURE__ */ new Map()
  };
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
      if (!ok) {
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
    while (running.size < options.concurrency && readyHead < ready.length) {
      const index = ready[readyHead++];
      if (results[index] !== void 0) continue;
      const task = run(index).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  changes.forEach((change, i) => {
    if (results[i] === void 0)
      settle(i, { change, status: "skipped", error: "skipped: circular dependency in the plan" });
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
    notices: results.flatMap((r) => r.notice ? [r.notice] : [])
  };
}

// src/engine/apply.ts
async function checkFresh(plan, client, now = systemClock) {
  const { live, scope } = await readScoped(client, plan.desired, plan.targets ?? []);
  const fingerprint = fingerprintLive(live);
  if (fingerprint !== plan.fingerprint) throw new StalePlanError(plan.fingerprint, fingerprint);
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
    ...desired.orgs.flatMap((o) => o.members ?? [])
  ];
  const passed = expiryInstants(specs).find((at) => at.getTime() > made && at.getTime() <= now.getTime());
  if (passed === void 0) return;
  throw new GitopsError(
    `an entry of the plan's desired state expired at ${passed.toISOString()}, after the plan was made (${plan.createdAt}): plan again. Nothing was written.`,
    { code: "PLAN_STALE" }
  );
}
function checkChanges(plan, live, scope) {
  const at = plan.createdAt === void 0 ? void 0 : new Date(plan.createdAt);
  const again = planAgainst(
    { desired: plan.desired, files: [] },
    live,
    at && (() => at),
    scope,
    plan.replace
  ).changes;
  const differs = (i) => canonicalJson(again[i]) !== canonicalJson(plan.changes[i]);
  const index = plan.changes.length !== again.length ? -1 : plan.changes.findIndex((_, i) => differs(i));
  if (plan.changes.length === again.length && index === -1) return;
  const which = index === -1 ? `it has ${plan.changes.length} changes, its desired state plans ${again.length}` : `changes[${index}] (${plan.changes[index].address}) is not what its desired state plans`;
  throw new GitopsError(
    `the plan's changes do not follow from its desired state and the live state: ${which}. Was the file edited? Plan again. Nothing was written.`,
    { code: "PLAN_TAMPERED" }
  );
}
function resolveSecrets(changes, env) {
  const needed = /* @__PURE__ */ new Map();
  for (const change of changes)
    for (const name of handlersOf(change.kind).secrets?.(change) ?? [])
      needed.set(name, [...needed.get(name) ?? [], change.address]);
  const secrets = /* @__PURE__ */ new Map();
  const missing = [];
  for (const [name, addresses] of needed) {
    const value = env[name];
    if (value === void 0 || value === "") missing.push(`${name} (for ${addresses.join(", ")})`);
    else secrets.set(name, value);
  }
  if (missing.length > 0)
    throw new GitopsError(
      `the environment variable${missing.length === 1 ? "" : "s"} ${missing.join("; ")} ${missing.length === 1 ? "is" : "are"} not set: a webhook's secret is read from the environment when it is created. Nothing was written.`,
      { code: "SECRET_MISSING" }
    );
  return secrets;
}
async function applyPlan(plan, live, client, options, scope = { partial: false }) {
  const refusals = checkSafety(plan, live, {
    allowMassDelete: options.allowMassDelete,
    // One person's access is not a mass delete, however few memberships they had.
    ...isPersonScope(scope) ? { allowMassDelete: true } : {},
    allowLockout: options.allowLockout
  });
  if (refusals.length > 0) throw new SafetyRefusalError(refusals);
  const secrets = resolveSecrets(plan.changes, options.env ?? {});
  const result = await executePlan(plan, {
    client,
    liveOrgIds: new Map(live.orgs.map((o) => [o.slug, o.id])),
    concurrency: options.concurrency,
    secrets,
    ...options.onEvent ? { onEvent: options.onEvent } : {}
  });
  const remainingNotes = [];
  let remaining;
  try {
    remaining = await verifyTouched(plan, client, scope, options.now ?? systemClock);
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
  return { result, remaining, remainingNotes, verifiedScopes: touchedScopes(plan.changes).length };
}
function isPersonScope(scope) {
  return scope.partial && scope.targets.some((t) => t.kind === "user");
}
async function verifyTouched(plan, client, scope, now) {
  const touched = touchedScopes(plan.changes);
  if (touched.length === 0) return [];
  const narrowed = narrowDesired(plan.desired, touched);
  const after = await readLiveState(client, narrowed.desired);
  const again = planAgainst({ desired: plan.desired, files: [] }, after, now, {
    partial: true,
    narrowed,
    targets: touched
  });
  const selected = scope.partial ? scope.targets : void 0;
  return again.changes.filter((c) => selected === void 0 || selected.some((t) => t.matches(c.address)));
}

// src/render/apply-summary.ts
var SHOWN_REMAINING = 20;
function lines(input, markdown, color) {
  const { result, remaining, remainingNotes } = input;
  const item = markdown ? "- " : "  ";
  const code = (text) => markdown ? mdCode(text) : inertText(text);
  const say = (text) => markdown ? mdText(text) : inertText(text);
  const out = [`Applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped}.`];
  for (const r of result.results.filter((x) => x.status === "failed")) {
    out.push(
      `${item}${markdown ? "failed" : red(color, "failed")} ${code(r.change.address)}: ${say(r.error ?? "")}`
    );
  }
  for (const notice of result.notices) out.push(`${item}note: ${say(notice)}`);
  if (remaining.length > 0) {
    out.push(`A fresh plan still shows ${remaining.length} change${remaining.length === 1 ? "" : "s"}:`);
    for (const c of remaining.slice(0, SHOWN_REMAINING)) out.push(`${item}${c.action} ${code(c.address)}`);
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
  checkFresh,
  applyPlan,
  renderApplySummaryText,
  renderApplySummaryMarkdown
};
