import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromAttributes,
  scopeParameter,
  toAttributes
} from "./chunk-2H7DH7SS.js";
import {
  loadConfig
} from "./chunk-KLWEPUVX.js";
import {
  require_agent,
  require_api,
  require_dispatcher,
  require_proxy_agent
} from "./chunk-U57Q7QMY.js";
import {
  KINDS,
  KIND_MODULES,
  accountRotations,
  addUsers,
  adminRoleIds,
  createResolver,
  designation,
  designationsOf,
  estimateApplySeconds,
  handlersOf,
  listAddresses,
  liveRead,
  matchOrgs,
  ownersToList,
  rolesOf,
  ruleMatches
} from "./chunk-3VISFR46.js";
import {
  closestMatches,
  didYouMean
} from "./chunk-KRNN6JX7.js";
import {
  Address,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RETRY,
  GROUP,
  GROUP_SETTINGS_PART_NAMES,
  ORG_SETTINGS_PART_NAMES,
  SnykApiError,
  TENANT,
  backoffDelay,
  checkApiUrl,
  classifyOutcome,
  clip,
  codeForStatus,
  compareAddresses,
  describeSignIn,
  extendError,
  extractErrorDetail,
  formatPath,
  labelUser,
  labelUserRef,
  orgAddress,
  parseRetryAfter,
  parseTargets,
  pause,
  proxyFor,
  realSleep,
  sendAttempt,
  setUpAuth,
  writeCanonicalJson
} from "./chunk-WX2GK3PI.js";
import {
  addSecrets,
  inertText,
  redact
} from "./chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunk-N4ITD6G4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

// undici-core:undici
var require_undici = __commonJS({
  "undici-core:undici"(exports, module) {
    var Dispatcher = require_dispatcher();
    Object.assign(Dispatcher.prototype, require_api());
    module.exports = {
      Agent: require_agent(),
      ProxyAgent: require_proxy_agent()
    };
  }
});

// src/engine/repository-source.ts
function repositorySourceFrom(env) {
  const token = env.GITHUB_TOKEN?.trim();
  if (token === void 0 || token === "") return void 0;
  const baseUrl = env.GITHUB_API_URL?.trim() || "https://api.github.com";
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
    throw new GitopsError(`GITHUB_API_URL is not an http(s) URL: '${inertText(baseUrl.slice(0, 200))}'`, {
      code: "GITHUB_FAILED"
    });
  const proxy = proxyFor(baseUrl, env);
  let source;
  return {
    async listOwnerRepositories(owner) {
      source ??= import("./github-repositories-GBJO3E2T.js").then(
        (m) => m.createGitHubRepositorySource({ token, baseUrl, ...proxy === void 0 ? {} : { proxy } })
      );
      return (await source).listOwnerRepositories(owner);
    }
  };
}
function repositoriesFrom(env) {
  const repositories = repositorySourceFrom(env);
  return repositories === void 0 ? {} : { repositories };
}

// src/core/class-notes.ts
function noteClasses(plan, orgs, live, classOf) {
  const indexBySlug = new Map(orgs.map((org, i) => [org.slug.toLowerCase(), i]));
  const membersOf = memberIndexer(labeller(live));
  const liveOrgs = new Map(live.orgs.map((o) => [o.slug.toLowerCase(), o]));
  let noted = false;
  const changes = plan.changes.map((change) => {
    const { scope: scope2, steps } = change.address;
    if (scope2.kind !== "org") return change;
    const index = indexBySlug.get(scope2.slug.toLowerCase());
    const org = index === void 0 ? void 0 : orgs[index];
    if (index === void 0 || org === void 0) return change;
    const seen = /* @__PURE__ */ new Map();
    const projects = liveOrgs.get(scope2.slug.toLowerCase())?.projects ?? [];
    for (const path of valuePaths(change, steps, { org, projects, membersOf })) {
      const found = classOf(["orgs", index, ...path]);
      if (found !== void 0 && !seen.has(found.name))
        seen.set(found.name, `class ${found.name} (${found.at.file}:${found.at.line})`);
    }
    if (seen.size === 0) return change;
    noted = true;
    const from = `from ${[...seen.values()].join(", ")}`;
    return { ...change, note: change.note === void 0 ? from : `${change.note}; ${from}` };
  });
  return noted ? { ...plan, changes } : plan;
}
var CLASS_NOTE = /(?:^|; )from class .*$/s;
function withoutClassNote(change) {
  if (change.note === void 0 || !CLASS_NOTE.test(change.note)) return change;
  const { note, ...rest5 } = change;
  const kept2 = note.replace(CLASS_NOTE, "");
  return kept2 === "" ? rest5 : { ...rest5, note: kept2 };
}
function valuePaths(change, steps, { org, projects, membersOf }) {
  const [step] = steps;
  if (step === void 0) return change.action === "create" ? [["template"]] : [];
  const { name, key } = step;
  if (key === void 0) return leaves(change).map((leaf) => [name, ...leaf]);
  switch (name) {
    case "member":
    case "pending": {
      const j = membersOf(org).get(key);
      return j === void 0 ? [] : [["members", j]];
    }
    case "project": {
      const project = projects.find((p) => p.name === key || `${p.name}#${p.id}` === key);
      if (project === void 0) return [];
      return (org.projects ?? []).flatMap((rule, r) => ruleMatches(rule, project) ? [["projects", r]] : []);
    }
    case "webhook":
      return indexOf(org.webhooks, (w) => w.url === key).map((j) => ["webhooks", j]);
    case "service_account":
      return indexOf(org.serviceAccounts, (a) => a.name === key).map((j) => ["serviceAccounts", j]);
    case "integration": {
      const settings = leaves(change).filter((leaf) => leaf.length > 0);
      return settings.length === 0 ? [["integrations", key]] : settings.map((leaf) => ["integrations", key, "settings", ...leaf]);
    }
    default:
      return [];
  }
}
function leaves(change) {
  if (change.patch.length > 0)
    return change.patch.map(
      (op) => op.path.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    );
  const after = change.after;
  if (after !== null && typeof after === "object" && !Array.isArray(after))
    return Object.keys(after).map((k) => [k]);
  return [[]];
}
function memberIndexer(label2) {
  const indexes = /* @__PURE__ */ new Map();
  return (org) => {
    let index = indexes.get(org);
    if (index === void 0) {
      index = /* @__PURE__ */ new Map();
      for (const [j, member] of (org.members ?? []).entries()) {
        const key = label2(member.user);
        if (!index.has(key)) index.set(key, j);
      }
      indexes.set(org, index);
    }
    return index;
  };
}
function indexOf(list, test) {
  const index = (list ?? []).findIndex(test);
  return index === -1 ? [] : [index];
}
function labeller(live) {
  const byRef = /* @__PURE__ */ new Map();
  for (const user of Object.values(live.users)) {
    const text = labelUser(user);
    for (const ref of [user.email?.toLowerCase(), user.username?.toLowerCase(), user.id])
      if (ref !== void 0) byRef.set(ref, text);
  }
  return (ref) => byRef.get(ref.toLowerCase()) ?? labelUserRef(ref);
}

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

// src/core/summary.ts
function summarizeChanges(changes) {
  const summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}

// src/core/target-match.ts
function memberAddresses(scope2, specs, live, state) {
  const listed2 = (specs ?? []).map((s) => labelUserRef(s.user));
  const held = (live ?? []).map((m) => {
    const user = state.users[m.userId];
    return user === void 0 ? m.userId : labelUser(user);
  });
  return [.../* @__PURE__ */ new Set([...listed2, ...held])].map((label2) => scope2.at("member", label2));
}
function knownAddresses(scene) {
  const { desired, live } = scene;
  const slugs = /* @__PURE__ */ new Set([...desired.orgs.map((o) => o.slug), ...live.orgs.map((o) => o.slug)]);
  const members = [
    ...memberAddresses(GROUP, desired.group.members, live.group.members, live),
    ...memberAddresses(TENANT, desired.tenant?.members, live.tenant?.members, live)
  ];
  for (const org of desired.orgs) {
    const read = live.orgs.find((o) => o.slug === org.slug || org.id !== void 0 && o.id === org.id);
    members.push(...memberAddresses(orgAddress(org.slug), org.members, read?.members, live));
  }
  const known = [...slugs];
  return {
    slugs: known,
    orgs: known.map((slug) => orgAddress(slug).text),
    members,
    tenant: desired.tenant !== void 0
  };
}
function either(values) {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length <= 1 ? quoted[0] ?? "" : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}
function unmatched(target, candidates, shown) {
  const near = closestMatches(target.text, candidates, 3);
  const hint = near.length > 0 ? ` Did you mean ${either(near.map(shown))}?` : "";
  return `--target '${shown(target.text)}' matches nothing in the file or in Snyk, so it would plan nothing.${hint} Run a full plan to see every address.`;
}
function checkTargets(targets, replace, scene, shown) {
  const messages = [];
  let known;
  for (const target of targets) {
    if (target.kind === "user" || scene.changes.some((a) => target.matches(a))) continue;
    known ??= knownAddresses(scene);
    if (target.kind === "tenant" && !known.tenant) {
      messages.push(
        `--target '${shown(target.text)}': the file has no tenant section, so it would plan nothing.`
      );
      continue;
    }
    const { scope: scope2, steps } = Address.of(target.text);
    if (scope2.kind === "org" && !known.slugs.some((slug) => target.selectsOrg(slug))) {
      const org = orgAddress(scope2.slug).text;
      const rest5 = target.text.slice(org.length);
      const near = closestMatches(org, known.orgs, 3).map((a) => `${a}${rest5}`);
      messages.push(unmatched(target, near, shown));
      continue;
    }
    if (steps[0]?.name === "member" && !known.members.some((a) => target.matches(a))) {
      const inScope = known.members.filter(
        ({ scope: at }) => at.kind === "org" ? target.selectsOrg(at.slug) : at.kind === target.kind
      );
      messages.push(
        unmatched(
          target,
          inScope.map((a) => a.text),
          shown
        )
      );
    }
  }
  for (const address of replace) {
    if (targets.some((t) => t.matches(Address.of(address)))) continue;
    messages.push(
      `--replace '${shown(address)}' is outside every --target, so the partial plan would not replace it. Add it as a --target, or plan without targets.`
    );
  }
  return messages;
}

// src/drift/mask-unknown.ts
var isSettingsPart = (part) => ORG_SETTINGS_PART_NAMES.includes(part);
function orgPart({ scope: scope2, steps }) {
  return scope2.kind === "org" ? { slug: scope2.slug, part: steps[0]?.name } : void 0;
}
function maskUnknownParts(desired, unknown) {
  const masked = structuredClone(desired);
  for (const { address } of unknown) maskOne(masked, Address.of(address));
  return masked;
}
function maskOne(desired, unknown) {
  const org = orgPart(unknown);
  if (org !== void 0) {
    const { slug, part: part2 } = org;
    desired.orgs = desired.orgs.map((entry) => entry.slug === slug ? maskOrg(entry, part2) : entry);
    return;
  }
  const address = unknown.text;
  const [head, part] = address.split(".", 2);
  if (head === "orgs" || address === "group") {
    desired.orgs = [];
    desired.prune = { ...desired.prune, orgs: false };
  }
  if (head === "group") {
    if (part === void 0 || part === "settings") delete desired.group.settings;
    if (part === void 0 || part === "tags") delete desired.group.tags;
    if (part === void 0 || part === "members" || part === "member") delete desired.group.members;
    for (const name of GROUP_SETTINGS_PART_NAMES)
      if (part === void 0 || part === name) delete desired.group[name];
  }
  if (address === "roles.org") {
    desired.orgs = desired.orgs.map(({ members: _members, ...org2 }) => org2);
  }
  if (address === "roles.tenant" && desired.tenant !== void 0) delete desired.tenant.members;
  if (head === "tenant" && desired.tenant !== void 0) {
    if (part === void 0 || part === "name") delete desired.tenant;
    else delete desired.tenant.members;
  }
}
var PENDING_PARTS = /* @__PURE__ */ new Set(["invites", "provisions"]);
function unreadablePendingOrgs(unknown) {
  const slugs = /* @__PURE__ */ new Set();
  for (const { address } of unknown) {
    const org = orgPart(Address.of(address));
    if (org?.part !== void 0 && PENDING_PARTS.has(org.part)) slugs.add(org.slug);
  }
  return slugs;
}
function isUnreadablePending({ scope: scope2, steps }, slugs) {
  if (scope2.kind !== "org" || steps[0]?.name !== "pending" || steps[0].key === void 0) return false;
  return slugs.has(scope2.slug);
}
function dropUnreadablePending(changes, unknown) {
  const slugs = unreadablePendingOrgs(unknown);
  if (slugs.size === 0) return [...changes];
  return changes.filter((change) => !isUnreadablePending(change.address, slugs));
}
function maskOrg(entry, part) {
  if (part !== void 0 && PENDING_PARTS.has(part)) return entry;
  const out = { ...entry };
  if (isSettingsPart(part)) {
    delete out[part];
    return out;
  }
  if (part === "projects") {
    delete out.projects;
    return out;
  }
  delete out.members;
  if (part === void 0) {
    for (const settings of ORG_SETTINGS_PART_NAMES) delete out[settings];
    delete out.projects;
  }
  return out;
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
  /** `since`: when the plan's state was read ('this plan was made', 'the confirmation prompt'). */
  constructor(planned, now, since = "this plan was made") {
    super(
      `the live state changed since ${since}; plan again (plan fingerprint ${planned}, live now ${now}). Nothing was written.`,
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

// src/core/narrow-desired.ts
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
    const { settings: _settings, ...rest5 } = org;
    return [{ ...rest5, members: onlyUser(org.members, user) }];
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
  const label2 = labelUser(user);
  const isTheirs = (address) => {
    const { scope: scope2 } = address;
    if (scope2.kind === "tenant") return false;
    return address === (scope2.kind === "org" ? orgAddress(scope2.slug) : GROUP).at("member", label2);
  };
  return {
    text,
    kind: "user",
    matches: isTheirs,
    selectsOrg: () => true,
    ...user.email !== void 0 ? { user: user.email } : { user: user.id }
  };
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
    const dependsOn = [.../* @__PURE__ */ new Set([...change.dependsOn, ...needed])].sort(compareAddresses);
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
  const compare = (a, b) => rank.get(a) - rank.get(b) || compareAddresses(a.address, b.address);
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

// src/core/address-swaps.ts
function swapAddresses(changes, addresses, swaps) {
  if (addresses.length === 0) return { changes, issues: [] };
  const offered = swaps.offered();
  const issues = [];
  let out = changes;
  for (const address of new Set(addresses.map(Address.of))) {
    const offer = offered.get(address);
    const swapped = offer === void 0 ? {
      code: swaps.code,
      message: `${swaps.flag} ${inertText(address.text)}: no ${swaps.offers} at this address that the file lists and Snyk has.${didYouMean(
        address.text,
        [...offered.keys()].map((a) => a.text)
      )}${swaps.hint}`,
      address
    } : swaps.swap(out, address, offer);
    if (Array.isArray(swapped)) out = swapped;
    else issues.push(swapped);
  }
  return { changes: out, issues };
}

// src/core/replace.ts
var planReplacements = (ctx, changes, replace) => swapAddresses(changes, replace, {
  flag: "--replace",
  code: "REPLACE_UNKNOWN",
  offers: "object",
  hint: ` Objects that can be replaced: ${KINDS.filter((k) => k.replaceable !== void 0).map((k) => k.noun.many).join(", ")} that exist in Snyk and in the file.`,
  offered: () => replaceableObjects(ctx),
  swap: (out, address, pair) => [...out.filter((c) => c.address !== address), ...pair]
});
function replaceableObjects(ctx) {
  const offered = /* @__PURE__ */ new Map();
  for (const kind of KINDS) {
    for (const r of kind.replaceable?.(ctx) ?? [])
      offered.set(r.address, r.changes);
  }
  return offered;
}

// src/core/rotate.ts
var planRotations = (ctx, changes, rotate) => swapAddresses(changes, rotate, {
  flag: "--rotate",
  code: "ROTATE_UNKNOWN",
  offers: "service account",
  hint: "",
  offered: () => accountRotations(ctx),
  swap: (out, address, rotation) => {
    if ("noSecret" in rotation)
      return {
        code: "ROTATE_NO_SECRET",
        message: `--rotate ${inertText(rotation.noSecret)}`,
        address
      };
    const planned = out.filter((c) => c.address === address);
    if (planned.some((c) => c.action === "create")) return out;
    if (planned.length > 0) {
      return {
        code: "ROTATE_CHANGED",
        message: `--rotate ${inertText(address.text)}: the plan already changes this account (a rename); apply that first, then rotate`,
        address
      };
    }
    return [...out, ...rotation.changes];
  }
});

// src/core/simulate.ts
function applyChangesToLive(live, plan) {
  const next = structuredClone(live);
  for (const change of plan.changes) handlersOf(change.kind).simulate(next, change);
  return next;
}

// src/core/safety.ts
function checkSafety(plan, live, flags = {}) {
  const lifted = liftedRails(plan, flags);
  return [
    ...lifted.has("mass-delete") || isPersonPlan(plan) ? [] : checkMassDelete(plan.changes, plan.desired, live),
    ...lifted.has("lockout") ? [] : checkLockout(plan, live)
  ];
}
function railsLifted(flags) {
  return [
    ...flags.allowMassDelete === true ? ["mass-delete"] : [],
    ...flags.allowLockout === true ? ["lockout"] : []
  ];
}
function liftedRails(plan, flags) {
  return /* @__PURE__ */ new Set([...plan.lifted ?? [], ...railsLifted(flags)]);
}
function isPersonPlan(plan) {
  if (plan.targets === void 0) return false;
  const parsed = parseTargets(plan.targets);
  return parsed.ok && parsed.targets.some((t) => t.kind === "user");
}
function checkMassDelete(changes, desired, live) {
  const limit = desired.limits.maxDeletePercent;
  const refusals = [];
  const recreated = new Set(changes.flatMap((c) => c.action === "create" ? [c.address] : []));
  const lost = (c) => c.action === "delete" || handlersOf(c.kind).removes?.(c) === true;
  const losses = changes.filter((c) => lost(c) && !recreated.has(c.address));
  const deleted = [...new Set(losses.map((c) => c.kind))];
  for (const name of deleted) {
    const kind = KIND_MODULES[name];
    const deletes = losses.filter((c) => c.kind === name);
    const total = Math.max(kind.countLive(live, desired), deletes.length);
    const percent = deletes.length / total * 100;
    if (percent <= limit) continue;
    const addresses = deletes.map((c) => c.address.text);
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
  if (plan.changes.length === 0) return [];
  const after = railsAfter(plan, live, plan.changes);
  const seen = new Set(after.map((r) => r.message));
  const between = recreations(plan.changes).flatMap((index) => {
    const waiting = waitingFor(plan.changes, index);
    const before = plan.changes.filter((_, i) => !waiting.has(i));
    const address = plan.changes[index].address;
    return railsAfter(plan, live, before).filter((r) => !seen.has(r.message)).map((r) => ({ ...r, message: `--replace deletes ${address} before creating it again: ${r.message}` }));
  });
  return [...after, ...between];
}
function railsAfter(plan, live, changes) {
  return runRails(plan, live, applyChangesToLive(live, { changes }), changes);
}
function recreations(changes) {
  const deleted = /* @__PURE__ */ new Set();
  return changes.flatMap((change, index) => {
    if (change.action === "delete") deleted.add(change.address);
    return change.action === "create" && deleted.has(change.address) ? [index] : [];
  });
}
function waitingFor(changes, index) {
  const dependents = changes.map(() => []);
  dependencyIndices(changes).forEach((deps, i) => {
    for (const d of deps) dependents[d].push(i);
  });
  const waiting = /* @__PURE__ */ new Set([index]);
  const queue = [index];
  for (let next = queue.pop(); next !== void 0; next = queue.pop()) {
    for (const dependent of dependents[next]) {
      if (waiting.has(dependent)) continue;
      waiting.add(dependent);
      queue.push(dependent);
    }
  }
  return waiting;
}
function runRails(plan, live, after, changes) {
  return KINDS.flatMap((kind) => {
    if (kind.rails === void 0) return [];
    const own = changes.filter((c) => c.kind === kind.kind);
    return kind.rails({ desired: plan.desired, live, after, changes: own });
  });
}
function formatPercent(percent) {
  return `${Math.round(percent * 10) / 10}%`;
}

// src/core/plan.ts
function buildPlan(desired, live, options = {}) {
  const result = assemblePlan(desired, live, options);
  return result.ok ? { ok: true, plan: withRefusals(result.plan, live, options.lift) } : result;
}
function withRefusals(plan, live, lift = {}) {
  const lifted = railsLifted(lift);
  const recorded = lifted.length > 0 ? { ...plan, lifted } : plan;
  return { ...recorded, refusals: checkSafety(recorded, live) };
}
function assemblePlan(desired, live, options = {}) {
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
  const rotated = planRotations(ctx, replaced.changes, options.rotate ?? []);
  changes = rotated.changes;
  issues.push(...inFileOrder(kindIssues), ...replaced.issues, ...rotated.issues);
  issues.unshift(...inFileOrder(unknownUsers).map((ref) => unknownUserIssue(ref, ctx.resolver)));
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
      (a, b) => (a.address?.text ?? "").localeCompare(b.address?.text ?? "") || a.code.localeCompare(b.code)
    ),
    desired
  };
  if (options.now !== void 0) plan.createdAt = ctx.now.toISOString();
  if (options.replace !== void 0 && options.replace.length > 0)
    plan.replace = [...new Set(options.replace)];
  if (options.rotate !== void 0 && options.rotate.length > 0) plan.rotate = [...new Set(options.rotate)];
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
function unknownUserIssue(ref, resolver) {
  const suggestion = resolver.suggestUser(ref.ref);
  const hint = suggestion === void 0 ? "" : ` Did you mean '${suggestion}'?`;
  return {
    code: "UNKNOWN_USERS",
    message: `'${ref.ref}' is not a Snyk user of the group.${hint} Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.`,
    path: ref.path
  };
}

// src/core/relocate-issues.ts
function relocateIssues(issues, orgIndex) {
  return issues.map((issue) => {
    const path = issue.path;
    if (path?.[0] !== "orgs" || typeof path[1] !== "number") return issue;
    return { ...issue, path: ["orgs", orgIndex[path[1]] ?? path[1], ...path.slice(2)] };
  });
}

// src/core/select-changes.ts
function selectTargeted(plan, targets) {
  const matched = /* @__PURE__ */ new Map();
  const isTargeted = (address) => {
    let hit = matched.get(address);
    if (hit === void 0) {
      hit = targets.some((t) => t.matches(address));
      matched.set(address, hit);
    }
    return hit;
  };
  const byAddress = new Map(plan.changes.map((c) => [c.address, c]));
  const kept2 = /* @__PURE__ */ new Set();
  const keep = (change) => {
    if (kept2.has(change.address)) return;
    kept2.add(change.address);
    for (const dependency of change.dependsOn) {
      const needed = byAddress.get(dependency);
      if (needed !== void 0) keep(needed);
    }
  };
  for (const change of plan.changes) if (isTargeted(change.address)) keep(change);
  return {
    changes: plan.changes.filter((c) => kept2.has(c.address)),
    warnings: plan.warnings.filter((w) => w.address === void 0 || isTargeted(w.address))
  };
}

// src/core/targeted-plan.ts
function buildTargetedPlan(desired, narrowed, live, targets, { lift, ...options } = {}) {
  const result = assemblePlan(narrowed.desired, live, options);
  if (!result.ok) return { ok: false, issues: relocateIssues(result.issues, narrowed.orgIndex) };
  const { changes, warnings } = selectTargeted(result.plan, targets);
  const plan = {
    ...result.plan,
    changes,
    summary: summarizeChanges(changes),
    warnings,
    desired,
    partial: true,
    targets: targets.map((t) => t.text)
  };
  return { ok: true, plan: withRefusals(plan, live, lift) };
}

// src/util/defined-only.ts
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}

// src/snyk/shape.ts
var ShapeError = class extends Error {
  constructor(path, expected) {
    super(`${path}: expected ${expected}`);
    this.path = path;
    this.expected = expected;
    this.name = "ShapeError";
  }
  path;
  expected;
};
function readObject(value, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ShapeError(path, "an object");
  return value;
}
function readArray(value, path) {
  if (!Array.isArray(value)) throw new ShapeError(path, "an array");
  return value;
}
function readString(value, path) {
  if (typeof value !== "string") throw new ShapeError(path, "a string");
  return value;
}
function optional(read) {
  return (value, path) => value === void 0 || value === null ? void 0 : read(value, path);
}
var readOptionalString = optional(readString);
function readNonEmptyString(value, path) {
  const text = readOptionalString(value, path);
  return text === "" ? void 0 : text;
}
function readBoolean(value, path) {
  if (typeof value !== "boolean") throw new ShapeError(path, "a boolean");
  return value;
}
var readOptionalBoolean = optional(readBoolean);
function readNumber(value, path) {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ShapeError(path, "a number");
  return value;
}
function readDataObject(body) {
  return readObject(readObject(body, "body").data, "data");
}
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function readUuid(value, path) {
  const text = readString(value, path);
  if (!UUID.test(text)) throw new ShapeError(path, "a UUID");
  return text;
}

// src/snyk/links.ts
function readLinkHref(value, path) {
  if (value === void 0 || value === null || value === "") return void 0;
  if (typeof value === "string") return value;
  const href = readObject(value, path).href;
  if (href === void 0 || href === null || href === "") return void 0;
  return readString(href, `${path}.href`);
}
function resolveRestLink(href, apiUrl) {
  const base = new URL(apiUrl);
  const basePath = base.pathname.replace(/\/+$/, "");
  let url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) {
    url = new URL(href, base);
    if (url.origin !== base.origin) {
      throw new ShapeError("links.next", `a link on ${base.origin} (got one to ${url.origin})`);
    }
  } else {
    const path = href.startsWith("/") ? href : `/${href}`;
    let full;
    if (basePath !== "" && (path.startsWith(`${basePath}/rest/`) || path.startsWith(`${basePath}/rest?`))) {
      full = path;
    } else if (path.startsWith("/rest/") || path.startsWith("/rest?")) {
      full = basePath + path;
    } else {
      full = `${basePath}/rest${path}`;
    }
    url = new URL(full, base.origin);
  }
  return url;
}
function withPagingDefaults(url, version, limit) {
  const result = new URL(url);
  if (!result.searchParams.has("version")) result.searchParams.set("version", version);
  if (!result.searchParams.has("limit")) result.searchParams.set("limit", String(limit));
  return result;
}

// src/snyk/paginate.ts
var PAGE_LIMIT = 100;
var MAX_PAGES = 1e4;
async function* paginateRest(transport, first2, parseItem, unique) {
  let request2 = { ...first2, query: { ...first2.query, limit: PAGE_LIMIT } };
  const seenLinks = /* @__PURE__ */ new Set();
  const seenKeys = /* @__PURE__ */ new Map();
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await transport.send(request2);
    let items;
    let next;
    try {
      const body = readObject(response.body, "body");
      items = readArray(body.data, "data").map((item, i) => parseItem(item, `data[${i}]`));
      const links = body.links === void 0 || body.links === null ? {} : readObject(body.links, "links");
      next = items.length === 0 ? void 0 : pageLink(transport, first2, links.next, "links.next");
      const self = next === void 0 ? void 0 : pageLink(transport, first2, links.self, "links.self");
      if (self !== void 0 && self.href === next?.href) next = void 0;
      if (unique !== void 0) checkUnique(items, unique, seenKeys);
    } catch (error) {
      throw badResponse(transport, first2, error);
    }
    yield items;
    if (next === void 0) return;
    if (seenLinks.has(next.href))
      throw badResponse(
        transport,
        first2,
        new ShapeError("links.next", "a link to a page not read yet (it repeats one)")
      );
    seenLinks.add(next.href);
    request2 = { ...first2, url: next };
  }
  throw badResponse(transport, first2, new ShapeError("links.next", `to end within ${MAX_PAGES} pages`));
}
function pageLink(transport, first2, value, path) {
  const href = readLinkHref(value, path);
  if (href === void 0) return void 0;
  return withPagingDefaults(
    resolveRestLink(href, transport.apiUrl),
    transport.versionFor(first2.beta ?? false),
    PAGE_LIMIT
  );
}
function checkUnique(items, unique, seen) {
  items.forEach((item, i) => {
    for (const [key, value] of Object.entries(unique(item))) {
      const values = seen.get(key) ?? /* @__PURE__ */ new Set();
      seen.set(key, values);
      if (values.has(value)) {
        throw new ShapeError(
          `data[${i}]`,
          `each ${key} once in the listing ('${clip(value, 80)}' came twice)`
        );
      }
      values.add(value);
    }
  });
}
async function collectRest(transport, first2, parseItem, onPage, unique) {
  const all = [];
  for await (const page of paginateRest(transport, first2, parseItem, unique)) {
    onPage?.(page);
    all.push(...page);
  }
  return all;
}
function collectById(transport, first2, parseItem) {
  return collectRest(transport, first2, parseItem, void 0, (item) => ({ id: item.id }));
}
function badResponse(transport, request2, error) {
  if (!(error instanceof ShapeError)) return error;
  return new SnykApiError(
    `${transport.label(request2)} returned a body without the documented shape: ${error.message}`,
    {
      code: "SNYK_BAD_RESPONSE",
      method: request2.method,
      pathTemplate: `/${request2.api}${request2.template}`,
      cause: error
    }
  );
}
async function sendParsed(transport, request2, parse) {
  const response = await transport.send(request2);
  try {
    return parse(response.body);
  } catch (error) {
    throw badResponse(transport, request2, error);
  }
}
async function sendOnly(transport, request2) {
  await transport.send(request2);
}
function requestsOn(api) {
  return (method, template, params, extra = {}) => ({ method, api, template, params, ...extra });
}

// src/snyk/audit-operations.ts
var PAGE_SIZE = 100;
var MAX_PAGES2 = 1e3;
function parseAuditItem(value, path) {
  const item = readObject(value, path);
  const created = readString(item.created, `${path}.created`);
  if (Number.isNaN(Date.parse(created))) throw new ShapeError(`${path}.created`, "a date-time");
  return {
    created: new Date(created).toISOString(),
    event: readString(item.event, `${path}.event`),
    ...definedOnly({
      groupId: readNonEmptyString(item.group_id, `${path}.group_id`),
      orgId: readNonEmptyString(item.org_id, `${path}.org_id`),
      projectId: readNonEmptyString(item.project_id, `${path}.project_id`),
      userId: readNonEmptyString(item.user_id, `${path}.user_id`)
    })
  };
}
function withVersion(url, version) {
  if (!url.searchParams.has("version")) url.searchParams.set("version", version);
  return url;
}
function createAuditOperations(t) {
  return {
    searchAuditLogs: async (scope2, window) => {
      const first2 = "groupId" in scope2 ? {
        method: "GET",
        api: "rest",
        template: "/groups/{group_id}/audit_logs/search",
        params: { group_id: scope2.groupId }
      } : {
        method: "GET",
        api: "rest",
        template: "/orgs/{org_id}/audit_logs/search",
        params: { org_id: scope2.orgId }
      };
      const query = { from: window.from, to: window.to, size: PAGE_SIZE, sort_order: "ASC" };
      let request2 = { ...first2, query };
      const seen = /* @__PURE__ */ new Set();
      const events = [];
      for (let page = 0; page < MAX_PAGES2; page++) {
        const response = await t.send(request2);
        let next;
        try {
          const body = readObject(response.body, "body");
          const items = readArray(readObject(body.data, "data").items ?? [], "data.items");
          const parsed = items.map((item, i) => parseAuditItem(item, `data.items[${i}]`));
          events.push(...parsed);
          const links = body.links === void 0 || body.links === null ? {} : readObject(body.links, "links");
          const href = parsed.length === 0 ? void 0 : readLinkHref(links.next, "links.next");
          next = href === void 0 ? void 0 : withVersion(resolveRestLink(href, t.apiUrl), t.versionFor(false));
          if (next !== void 0 && seen.has(next.href)) {
            throw new ShapeError("links.next", "a link to a page not read yet (it repeats one)");
          }
        } catch (error) {
          throw badResponse(t, first2, error);
        }
        if (next === void 0) return events;
        seen.add(next.href);
        request2 = { ...first2, url: next };
      }
      throw badResponse(t, first2, new ShapeError("links.next", `to end within ${MAX_PAGES2} pages`));
    }
  };
}

// src/snyk/imports.ts
var JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;
function parseTarget(value, path) {
  const target = readObject(value, path);
  const attrs = readObject(target.attributes, `${path}.attributes`);
  const relationships = target.relationships === void 0 || target.relationships === null ? {} : readObject(target.relationships, `${path}.relationships`);
  let integrationType = "";
  if (relationships.integration !== void 0 && relationships.integration !== null) {
    const at = `${path}.relationships.integration.data`;
    const data = readObject(
      readObject(relationships.integration, `${path}.relationships.integration`).data,
      at
    );
    integrationType = readString(
      readObject(data.attributes, `${at}.attributes`).integration_type,
      `${at}.attributes.integration_type`
    );
  }
  const url = readOptionalString(attrs.url, `${path}.attributes.url`);
  return {
    id: readUuid(target.id, `${path}.id`),
    name: readString(attrs.display_name, `${path}.attributes.display_name`),
    integrationType,
    ...url !== void 0 ? { url } : {}
  };
}
function jobIdFromLocation(location) {
  if (location === void 0 || location === "")
    throw new ShapeError("Location header", "the import job URL");
  let path;
  try {
    path = new URL(location, "https://placeholder.invalid").pathname;
  } catch {
    throw new ShapeError("Location header", "a URL");
  }
  const id = path.split("/").filter((s) => s !== "").at(-1) ?? "";
  if (!JOB_ID.test(id) || !/\/import\/[^/]+\/?$/.test(path))
    throw new ShapeError("Location header", "a URL ending in /import/<job id>");
  return id;
}
function parseImported(value, path) {
  const p = readObject(value, path);
  const projectUrl = readOptionalString(p.projectUrl, `${path}.projectUrl`);
  const projectId = readOptionalString(p.projectId, `${path}.projectId`) ?? projectUrl?.split("/").filter((s) => s !== "").at(-1);
  return {
    targetFile: readOptionalString(p.targetFile, `${path}.targetFile`) ?? "",
    success: readBoolean(p.success, `${path}.success`),
    ...projectId !== void 0 ? { projectId } : {}
  };
}
function parseImportJob(body) {
  const job = readObject(body, "body");
  const logs = job.logs === void 0 || job.logs === null ? [] : readArray(job.logs, "logs");
  const projects = logs.flatMap((log, i) => {
    const entry = readObject(log, `logs[${i}]`);
    if (entry.projects === void 0 || entry.projects === null) return [];
    return readArray(entry.projects, `logs[${i}].projects`).map(
      (p, k) => parseImported(p, `logs[${i}].projects[${k}]`)
    );
  });
  return { id: readString(job.id, "id"), status: readString(job.status, "status"), projects };
}
var rest = requestsOn("rest");
function createImportOperations(t) {
  return {
    listOrgTargets: (orgId) => collectById(t, rest("GET", "/orgs/{org_id}/targets", { org_id: orgId }), parseTarget),
    deleteOrgTarget: (orgId, targetId) => sendOnly(
      t,
      rest("DELETE", "/orgs/{org_id}/targets/{target_id}", { org_id: orgId, target_id: targetId })
    ),
    importRepository: async (orgId, integrationId, request2) => {
      const call = {
        method: "POST",
        api: "v1",
        template: "/org/{orgId}/integrations/{integrationId}/import",
        params: { orgId, integrationId },
        body: {
          target: { owner: request2.owner, name: request2.name, branch: request2.branch },
          ...request2.files.length > 0 ? { files: request2.files.map((path) => ({ path })) } : {}
        }
      };
      const response = await t.send(call);
      const location = response.headers.location;
      try {
        return { jobId: jobIdFromLocation(Array.isArray(location) ? location[0] : location) };
      } catch (error) {
        throw badResponse(t, call, error);
      }
    },
    getImportJob: (orgId, integrationId, jobId) => sendParsed(
      t,
      {
        method: "GET",
        api: "v1",
        template: "/org/{orgId}/integrations/{integrationId}/import/{jobId}",
        params: { orgId, integrationId, jobId }
      },
      parseImportJob
    )
  };
}

// src/snyk/rest-parsers.ts
function readResource(value, path) {
  const resource = readObject(value, path);
  const attrs = readObject(resource.attributes, `${path}.attributes`);
  const attr = (read, key) => read(attrs[key], `${path}.attributes.${key}`);
  return { resource, id: readUuid(resource.id, `${path}.id`), attr };
}
function parseOrg(value, path) {
  const { id, attr } = readResource(value, path);
  return {
    id,
    name: attr(readString, "name"),
    slug: attr(readString, "slug"),
    isPersonal: attr(readOptionalBoolean, "is_personal") ?? false
  };
}
function parseOrgWithAge(value, path) {
  const org = parseOrg(value, path);
  const createdAt = readResource(value, path).attr(readOptionalString, "created_at");
  return createdAt === void 0 ? org : { ...org, createdAt };
}
function relationship(relationships, name, path) {
  const rel = readObject(relationships[name], `${path}.relationships.${name}`);
  return readObject(rel.data, `${path}.relationships.${name}.data`);
}
function parseUser(value, path) {
  const user = { id: readUuid(value.id, `${path}.id`) };
  const attrs = value.attributes === void 0 ? {} : readObject(value.attributes, `${path}.attributes`);
  for (const key of ["email", "username", "name"]) {
    const text = readNonEmptyString(attrs[key], `${path}.attributes.${key}`);
    if (text !== void 0) user[key] = text;
  }
  if (value.type === "service_account" || attrs.account_type === "service_account")
    user.serviceAccount = true;
  return user;
}
function parseMembership(value, path) {
  const membership = readObject(value, path);
  const relationships = readObject(membership.relationships, `${path}.relationships`);
  const role = relationship(relationships, "role", path);
  const roleAttrs = role.attributes === void 0 ? {} : readObject(role.attributes, `${path}.relationships.role.data.attributes`);
  const user = parseUser(relationship(relationships, "user", path), `${path}.relationships.user.data`);
  return {
    id: readUuid(membership.id, `${path}.id`),
    userId: user.id,
    roleId: readUuid(role.id, `${path}.relationships.role.data.id`),
    roleName: readOptionalString(roleAttrs.name, `${path}.relationships.role.data.attributes.name`) ?? "",
    user
  };
}
function parseUserOrgMembership(value, path) {
  const membership = parseMembership(value, path);
  const relationships = readObject(readObject(value, path).relationships, `${path}.relationships`);
  const org = relationship(relationships, "org", path);
  const attrs = org.attributes === void 0 ? {} : readObject(org.attributes, `${path}.relationships.org.data.attributes`);
  const name = readOptionalString(attrs.name, `${path}.relationships.org.data.attributes.name`);
  return {
    ...membership,
    orgId: readString(org.id, `${path}.relationships.org.data.id`),
    ...name !== void 0 ? { orgName: name } : {}
  };
}
function parseInvite(value, path) {
  const { id, attr } = readResource(value, path);
  return {
    id,
    email: attr(readString, "email"),
    roleId: attr(readString, "role"),
    isActive: attr(readBoolean, "is_active")
  };
}
function parseTenantRole(value, path) {
  const { id, attr } = readResource(value, path);
  const listed2 = attr(
    (v, at) => v === void 0 || v === null ? void 0 : readArray(v, at),
    "permissions"
  );
  const role = { id, name: attr(readString, "name") };
  if (listed2 === void 0) return role;
  return {
    ...role,
    permissions: listed2.map((p, i) => readString(p, `${path}.attributes.permissions[${i}]`))
  };
}
function parseGroup(value, path) {
  const { resource: group, id, attr } = readResource(value, path);
  const result = { id, name: attr(readString, "name") };
  const relationships = group.relationships === void 0 ? {} : readObject(group.relationships, `${path}.relationships`);
  const tenant = relationships.tenant === void 0 ? {} : readObject(relationships.tenant, `${path}.relationships.tenant`);
  const data = tenant.data === void 0 || tenant.data === null ? {} : readObject(tenant.data, `${path}.relationships.tenant.data`);
  const tenantId = readOptionalString(data.id, `${path}.relationships.tenant.data.id`);
  if (tenantId !== void 0) result.tenantId = tenantId;
  return result;
}
function parseTenant(value, path) {
  const { id, attr } = readResource(value, path);
  const result = { id, name: attr(readString, "name") };
  const slug = attr(readOptionalString, "slug");
  if (slug !== void 0) result.slug = slug;
  return result;
}
function parseSelf(value, path) {
  const self = readObject(value, path);
  const attrs = self.attributes === void 0 ? {} : readObject(self.attributes, `${path}.attributes`);
  const result = {
    id: readString(self.id, `${path}.id`),
    type: readString(self.type, `${path}.type`)
  };
  for (const key of ["name", "email", "username"]) {
    const v = readOptionalString(attrs[key], `${path}.attributes.${key}`);
    if (v !== void 0) result[key] = v;
  }
  return result;
}

// src/snyk/person-operations.ts
var rest2 = requestsOn("rest");
function personQuery(who) {
  if ("userId" in who) return { user_id: who.userId };
  if ("email" in who) return { email: who.email };
  return { username: who.username };
}
function createPersonOperations(t) {
  const membershipsOf = (template, params, who, beta) => collectRest(
    t,
    rest2("GET", template, params, { query: personQuery(who), ...beta ? { beta } : {} }),
    parseMembership
  );
  return {
    listGroupMembershipsOf: (groupId, who) => membershipsOf("/groups/{group_id}/memberships", { group_id: groupId }, who),
    listTenantMembershipsOf: (tenantId, who) => membershipsOf("/tenants/{tenant_id}/memberships", { tenant_id: tenantId }, who, true),
    // How a person without a group membership is found: in an org the file lists them in.
    listOrgMembershipsOf: (orgId, who) => membershipsOf("/orgs/{org_id}/memberships", { org_id: orgId }, who),
    listGroupUserOrgMemberships: (groupId, userId) => collectRest(
      t,
      rest2(
        "GET",
        "/groups/{group_id}/org_memberships",
        { group_id: groupId },
        { query: { user_id: userId } }
      ),
      parseUserOrgMembership
    ),
    // `slug` is an exact, case-sensitive filter of the group's orgs (ENDPOINTS.md \u00a71.2).
    findGroupOrgsBySlug: (groupId, slug) => collectRest(
      t,
      rest2("GET", "/groups/{group_id}/orgs", { group_id: groupId }, { query: { slug } }),
      parseOrg
    )
  };
}

// src/snyk/membership-endpoints.ts
var scope = (kind, beta = false) => ({
  kind,
  collection: `/${kind}s/{${kind}_id}/memberships`,
  param: `${kind}_id`,
  beta
});
var ORG_MEMBERSHIPS = scope("org");
var GROUP_MEMBERSHIPS = scope("group");
var TENANT_MEMBERSHIPS = scope("tenant", true);
function membershipEndpoints(t, s) {
  const one = `${s.collection}/{membership_id}`;
  const request2 = (method, scopeId, membershipId) => ({
    method,
    api: "rest",
    template: membershipId === void 0 ? s.collection : one,
    params: { [s.param]: scopeId, ...membershipId !== void 0 && { membership_id: membershipId } },
    ...s.beta && { beta: true }
  });
  const list = (scopeId, filter) => collectById(
    t,
    { ...request2("GET", scopeId), query: { email: filter?.email, user_id: filter?.userId } },
    parseMembership
  );
  const update = async (scopeId, membershipId, roleId) => {
    await t.send({ ...request2("PATCH", scopeId, membershipId), body: roleUpdate(s, membershipId, roleId) });
  };
  return {
    list,
    update,
    async create(scopeId, userId, roleId) {
      try {
        const response = await t.send({
          ...request2("POST", scopeId),
          body: createBody(s, scopeId, userId, roleId)
        });
        return readCreated(response.body);
      } catch (error) {
        if (!(error instanceof SnykApiError) || error.code !== "SNYK_CONFLICT") throw error;
        const existing = (await list(scopeId, { userId })).filter((m) => m.userId === userId);
        if (existing.length !== 1 || existing[0] === void 0) throw error;
        if (existing[0].roleId === roleId) return existing[0];
        await update(scopeId, existing[0].id, roleId);
        return void 0;
      }
    },
    async delete(scopeId, membershipId, query) {
      await t.send({ ...request2("DELETE", scopeId, membershipId), ...query !== void 0 && { query } });
    }
  };
}
function readCreated(body) {
  if (typeof body !== "object" || body === null) return void 0;
  const record = body;
  const resource = record.data !== void 0 ? record.data : record;
  try {
    return parseMembership(resource, record.data !== void 0 ? "data" : "body");
  } catch {
    return void 0;
  }
}
function createBody(s, scopeId, userId, roleId) {
  return {
    data: {
      type: `${s.kind}_membership`,
      relationships: {
        [s.kind]: { data: { id: scopeId, type: s.kind } },
        role: { data: { id: roleId, type: `${s.kind}_role` } },
        user: { data: { id: userId, type: "user" } }
      }
    }
  };
}
function roleUpdate(s, membershipId, roleId) {
  return {
    data: {
      id: membershipId,
      type: `${s.kind}_membership`,
      attributes: {},
      relationships: { role: { data: { id: roleId, type: `${s.kind}_role` } } }
    }
  };
}

// src/snyk/rest-operations.ts
function createRestOperations(t) {
  return {
    ...orgOperations(t),
    ...orgInviteOperations(t),
    ...membershipOperations(t),
    ...groupAndTenantOperations(t)
  };
}
var rest3 = requestsOn("rest");
var dataOf = (parse) => (body) => parse(readObject(body, "body").data, "data");
function orgOperations(t) {
  return {
    getSelf: () => sendParsed(t, { method: "GET", api: "rest", template: "/self" }, dataOf(parseSelf)),
    listGroupOrgs: (groupId, onPage) => collectRest(
      t,
      { method: "GET", api: "rest", template: "/groups/{group_id}/orgs", params: { group_id: groupId } },
      parseOrg,
      onPage,
      // A second org with a live slug would bind the file's org to an impostor (issue 18).
      (o) => ({ id: o.id, slug: o.slug })
    ),
    findGroupOrgs: async (groupId, filter) => {
      const request2 = rest3("GET", "/groups/{group_id}/orgs", { group_id: groupId }, { query: { ...filter } });
      const orgs = await collectRest(t, request2, parseOrgWithAge);
      return orgs.filter(
        (org) => (filter.name === void 0 || org.name === filter.name) && (filter.slug === void 0 || org.slug === filter.slug)
      );
    },
    noteCreatedOrg: (orgId, at) => t.noteCreatedOrg(orgId, at),
    getOrg: (orgId) => sendParsed(t, rest3("GET", "/orgs/{org_id}", { org_id: orgId }), dataOf(parseOrg)),
    updateOrg: (orgId, attrs) => sendOnly(
      t,
      rest3("PATCH", "/orgs/{org_id}", { org_id: orgId }, { body: renameBody(orgId, "org", attrs.name) })
    )
  };
}
function membershipOperations(t) {
  const orgs = membershipEndpoints(t, ORG_MEMBERSHIPS);
  const groups = membershipEndpoints(t, GROUP_MEMBERSHIPS);
  const tenants = membershipEndpoints(t, TENANT_MEMBERSHIPS);
  return {
    listOrgMemberships: (orgId) => orgs.list(orgId),
    createOrgMembership: (orgId, userId, roleId) => orgs.create(orgId, userId, roleId),
    updateOrgMembership: (orgId, membershipId, roleId) => orgs.update(orgId, membershipId, roleId),
    deleteOrgMembership: (orgId, membershipId) => orgs.delete(orgId, membershipId),
    listGroupMemberships: (groupId, filter) => groups.list(groupId, filter),
    createGroupMembership: (groupId, userId, roleId) => groups.create(groupId, userId, roleId),
    updateGroupMembership: (groupId, membershipId, roleId) => groups.update(groupId, membershipId, roleId),
    // Never a default: whether child org memberships go too is the caller's decision.
    deleteGroupMembership: (groupId, membershipId, opts) => groups.delete(groupId, membershipId, { cascade: opts?.cascade }),
    listTenantMemberships: (tenantId) => tenants.list(tenantId),
    updateTenantMembership: (tenantId, membershipId, roleId) => tenants.update(tenantId, membershipId, roleId),
    deleteTenantMembership: (tenantId, membershipId) => tenants.delete(tenantId, membershipId)
  };
}
function orgInviteOperations(t) {
  return {
    listOrgInvites: (orgId) => collectById(
      t,
      { method: "GET", api: "rest", template: "/orgs/{org_id}/invites", params: { org_id: orgId } },
      parseInvite
    ),
    createOrgInvite: (orgId, email, roleId) => sendOnly(
      t,
      rest3(
        "POST",
        "/orgs/{org_id}/invites",
        { org_id: orgId },
        { body: { data: { type: "org_invitation", attributes: { email, role: roleId } } } }
      )
    ),
    deleteOrgInvite: (orgId, inviteId) => sendOnly(
      t,
      rest3("DELETE", "/orgs/{org_id}/invites/{invite_id}", { org_id: orgId, invite_id: inviteId })
    )
  };
}
function groupAndTenantOperations(t) {
  return {
    getGroup: (groupId) => sendParsed(
      t,
      rest3("GET", "/groups/{group_id}", { group_id: groupId }, { beta: true }),
      dataOf(parseGroup)
    ),
    getTenant: (tenantId) => sendParsed(t, rest3("GET", "/tenants/{tenant_id}", { tenant_id: tenantId }), dataOf(parseTenant)),
    updateTenant: (tenantId, attrs) => sendOnly(
      t,
      rest3(
        "PATCH",
        "/tenants/{tenant_id}",
        { tenant_id: tenantId },
        { body: renameBody(tenantId, "tenant", attrs.name) }
      )
    ),
    listTenantRoles: (tenantId) => collectById(
      t,
      rest3("GET", "/tenants/{tenant_id}/roles", { tenant_id: tenantId }, { beta: true }),
      parseTenantRole
    )
  };
}
function renameBody(id, type, name) {
  return { data: { id, type, attributes: { name } } };
}

// src/snyk/rest-projects.ts
var PROJECTS = "/orgs/{org_id}/projects";
var PROJECT = "/orgs/{org_id}/projects/{project_id}";
function readStrings(value, path) {
  if (value === void 0 || value === null) return void 0;
  return readArray(value, path).map((item, i) => readString(item, `${path}[${i}]`));
}
function readTags(value, path) {
  if (value === void 0 || value === null) return [];
  return readArray(value, path).map((item, i) => {
    const tag = readObject(item, `${path}[${i}]`);
    return {
      key: readString(tag.key, `${path}[${i}].key`),
      value: readString(tag.value, `${path}[${i}].value`)
    };
  });
}
function parseProject(value, path) {
  const project = readObject(value, path);
  const attrs = readObject(project.attributes, `${path}.attributes`);
  const at = `${path}.attributes`;
  const attributes = definedOnly({
    criticality: readStrings(attrs.business_criticality, `${at}.business_criticality`),
    environment: readStrings(attrs.environment, `${at}.environment`),
    lifecycle: readStrings(attrs.lifecycle, `${at}.lifecycle`)
  });
  return {
    id: readString(project.id, `${path}.id`),
    name: readString(attrs.name, `${at}.name`),
    // Required by the spec; an absent one matches no rule that names it.
    type: readOptionalString(attrs.type, `${at}.type`) ?? "",
    origin: readOptionalString(attrs.origin, `${at}.origin`) ?? "",
    tags: readTags(attrs.tags, `${at}.tags`),
    attributes
  };
}
function filterQuery(filter) {
  const query = {};
  if (filter.namesStartWith !== void 0) query.names_start_with = filter.namesStartWith.join(",");
  if (filter.types !== void 0) query.types = filter.types.join(",");
  if (filter.origins !== void 0) query.origins = filter.origins.join(",");
  return query;
}
function createProjectOperations(t) {
  return {
    listOrgProjects: async (orgId, filter, onPage) => {
      const first2 = {
        method: "GET",
        api: "rest",
        template: PROJECTS,
        params: { org_id: orgId },
        query: filterQuery(filter)
      };
      for await (const page of paginateRest(t, first2, parseProject)) onPage(page);
    },
    updateProject: async (orgId, projectId, attributes) => {
      await t.send({
        method: "PATCH",
        api: "rest",
        template: PROJECT,
        params: { org_id: orgId, project_id: projectId },
        // The spec requires `relationships` (PatchProjectRequest); the owner is not changed.
        body: { data: { id: projectId, type: "project", attributes, relationships: {} } }
      });
    }
  };
}

// src/snyk/rest-settings.ts
var rest4 = requestsOn("rest");
var paramsOf = (endpoint, scopeId) => ({
  [scopeParameter(endpoint)]: scopeId
});
function parseSettings(endpoint, body) {
  const data = readObject(readObject(body, "body").data, "data");
  const read = fromAttributes(endpoint, data.attributes, "data.attributes");
  if ("problem" in read) throw new ShapeError(read.problem.path, read.problem.expected);
  return read.value;
}
function createSettingsOperations(t) {
  return {
    readSettings: async (endpoint, scopeId) => {
      const request2 = rest4("GET", endpoint.template, paramsOf(endpoint, scopeId));
      try {
        return await sendParsed(t, request2, (body) => parseSettings(endpoint, body));
      } catch (error) {
        if (endpoint.deletable === true && error instanceof SnykApiError && error.status === 404) return null;
        throw error;
      }
    },
    writeSettings: (endpoint, scopeId, value) => sendOnly(
      t,
      rest4(endpoint.write, endpoint.template, paramsOf(endpoint, scopeId), {
        body: {
          data: {
            ...endpoint.writeId === true ? { id: scopeId } : {},
            type: endpoint.type,
            attributes: toAttributes(endpoint, value)
          }
        }
      })
    ),
    deleteSettings: (endpoint, scopeId) => sendOnly(t, rest4("DELETE", endpoint.template, paramsOf(endpoint, scopeId)))
  };
}

// src/snyk/service-account-operations.ts
var readOptionalNumber = (value, path) => value === void 0 || value === null ? void 0 : readNumber(value, path);
function parseServiceAccount(value, path) {
  const { id, attr } = readResource(value, path);
  const jwksUrl = attr(readOptionalString, "jwks_url");
  const ttl = attr(readOptionalNumber, "access_token_ttl_seconds");
  return {
    id,
    name: attr(readString, "name"),
    roleId: attr(readString, "role_id"),
    auth: attr(readString, "auth_type"),
    ...jwksUrl === void 0 ? {} : { jwksUrl },
    ...ttl === void 0 ? {} : { accessTokenTtlSeconds: ttl }
  };
}
function parseIssued(body) {
  const data = readDataObject(body);
  const account = parseServiceAccount(data, "data");
  const attrs = data.attributes;
  const secret = ["api_key", "client_secret", "access_token"].map((key) => readOptionalString(attrs[key], `data.attributes.${key}`)).find((value) => value !== void 0 && value !== "");
  const clientId = readOptionalString(attrs.client_id, "data.attributes.client_id");
  return {
    account,
    ...secret === void 0 ? {} : { secret },
    ...clientId === void 0 ? {} : { clientId }
  };
}
var TEMPLATES = {
  group: {
    list: "/groups/{group_id}/service_accounts",
    one: "/groups/{group_id}/service_accounts/{serviceaccount_id}",
    secrets: "/groups/{group_id}/service_accounts/{serviceaccount_id}/secrets"
  },
  org: {
    list: "/orgs/{org_id}/service_accounts",
    one: "/orgs/{org_id}/service_accounts/{serviceaccount_id}",
    secrets: "/orgs/{org_id}/service_accounts/{serviceaccount_id}/secrets"
  }
};
function request(method, scope2, endpoint, accountId, body) {
  const params = { [`${scope2.level}_id`]: scope2.id };
  if (accountId !== void 0) params.serviceaccount_id = accountId;
  return {
    method,
    api: "rest",
    template: TEMPLATES[scope2.level][endpoint],
    params,
    ...body === void 0 ? {} : { body },
    secretBody: true
  };
}
function createBody2(input) {
  return {
    data: {
      type: "service_account",
      attributes: {
        name: input.name,
        role_id: input.roleId,
        auth_type: input.auth,
        ...input.jwksUrl === void 0 ? {} : { jwks_url: input.jwksUrl },
        ...input.accessTokenTtlSeconds === void 0 ? {} : { access_token_ttl_seconds: input.accessTokenTtlSeconds }
      }
    }
  };
}
function createServiceAccountOperations(t) {
  return {
    listServiceAccounts: (scope2) => collectById(t, request("GET", scope2, "list"), parseServiceAccount),
    createServiceAccount: (scope2, input) => sendParsed(t, request("POST", scope2, "list", void 0, createBody2(input)), parseIssued),
    renameServiceAccount: (scope2, accountId, name) => sendOnly(
      t,
      request("PATCH", scope2, "one", accountId, {
        data: { id: accountId, type: "service_account", attributes: { name } }
      })
    ),
    deleteServiceAccount: (scope2, accountId) => sendOnly(t, request("DELETE", scope2, "one", accountId)),
    rotateServiceAccountSecret: (scope2, accountId) => sendParsed(
      t,
      request("POST", scope2, "secrets", accountId, {
        data: { type: "service_account", attributes: { mode: "replace" } }
      }),
      parseIssued
    )
  };
}

// src/snyk/retired-endpoints.ts
var NEAREST_REST = {
  "/org": "REST has no org create (only GET/PATCH /rest/orgs/{org_id})",
  "/org/{orgId}": "REST has no org delete",
  "/org/{orgId}/settings": "REST has /rest/orgs/{org_id}/settings/{iac,sast,opensource}, which hold other settings; requestAccess is read-only there (access_requests_enabled)",
  "/group/{groupId}/settings": "REST has /rest/groups/{group_id}/settings/{iac,pull_request_template}, which hold other settings",
  "/group/{groupId}/tags": "REST has no group tag listing",
  "/group/{groupId}/tags/delete": "REST has no group tag delete",
  "/group/{groupId}/roles": "REST lists tenant roles (/rest/tenants/{tenant_id}/roles), not org roles",
  "/org/{orgId}/provision": "REST has org invites (/rest/orgs/{org_id}/invites), which email an invitation instead of provisioning"
};
function goneAdvice(r, restVersion) {
  if (r.api === "rest") {
    return `the REST API version ${restVersion} may be sunset for this endpoint: try a newer --rest-version`;
  }
  const nearest = NEAREST_REST[r.template];
  return `Snyk has retired this v1 endpoint and the REST API (2025-11-05) has no equivalent${nearest === void 0 ? "" : `: ${nearest}`}`;
}

// src/snyk/http-errors.ts
function label(r) {
  return `${r.method} /${r.api}${r.template}`;
}
function failWith(ctx, r, message, details) {
  return new SnykApiError(ctx.redact(message), {
    ...details,
    method: r.method,
    pathTemplate: `/${r.api}${r.template}`
  });
}
function errorForStatus(ctx, r, outcome) {
  const { status, headers } = outcome;
  const parsed = extractErrorDetail(tryParse(outcome.text));
  const detail = parsed.detail === void 0 || r.secretBody === true ? void 0 : clip(ctx.redact(parsed.detail));
  const requestId = headerValue(headers, "snyk-request-id") ?? headerValue(headers, "x-error-reference") ?? parsed.errorRef;
  const suffix = requestId === void 0 ? "" : ` (request id ${requestId})`;
  const details = {
    code: codeForStatus(status),
    status,
    ...detail !== void 0 && { detail },
    ...requestId !== void 0 && { requestId }
  };
  if (status >= 300 && status < 400) {
    const location = headerValue(headers, "location");
    const where = location === void 0 ? "" : ` to ${describeLocation(location, ctx.apiUrl)}`;
    return failWith(
      ctx,
      r,
      `${label(r)} was redirected (${status})${where}; redirects are not followed so the token is never sent elsewhere: check --api-url (e.g. https://api.eu.snyk.io)`,
      { ...details, code: "SNYK_BAD_RESPONSE" }
    );
  }
  if (status === 401) {
    return failWith(
      ctx,
      r,
      `the token was rejected by ${ctx.apiUrl} (401): check ${ctx.tokenVariable} (a valid, unexpired token, for the region of --api-url/SNYK_API_URL)${detail === void 0 ? "" : `; Snyk says: ${detail}`}${suffix}`,
      details
    );
  }
  if (status === 410) {
    return failWith(
      ctx,
      r,
      `${label(r)} returned 410 Gone: ${goneAdvice(r, ctx.restVersion)}${detail === void 0 ? "" : `; Snyk says: ${detail}`}${suffix}`,
      details
    );
  }
  return failWith(
    ctx,
    r,
    `${label(r)} returned ${status}${detail === void 0 ? "" : `: ${detail}`}${suffix}`,
    details
  );
}
function errorForFailure(ctx, r, outcome) {
  const host = new URL(ctx.apiUrl).host;
  if (outcome.reason === "too-large") {
    return failWith(ctx, r, `${label(r)} returned a body larger than ${ctx.maxBodyBytes} bytes; refused`, {
      code: "SNYK_BAD_RESPONSE"
    });
  }
  if (outcome.reason === "timeout") {
    const ms = outcome.phase === "headers" ? ctx.headersMs : ctx.bodyMs;
    return failWith(
      ctx,
      r,
      `${label(r)} timed out after ${ms}ms waiting for the response ${outcome.phase} from ${host}`,
      {
        code: "SNYK_TIMEOUT",
        cause: outcome.cause
      }
    );
  }
  if (outcome.reason === "proxy") {
    const status = outcome.proxyStatus ?? 0;
    const hint = status === 407 ? "check the user and password in the proxy variable's URL" : status >= 500 ? "the proxy could not reach it" : "check NO_PROXY and the proxy variables (HTTPS_PROXY, HTTP_PROXY)";
    return failWith(
      ctx,
      r,
      `${label(r)} failed: the proxy refused the connection to ${host} with HTTP ${status}: ${hint}`,
      {
        code: "SNYK_NETWORK",
        cause: outcome.cause
      }
    );
  }
  return failWith(
    ctx,
    r,
    `${label(r)} failed: connection to ${host}${ctx.proxyHost === void 0 ? "" : ` through the proxy ${ctx.proxyHost}`} ${outcome.sent ? "dropped" : "could not be made"} (${outcome.errorCode})${outcome.errorCode === "ECONNREFUSED" ? refusedHint(ctx) : ""}`,
    { code: "SNYK_NETWORK", cause: outcome.cause }
  );
}
function tryParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
function describeLocation(location, base) {
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return "an unreadable location";
  }
}
function refusedHint(ctx) {
  const target = ctx.proxyHost === void 0 ? new URL(ctx.apiUrl).host : `the proxy ${ctx.proxyHost}`;
  return `: connection refused, nothing is listening at ${target}; check --api-url (SNYK_API_URL)${ctx.proxyHost === void 0 ? "" : " and the proxy variables"}`;
}

// src/snyk/rate-limit-headers.ts
var EPOCH_SECONDS = 1e9;
function readRateLimitHint(headers, nowMs) {
  const hint = { windows: parseLimit(raw(headers["x-ratelimit-limit"])) };
  const remaining = parseNumber(first(headers["x-ratelimit-remaining"]));
  if (remaining !== void 0) hint.remaining = Math.floor(remaining);
  const reset = parseNumber(first(headers["x-ratelimit-reset"]));
  if (reset !== void 0) {
    hint.resetMs = reset > EPOCH_SECONDS ? Math.max(0, reset * 1e3 - nowMs) : Math.round(reset * 1e3);
  }
  const retryAfter = parseRetryAfter(headers["retry-after"], nowMs);
  if (retryAfter !== void 0) hint.retryAfterMs = retryAfter;
  return hint;
}
function parseLimit(value) {
  if (value === void 0) return [];
  const windows = [];
  for (const item of splitOutsideQuotes(value, ",")) {
    const [countText, ...params] = splitOutsideQuotes(item, ";");
    const count = parseNumber(countText);
    if (count === void 0 || count < 1) continue;
    for (const param of params) {
      const [key, raw2] = param.split("=", 2).map((s) => s.trim());
      const seconds2 = key?.toLowerCase() === "w" ? parseNumber(raw2) : void 0;
      if (seconds2 !== void 0 && seconds2 > 0) {
        windows.push({ count: Math.floor(count), windowMs: Math.round(seconds2 * 1e3) });
      }
    }
  }
  return windows;
}
function splitOutsideQuotes(text, separator) {
  const parts = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
function parseNumber(text) {
  if (text === void 0 || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return void 0;
  const n = Number(text);
  return Number.isFinite(n) ? n : void 0;
}
function raw(value) {
  return Array.isArray(value) ? value[0] : value;
}
function first(value) {
  return raw(value)?.split(",")[0];
}
var LONGEST_WINDOW_MS = 36e5;
var SLOWEST_PER_MINUTE = 1;
function isOddWindow(w) {
  return w.windowMs > LONGEST_WINDOW_MS || w.count / w.windowMs * 6e4 < SLOWEST_PER_MINUTE;
}

// src/snyk/pacer.ts
var NOTICE_WAIT_MS = 5e3;
var RateLimitStop = class extends Error {
  constructor(waitMs, hold, untilMs) {
    super(`Snyk asked to wait ${Math.ceil(waitMs / 1e3)} s (${hold.reason})`);
    this.waitMs = waitMs;
    this.hold = hold;
    this.untilMs = untilMs;
  }
  waitMs;
  hold;
  untilMs;
};
var LEARNED_SHARE = 0.9;
var FALLBACK_WINDOW_MS = 6e4;
var FALLBACK_FIRST_MS = 1e3;
var MIN_RESET_WAIT_MS = 250;
var guardFor = (windowMs) => Math.max(50, windowMs * 0.02);
function createPacer(options) {
  const state = {
    configured: configuredWindows(options),
    learned: [],
    starts: [],
    pausedUntil: 0,
    pauseReason: "",
    budget: void 0,
    escalation: 0,
    oddWindows: /* @__PURE__ */ new Set()
  };
  const signal = options.signal ?? new AbortController().signal;
  const maxWaitMs = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  const queue = [];
  let pumping = false;
  const pump = async () => {
    pumping = true;
    try {
      while (queue.length > 0) {
        if (signal.aborted) {
          for (const waiter of queue.splice(0)) waiter.resolve();
          return;
        }
        const now = options.now();
        const { at, hold } = nextStart(state, now);
        if (at > now) {
          if (hold.fromSnyk && at - now > maxWaitMs) {
            const stop = new RateLimitStop(at - now, hold, at);
            for (const waiter of queue.splice(0)) waiter.reject(stop);
            return;
          }
          if (at - now >= NOTICE_WAIT_MS) options.onWait?.(at - now, hold);
          await pause(options.sleep, at - now, signal);
          continue;
        }
        recordStart(state, now);
        queue.shift()?.resolve();
      }
    } finally {
      pumping = false;
    }
  };
  return {
    wait() {
      return new Promise((resolve, reject) => {
        queue.push({ resolve, reject });
        if (!pumping) void pump();
      });
    },
    pauseUntil(untilMs, reason = "a pause") {
      if (untilMs <= state.pausedUntil) return;
      state.pausedUntil = untilMs;
      state.pauseReason = reason;
    },
    observe: (hint, othersInFlight) => {
      learn(state, hint, othersInFlight, options.now());
      for (const w of hint.windows) {
        const header = `${w.count};w=${w.windowMs / 1e3}`;
        if (!isOddWindow(w) || state.oddWindows.has(header)) continue;
        state.oddWindows.add(header);
        options.onOddWindow?.(header);
      }
    },
    rateLimited: (hint) => pauseForRateLimit(state, hint, options.now()),
    succeeded() {
      state.escalation = 0;
    }
  };
}
function configuredWindows(options) {
  const limit = options.perMinute !== void 0 && options.perMinute > 0 ? Math.floor(options.perMinute) : 0;
  if (limit === 0) return [];
  const windowMs = options.windowMs ?? 6e4;
  return [{ count: limit, windowMs, guardMs: options.guardMs ?? guardFor(windowMs), label: "--rate-limit" }];
}
function nextStart(state, now) {
  let at = now;
  let hold = { reason: "", fromSnyk: false };
  const later = (time, reason, fromSnyk = true) => {
    if (time <= at) return;
    at = time;
    hold = { reason, fromSnyk };
  };
  later(state.pausedUntil, state.pauseReason);
  if (state.budget !== void 0 && now >= state.budget.until) state.budget = void 0;
  if (state.budget !== void 0 && state.budget.left <= 0) later(state.budget.until, state.budget.reason);
  for (const w of [...state.configured, ...state.learned]) {
    const earlier = state.starts[state.starts.length - w.count];
    if (earlier !== void 0) later(earlier + w.windowMs + w.guardMs, w.label, w.label !== "--rate-limit");
  }
  return { at, hold };
}
function recordStart(state, now) {
  state.starts.push(now);
  const keep = Math.max(0, ...[...state.configured, ...state.learned].map((w) => w.count));
  if (state.starts.length > keep * 2 + 16) state.starts.splice(0, state.starts.length - keep);
  if (state.budget !== void 0) state.budget.left--;
}
function learn(state, hint, othersInFlight, now) {
  if (hint.windows.length > 0) {
    state.learned = hint.windows.map((w) => ({
      count: Math.max(1, Math.floor(w.count * LEARNED_SHARE)),
      windowMs: w.windowMs,
      guardMs: guardFor(w.windowMs),
      label: `X-RateLimit-Limit: ${w.count};w=${w.windowMs / 1e3}`
    }));
  }
  if (hint.remaining !== void 0 && hint.resetMs !== void 0) {
    state.budget = {
      left: hint.remaining - othersInFlight,
      until: now + hint.resetMs,
      reason: `X-RateLimit-Remaining: ${hint.remaining}, X-RateLimit-Reset: ${hint.resetMs / 1e3}`
    };
  }
}
function pauseForRateLimit(state, hint, now) {
  const told = hint.retryAfterMs ?? (hint.resetMs === void 0 ? void 0 : Math.max(hint.resetMs, MIN_RESET_WAIT_MS));
  if (told !== void 0) {
    if (now + told > state.pausedUntil) {
      state.pausedUntil = now + told;
      state.pauseReason = hint.retryAfterMs !== void 0 ? `a 429 with Retry-After: ${told / 1e3}` : `a 429 with X-RateLimit-Reset: ${told / 1e3}`;
    }
  } else if (now >= state.pausedUntil) {
    const cap = Math.min(FALLBACK_WINDOW_MS, ...state.learned.map((w) => w.windowMs));
    state.pausedUntil = now + Math.min(cap, FALLBACK_FIRST_MS * 2 ** state.escalation);
    state.pauseReason = "a 429 without Retry-After: backing off";
    state.escalation++;
  }
  state.budget = void 0;
  return { until: state.pausedUntil, reason: state.pauseReason };
}

// src/snyk/retry-budget.ts
var NOT_VISIBLE_DELAYS = { baseDelayMs: 500, maxDelayMs: 5e3 };
function createRetryBudget(input) {
  const { retry, now } = input;
  let retries = 0;
  let backoffs = 0;
  let notVisible = 0;
  let firstFailureAt;
  const stop = (error, extra, fatal = false) => ({
    kind: "stop",
    error: extendError(error, extra, { retries }),
    fatal
  });
  const gaveUp = (elapsed) => `gave up after ${retries} ${retries === 1 ? "retry" : "retries"} in ${seconds(elapsed)}`;
  const retryIn = (delayMs) => {
    retries++;
    return { kind: "retry", delayMs };
  };
  return {
    retries: () => retries,
    next(decision, error, rateLimitWait) {
      if (decision.kind === "done") throw new Error("a successful outcome has no next step");
      if (decision.kind === "fail") {
        if (!decision.mayHaveApplied) return stop(error, "", decision.fatal);
        return {
          kind: "stop",
          error: extendError(
            error,
            `; the request may have reached Snyk, so it was not repeated: re-read to see whether it took effect`,
            { mayHaveApplied: true, retries }
          ),
          fatal: false
        };
      }
      firstFailureAt ??= now();
      const elapsed = now() - firstFailureAt;
      if (decision.wait === "rate-limit") {
        const { waitMs, reason } = rateLimitWait();
        if (elapsed + waitMs <= retry.maxElapsedMs) return retryIn(0);
        const extra = ` (${gaveUp(elapsed)}: Snyk asked to wait ${seconds(waitMs)} more (${reason}), which would exceed the wait budget of ${seconds(retry.maxElapsedMs)}; the run stopped: run the same command again after ${clockTime(now() + waitMs, now())})`;
        return stop(error, extra, true);
      }
      if (decision.wait === "not-yet-visible") {
        const createdAt = input.createdAt ?? now();
        const delay2 = backoffDelay(notVisible, { ...retry, ...NOT_VISIBLE_DELAYS }, () => 1);
        if (now() + delay2 <= createdAt + retry.newOrgGraceMs) {
          notVisible++;
          return retryIn(delay2);
        }
        const age = seconds(now() - createdAt);
        return stop(
          error,
          ` (this run created the org ${age} ago; Snyk still does not show it after the ${seconds(retry.newOrgGraceMs)} allowed for a new org to appear)`
        );
      }
      const delay = backoffDelay(backoffs, retry, input.random);
      if (backoffs >= retry.maxRetries) return stop(error, ` (${gaveUp(elapsed)})`);
      if (elapsed + delay > retry.maxElapsedMs) {
        const extra = ` (${gaveUp(elapsed)}: waiting ${seconds(delay)} more would exceed the retry budget of ${seconds(retry.maxElapsedMs)})`;
        return stop(error, extra);
      }
      backoffs++;
      return retryIn(delay);
    }
  };
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function clockTime(atMs, nowMs) {
  const at = new Date(Math.min(atMs, 864e13)).toISOString();
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const day = at.slice(0, 10);
  return `${day === today ? "" : `${day} `}${at.slice(11, 16)} UTC`;
}

// src/snyk/rate-limit-events.ts
var API_NAMES = { rest: "REST", v1: "v1" };
function duration(ms) {
  const s = Math.ceil(ms / 1e3);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
function describeRateLimitEvent(event, nowMs) {
  const api = API_NAMES[event.api];
  if (event.kind === "wait") {
    const whose = event.hold.fromSnyk ? `Snyk's ${api} rate limit` : `the ${api} --rate-limit ceiling`;
    const why = event.hold.fromSnyk ? ` (${event.hold.reason})` : "";
    return `waiting ${duration(event.waitMs)} for ${whose}${why}, until ${clockTime(nowMs + event.waitMs, nowMs)}`;
  }
  return `warning: Snyk announced a ${api} rate limit of ${event.header.replace(";w=", " requests per ")} s (X-RateLimit-Limit: ${event.header}), far below its documented limits; it is obeyed, and a wait it asks for beyond the wait budget stops the run`;
}
function describeRateLimitStop(api, stop, budgetMs, nowMs) {
  return `Snyk's ${API_NAMES[api]} rate limit asks to wait ${duration(stop.waitMs)} (${stop.hold.reason}), longer than the wait budget of ${duration(budgetMs)}, so the run stopped and nothing more was sent. Run the same command again after ${clockTime(stop.untilMs, nowMs)}; plan and apply start from what is live, so nothing done is done twice`;
}

// src/snyk/request-url.ts
function buildRequestUrl(apiUrl, r, version) {
  if (r.url) return r.url;
  const path = r.template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = r.params?.[name];
    if (value === void 0) throw new Error(`no value for {${name}} in ${r.template}`);
    if (value === "" || value === "." || value === "..") throw badParameter(r, name, value);
    return encodeURIComponent(value);
  });
  const raw2 = `${apiUrl}/${r.api}${path}`;
  const url = new URL(raw2);
  if (url.pathname !== new URL(apiUrl).pathname.replace(/\/+$/, "") + `/${r.api}${path}`) {
    throw badParameter(r, "path", path);
  }
  if (r.api === "rest") url.searchParams.set("version", version);
  for (const [key, value] of Object.entries(r.query ?? {})) {
    if (value !== void 0) url.searchParams.set(key, String(value));
  }
  return url;
}
function badParameter(r, name, value) {
  const shown = value === "" ? "an empty value" : `'${value}'`;
  return new SnykApiError(
    `${r.method} /${r.api}${r.template}: refused to send {${name}} = ${shown}, which would not name one resource; this is a bug in the caller or in data read from Snyk`,
    { code: "SNYK_BAD_PARAMETER", method: r.method, pathTemplate: `/${r.api}${r.template}` }
  );
}

// src/snyk/transport-context.ts
var import_undici = __toESM(require_undici(), 1);
import { setMaxListeners } from "node:events";

// src/snyk/api-lane.ts
function createApiLane(options) {
  const pacer = createPacer(options);
  let inFlight = 0;
  let answeredOnce = false;
  let probe;
  let endProbe = () => {
  };
  options.signal?.addEventListener("abort", () => endProbe(), { once: true });
  return {
    pacer,
    async enter() {
      let probing = false;
      while (!answeredOnce && !options.signal?.aborted) {
        if (probe === void 0) {
          probe = new Promise((resolve) => {
            endProbe = resolve;
          });
          probing = true;
          break;
        }
        await probe;
      }
      let sent = false;
      let done = false;
      return {
        sending() {
          sent = true;
          inFlight++;
        },
        answered(hint) {
          if (done) return;
          done = true;
          if (sent) inFlight--;
          if (hint !== void 0) pacer.observe(hint, inFlight);
          if (probing) {
            answeredOnce = true;
            endProbe();
          }
        }
      };
    }
  };
}

// src/snyk/limiter.ts
function createLimiter(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const waiting = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return {
    acquire() {
      if (active < concurrency) {
        active++;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => waiting.push(() => resolve(once(release))));
    },
    inFlight: () => active
  };
}
function once(fn) {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

// src/snyk/transport-context.ts
var CLIENT_CLOSED = new GitopsError("the client was closed", { code: "SNYK_CLOSED" });
function createContext(options) {
  checkApiUrl(options.apiUrl, options.allowInsecureHttp ?? false);
  const apiUrl = options.apiUrl.replace(/\/+$/, "");
  const concurrency = options.concurrency ?? 8;
  const agentOptions = { keepAliveTimeout: 1e4, connections: concurrency };
  const ownAgent = options.dispatcher !== void 0 ? void 0 : options.proxy !== void 0 ? new import_undici.ProxyAgent({ ...agentOptions, uri: options.proxy }) : new import_undici.Agent(agentOptions);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const run = new AbortController();
  setMaxListeners(0, run.signal);
  if (options.signal?.aborted) run.abort(options.signal.reason);
  options.signal?.addEventListener("abort", () => run.abort(options.signal?.reason), { once: true });
  const retry = { ...DEFAULT_RETRY, ...definedOnly(options.retry ?? {}) };
  const tell = options.onRateLimit;
  const laneFor = (api, perMinute) => createApiLane({
    now,
    sleep,
    signal: run.signal,
    // One budget for every wait: a hold Snyk asks for may last as long as a retry may.
    maxWaitMs: retry.maxElapsedMs,
    ...tell && {
      onWait: (waitMs, hold) => tell({ kind: "wait", api, waitMs, hold }),
      onOddWindow: (header) => tell({ kind: "odd-window", api, header })
    },
    ...perMinute !== void 0 && { perMinute },
    ...options.rateLimit?.windowMs !== void 0 && { windowMs: options.rateLimit.windowMs }
  });
  const headersMs = options.timeouts?.headersMs ?? 3e4;
  const bodyMs = options.timeouts?.bodyMs ?? 6e4;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const { restVersion } = options;
  const sending = {
    dispatcher: options.dispatcher ?? ownAgent,
    headersMs,
    bodyMs,
    retry,
    now,
    sleep,
    random: options.random ?? Math.random,
    log: options.log
  };
  const { authorizer, tokenVariable, redact: redact2 } = setUpAuthOrClose(ownAgent, options.auth, {
    ...sending,
    apiUrl,
    signal: run.signal
  });
  return {
    ...sending,
    apiUrl,
    auth: authorizer,
    ownAgent,
    maxBodyBytes,
    run,
    limiter: createLimiter(concurrency),
    lanes: {
      rest: laneFor("rest", options.rateLimit?.perMinute),
      v1: laneFor("v1", options.rateLimit?.v1PerMinute)
    },
    counters: { requests: 0, retries: 0, rateLimited: 0 },
    createdOrgs: /* @__PURE__ */ new Map(),
    serverAnswered: false,
    versionFor: (beta) => beta && !restVersion.includes("~") ? `${restVersion}~beta` : restVersion,
    errors: {
      apiUrl,
      restVersion,
      redact: redact2,
      tokenVariable,
      headersMs,
      bodyMs,
      maxBodyBytes,
      ...options.proxy !== void 0 && { proxyHost: new URL(options.proxy).host }
    }
  };
}
function setUpAuthOrClose(agent, ...args) {
  try {
    return setUpAuth(...args);
  } catch (error) {
    void agent?.close();
    throw error;
  }
}

// src/snyk/transport.ts
var USER_AGENT = "snyk-gitops";
function createTransport(options) {
  const ctx = createContext(options);
  return {
    apiUrl: ctx.apiUrl,
    send: (r) => send(ctx, r),
    versionFor: ctx.versionFor,
    label,
    noteCreatedOrg: (orgId, at) => {
      ctx.createdOrgs.set(orgId, at ?? ctx.now());
    },
    stats: () => ({ ...ctx.counters }),
    close: async () => {
      if (!ctx.run.signal.aborted) ctx.run.abort(CLIENT_CLOSED);
      if (ctx.ownAgent) await ctx.ownAgent.close();
    }
  };
}
async function send(ctx, r) {
  if (ctx.run.signal.aborted) throw cancelled(ctx, r);
  const url = buildRequestUrl(ctx.apiUrl, r, ctx.versionFor(r.beta ?? false));
  const init = requestInit(r);
  const started = ctx.now();
  const createdAt = createdOrgAt(ctx, r);
  const budget = createRetryBudget({ retry: ctx.retry, now: ctx.now, random: ctx.random, createdAt });
  const log = (status) => ctx.log?.(`${label(r)} ${status} ${Math.round(ctx.now() - started)}ms retries=${budget.retries()}`);
  let renewed = false;
  for (; ; ) {
    const { outcome, authorization } = await attempt(ctx, r, url, init);
    if (outcome.kind === "response") ctx.serverAnswered = true;
    if (outcome.kind === "response" && outcome.status === 401 && !renewed && await ctx.auth.renew(authorization)) {
      renewed = true;
      ctx.counters.retries++;
      continue;
    }
    const decision = classifyOutcome(outcome, r.method, {
      namesCreatedOrg: createdAt !== void 0,
      serverAnswered: ctx.serverAnswered
    });
    if (decision.kind === "done" && outcome.kind === "response") {
      log(String(outcome.status));
      ctx.lanes[r.api].pacer.succeeded();
      return { status: outcome.status, headers: outcome.headers, body: parseJson(ctx, r, outcome) };
    }
    if (ctx.run.signal.aborted) {
      log("cancelled");
      throw cancelled(ctx, r, r.method === "POST" && (outcome.kind === "response" || outcome.sent));
    }
    const error = outcome.kind === "response" ? errorForStatus(ctx.errors, r, outcome) : errorForFailure(ctx.errors, r, outcome);
    if (outcome.kind === "response" && outcome.status === 429) ctx.counters.rateLimited++;
    const next = budget.next(decision, error, () => rateLimitPause(ctx, r, outcome));
    if (next.kind === "stop") {
      log(outcome.kind === "response" ? String(outcome.status) : error.code);
      if (next.fatal) ctx.run.abort(next.error);
      throw next.error;
    }
    ctx.counters.retries++;
    if (next.delayMs > 0) await pause(ctx.sleep, next.delayMs, ctx.run.signal);
  }
}
async function attempt(ctx, r, url, init) {
  const lane = ctx.lanes[r.api];
  const ticket = await lane.enter();
  let hint;
  try {
    const release = await ctx.limiter.acquire();
    try {
      await lane.pacer.wait().catch((error) => {
        throw error instanceof RateLimitStop ? stopForRateLimit(ctx, r, error) : error;
      });
      const authorization = await ctx.auth.header();
      if (ctx.run.signal.aborted) throw cancelled(ctx, r);
      ticket.sending();
      ctx.counters.requests++;
      const outcome = await sendAttempt({
        url,
        method: r.method,
        headers: { authorization, ...init.headers },
        ...init.body !== void 0 && { body: init.body },
        dispatcher: ctx.dispatcher,
        headersMs: ctx.headersMs,
        bodyMs: ctx.bodyMs,
        maxBodyBytes: ctx.maxBodyBytes,
        // A write already on its way is left to finish, so that its outcome is known.
        ...r.method === "GET" && { signal: ctx.run.signal }
      });
      if (outcome.kind === "response") hint = readRateLimitHint(outcome.headers, ctx.now());
      return { outcome, authorization };
    } finally {
      release();
    }
  } finally {
    ticket.answered(hint);
  }
}
var RUN_WIDE = /* @__PURE__ */ new WeakSet();
function cancelled(ctx, r, mayHaveApplied = false) {
  const reason = ctx.run.signal.reason;
  if (!mayHaveApplied && reason instanceof SnykApiError && RUN_WIDE.has(reason)) return reason;
  const why = reason === CLIENT_CLOSED ? "the run had ended (the client was closed)" : reason instanceof GitopsError ? `the run stopped on an earlier error: ${reason.message}` : "the run was cancelled";
  return failWith(ctx.errors, r, `${label(r)} was not completed: ${why}`, {
    code: "SNYK_CANCELLED",
    mayHaveApplied
  });
}
function stopForRateLimit(ctx, r, stop) {
  if (ctx.run.signal.aborted) return cancelled(ctx, r);
  const why = describeRateLimitStop(r.api, stop, ctx.retry.maxElapsedMs, ctx.now());
  const error = failWith(ctx.errors, r, why, { code: "SNYK_RATE_LIMITED" });
  RUN_WIDE.add(error);
  ctx.run.abort(error);
  return error;
}
function rateLimitPause(ctx, r, outcome) {
  const hint = outcome.kind === "response" ? readRateLimitHint(outcome.headers, ctx.now()) : { windows: [] };
  const { until, reason } = ctx.lanes[r.api].pacer.rateLimited(hint);
  return { waitMs: Math.max(0, until - ctx.now()), reason };
}
function createdOrgAt(ctx, r) {
  const orgIds = [r.params?.org_id ?? r.params?.orgId, r.bodyOrgId];
  return orgIds.map((id) => id === void 0 ? void 0 : ctx.createdOrgs.get(id)).find((at) => at !== void 0);
}
function parseJson(ctx, r, outcome) {
  if (outcome.text.trim() === "") return void 0;
  try {
    return JSON.parse(outcome.text);
  } catch {
    throw failWith(ctx.errors, r, `${label(r)} returned ${outcome.status} with a body that is not JSON`, {
      code: "SNYK_BAD_RESPONSE",
      status: outcome.status
    });
  }
}
function requestInit(r) {
  const headers = {
    accept: r.api === "rest" ? "application/vnd.api+json" : "application/json",
    "user-agent": USER_AGENT
  };
  if (r.body === void 0) return { headers };
  headers["content-type"] = r.api === "rest" ? "application/vnd.api+json" : "application/json";
  return { headers, body: JSON.stringify(r.body) };
}

// src/snyk/v1-integrations.ts
function parseIntegrations(body) {
  const raw2 = readObject(body, "body");
  const out = {};
  for (const [type, id] of Object.entries(raw2)) out[type] = readString(id, type);
  return out;
}
function parseJsonObject(body) {
  return readObject(body, "body");
}
function parseWebhooks(body) {
  const raw2 = readObject(body, "body");
  return readArray(raw2.results, "results").map((item, i) => parseWebhook(item, `results[${i}]`));
}
function parseWebhook(item, path) {
  const hook = readObject(item, path);
  return { id: readString(hook.id, `${path}.id`), url: readString(hook.url, `${path}.url`) };
}
function parseCreatedWebhook(body) {
  if (body === void 0 || body === null || typeof body === "object" && !("id" in body)) return void 0;
  return parseWebhook(body, "body");
}
function withoutSecret(error, secret) {
  if (!(error instanceof Error)) return error;
  error.message = redact(error.message, [secret]);
  return error;
}
function parseClonedIntegration(body) {
  if (body === void 0 || body === null || body === "") return void 0;
  const raw2 = readObject(body, "body");
  return raw2.newIntegrationId === void 0 ? void 0 : readString(raw2.newIntegrationId, "newIntegrationId");
}
function createIntegrationOperations(t) {
  return {
    ...settingsOperations(t),
    ...webhookOperations(t),
    cloneIntegration: (orgId, integrationId, destinationOrgId) => sendParsed(
      t,
      {
        method: "POST",
        api: "v1",
        template: "/org/{orgId}/integrations/{integrationId}/clone",
        params: { orgId, integrationId },
        body: { destinationOrgPublicId: destinationOrgId },
        bodyOrgId: destinationOrgId
      },
      parseClonedIntegration
    )
  };
}
function settingsOperations(t) {
  return {
    listIntegrations: (orgId) => sendParsed(
      t,
      { method: "GET", api: "v1", template: "/org/{orgId}/integrations", params: { orgId } },
      parseIntegrations
    ),
    getIntegrationSettings: (orgId, integrationId) => sendParsed(
      t,
      {
        method: "GET",
        api: "v1",
        template: "/org/{orgId}/integrations/{integrationId}/settings",
        params: { orgId, integrationId }
      },
      parseJsonObject
    ),
    updateIntegrationSettings: async (orgId, integrationId, settings) => {
      await t.send({
        method: "PUT",
        api: "v1",
        template: "/org/{orgId}/integrations/{integrationId}/settings",
        params: { orgId, integrationId },
        body: settings
      });
    },
    getNotificationSettings: (orgId) => sendParsed(
      t,
      { method: "GET", api: "v1", template: "/org/{orgId}/notification-settings", params: { orgId } },
      parseJsonObject
    ),
    updateNotificationSettings: async (orgId, settings) => {
      await t.send({
        method: "PUT",
        api: "v1",
        template: "/org/{orgId}/notification-settings",
        params: { orgId },
        body: settings
      });
    }
  };
}
function webhookOperations(t) {
  return {
    listWebhooks: (orgId) => sendParsed(
      t,
      { method: "GET", api: "v1", template: "/org/{orgId}/webhooks", params: { orgId } },
      parseWebhooks
    ),
    createWebhook: async (orgId, url, secret) => {
      try {
        return await sendParsed(
          t,
          {
            method: "POST",
            api: "v1",
            template: "/org/{orgId}/webhooks",
            params: { orgId },
            body: { url, secret }
          },
          parseCreatedWebhook
        );
      } catch (error) {
        throw withoutSecret(error, secret);
      }
    },
    deleteWebhook: async (orgId, webhookId) => {
      await t.send({
        method: "DELETE",
        api: "v1",
        template: "/org/{orgId}/webhooks/{webhookId}",
        params: { orgId, webhookId }
      });
    }
  };
}

// src/snyk/v1-parsers.ts
function parseOrgSettings(body) {
  const raw2 = readObject(body, "body");
  const settings = {};
  if (raw2.requestAccess !== void 0 && raw2.requestAccess !== null) {
    const ra = readObject(raw2.requestAccess, "requestAccess");
    settings.requestAccess = { enabled: readBoolean(ra.enabled, "requestAccess.enabled") };
  }
  if (raw2.ignores !== void 0 && raw2.ignores !== null) {
    const ig = readObject(raw2.ignores, "ignores");
    const ignores = {};
    for (const key of ["reasonRequired", "autoApproveIgnores", "approvalWorkflowEnabled"]) {
      const v = readOptionalBoolean(ig[key], `ignores.${key}`);
      if (v !== void 0) ignores[key] = v;
    }
    settings.ignores = ignores;
  }
  return settings;
}
function parseGroupSettings(body) {
  const raw2 = readObject(body, "body");
  const settings = {};
  if (raw2.sessionLength === null) settings.sessionLength = null;
  else if (raw2.sessionLength !== void 0)
    settings.sessionLength = readNumber(raw2.sessionLength, "sessionLength");
  if (raw2.requestAccess !== void 0 && raw2.requestAccess !== null) {
    const ra = readObject(raw2.requestAccess, "requestAccess");
    settings.requestAccess = { enabled: readBoolean(ra.enabled, "requestAccess.enabled") };
  }
  return settings;
}
function parseTagPage(body) {
  return readArray(readObject(body, "body").tags, "tags").map((item, i) => {
    const tag = readObject(item, `tags[${i}]`);
    return { key: readString(tag.key, `tags[${i}].key`), value: readString(tag.value, `tags[${i}].value`) };
  });
}
function parseOrgRoles(body) {
  return readArray(body, "body").map((item, i) => {
    const role = readObject(item, `[${i}]`);
    const result = {
      id: readString(role.publicId, `[${i}].publicId`),
      name: readString(role.name, `[${i}].name`)
    };
    const custom = readOptionalBoolean(role.customRole ?? role.custom, `[${i}].customRole`);
    if (custom !== void 0) result.custom = custom;
    return result;
  });
}
function parseProvisions(body) {
  return readArray(body, "body").map((item, i) => {
    const p = readObject(item, `[${i}]`);
    return {
      email: readString(p.email, `[${i}].email`),
      roleId: readString(p.rolePublicId, `[${i}].rolePublicId`)
    };
  });
}
function parseCreatedOrg(body) {
  const org = readObject(body, "body");
  const result = { id: readUuid(org.id, "id") };
  const name = readNonEmptyString(org.name, "name");
  const slug = readNonEmptyString(org.slug, "slug");
  if (name !== void 0) result.name = name;
  if (slug !== void 0) result.slug = slug;
  return result;
}

// src/snyk/v1-operations.ts
var TAG_PAGE_SIZE = 1e3;
var MAX_TAG_PAGES = 1e3;
var v1 = requestsOn("v1");
function createV1Operations(t, rest5) {
  return {
    createOrg: (input, onCreated) => createOrg(t, rest5, input, onCreated),
    deleteOrg: (orgId) => sendOnly(t, v1("DELETE", "/org/{orgId}", { orgId })),
    getOrgSettings: (orgId) => sendParsed(t, v1("GET", "/org/{orgId}/settings", { orgId }), parseOrgSettings),
    updateOrgSettings: (orgId, settings) => sendOnly(t, v1("PUT", "/org/{orgId}/settings", { orgId }, { body: settings })),
    getGroupSettings: (groupId) => sendParsed(t, v1("GET", "/group/{groupId}/settings", { groupId }), parseGroupSettings),
    updateGroupSettings: (groupId, settings) => sendOnly(t, v1("PUT", "/group/{groupId}/settings", { groupId }, { body: settings })),
    listGroupTags: async (groupId) => {
      const all = [];
      for (let page = 1; page <= MAX_TAG_PAGES; page++) {
        const request2 = v1(
          "GET",
          "/group/{groupId}/tags",
          { groupId },
          { query: { perPage: TAG_PAGE_SIZE, page } }
        );
        const tags = await sendParsed(t, request2, parseTagPage);
        all.push(...tags);
        if (tags.length < TAG_PAGE_SIZE) return all;
      }
      throw badResponse(
        t,
        { method: "GET", api: "v1", template: "/group/{groupId}/tags" },
        new Error("too many pages")
      );
    },
    deleteGroupTag: (groupId, tag, opts) => sendOnly(
      t,
      v1(
        "POST",
        "/group/{groupId}/tags/delete",
        { groupId },
        { body: { key: tag.key, value: tag.value, force: opts?.force ?? false } }
      )
    ),
    listOrgRoles: (groupId) => sendParsed(t, v1("GET", "/group/{groupId}/roles", { groupId }), parseOrgRoles),
    listProvisions: (orgId) => sendParsed(t, v1("GET", "/org/{orgId}/provision", { orgId }), parseProvisions),
    provisionUser: (orgId, email, roleId) => sendOnly(t, v1("POST", "/org/{orgId}/provision", { orgId }, { body: { email, rolePublicId: roleId } })),
    deleteProvision: (orgId, email) => sendOnly(t, v1("DELETE", "/org/{orgId}/provision", { orgId }, { query: { email } }))
  };
}
var CREATE_ORG = { method: "POST", api: "v1", template: "/org" };
async function createOrg(t, rest5, input, onCreated) {
  const body = { name: input.name, groupId: input.groupId };
  if (input.sourceOrgId !== void 0) body.sourceOrgId = input.sourceOrgId;
  const response = await t.send({ ...CREATE_ORG, body });
  let created;
  try {
    created = parseCreatedOrg(response.body);
  } catch (error) {
    const bad = badResponse(t, CREATE_ORG, error);
    if (!(bad instanceof SnykApiError)) throw bad;
    throw extendError(bad, "; the org was probably created: re-read the group to find it", {
      mayHaveApplied: true
    });
  }
  t.noteCreatedOrg(created.id);
  await onCreated?.(created.id);
  const name = created.name ?? input.name;
  if (created.slug !== void 0) return { id: created.id, name, slug: created.slug };
  try {
    return { id: created.id, name, slug: (await rest5.getOrg(created.id)).slug };
  } catch (error) {
    if (!(error instanceof SnykApiError)) throw error;
    throw extendError(error, "", {
      prefix: `${t.label(CREATE_ORG)} created org ${created.id} without saying its slug, and reading it back failed: `,
      mayHaveApplied: true
    });
  }
}

// src/snyk/v1-project-estate.ts
var v12 = requestsOn("v1");
var IGNORE = "/org/{orgId}/project/{projectId}/ignore/{issueId}";
var ISSUE_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;
function parseProjectIgnores(body) {
  const issues = readObject(body, "body");
  const ignores = [];
  for (const [issueId, entries] of Object.entries(issues)) {
    if (!ISSUE_ID.test(issueId)) throw new ShapeError(`body[${JSON.stringify(issueId)}]`, "an issue id");
    readArray(entries, issueId).forEach((entry, i) => {
      for (const [path, value] of Object.entries(readObject(entry, `${issueId}[${i}]`))) {
        const at = `${issueId}[${i}][${JSON.stringify(path)}]`;
        const detail = readObject(value, at);
        const ignore = {
          issueId,
          path,
          reason: readOptionalString(detail.reason, `${at}.reason`) ?? "",
          reasonType: readOptionalString(detail.reasonType, `${at}.reasonType`) ?? ""
        };
        const expires = readOptionalString(detail.expires, `${at}.expires`);
        if (expires !== void 0 && expires !== "") ignore.expires = expires;
        const by = detail.ignoredBy;
        if (by !== void 0 && by !== null) {
          const id = readOptionalString(readObject(by, `${at}.ignoredBy`).id, `${at}.ignoredBy.id`);
          if (id !== void 0) ignore.ignoredById = id;
        }
        ignores.push(ignore);
      }
    });
  }
  return ignores;
}
function ignoreBody(spec) {
  const body = {
    ignorePath: "",
    reason: spec.reason,
    reasonType: spec.reasonType,
    disregardIfFixable: false
  };
  if (spec.expires !== void 0) body.expires = spec.expires;
  return body;
}
function createProjectEstateOperations(t) {
  return {
    moveProject: (orgId, projectId, targetOrgId) => sendOnly(
      t,
      v12("PUT", "/org/{orgId}/project/{projectId}/move", { orgId, projectId }, { body: { targetOrgId } })
    ),
    listProjectIgnores: (orgId, projectId) => sendParsed(
      t,
      v12("GET", "/org/{orgId}/project/{projectId}/ignores", { orgId, projectId }),
      parseProjectIgnores
    ),
    addProjectIgnore: (orgId, projectId, issueId, spec) => sendOnly(t, v12("POST", IGNORE, { orgId, projectId, issueId }, { body: ignoreBody(spec) })),
    replaceProjectIgnore: (orgId, projectId, issueId, spec) => sendOnly(t, v12("PUT", IGNORE, { orgId, projectId, issueId }, { body: [ignoreBody(spec)] })),
    deleteProjectIgnore: (orgId, projectId, issueId) => sendOnly(t, v12("DELETE", IGNORE, { orgId, projectId, issueId }))
  };
}

// src/snyk/client.ts
function createSnykClient(options) {
  const transport = createTransport(options);
  const rest5 = createRestOperations(transport);
  return {
    ...rest5,
    ...createV1Operations(transport, rest5),
    ...createPersonOperations(transport),
    ...createProjectOperations(transport),
    ...createSettingsOperations(transport),
    ...createIntegrationOperations(transport),
    ...createProjectEstateOperations(transport),
    ...createImportOperations(transport),
    ...createAuditOperations(transport),
    ...createServiceAccountOperations(transport),
    stats: () => transport.stats(),
    close: () => transport.close()
  };
}

// src/live/read-live-state.ts
var TOLERATED = /* @__PURE__ */ new Set(["SNYK_FORBIDDEN", "SNYK_NOT_FOUND", "SNYK_RATE_LIMITED"]);
function emptyLiveState(groupId) {
  return {
    groupId,
    self: { id: "", type: "" },
    orgs: [],
    group: {},
    users: {},
    roles: { org: [], group: [], tenant: [] },
    unknown: []
  };
}
function createIntern() {
  const strings = /* @__PURE__ */ new Map();
  return (value) => {
    const known = strings.get(value);
    if (known !== void 0) return known;
    strings.set(value, value);
    return value;
  };
}
var ORG_READ_POOL = 32;
function createPool(limit) {
  let active = 0;
  const waiting = [];
  const next = () => {
    active--;
    waiting.shift()?.();
  };
  return (task) => new Promise((resolve, reject) => {
    const start = () => {
      active++;
      task().then(resolve, reject).finally(next);
    };
    if (active < limit) start();
    else waiting.push(start);
  });
}
function mergeReads(reads) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const read of reads) byAddress.set(read.address, [...byAddress.get(read.address) ?? [], read]);
  return [...byAddress.values()].map((same) => ({
    address: same[0].address,
    fetch: same[0].fetch,
    use: (value, live, intern) => {
      for (const read of same) read.use(value, live, intern);
    },
    essential: same.every((read) => read.essential)
  }));
}
async function readLiveState(client, desired, options = {}) {
  const live = emptyLiveState(desired.group.id);
  const intern = createIntern();
  let done = 0;
  let total = 0;
  const run = (read) => {
    total++;
    return read.fetch(client).then(
      (value) => {
        read.use(value, live, intern);
        options.onProgress?.(++done, total, read.address.text);
      },
      (error) => {
        const forbidden = error instanceof SnykApiError && error.code === "SNYK_FORBIDDEN";
        const tolerated = !read.essential && error instanceof SnykApiError && (options.tolerant === true && TOLERATED.has(error.code) || options.tolerateForbidden === true && forbidden);
        if (!tolerated) {
          throw error instanceof SnykApiError ? extendError(error, "", { prefix: `reading ${read.address}: ` }) : error;
        }
        const reason = forbidden ? `the token cannot read it (${error.message})` : error.message;
        live.unknown.push({ address: read.address.text, reason });
        options.onProgress?.(++done, total, read.address.text);
      }
    );
  };
  const self = {
    address: Address.of("self"),
    fetch: (c) => c.getSelf(),
    use: (value) => {
      const info = value;
      live.self = { id: info.id, type: info.type };
      if (info.email !== void 0) live.self.email = info.email;
      if (info.username !== void 0) live.self.username = info.username;
    },
    essential: true
  };
  const groupReads = mergeReads([
    self,
    ...KINDS.flatMap((kind) => kind.reads.group?.(desired) ?? []),
    ...repositoryReads(desired, options.repositories)
  ]);
  await Promise.all([readOrgs(desired, live, run, options.onlyOrgIds), ...groupReads.map(run)]);
  return live;
}
function repositoryReads(desired, source) {
  if (source === void 0) return [];
  return ownersToList(desired).map(
    (owner) => liveRead(
      Address.of("github").at("repositories", owner),
      () => source.listOwnerRepositories(owner),
      (value, live) => {
        live.repositories = { ...live.repositories, [owner]: value };
      },
      { essential: true }
    )
  );
}
async function readOrgs(desired, live, run, onlyOrgIds) {
  const wanted = /* @__PURE__ */ new Map();
  for (const want of desired.orgs)
    wanted.set(designation(want), [...wanted.get(designation(want)) ?? [], want]);
  const matched = /* @__PURE__ */ new Set();
  const orgReads = [];
  const pooled = createPool(ORG_READ_POOL);
  const onPage = (page) => {
    const orgs = page.map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
    live.orgs.push(...orgs);
    for (const org of orgs) {
      if (onlyOrgIds !== void 0 && !onlyOrgIds.has(org.id)) continue;
      for (const want of designationsOf(org).flatMap((key) => wanted.get(key) ?? [])) {
        if (matched.has(want)) continue;
        matched.add(want);
        for (const read of mergeReads(KINDS.flatMap((kind) => kind.reads.org?.(desired, want, org) ?? []))) {
          const started = pooled(() => run(read));
          started.catch(() => void 0);
          orgReads.push(started);
        }
      }
    }
  };
  const listed2 = run({
    address: Address.of("orgs"),
    fetch: (c) => c.listGroupOrgs(desired.group.id, onPage),
    use: () => void 0,
    essential: true
  });
  try {
    await listed2;
  } catch (error) {
    await Promise.allSettled(orgReads);
    throw error;
  }
  const after = mergeReads(KINDS.flatMap((kind) => kind.reads.afterOrgs?.(desired, live) ?? []));
  await Promise.all([...orgReads, ...after.map(run)]);
}

// src/core/access/person.ts
var UUID2 = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function personQueries(ref) {
  const value = ref.trim();
  if (UUID2.test(value)) return [{ userId: value.toLowerCase() }];
  if (value.includes("@")) return [{ email: value }, { username: value }];
  return [{ username: value }];
}
function isPerson(ref, user) {
  const value = ref.trim().toLowerCase();
  return user.id.toLowerCase() === value || user.email?.toLowerCase() === value || user.username?.toLowerCase() === value;
}
function entryRefersTo(entryUser, person) {
  if (person.user !== void 0) return isPerson(entryUser, person.user);
  return entryUser.trim().toLowerCase() === person.ref.trim().toLowerCase();
}
function emailOf(person) {
  if (person.user?.email !== void 0) return person.user.email.toLowerCase();
  return person.ref.includes("@") ? person.ref.trim().toLowerCase() : void 0;
}
function pickPerson(ref, users) {
  return users.find((user) => isPerson(ref, user));
}

// src/core/access/listing.ts
function expiresOf(spec) {
  const value = spec.expires;
  if (typeof value === "string" && value !== "") return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return void 0;
}
function expiryInstant(expires) {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (date) return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1);
  const instant = Date.parse(expires);
  return Number.isNaN(instant) ? void 0 : instant;
}
function listingIn(members, person) {
  const spec = members?.find((m) => entryRefersTo(m.user, person));
  if (spec === void 0) return void 0;
  const expires = expiresOf(spec);
  return expires === void 0 ? { role: spec.role } : { role: spec.role, expires };
}
function listingsOf(desired, person) {
  const result = { orgs: [], membersManaged: /* @__PURE__ */ new Set() };
  const group = listingIn(desired.group.members, person);
  if (group !== void 0) result.group = group;
  const tenant = listingIn(desired.tenant?.members, person);
  if (tenant !== void 0) result.tenant = tenant;
  for (const org of desired.orgs) {
    if (org.members === void 0) continue;
    result.membersManaged.add(designation(org));
    const listing = listingIn(org.members, person);
    if (listing !== void 0) result.orgs.push({ org, ...listing });
  }
  return result;
}

// src/live/find-person.ts
async function findPerson(client, search) {
  const { groupId, tenantId, ref } = search;
  const queries = personQueries(ref);
  const found = { group: [], ...tenantId === void 0 ? {} : { tenant: [] } };
  for (const query2 of queries) {
    const [group, tenant] = await Promise.all([
      client.listGroupMembershipsOf(groupId, query2),
      tenantId === void 0 ? void 0 : client.listTenantMembershipsOf(tenantId, query2)
    ]);
    const user2 = pickPerson(
      ref,
      [...group, ...tenant ?? []].map((m) => m.user)
    );
    if (user2 === void 0) continue;
    const mine = (list) => list.filter((m) => m.userId === user2.id);
    return { user: user2, group: mine(group), ...tenant === void 0 ? {} : { tenant: mine(tenant) } };
  }
  const byId = queries.find((q) => "userId" in q);
  if (byId !== void 0) {
    const orgMemberships = await client.listGroupUserOrgMemberships(groupId, byId.userId);
    const user2 = pickPerson(
      ref,
      orgMemberships.map((m) => m.user)
    );
    return user2 === void 0 ? found : { ...found, user: user2, orgMemberships };
  }
  const query = queries[0];
  if (query === void 0) return found;
  const ids = await search.listedOrgIds();
  const lists = await Promise.all(ids.map((id) => client.listOrgMembershipsOf(id, query)));
  const user = pickPerson(
    ref,
    lists.flat().map((m) => m.user)
  );
  return user === void 0 ? found : { ...found, user };
}
var UnknownPersonError = class extends GitopsError {
  constructor(message) {
    super(message, { code: "UNKNOWN_USER" });
  }
};
async function unknownPerson(client, search, configured = []) {
  const users = (await client.listGroupMemberships(search.groupId)).map((m) => m.user);
  const candidates = [
    ...new Set(
      [...users.flatMap((u) => [u.email, u.username]), ...configured].filter((c) => c !== void 0)
    )
  ];
  const scopes = search.tenant ? "no group or tenant membership" : "no group membership";
  const orgs = search.listedOrgs === 0 ? "" : `, nor a membership in the ${search.listedOrgs === 1 ? "org" : `${search.listedOrgs} orgs`} the config lists them in`;
  throw new UnknownPersonError(
    `${search.lead}: ${scopes} in group ${search.groupId} has that email, username or id${orgs}.${didYouMean(search.ref, candidates)} Someone who is only an org member (no group membership) is found by user id, or through an org the config lists them in.`
  );
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
function losesAdmin(mine, listed2, user, admins) {
  const held = mine.find((m) => admins.has(m.roleId));
  if (held === void 0) return false;
  const spec = listed2?.find((s) => namesUser(s.user, user));
  return spec === void 0 || spec.role !== held.roleName && spec.role !== held.roleId;
}
async function listedOrgIds(desired, ref, orgList) {
  const listed2 = listingsOf(desired, { ref }).orgs.map((l) => l.org);
  if (listed2.length === 0) return [];
  const match = matchOrgs(await orgList);
  return listed2.map((org) => match(org)?.id).filter((id) => id !== void 0);
}
async function readPersonLiveState(client, desired, ref) {
  const groupId = desired.group.id;
  const live = emptyLiveState(groupId);
  const managesOrgMembers = desired.orgs.some((o) => o.members !== void 0);
  const orgList = client.listGroupOrgs(groupId);
  const [self, found, orgs, roles] = await Promise.all([
    client.getSelf(),
    findPerson(client, { groupId, ref, listedOrgIds: () => listedOrgIds(desired, ref, orgList) }),
    orgList,
    managesOrgMembers ? client.listOrgRoles(groupId) : Promise.resolve([])
  ]);
  const user = found.user;
  if (user === void 0) {
    return unknownPerson(client, {
      groupId,
      tenant: false,
      ref,
      listedOrgs: listingsOf(desired, { ref }).orgs.length,
      lead: `--target 'user[${inertText(ref)}]'`
    });
  }
  const groupMine = found.group;
  live.self = { id: self.id, type: self.type };
  if (self.email !== void 0) live.self.email = self.email;
  if (self.username !== void 0) live.self.username = self.username;
  live.orgs = orgs.map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
  live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
  addUsers(live.users, groupMine);
  const managed = desired.group.members !== void 0;
  const groupList = managed && losesAdmin(groupMine, desired.group.members, user, adminRoleIds(rolesOf(groupMine), GROUP_ADMIN)) ? await client.listGroupMemberships(groupId) : groupMine;
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
  const orgAdmins = adminRoleIds(live.roles.org, ORG_ADMIN);
  const memberships = found.orgMemberships ?? await client.listGroupUserOrgMemberships(groupId, user.id);
  const byOrg = /* @__PURE__ */ new Map();
  for (const m of memberships) byOrg.set(m.orgId, [...byOrg.get(m.orgId) ?? [], m]);
  await Promise.all(
    live.orgs.map(async (org) => {
      const want = managedOrgs.get(org);
      if (want === void 0) return;
      const mine = byOrg.get(org.id) ?? [];
      const list = losesAdmin(mine, want.members, user, orgAdmins) ? await client.listOrgMemberships(org.id) : mine;
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
function buildScopedPlan(desired, live, scope2, options = {}) {
  return scope2.partial ? buildTargetedPlan(desired, scope2.narrowed, live, scope2.targets, options) : buildPlan(desired, live, options);
}

// src/engine/secrets.ts
function neededBy(changes) {
  const needed = /* @__PURE__ */ new Map();
  for (const change of changes)
    for (const use of handlersOf(change.kind).secrets?.(change) ?? []) {
      const have = needed.get(use.env);
      if (have === void 0) needed.set(use.env, { use, addresses: [change.address.text] });
      else have.addresses.push(change.address.text);
    }
  return needed;
}
var listed = (items) => items.join("; ");
function brokenRules(needed, env) {
  const out = [];
  for (const [name, { use, addresses }] of needed) {
    const value = env[name];
    if (value !== void 0 && value !== "" && value.length < use.minLength)
      out.push(
        `${name} (for ${addresses.join(", ")}) is shorter than ${use.minLength} characters: ${use.rule}`
      );
  }
  return out;
}
function throwBroken(broken, afterwards) {
  if (broken.length === 0) return;
  throw new GitopsError(`the secret in the environment variable ${listed(broken)}. ${afterwards}`, {
    code: "SECRET_INVALID"
  });
}
function checkSetSecrets(changes, env) {
  throwBroken(
    brokenRules(neededBy(changes), env),
    "Set a longer one: Snyk would refuse it when the webhook is created. Nothing was written."
  );
}
function resolveSecrets(changes, env) {
  const needed = neededBy(changes);
  const missing = [];
  const secrets = /* @__PURE__ */ new Map();
  for (const [name, { addresses }] of needed) {
    const value = env[name];
    if (value === void 0 || value === "") missing.push(`${name} (for ${addresses.join(", ")})`);
    else secrets.set(name, value);
  }
  if (missing.length > 0)
    throw new GitopsError(
      `the environment variable${missing.length === 1 ? "" : "s"} ${listed(missing)} ${missing.length === 1 ? "is" : "are"} not set: a webhook's secret is read from the environment when it is created. Nothing was written.`,
      { code: "SECRET_MISSING" }
    );
  throwBroken(brokenRules(needed, env), "Set a longer one. Nothing was written.");
  addSecrets(secrets.values());
  return secrets;
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
  const { desired, files, locate, classOf } = result;
  return { desired, files, locate, ...classOf === void 0 ? {} : { classOf } };
}
async function planDesired(config, client, options = {}) {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const repositories = options.env === void 0 ? void 0 : repositorySourceFrom(options.env);
  const { live, scope: scope2 } = await readScoped(client, config.desired, options.targets ?? [], {
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...repositories ? { repositories } : {},
    ...options.tolerateForbidden ? { tolerateForbidden: true } : {}
  });
  const elapsedSeconds = (clock() - started) / 1e3;
  const planFrom = live.unknown.length === 0 ? planAgainst : planReadable;
  const plan = planFrom(
    config,
    live,
    options.now ?? systemClock,
    scope2,
    options.replace,
    options.lift,
    options.rotate
  );
  if (scope2.partial) {
    const scene = { desired: config.desired, live, changes: plan.changes.map((c) => c.address) };
    const problems = checkTargets(scope2.targets, options.replace ?? [], scene, inertText);
    if (problems.length > 0) throw new UsageError(problems.join("\n"));
  }
  if (options.env !== void 0) checkSetSecrets(plan.changes, options.env);
  const requests = client.stats().requests;
  plan.stats = { requests };
  if (options.budget !== void 0) {
    const writes = plan.changes.length;
    const secondsPerRequest = requests === 0 ? 0 : elapsedSeconds * Math.min(options.budget.concurrency, requests) / requests;
    plan.stats.writes = writes;
    plan.stats.estimatedApplySeconds = estimateApplySeconds(writes, { ...options.budget, secondsPerRequest });
    plan.stats.ratePerMinute = options.budget.ratePerMinute;
  }
  return { plan, live, scope: scope2 };
}
function planReadable(config, live, now, scope2, replace, lift, rotate) {
  const masked = { ...config, desired: maskUnknownParts(config.desired, live.unknown) };
  const plan = planAgainst(masked, { ...live, unknown: [] }, now, scope2, replace, lift, rotate);
  const changes = dropUnreadablePending(plan.changes, live.unknown);
  return {
    ...plan,
    changes,
    summary: summarizeChanges(changes),
    desired: config.desired,
    fingerprint: fingerprintLive(live),
    unreadable: live.unknown
  };
}
function relatedPlaces(config, issue) {
  return (issue.related ?? []).map(({ what, path }) => {
    const at = config.locate?.(path);
    return ` (${what}: ${at === void 0 ? formatPath(path) : `${at.file}:${at.line}:${at.column}`})`;
  }).join("");
}
function onePerPlace(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((issue) => {
    const key = `${issue.code}\0${issue.file ?? ""}:${issue.line ?? ""}:${issue.column ?? ""}\0${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var systemClock = () => /* @__PURE__ */ new Date();
function planAgainst(config, live, now, scope2 = { partial: false }, replace, lift, rotate) {
  const result = buildScopedPlan(config.desired, live, scope2, {
    ...now ? { now } : {},
    ...replace ? { replace } : {},
    ...rotate ? { rotate } : {},
    ...lift ? { lift } : {}
  });
  if (!result.ok) {
    const located = result.issues.map((issue) => {
      const source = issue.path && config.locate ? config.locate(issue.path) : void 0;
      const at = source === void 0 && issue.path ? ` (at ${formatPath(issue.path)})` : "";
      return {
        code: issue.code,
        message: issue.message + relatedPlaces(config, issue) + at,
        ...issue.address ? { address: issue.address.text } : {},
        ...source ? { file: source.file, line: source.line, column: source.column } : {}
      };
    });
    throw new ConfigInvalidError(
      onePerPlace(located),
      "the configuration does not fit the live Snyk account"
    );
  }
  return config.classOf === void 0 ? result.plan : noteClasses(result.plan, config.desired.orgs, live, config.classOf);
}

// src/engine/session.ts
function openSnyk(settings, log, notice) {
  if (!settings.auth) {
    throw new GitopsError(
      "no Snyk token: set SNYK_TOKEN (an API token), SNYK_OAUTH_TOKEN (an OAuth access token) or SNYK_OAUTH_CLIENT_ID with its secret or key (an OAuth service account, see docs/authentication.md) in the environment",
      { code: "NO_TOKEN" }
    );
  }
  if (settings.verbose && settings.auth.scheme === "oauth-client")
    log?.(describeSignIn(settings.auth, settings.apiUrl));
  return createSnykClient({
    apiUrl: settings.apiUrl,
    restVersion: settings.restVersion,
    auth: settings.auth,
    concurrency: settings.concurrency,
    rateLimit: paceFor(settings.rateLimit ?? DEFAULT_RATE_LIMIT),
    ...settings.httpTimeoutMs !== void 0 ? { timeouts: { headersMs: settings.httpTimeoutMs, bodyMs: settings.httpTimeoutMs } } : {},
    ...settings.verbose && log ? { log } : {},
    ...notice ? { onRateLimit: (event) => notice(describeRateLimitEvent(event, Date.now())) } : {},
    ...settings.allowInsecureHttp === true ? { allowInsecureHttp: true } : {},
    ...settings.proxy !== void 0 ? { proxy: settings.proxy } : {}
  });
}
function paceFor(limit) {
  return {
    perMinute: Math.floor(limit.rest * 0.96),
    v1PerMinute: Math.floor(limit.v1 * 0.96),
    windowMs: limit.windowMs
  };
}
function budgetOf(settings) {
  return {
    ratePerMinute: (settings.rateLimit ?? DEFAULT_RATE_LIMIT).rest,
    concurrency: settings.concurrency
  };
}

export {
  withoutClassNote,
  fingerprintLive,
  summarizeChanges,
  maskUnknownParts,
  unreadablePendingOrgs,
  isUnreadablePending,
  dropUnreadablePending,
  ConfigInvalidError,
  StalePlanError,
  SafetyRefusalError,
  repositorySourceFrom,
  repositoriesFrom,
  narrowDesired,
  dependencyIndices,
  checkSafety,
  readLiveState,
  emailOf,
  expiryInstant,
  listingsOf,
  findPerson,
  unknownPerson,
  readScoped,
  resolveSecrets,
  loadDesired,
  planDesired,
  systemClock,
  planAgainst,
  openSnyk,
  budgetOf
};
