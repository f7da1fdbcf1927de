import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  dropUnreadablePending,
  maskUnknownParts,
  planAgainst,
  readLiveState
} from "./chunk-BBPNSYFP.js";
import {
  mdCode,
  mdHtml,
  mdText
} from "./chunk-SK47ZHVY.js";
import {
  KINDS,
  KIND_MODULES,
  KIND_NAMES,
  createResolver,
  matchOrgs,
  require_fast_json_patch
} from "./chunk-3VISFR46.js";
import {
  require_picomatch
} from "./chunk-KRNN6JX7.js";
import {
  Address,
  SnykApiError,
  orgAddress
} from "./chunk-WX2GK3PI.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/drift/render-common.ts
var CHANGE_SYMBOL = { added: "+", removed: "-", changed: "~" };
var CHANGE_LABEL = {
  added: "added in Snyk",
  removed: "removed in Snyk",
  changed: "changed in Snyk"
};
var GROUP_SECTION = "group and tenant";
function sectionOf(item) {
  return item.org === void 0 ? GROUP_SECTION : `org ${item.org}`;
}
function groupBySection(items) {
  const sections = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = sectionOf(item);
    const list = sections.get(key) ?? [];
    list.push(item);
    sections.set(key, list);
  }
  return [...sections.entries()];
}
function formatJson(value) {
  if (value === null || value === void 0) return "(none)";
  if (typeof value === "string") return value;
  if (typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => v === null || typeof v !== "object")) {
      return entries.map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");
    }
  }
  return JSON.stringify(value);
}
function fieldName(pointer) {
  const name = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
  return name === "" || name === "value" ? "value" : name;
}
function detailLines(item) {
  if (item.change === "changed") {
    return item.fields.map(
      (f) => `${fieldName(f.path)}: ${formatJson(f.live)} in Snyk, ${formatJson(f.desired)} in the file`
    );
  }
  if (item.change === "added" && item.live !== null) return [`in Snyk: ${formatJson(item.live)}`];
  if (item.change === "removed" && item.desired !== null) return [`in the file: ${formatJson(item.desired)}`];
  return [];
}
function countsPhrase(counts) {
  return `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed`;
}
function headline(report) {
  const { summary } = report;
  const base = report.inSync ? "No drift: Snyk matches the configuration" : `Drift: ${summary.total} item${summary.total === 1 ? "" : "s"} (${countsPhrase(summary)})`;
  const unknown = report.unknown.length > 0 ? `; ${report.unknown.length} part${report.unknown.length === 1 ? "" : "s"} could not be read` : "";
  return `${base}${report.inSync && unknown ? " in what could be read" : ""}${unknown}.`;
}
function attributionText(item) {
  const by = item.changedBy;
  if (by === void 0) return void 0;
  return by.by === void 0 ? `changed at ${by.at} (the audit log names no user)` : `changed by ${by.by} at ${by.at}`;
}
function auditLines(report) {
  const audit = report.audit;
  if (audit === void 0) return [];
  const lines = [];
  if (audit.mode === "since") {
    lines.push(
      `Read the audit log from ${audit.from}: ${audit.events ?? 0} event${audit.events === 1 ? "" : "s"}; only the scopes they name were read.`
    );
  } else if (audit.reason !== void 0) {
    lines.push(`Full drift: ${audit.reason}.`);
  }
  if (audit.unnamed !== void 0) lines.push(`No one is named: ${audit.unnamed}.`);
  if (report.nextCursor !== void 0) lines.push(`Next cursor: ${report.nextCursor}`);
  return lines;
}

// src/drift/render-markdown.ts
function renderDriftMarkdown(report, options = {}) {
  const max = options.maxLength ?? 65e3;
  for (const detail of ["full", "lines"]) {
    const text = render(report, options, detail, Number.POSITIVE_INFINITY);
    if (text.length <= max) return text;
  }
  let perSection = 50;
  for (; ; ) {
    const text = render(report, options, "counts", perSection);
    if (text.length <= max || perSection === 0) return text.length <= max ? text : cut(text, max);
    perSection = Math.floor(perSection / 2);
  }
}
function cut(text, max) {
  const note = "\n\n_(truncated to fit GitHub\u2019s size limit; use `--format json` for the full report)_\n";
  return text.slice(0, Math.max(0, max - note.length)) + note;
}
var escapeMarkdown = mdText;
function render(report, options, detail, perSection) {
  const out = [];
  out.push(`## ${escapeMarkdown(options.title ?? "Snyk drift report")}`, "");
  const icon = report.unknown.length > 0 ? ":x:" : report.inSync ? ":white_check_mark:" : ":warning:";
  out.push(`${icon} **${escapeMarkdown(headline(report))}**`, "");
  out.push(`Group ${mdCode(report.groupId)}, scanned at ${report.scannedAt}. Ignored: ${report.ignored}.`, "");
  const audit = auditLines(report);
  if (audit.length > 0) out.push(audit.map(escapeMarkdown).join("  \n"), "");
  const kinds = Object.entries(report.summary.byKind);
  if (kinds.length > 0) {
    out.push("| kind | added | removed | changed |", "|---|---:|---:|---:|");
    for (const [kind, c] of kinds) out.push(`| ${kind} | ${c.added} | ${c.removed} | ${c.changed} |`);
    out.push(
      `| **total** | **${report.summary.added}** | **${report.summary.removed}** | **${report.summary.changed}** |`,
      ""
    );
  }
  if (report.unknown.length > 0) {
    out.push("### Could not be read", "", "These parts are neither drift nor in sync:", "");
    for (const part of report.unknown) out.push(`- ${mdCode(part.address)}: ${escapeMarkdown(part.reason)}`);
    out.push("");
  }
  for (const [section, items] of groupBySection(report.items)) {
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const item of items) counts[item.change] += 1;
    out.push(`<details><summary><b>${mdHtml(section)}</b>: ${countsPhrase(counts)}</summary>`, "");
    const shown = items.slice(0, perSection);
    for (const item of shown) out.push(...itemLines(item, detail));
    if (shown.length < items.length) out.push(`- \u2026 and ${items.length - shown.length} more`);
    out.push("", "</details>", "");
  }
  if (report.notes.length > 0) {
    out.push("### Notes", "");
    for (const note of report.notes) {
      out.push(`- ${note.address ? `${mdCode(note.address.text)}: ` : ""}${escapeMarkdown(note.message)}`);
    }
    out.push("");
  }
  const rules = report.ignoreRules.filter((r) => r.matched > 0);
  if (rules.length > 0) {
    out.push(`### Ignored: ${report.ignored}`, "");
    for (const { rule, matched } of rules) {
      const what = [rule.kind, rule.address].filter((x) => x !== void 0).join(" ");
      out.push(`- ${matched} \xD7 ${mdCode(what)}${rule.reason ? `: ${escapeMarkdown(rule.reason)}` : ""}`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function itemLines(item, detail) {
  const changed = attributionText(item);
  const by = changed === void 0 ? "" : ` \u2014 ${escapeMarkdown(changed)}`;
  const head = `- \`${CHANGE_SYMBOL[item.change]}\` ${mdCode(item.address.text)} ${CHANGE_LABEL[item.change]}${by}`;
  if (detail !== "full") return [head];
  const lines = [head];
  if (item.change === "changed") {
    for (const f of item.fields) {
      lines.push(
        `  - ${mdCode(f.path)}: ${mdCode(formatJson(f.live))} in Snyk, ${mdCode(formatJson(f.desired))} in the file`
      );
    }
  } else {
    for (const line of detailLines(item)) lines.push(`  - ${escapeMarkdown(line)}`);
  }
  return lines;
}

// src/core/audit/attribution.ts
var EVENT_FAMILIES = {
  org: ["org.create", "org.delete", "org.edit", "group.org."],
  org_settings: ["org.request_access_settings.", "org.ignore_policy.", "org.settings.", "org.edit"],
  org_membership: ["org.user."],
  group_settings: ["group.settings.", "group.request_access_settings."],
  group_membership: ["group.user."],
  group_tag: ["group.tag."],
  tenant: [],
  tenant_membership: [],
  pending_user: ["org.user."],
  project: ["org.project."],
  integration_settings: ["org.integration."],
  notification_settings: ["org.notification_settings."],
  webhook: ["org.webhook."],
  placement: ["org.project."],
  ignore: ["org.project.ignore.", "org.ignore_policy."],
  import: ["org.target.", "org.project."]
};
function familyOf(kind) {
  const listed = EVENT_FAMILIES[kind];
  return listed ?? [`org.${kind}.`, `group.${kind}.`, "org.edit", "group.edit"];
}
function explainingEvent(item, ctx) {
  const orgId = item.org === void 0 ? void 0 : ctx.orgIdOf(item.org);
  if (item.org !== void 0 && orgId === void 0) return void 0;
  const families = familyOf(item.kind);
  for (let i = ctx.events.length - 1; i >= 0; i--) {
    const event = ctx.events[i];
    if (event.orgId !== orgId) continue;
    if (!families.some((prefix) => event.event.startsWith(prefix))) continue;
    if (event.userId === ctx.selfId) continue;
    return event;
  }
  return void 0;
}
function attributionOf(event, users) {
  if (event.userId === void 0) return { at: event.created };
  const user = users[event.userId];
  return { by: user?.email ?? user?.name ?? user?.username ?? `user ${event.userId}`, at: event.created };
}

// src/core/audit/narrow.ts
function narrowGroup(desired, scopes) {
  return scopes.group ? desired : { ...desired, group: { id: desired.group.id } };
}
function narrowToAudit(desired, live, scopes) {
  const match = matchOrgs(live.orgs);
  const slugs = new Set(live.orgs.filter((o) => scopes.orgIds.has(o.id)).map((o) => o.slug));
  const orgs = desired.orgs.filter((org) => {
    const found = match(org);
    if (found === void 0) slugs.add(org.slug);
    return found === void 0 || scopes.orgIds.has(found.id);
  });
  return { desired: { ...narrowGroup(desired, scopes), orgs }, slugs, group: scopes.group };
}
function inAuditScope(address, narrowing) {
  if (address === void 0) return narrowing.group;
  const { scope } = address;
  return scope.kind === "org" ? narrowing.slugs.has(scope.slug) : narrowing.group;
}

// src/core/audit/scopes.ts
function scopesOf(events) {
  const orgIds = /* @__PURE__ */ new Set();
  let group = false;
  for (const event of events) {
    if (event.orgId !== void 0) orgIds.add(event.orgId);
    else group = true;
  }
  return { group, orgIds };
}

// src/core/audit/since.ts
var CURSOR_PREFIX = "sgc1.";
var MAX_AGE_DAYS = 85;
var DAY_MS = 864e5;
var UNITS = { m: 6e4, h: 36e5, d: DAY_MS };
var CURSOR_OVERLAP_MS = 5 * 6e4;
function encodeCursor(to, from) {
  const start = Math.max(to.getTime() - CURSOR_OVERLAP_MS, from?.getTime() ?? Number.NEGATIVE_INFINITY);
  return `${CURSOR_PREFIX}${Buffer.from(new Date(start).toISOString()).toString("base64url")}`;
}
function decodeCursor(text) {
  const iso = Buffer.from(text.slice(CURSOR_PREFIX.length), "base64url").toString("utf8");
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(iso) ? new Date(iso) : void 0;
}
function parseDuration(text) {
  const duration = /^(\d{1,6})([mhd])$/.exec(text.trim());
  return duration === null ? void 0 : Number(duration[1]) * (UNITS[duration[2]] ?? 0);
}
function parseStart(text, now) {
  if (text.startsWith(CURSOR_PREFIX)) return decodeCursor(text);
  const duration = parseDuration(text);
  if (duration !== void 0) return new Date(now.getTime() - duration);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text)) return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : new Date(ms);
}
function parseSince(text, now) {
  const from = parseStart(text.trim(), now);
  if (from === void 0) {
    return {
      ok: false,
      reason: "the --since value is not a cursor of an earlier run, an ISO time or a duration (90m, 24h, 7d)"
    };
  }
  if (from.getTime() > now.getTime()) return { ok: false, reason: "the --since time is in the future" };
  if (now.getTime() - from.getTime() > MAX_AGE_DAYS * DAY_MS) {
    return {
      ok: false,
      reason: `the --since time is more than ${MAX_AGE_DAYS} days ago (Snyk keeps audit logs 90 days)`
    };
  }
  return { ok: true, from };
}

// src/drift/prepare.ts
function prepareDriftComparison(desired, live) {
  const masked = maskUnknownParts(desired, live.unknown);
  const resolver = createResolver(live, masked.users.ignore);
  const missing = KINDS.flatMap(
    (kind) => (kind.prepareDrift?.(masked, live, resolver) ?? []).map((item) => ({ ...item, kind: kind.kind }))
  );
  return { desired: masked, missing };
}

// src/drift/report.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);

// src/drift/ignore.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function compileAddressGlob(glob) {
  const escaped = glob.replace(/[[\]]/g, (c) => `\\${c}`);
  return (0, import_picomatch.default)(escaped, { dot: true, nocase: true });
}
function compileIgnoreRules(rules) {
  const compiled = rules.map((rule) => ({
    kind: rule.kind,
    address: rule.address === void 0 ? void 0 : compileAddressGlob(rule.address)
  }));
  return {
    match(item) {
      return compiled.findIndex(
        (rule) => (rule.kind === void 0 || rule.kind === item.kind) && (rule.address === void 0 || rule.address(item.address.text))
      );
    }
  };
}

// src/drift/report.ts
var isWholeOrg = ({ scope, steps }) => scope.kind === "org" && steps.length === 0;
var CHANGE_OF_ACTION = { create: "removed", delete: "added", update: "changed" };
var DRIFT_WARNINGS = new Map(
  KINDS.flatMap((kind) => (kind.driftWarnings ?? []).map((code) => [code, kind.kind]))
);
function buildDriftReport(plan, live, options) {
  const candidates = [
    ...plan.changes.map(itemOfChange),
    ...plan.warnings.flatMap((warning) => itemOfWarning(warning)),
    ...(options.missing ?? []).map(itemOfMissing)
  ];
  const matcher = compileIgnoreRules(options.ignore);
  const matched = options.ignore.map(() => 0);
  const items = [];
  const unknownOrgs = new Set(live.unknown.map((u) => Address.of(u.address)).filter(isWholeOrg));
  for (const item of candidates) {
    if (item.org !== void 0 && unknownOrgs.has(orgAddress(item.org))) continue;
    const rule = matcher.match(item);
    if (rule === -1) items.push(item);
    else matched[rule] = (matched[rule] ?? 0) + 1;
  }
  items.sort(compareItems);
  const ignored = matched.reduce((a, b) => a + b, 0);
  const unknown = [...live.unknown].sort((a, b) => a.address.localeCompare(b.address));
  return {
    formatVersion: 1,
    groupId: plan.groupId,
    scannedAt: options.now.toISOString(),
    inSync: items.length === 0,
    summary: summarize(items, ignored, unknown.length),
    items,
    unknown,
    ignored,
    ignoreRules: options.ignore.map((rule, index) => ({ rule, matched: matched[index] ?? 0 })),
    notes: plan.warnings.filter((warning) => !DRIFT_WARNINGS.has(warning.code))
  };
}
function itemOfChange(change) {
  const kind = change.kind;
  const driftChange = CHANGE_OF_ACTION[change.action];
  const desired = change.after;
  const live = change.before;
  const patch = driftChange === "changed" ? import_fast_json_patch.default.compare(asDoc(desired), asDoc(live)) : [];
  return withOrg(change.address, {
    kind,
    address: change.address,
    change: driftChange,
    live,
    desired,
    patch,
    fields: fieldsOf(patch, desired, live),
    // An expired entry is not a hand edit: say why the membership should go.
    message: change.expiredAt === void 0 ? describe(kind, change.address.text, driftChange) : `The ${KIND_MODULES[kind].noun.one} ${change.address.text} is still in Snyk, but its entry expired. ${change.note ?? ""}`.trim()
  });
}
function itemOfMissing(missing) {
  return withOrg(missing.address, {
    kind: missing.kind,
    address: missing.address,
    change: "removed",
    live: null,
    desired: missing.desired,
    patch: [],
    fields: [],
    message: describe(missing.kind, missing.address.text, "removed")
  });
}
function itemOfWarning(warning) {
  const kind = DRIFT_WARNINGS.get(warning.code);
  if (kind === void 0 || warning.address === void 0) return [];
  return [
    withOrg(warning.address, {
      kind,
      address: warning.address,
      change: "removed",
      live: null,
      desired: null,
      patch: [],
      fields: [],
      message: warning.message
    })
  ];
}
function withOrg(address, item) {
  return address.slug === void 0 ? item : { ...item, org: address.slug };
}
function describe(kind, address, change) {
  const what = `The ${KIND_MODULES[kind].noun.one} ${address}`;
  if (change === "added") return `${what} exists in Snyk but not in the file (added by hand).`;
  if (change === "removed")
    return `${what} is in the file but missing in Snyk (removed by hand, or never applied).`;
  return `${what} differs in Snyk from the file (changed by hand).`;
}
function asDoc(value) {
  return typeof value === "object" && value !== null ? value : { value };
}
function fieldsOf(patch, desired, live) {
  return patch.map((op) => ({
    path: op.path,
    desired: valueAt(asDoc(desired), op.path),
    live: valueAt(asDoc(live), op.path)
  }));
}
function valueAt(doc, pointer) {
  let node = doc;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !(key in node)) return null;
    node = node[key];
  }
  return node ?? null;
}
var CHANGE_ORDER = { removed: 0, changed: 1, added: 2 };
function compareItems(a, b) {
  const orgA = a.org ?? "";
  const orgB = b.org ?? "";
  if (orgA !== orgB) return orgA < orgB ? -1 : 1;
  if (a.address !== b.address) return a.address < b.address ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change];
}
function summarize(items, ignored, unknown) {
  const counted = {};
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const item of items) {
    totals[item.change] += 1;
    const counts = counted[item.kind] ?? { added: 0, removed: 0, changed: 0 };
    counts[item.change] += 1;
    counted[item.kind] = counts;
  }
  const byKind = {};
  for (const kind of KIND_NAMES) {
    const counts = counted[kind];
    if (counts !== void 0) byKind[kind] = counts;
  }
  return { total: items.length, ...totals, byKind, ignored, unknown };
}

// src/engine/drift.ts
function compareDrift(config, live, now, within = () => true) {
  const comparison = prepareDriftComparison(config.desired, live);
  const planned = planAgainst(
    { ...config, desired: comparison.desired },
    { ...live, unknown: [] },
    () => now
  );
  const changes = dropUnreadablePending(planned.changes, live.unknown).filter((c) => within(c.address));
  const plan = {
    ...planned,
    changes,
    warnings: planned.warnings.filter((w) => within(w.address))
  };
  return buildDriftReport(plan, live, {
    now,
    ignore: config.desired.drift.ignore,
    missing: comparison.missing.filter((m) => within(m.address))
  });
}

// src/engine/drift-audit.ts
var ATTRIBUTION_DAYS = 7;
var MAX_LOOKUPS = 20;
var DAY_MS2 = 864e5;
async function readEvents(client, groupId, from, to) {
  try {
    const window = { from: from.toISOString(), to: to.toISOString() };
    return { ok: true, events: await client.searchAuditLogs({ groupId }, window) };
  } catch (error) {
    if (!(error instanceof SnykApiError)) throw error;
    const why = error.code === "SNYK_FORBIDDEN" ? " (audit logs need an Enterprise plan)" : "";
    return { ok: false, reason: `the audit log could not be read${why}: ${error.message}` };
  }
}
function fullReason(config, options, start) {
  if (options.full === true) return options.since === void 0 ? void 0 : "--full was given";
  if (start === void 0) return void 0;
  if (config.desired.tenant !== void 0)
    return "the file manages the tenant, and tenants have no audit log";
  return start.ok ? void 0 : start.reason;
}
async function detectDriftWithAudit(config, client, options = {}) {
  const now = (options.now ?? (() => /* @__PURE__ */ new Date()))();
  const start = options.since === void 0 ? void 0 : parseSince(options.since, now);
  const progress = {
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.repositories ? { repositories: options.repositories } : {}
  };
  let reason = fullReason(config, options, start);
  const from = start?.ok ? start.from : new Date(now.getTime() - ATTRIBUTION_DAYS * DAY_MS2);
  let logUnreadable = false;
  if (start?.ok && reason === void 0) {
    const read = await readEvents(client, config.desired.group.id, from, now);
    if (read.ok) return sinceDrift(config, client, read.events, { now, from, progress });
    reason = read.reason;
    logUnreadable = true;
  }
  const live = await readLiveState(client, config.desired, { tolerant: true, ...progress });
  const report = compareDrift(config, live, now);
  const audit = { mode: "full", from: from.toISOString(), ...reason ? { reason } : {} };
  if (report.items.length > 0 && !logUnreadable) {
    const read = await readEvents(client, config.desired.group.id, from, now);
    if (read.ok) {
      audit.events = read.events.length;
      await attributeItems(report, live, read.events, client, {
        groupId: config.desired.group.id,
        from,
        to: now
      });
    } else audit.unnamed = read.reason;
  }
  return { ...report, audit, nextCursor: encodeCursor(now, from) };
}
async function sinceDrift(config, client, events, run) {
  const scopes = scopesOf(events);
  const desired = narrowGroup(config.desired, scopes);
  const live = await readLiveState(client, desired, {
    tolerant: true,
    onlyOrgIds: scopes.orgIds,
    ...run.progress
  });
  const narrowing = narrowToAudit(config.desired, live, scopes);
  const report = compareDrift(
    { ...config, desired: narrowing.desired },
    live,
    run.now,
    (address) => inAuditScope(address, narrowing)
  );
  await attributeItems(report, live, events, client, {
    groupId: config.desired.group.id,
    from: run.from,
    to: run.now
  });
  const audit = { mode: "since", from: run.from.toISOString(), events: events.length };
  return { ...report, audit, nextCursor: encodeCursor(run.now, run.from) };
}
async function attributeItems(report, live, groupEvents, client, window) {
  const orgIds = new Map(live.orgs.map((o) => [o.slug, o.id]));
  const ctx = { events: groupEvents, selfId: live.self.id, orgIdOf: (slug) => orgIds.get(slug) };
  const unexplained = /* @__PURE__ */ new Set();
  for (const item of report.items) {
    const orgId = item.org === void 0 ? void 0 : orgIds.get(item.org);
    if (orgId !== void 0 && explainingEvent(item, ctx) === void 0) unexplained.add(orgId);
  }
  const orgEvents = await Promise.all(
    [...unexplained].slice(0, MAX_LOOKUPS).map(
      (orgId) => client.searchAuditLogs({ orgId }, { from: window.from.toISOString(), to: window.to.toISOString() }).catch(() => [])
    )
  );
  const events = mergeEvents(groupEvents, orgEvents.flat());
  const explained = report.items.map((item) => explainingEvent(item, { ...ctx, events }));
  const unknown = new Set(
    explained.flatMap(
      (e) => e?.userId !== void 0 && live.users[e.userId] === void 0 ? [e.userId] : []
    )
  );
  const users = {
    ...live.users,
    ...await lookUpUsers(client, window.groupId, [...unknown].slice(0, MAX_LOOKUPS))
  };
  report.items.forEach((item, i) => {
    const event = explained[i];
    if (event !== void 0) item.changedBy = attributionOf(event, users);
  });
}
function mergeEvents(a, b) {
  const seen = /* @__PURE__ */ new Set();
  const key = (e) => JSON.stringify([e.created, e.event, e.orgId, e.projectId, e.userId]);
  return [...a, ...b].filter((e) => {
    const k = key(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((x, y) => x.created.localeCompare(y.created));
}
async function lookUpUsers(client, groupId, ids) {
  const users = {};
  await Promise.all(
    ids.map(async (userId) => {
      const memberships = await client.listGroupMembershipsOf(groupId, { userId }).catch(() => []);
      const user = memberships.find((m) => m.user.id === userId)?.user;
      if (user !== void 0) users[userId] = user;
    })
  );
  return users;
}

export {
  CHANGE_SYMBOL,
  CHANGE_LABEL,
  groupBySection,
  formatJson,
  detailLines,
  countsPhrase,
  headline,
  attributionText,
  auditLines,
  renderDriftMarkdown,
  CURSOR_PREFIX,
  parseDuration,
  detectDriftWithAudit
};
