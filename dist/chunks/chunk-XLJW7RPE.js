import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  closestMatch,
  didYouMean,
  loadConfig,
  require_picomatch
} from "./chunk-XPHTNIBL.js";
import {
  emptyLiveState,
  readLiveState
} from "./chunk-J3WIUGFN.js";
import {
  KINDS,
  KIND_MODULES,
  addUsers,
  formatPath2 as formatPath,
  handlersOf,
  labelUser,
  listAddresses,
  matchOrgs,
  orgAddress,
  orgSlugOfAddress,
  rolesOf,
  writeCanonicalJson
} from "./chunk-NOJVXEG4.js";
import {
  GitopsError,
  UsageError,
  __toESM
} from "./chunk-QOTHPUG5.js";

// src/core/apply-estimate.ts
function estimateApplySeconds(writes, budget) {
  if (writes === 0) return 0;
  const paced = budget.ratePerMinute > 0 ? writes * 60 / budget.ratePerMinute : 0;
  const parallel = writes * budget.secondsPerRequest / Math.max(1, budget.concurrency);
  return Math.round(Math.max(paced, parallel) * 10) / 10;
}
function applyBudgetSentence(stats) {
  if (stats.writes === void 0 || stats.writes === 0 || stats.estimatedApplySeconds === void 0)
    return void 0;
  const seconds = stats.estimatedApplySeconds;
  const about = seconds < 1 ? "under 1 s" : seconds < 120 ? `about ${Math.round(seconds)} s` : `about ${Math.round(seconds / 60)} min`;
  const rate = stats.ratePerMinute !== void 0 && stats.ratePerMinute > 0 ? ` at ${stats.ratePerMinute.toLocaleString("en-US")} requests/min` : "";
  return `Apply: ${stats.writes} write${stats.writes === 1 ? "" : "s"}, ${about}${rate}.`;
}

// src/engine/errors.ts
function formatLocated(issue) {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ""}: ` : "";
  return `${where}${issue.message}`;
}
var ConfigInvalidError = class extends GitopsError {
  issues;
  constructor(issues, what = "the configuration is invalid") {
    const count = `${issues.length} error${issues.length === 1 ? "" : "s"}`;
    super(`${what} (${count}):
${issues.map((i) => `  ${formatLocated(i)}`).join("\n")}`, {
      code: "CONFIG_INVALID"
    });
    this.issues = issues;
  }
};
var StalePlanError = class extends GitopsError {
  constructor(planned, now) {
    super(
      `the live state changed since this plan was made; plan again (plan fingerprint ${planned}, live now ${now}). Nothing was written.`,
      { code: "PLAN_STALE" }
    );
  }
};
var SafetyRefusalError = class extends GitopsError {
  refusals;
  constructor(refusals) {
    super(
      `refusing to apply (nothing was written):
${refusals.map((r) => `  - ${r.message} (override: ${r.override})`).join("\n")}`,
      { code: "SAFETY_REFUSED" }
    );
    this.refusals = refusals;
  }
};

// src/core/fingerprint.ts
import { createHash } from "node:crypto";
var CHUNK = 64 * 1024;
function fingerprintLive(live) {
  const hash = createHash("sha256");
  let pending = "";
  writeCanonicalJson(live, true, (piece) => {
    pending += piece;
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = "";
    }
  });
  return `sha256:${hash.update(pending).digest("hex")}`;
}

// src/core/kinds/bind-orgs.ts
function bindOrgs(desired, live) {
  const issues = [];
  const match = matchOrgs(live.orgs);
  const pinnedIds = new Set(desired.orgs.flatMap((d) => d.id !== void 0 ? [d.id] : []));
  const listedSlugs = new Set(desired.orgs.flatMap((d) => d.id === void 0 ? [d.slug] : []));
  const claimed = new Set(
    live.orgs.filter((o) => pinnedIds.has(o.id) || listedSlugs.has(o.slug)).map((o) => o.id)
  );
  const orgs = desired.orgs.map((org, index) => {
    const address = orgAddress(org.slug);
    const found = match(org);
    if (org.id !== void 0) {
      if (found === void 0) {
        issues.push({
          code: "ORG_ID_NOT_FOUND",
          message: `Org '${org.slug}' is pinned by id ${org.id}, but the group has no org with that id.`,
          address,
          path: ["orgs", index, "id"]
        });
        return { index, slug: org.slug, desired: org };
      }
      return { index, slug: org.slug, desired: org, live: found };
    }
    if (found !== void 0) return { index, slug: org.slug, desired: org, live: found };
    if (org.name === void 0) {
      issues.push({
        code: "ORG_NAME_REQUIRED",
        message: `Org '${org.slug}' does not exist in the group; add a 'name' to create it (or fix the slug).`,
        address,
        path: ["orgs", index]
      });
      return { index, slug: org.slug, desired: org };
    }
    const namesake = live.orgs.find((candidate) => candidate.name === org.name && !claimed.has(candidate.id));
    if (namesake !== void 0) {
      issues.push({
        code: "ORG_NAME_TAKEN",
        message: `Org '${org.slug}' does not exist, but the group has an org named '${org.name}' with the slug '${namesake.slug}' (id ${namesake.id}). If that is this org, write slug: ${namesake.slug} (or pin id: ${namesake.id}); otherwise choose another name. Snyk allows duplicate names, so creating it would make a second org.`,
        address,
        path: ["orgs", index, "slug"]
      });
      return { index, slug: org.slug, desired: org };
    }
    return { index, slug: org.slug, desired: org, createdBy: address };
  });
  const slugs = new Set(orgs.map((binding) => binding.slug));
  const liveSlugs = new Set(live.orgs.map((org) => org.slug));
  for (const binding of orgs) {
    const template = binding.desired.template;
    if (template === void 0 || binding.createdBy === void 0) continue;
    if (!slugs.has(template) && !liveSlugs.has(template)) {
      issues.push({
        code: "UNKNOWN_TEMPLATE",
        message: `Org '${binding.slug}' uses the template '${template}', which is neither an org of the file nor of the group.`,
        address: orgAddress(binding.slug),
        path: ["orgs", binding.index, "template"]
      });
    } else if (createsCycle(orgs, binding)) {
      issues.push({
        code: "TEMPLATE_CYCLE",
        message: `Org '${binding.slug}' and its template '${template}' are created from each other; one must exist first.`,
        address: orgAddress(binding.slug),
        path: ["orgs", binding.index, "template"]
      });
    }
  }
  return { orgs, issues };
}
function createsCycle(orgs, start) {
  const seen = /* @__PURE__ */ new Set([start.slug]);
  let current = start;
  while (current?.desired.template !== void 0) {
    const next = orgs.find((o) => o.slug === current?.desired.template);
    if (next === void 0 || next.createdBy === void 0) return false;
    if (seen.has(next.slug)) return true;
    seen.add(next.slug);
    current = next;
  }
  return false;
}

// src/core/order.ts
function linkDependencies(changes) {
  const providers = /* @__PURE__ */ new Map();
  for (const change of changes) {
    for (const key of handlersOf(change.kind).provides?.(change) ?? []) providers.set(key, change.address);
  }
  return changes.map((change) => {
    const needed = (handlersOf(change.kind).needs?.(change) ?? []).flatMap((key) => {
      const provider = providers.get(key);
      return provider === void 0 ? [] : [provider];
    });
    const dependsOn = [.../* @__PURE__ */ new Set([...change.dependsOn, ...needed])].sort();
    return { ...change, dependsOn };
  });
}
function dependencyIndices(changes) {
  const byAddress = /* @__PURE__ */ new Map();
  changes.forEach((c, i) => {
    byAddress.set(c.address, [...byAddress.get(c.address) ?? [], i]);
  });
  return changes.map((change, i) => {
    const deps = /* @__PURE__ */ new Set();
    for (const address of change.dependsOn)
      for (const d of byAddress.get(address) ?? []) if (d !== i) deps.add(d);
    return [...deps];
  });
}
function phaseOf(change) {
  return handlersOf(change.kind).phase[change.action] ?? 100;
}
function orderChanges(changes) {
  const rank = new Map(changes.map((c) => [c, phaseOf(c)]));
  const compare = (a, b) => rank.get(a) - rank.get(b) || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
  const indices = dependencyIndices(changes);
  const waiting = /* @__PURE__ */ new Map();
  const dependents = /* @__PURE__ */ new Map();
  for (const [i, change] of changes.entries()) {
    const deps = indices[i].map((d) => changes[d]);
    waiting.set(change, deps.length);
    for (const dep of deps) dependents.set(dep, [...dependents.get(dep) ?? [], change]);
  }
  const ready = changes.filter((c) => waiting.get(c) === 0).sort(compare);
  const out = [];
  while (ready.length > 0) {
    const next = ready.shift();
    out.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const left = waiting.get(dependent) - 1;
      waiting.set(dependent, left);
      if (left === 0) ready.splice(insertionIndex(ready, dependent, compare), 0, dependent);
    }
  }
  const placed = new Set(out);
  return [...out, ...changes.filter((c) => !placed.has(c)).sort(compare)];
}
function insertionIndex(sorted, item, compare) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (compare(sorted[mid], item) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

// src/core/replace.ts
function planReplacements(ctx, changes, replace) {
  if (replace.length === 0) return { changes, issues: [] };
  const offered = /* @__PURE__ */ new Map();
  const nouns = [];
  for (const kind of KINDS) {
    if (kind.replaceable === void 0) continue;
    nouns.push(kind.noun.many);
    for (const r of kind.replaceable(ctx))
      offered.set(r.address, r.changes);
  }
  const issues = [];
  let out = changes;
  for (const address of new Set(replace)) {
    const pair = offered.get(address);
    if (pair === void 0) {
      issues.push({
        code: "REPLACE_UNKNOWN",
        message: `--replace ${address}: no object at this address that the file lists and Snyk has.${didYouMean(address, [...offered.keys()])} Objects that can be replaced: ${nouns.join(", ")} that exist in Snyk and in the file.`,
        address
      });
      continue;
    }
    out = [...out.filter((c) => c.address !== address), ...pair];
  }
  return { changes: out, issues };
}

// src/core/resolve.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value) {
  return UUID.test(value);
}
var SCOPE_WORD = { org: "org", group: "group", tenant: "tenant" };
function createResolver(live, ignoreGlobs) {
  const byId = /* @__PURE__ */ new Map();
  const byEmail = /* @__PURE__ */ new Map();
  const byUsername = /* @__PURE__ */ new Map();
  for (const user of Object.values(live.users)) {
    byId.set(user.id, user);
    if (user.email !== void 0) byEmail.set(user.email.toLowerCase(), user);
    if (user.username !== void 0) byUsername.set(user.username.toLowerCase(), user);
  }
  const ignore = ignoreGlobs.length === 0 ? () => false : (0, import_picomatch.default)([...ignoreGlobs], { nocase: true, dot: true });
  const findRole = (scope, ref) => {
    const roles = live.roles[scope];
    const wanted = ref.toLowerCase();
    const byId2 = roles.find((r) => r.id.toLowerCase() === wanted);
    if (byId2 !== void 0) return { ok: true, role: byId2 };
    const exact = roles.filter((r) => r.name === ref);
    const loose = exact.length > 0 ? exact : roles.filter((r) => r.name.toLowerCase() === wanted);
    if (loose.length === 1) return { ok: true, role: loose[0] };
    if (loose.length > 1) {
      const candidates = loose.map((r) => `'${r.name}' (${r.id})`).join(", ");
      return {
        ok: false,
        message: `The ${SCOPE_WORD[scope]} role '${ref}' is ambiguous: ${candidates}. Write the role's id instead.`
      };
    }
    if (scope === "group" && isUuid(ref)) return { ok: true, role: { id: ref, name: ref } };
    const names = roles.map((r) => r.name);
    const hint = closestMatch(ref, names);
    const known = names.length === 0 ? "none known" : names.map((n) => `'${n}'`).join(", ");
    const learned = scope === "group" ? " (group roles are learned from existing group memberships; a role id always works)" : "";
    return {
      ok: false,
      message: `Unknown ${SCOPE_WORD[scope]} role '${ref}'.${hint === void 0 ? "" : ` Did you mean '${hint}'?`} Roles: ${known}${learned}.`
    };
  };
  return {
    findUser: (ref) => byId.get(ref) ?? byEmail.get(ref.toLowerCase()) ?? byUsername.get(ref.toLowerCase()),
    userById: (id) => byId.get(id),
    findRole,
    roleName: (scope, roleId, fallback) => live.roles[scope].find((r) => r.id === roleId)?.name ?? fallback ?? roleId,
    isIgnored: ({ ref, email, username }) => [ref, email, username].some((value) => value !== void 0 && ignore(value))
  };
}

// src/core/simulate.ts
function applyChangesToLive(live, plan) {
  const next = structuredClone(live);
  for (const change of plan.changes) handlersOf(change.kind).simulate(next, change);
  return next;
}

// src/core/safety.ts
function checkSafety(plan, live, options) {
  return [
    ...options.allowMassDelete === true ? [] : checkMassDelete(plan.changes, plan.desired, live),
    ...options.allowLockout === true ? [] : checkLockout(plan, live)
  ];
}
function checkMassDelete(changes, desired, live) {
  const limit = desired.limits.maxDeletePercent;
  const refusals = [];
  const recreated = new Set(changes.flatMap((c) => c.action === "create" ? [c.address] : []));
  const losses = changes.filter((c) => c.action === "delete" && !recreated.has(c.address));
  const deleted = [...new Set(losses.map((c) => c.kind))];
  for (const name of deleted) {
    const kind = KIND_MODULES[name];
    const deletes = losses.filter((c) => c.kind === name);
    const total = Math.max(kind.countLive(live, desired), deletes.length);
    const percent = deletes.length / total * 100;
    if (percent <= limit) continue;
    const addresses = deletes.map((c) => c.address);
    refusals.push({
      rail: "mass-delete",
      override: "--allow-mass-delete",
      message: `Refusing to delete ${deletes.length} of ${total} ${kind.noun.many} (${formatPercent(percent)}, above limits.maxDeletePercent ${limit}%): ${listAddresses(addresses)}. Re-run with --allow-mass-delete if this is intended.`,
      addresses
    });
  }
  return refusals;
}
function checkLockout(plan, live) {
  const after = plan.changes.length === 0 ? live : applyChangesToLive(live, plan);
  return KINDS.flatMap((kind) => {
    if (kind.rails === void 0) return [];
    const changes = plan.changes.filter((c) => c.kind === kind.kind);
    return kind.rails({ desired: plan.desired, live, after, changes });
  });
}
function formatPercent(percent) {
  return `${Math.round(percent * 10) / 10}%`;
}

// src/core/summary.ts
function summarizeChanges(changes) {
  const summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}

// src/core/plan.ts
function buildPlan(desired, live, options = {}) {
  const bound = bindOrgs(desired, live);
  const base = {
    desired,
    live,
    resolver: createResolver(live, desired.users.ignore),
    orgs: bound.orgs,
    implied: /* @__PURE__ */ new Set(),
    // The edges inject the clock; a caller without one (a unit test of other things) gets the real time.
    now: options.now?.() ?? /* @__PURE__ */ new Date()
  };
  const ctx = { ...base, implied: new Set(KINDS.flatMap((kind) => kind.implies?.(base) ?? [])) };
  const issues = [...bound.issues];
  const warnings = [];
  let changes = [];
  const unknownUsers = [];
  const kindIssues = [];
  for (const kind of KINDS) {
    const result = kind.plan(ctx);
    changes.push(...result.changes);
    warnings.push(...result.warnings);
    kindIssues.push(...result.issues);
    unknownUsers.push(...result.unknownUsers);
  }
  const replaced = planReplacements(ctx, changes, options.replace ?? []);
  changes = replaced.changes;
  issues.push(...inFileOrder(kindIssues), ...replaced.issues);
  if (unknownUsers.length > 0) issues.unshift(unknownUsersIssue(inFileOrder(unknownUsers)));
  if (live.unknown.length > 0) {
    issues.push({
      code: "LIVE_STATE_INCOMPLETE",
      message: `Parts of the live state could not be read: ${live.unknown.map((u) => `${u.address} (${u.reason})`).join("; ")}.`
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const ordered = orderChanges(linkDependencies(changes));
  const plan = {
    formatVersion: 1,
    groupId: desired.group.id,
    fingerprint: fingerprintLive(live),
    changes: ordered,
    summary: summarizeChanges(ordered),
    warnings: warnings.sort(
      (a, b) => (a.address ?? "").localeCompare(b.address ?? "") || a.code.localeCompare(b.code)
    ),
    desired
  };
  plan.refusals = checkSafety(plan, live, {});
  if (options.now !== void 0) plan.createdAt = ctx.now.toISOString();
  if (options.replace !== void 0 && options.replace.length > 0)
    plan.replace = [...new Set(options.replace)];
  return { ok: true, plan };
}
var SECTIONS = ["group", "tenant", "orgs"];
function inFileOrder(items) {
  const rank = (item) => {
    const index = SECTIONS.indexOf(String(item.path?.[0]));
    return index === -1 ? SECTIONS.length : index;
  };
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map(({ item }) => item);
}
function unknownUsersIssue(refs) {
  const listed = refs.map((r) => `'${r.ref}' (${formatPath(r.path)})`).join(", ");
  const first = refs[0];
  return {
    code: "UNKNOWN_USERS",
    message: `${refs.length === 1 ? "A member is" : `${refs.length} members are`} not Snyk users of the group: ${listed}. Check the spelling, or set users.unknown to 'invite' or 'provision' to add them before their first login.`,
    path: first.path
  };
}

// src/core/partial-plan.ts
function narrowDesired(desired, targets) {
  const orgTargets = targets.filter((t) => t.kind === "org");
  const orgIndex = [];
  const orgs = desired.orgs.filter((org, index) => {
    const kept2 = orgTargets.some((t) => t.selectsOrg(org.slug));
    if (kept2) orgIndex.push(index);
    return kept2;
  });
  const narrowed = {
    ...desired,
    group: targets.some((t) => t.kind === "group") ? desired.group : { id: desired.group.id },
    orgs,
    prune: { ...desired.prune, orgs: desired.prune.orgs && orgTargets.length > 0 }
  };
  if (desired.tenant === void 0 || !targets.some((t) => t.kind === "tenant")) delete narrowed.tenant;
  return { desired: narrowed, orgIndex };
}
function selectChanges(changes, targets) {
  const byAddress = new Map(changes.map((c) => [c.address, c]));
  const kept2 = /* @__PURE__ */ new Set();
  const keep = (change) => {
    if (kept2.has(change.address)) return;
    kept2.add(change.address);
    for (const dependency of change.dependsOn) {
      const needed = byAddress.get(dependency);
      if (needed !== void 0) keep(needed);
    }
  };
  for (const change of changes) if (targets.some((t) => t.matches(change.address))) keep(change);
  return changes.filter((c) => kept2.has(c.address));
}
function relocate(issue, orgIndex) {
  const path = issue.path;
  if (path?.[0] !== "orgs" || typeof path[1] !== "number") return issue;
  return { ...issue, path: ["orgs", orgIndex[path[1]] ?? path[1], ...path.slice(2)] };
}
function buildTargetedPlan(desired, narrowed, live, targets, options = {}) {
  const result = buildPlan(narrowed.desired, live, options);
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => relocate(i, narrowed.orgIndex)) };
  const changes = selectChanges(result.plan.changes, targets);
  const inScope = (address) => address === void 0 || targets.some((t) => t.matches(address));
  const plan = {
    ...result.plan,
    changes,
    summary: summarizeChanges(changes),
    warnings: result.plan.warnings.filter((w) => inScope(w.address)),
    desired,
    partial: true,
    targets: targets.map((t) => t.text)
  };
  return { ok: true, plan };
}
function scopeTarget(address) {
  const slug = orgSlugOfAddress(address);
  const kind = slug !== void 0 ? "org" : address.startsWith("tenant") ? "tenant" : "group";
  return {
    text: address,
    kind,
    matches: (other) => other === address || other.startsWith(`${address}.`),
    selectsOrg: (other) => other === slug
  };
}
function touchedScopes(changes) {
  const scopes = /* @__PURE__ */ new Set();
  for (const change of changes) {
    const slug = orgSlugOfAddress(change.address);
    scopes.add(slug !== void 0 ? `org[${slug}]` : change.address);
  }
  return [...scopes].map(scopeTarget);
}

// src/core/person-scope.ts
function namesUser(ref, user) {
  const wanted = ref.toLowerCase();
  return ref === user.id || user.email !== void 0 && user.email.toLowerCase() === wanted || user.username !== void 0 && user.username.toLowerCase() === wanted;
}
var onlyUser = (members, user) => members?.filter((spec) => namesUser(spec.user, user));
function personDesired(desired, user) {
  const orgIndex = [];
  const orgs = desired.orgs.flatMap((org, index) => {
    if (org.members === void 0) return [];
    orgIndex.push(index);
    const { settings: _settings, ...rest } = org;
    return [{ ...rest, members: onlyUser(org.members, user) }];
  });
  const groupMembers = onlyUser(desired.group.members, user);
  const narrowed = {
    ...desired,
    group: { id: desired.group.id, ...groupMembers !== void 0 ? { members: groupMembers } : {} },
    orgs,
    prune: { ...desired.prune, orgs: false }
  };
  delete narrowed.tenant;
  return { desired: narrowed, orgIndex };
}
function personTarget(text, user) {
  const suffix = `member[${labelUser(user)}]`;
  return {
    text,
    kind: "user",
    matches: (address) => address === `group.${suffix}` || address.endsWith(`].${suffix}`),
    selectsOrg: () => true,
    ...user.email !== void 0 ? { user: user.email } : { user: user.id }
  };
}

// src/core/target-address.ts
var SEGMENT = /^([a-z_]+)(?:\[([^\]]+)\])?$/;
var TOP = /* @__PURE__ */ new Set(["org", "group", "tenant", "user"]);
function escapeRegex(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
function globSource(glob) {
  let out = "";
  let inBracket = false;
  for (const char of glob) {
    if (char === "[") inBracket = true;
    if (char === "]") inBracket = false;
    if (char === "*") out += inBracket ? "[^\\]]*" : "[^.\\[\\]]*";
    else out += escapeRegex(char);
  }
  return out;
}
function segmentsOf(text) {
  const out = [];
  let current = "";
  let depth = 0;
  for (const char of text) {
    if (char === "[") depth++;
    if (char === "]") depth--;
    if (char === "." && depth === 0) {
      out.push(current);
      current = "";
    } else current += char;
  }
  out.push(current);
  return out;
}
var EXAMPLES = "org[payments], 'org[payments*]', org[payments].member[bob@acme.com], group.member[alice@acme.com], tenant, 'user[alice@acme.com]'";
function parseTarget(text) {
  const trimmed = text.trim();
  const segments = segmentsOf(trimmed);
  const parsed = segments.map((segment) => SEGMENT.exec(segment));
  const first = parsed[0];
  if (trimmed === "" || parsed.some((m) => m === null) || first === null || first === void 0) {
    return `--target '${text}' is not an address; expected one such as ${EXAMPLES}`;
  }
  const kind = first[1];
  if (!TOP.has(kind))
    return `--target '${text}' starts with '${first[1]}'; an address starts with org[\u2026], group, tenant or user[\u2026] (${EXAMPLES})`;
  if ((kind === "org" || kind === "user") && first[2] === void 0) {
    return `--target '${text}': ${kind} needs a name in brackets, e.g. ${kind === "org" ? "org[payments]" : "user[alice@acme.com]"}`;
  }
  if (kind === "user" && (segments.length > 1 || first[2].includes("*"))) {
    return `--target '${text}': a user target names one person, e.g. user[alice@acme.com]`;
  }
  const whole = new RegExp(`^${globSource(trimmed)}(?:\\..*)?$`, "i");
  const orgGlob = kind === "org" ? new RegExp(`^${globSource(first[2])}$`, "i") : void 0;
  return {
    text: trimmed,
    kind,
    matches: (address) => whole.test(address),
    selectsOrg: (slug) => orgGlob?.test(slug) === true,
    ...kind === "user" ? { user: first[2] } : {}
  };
}
function parseTargets(texts) {
  const targets = [];
  for (const text of texts) {
    const target = parseTarget(text);
    if (typeof target === "string") return { ok: false, message: target };
    targets.push(target);
  }
  const users = targets.filter((t) => t.kind === "user");
  if (users.length > 0 && targets.length > 1) {
    return {
      ok: false,
      message: `--target '${users[0].text}' plans one person's memberships and cannot be combined with other targets; run one plan per target`
    };
  }
  return { ok: true, targets };
}

// src/live/read-person.ts
var ORG_ADMIN = "Org Admin";
var kept = (m) => ({
  id: m.id,
  userId: m.userId,
  roleId: m.roleId,
  roleName: m.roleName
});
var GROUP_ADMIN = "Group Admin";
async function findPerson(client, groupId, ref) {
  const filter = ref.includes("@") ? { email: ref } : isUuid(ref) ? { userId: ref } : void 0;
  const wanted = ref.toLowerCase();
  const names = (m) => m.user.id === ref || m.user.email?.toLowerCase() === wanted || m.user.username?.toLowerCase() === wanted;
  const candidates = await client.listGroupMemberships(groupId, filter);
  const mine = candidates.filter(names);
  if (mine.length > 0) return mine;
  const everyone = filter === void 0 ? candidates : await client.listGroupMemberships(groupId);
  const hint = closestMatch(
    ref,
    everyone.flatMap((m) => [m.user.email, m.user.username].filter((v) => v !== void 0))
  );
  throw new GitopsError(
    `--target 'user[${ref}]': no user of the group ${groupId} has that email, username or id.${hint === void 0 ? "" : ` Did you mean '${hint}'?`}`,
    { code: "UNKNOWN_USER" }
  );
}
function losesAdmin(mine, listed, user, admin) {
  const held = mine.find((m) => m.roleName === admin);
  if (held === void 0) return false;
  const spec = listed?.find((s) => namesUser(s.user, user));
  return spec === void 0 || spec.role.toLowerCase() !== admin.toLowerCase() && spec.role !== held.roleId;
}
async function readPersonLiveState(client, desired, ref) {
  const groupId = desired.group.id;
  const live = emptyLiveState(groupId);
  const managesOrgMembers = desired.orgs.some((o) => o.members !== void 0);
  const [self, groupMine, orgs, roles] = await Promise.all([
    client.getSelf(),
    findPerson(client, groupId, ref),
    client.listGroupOrgs(groupId),
    managesOrgMembers ? client.listOrgRoles(groupId) : Promise.resolve([])
  ]);
  const user = groupMine[0].user;
  live.self = { id: self.id, type: self.type };
  if (self.email !== void 0) live.self.email = self.email;
  if (self.username !== void 0) live.self.username = self.username;
  live.orgs = orgs.map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
  live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
  addUsers(live.users, groupMine);
  const managed = desired.group.members !== void 0;
  const groupList = managed && losesAdmin(groupMine, desired.group.members, user, GROUP_ADMIN) ? await client.listGroupMemberships(groupId) : groupMine;
  live.roles.group = rolesOf(groupList);
  if (managed) {
    live.group.members = groupList.map(kept);
    addUsers(live.users, groupList);
  }
  if (!managesOrgMembers) return { live, user };
  const match = matchOrgs(live.orgs);
  const managedOrgs = new Map(
    desired.orgs.flatMap((o) => o.members === void 0 ? [] : [[match(o), o]])
  );
  const memberships = await client.listGroupUserOrgMemberships(groupId, user.id);
  const byOrg = /* @__PURE__ */ new Map();
  for (const m of memberships) byOrg.set(m.orgId, [...byOrg.get(m.orgId) ?? [], m]);
  await Promise.all(
    live.orgs.map(async (org) => {
      const want = managedOrgs.get(org);
      if (want === void 0) return;
      const mine = byOrg.get(org.id) ?? [];
      const list = losesAdmin(mine, want.members, user, ORG_ADMIN) ? await client.listOrgMemberships(org.id) : mine;
      org.members = list.map(kept);
      addUsers(live.users, list);
    })
  );
  return { live, user };
}

// src/engine/scope.ts
function parseTargetsOrThrow(texts) {
  const parsed = parseTargets(texts);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.targets;
}
async function readScoped(client, desired, targetTexts, options = {}) {
  if (targetTexts.length === 0)
    return { live: await readLiveState(client, desired, options), scope: { partial: false } };
  const targets = parseTargetsOrThrow(targetTexts);
  const person = targets[0]?.kind === "user" ? targets[0] : void 0;
  if (person?.user !== void 0) {
    const { live: live2, user } = await readPersonLiveState(client, desired, person.user);
    const narrowed2 = personDesired(desired, user);
    return { live: live2, scope: { partial: true, narrowed: narrowed2, targets: [personTarget(person.text, user)] } };
  }
  const narrowed = narrowDesired(desired, targets);
  const live = await readLiveState(client, narrowed.desired, options);
  return { live, scope: { partial: true, narrowed, targets } };
}
function buildScopedPlan(desired, live, scope, options = {}) {
  return scope.partial ? buildTargetedPlan(desired, scope.narrowed, live, scope.targets, options) : buildPlan(desired, live, options);
}

// src/engine/plan.ts
async function loadDesired(paths, cwd, now) {
  const result = await loadConfig(paths, { cwd, ...now ? { now } : {} });
  if (!result.ok) {
    throw new ConfigInvalidError(
      result.issues.map((i) => ({
        code: i.code,
        message: i.message,
        ...i.file !== void 0 ? { file: i.file } : {},
        ...i.line !== void 0 ? { line: i.line } : {},
        ...i.column !== void 0 ? { column: i.column } : {}
      }))
    );
  }
  return { desired: result.desired, files: result.files, locate: result.locate };
}
async function planDesired(config, client, options = {}) {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const { live, scope } = await readScoped(
    client,
    config.desired,
    options.targets ?? [],
    options.onProgress ? { onProgress: options.onProgress } : {}
  );
  const elapsedSeconds = (clock() - started) / 1e3;
  const plan = planAgainst(config, live, options.now ?? systemClock, scope, options.replace);
  const requests = client.stats().requests;
  plan.stats = { requests };
  if (options.budget !== void 0) {
    const writes = plan.changes.length;
    const secondsPerRequest = requests === 0 ? 0 : elapsedSeconds * Math.min(options.budget.concurrency, requests) / requests;
    plan.stats.writes = writes;
    plan.stats.estimatedApplySeconds = estimateApplySeconds(writes, { ...options.budget, secondsPerRequest });
    plan.stats.ratePerMinute = options.budget.ratePerMinute;
  }
  return { plan, live, scope };
}
function relatedPlaces(config, issue) {
  return (issue.related ?? []).map(({ what, path }) => {
    const at = config.locate?.(path);
    return ` (${what}: ${at === void 0 ? formatPath(path) : `${at.file}:${at.line}:${at.column}`})`;
  }).join("");
}
var systemClock = () => /* @__PURE__ */ new Date();
function planAgainst(config, live, now, scope = { partial: false }, replace) {
  const result = buildScopedPlan(config.desired, live, scope, {
    ...now ? { now } : {},
    ...replace ? { replace } : {}
  });
  if (!result.ok) {
    const issues = result.issues.map((issue) => {
      const source = issue.path && config.locate ? config.locate(issue.path) : void 0;
      return {
        code: issue.code,
        message: issue.message + relatedPlaces(config, issue),
        ...issue.address ? { address: issue.address } : {},
        ...source ? { file: source.file, line: source.line, column: source.column } : {}
      };
    });
    throw new ConfigInvalidError(issues, "the configuration does not fit the live Snyk account");
  }
  return result.plan;
}

// src/render/ansi.ts
var wrap = (code, reset) => (on, text) => on ? `\x1B[${code}m${text}\x1B[${reset}m` : text;
var green = wrap(32, 39);
var red = wrap(31, 39);
var yellow = wrap(33, 39);
var bold = wrap(1, 22);
var dim = wrap(2, 22);

// src/render/inert-markdown.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function showControls(text) {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function breakComments(text) {
  return text.replace(/<!--/g, "<\\!--");
}
var RISKY = new RegExp(
  `(${[
    String.raw`[\w.+-]*@[\w-]+(?:[./][\w-]+)*`,
    String.raw`[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]\x60]*`,
    String.raw`www\.[^\s<>()[\]\x60]*`,
    String.raw`[\w./-]*#\d+`
  ].join("|")})`,
  "gi"
);
function mdCode(text, options = {}) {
  let content = breakComments(showControls(text));
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  if (content === "") return "` `";
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
function escapeProse(text, leading) {
  const escaped = showControls(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  if (!leading) return escaped;
  return escaped.replace(
    /^( *)([#+\-=]|\d+(?=[.)]))/,
    (_, space, m) => /^\d/.test(m) ? `${space}${m}\\` : `${space}\\${m}`
  );
}
function mdText(text) {
  return text.split(RISKY).map((part, i) => i % 2 === 1 ? mdCode(part) : escapeProse(part, i === 0)).join("");
}
function mdHtml(text) {
  return text.split(RISKY).map((part, i) => {
    const escaped = breakComments(showControls(part)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return i % 2 === 1 ? `<code>${escaped}</code>` : escaped;
  }).join("");
}
function mdFenceLine(text) {
  return breakComments(showControls(text)).replace(/```/g, "'''");
}
function mdFence(text, info = "") {
  const lines = text.trimEnd().replace(/\r\n/g, "\n").split("\n").map(mdFenceLine);
  return `\`\`\`${info}
${lines.join("\n")}
\`\`\``;
}

export {
  applyBudgetSentence,
  ConfigInvalidError,
  StalePlanError,
  SafetyRefusalError,
  fingerprintLive,
  dependencyIndices,
  isUuid,
  createResolver,
  checkSafety,
  summarizeChanges,
  narrowDesired,
  touchedScopes,
  readScoped,
  loadDesired,
  planDesired,
  systemClock,
  planAgainst,
  mdCode,
  mdText,
  mdHtml,
  mdFenceLine,
  mdFence,
  green,
  red,
  yellow,
  bold,
  dim
};
