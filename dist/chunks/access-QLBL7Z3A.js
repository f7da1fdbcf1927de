import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  bold,
  dim,
  mdCode,
  mdText,
  yellow
} from "./chunk-43ZIIY6M.js";
import {
  withSnyk
} from "./chunk-HIBEOD32.js";
import "./chunk-DZMZJE36.js";
import {
  designation,
  designationsOf,
  groupMemberAddress,
  labelUser,
  labelUserRef,
  loadDesired,
  orgMemberAddress,
  pendingUserAddress,
  tenantMemberAddress
} from "./chunk-NZGR2HMP.js";
import {
  didYouMean,
  require_picomatch
} from "./chunk-IGEGNAEH.js";
import "./chunk-QU2ZXSZD.js";
import {
  inertText
} from "./chunk-NW3PDA5F.js";
import {
  configPaths,
  parseCommandArgs,
  resolveApiSettings
} from "./chunk-GDNDMYAR.js";
import {
  GitopsError,
  UsageError
} from "./chunk-SFHYOFQJ.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/core/access/person.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function personQueries(ref) {
  const value = ref.trim();
  if (UUID.test(value)) return [{ userId: value.toLowerCase() }];
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

// src/core/access/needs.ts
var PER_ORG_LOOKUPS_MAX = 3;
function configOrgIndex(desired) {
  const index = /* @__PURE__ */ new Map();
  for (const org of desired.orgs) {
    const key = designation(org);
    if (!index.has(key)) index.set(key, org);
  }
  return (live) => {
    if (live.slug === void 0) return index.get(`id:${live.id}`);
    const [byId, bySlug] = designationsOf({ id: live.id, slug: live.slug });
    return index.get(byId) ?? index.get(bySlug);
  };
}
function namingNeeds(desired, listings, memberOrgIds) {
  const find = configOrgIndex(desired);
  const ids = [...new Set(memberOrgIds)].filter((id) => find({ id }) === void 0);
  const slugs = pendingReadable(desired) ? listings.orgs.filter(({ org }) => org.id === void 0).map(({ org }) => org.slug) : [];
  const strategy = ids.length + slugs.length <= PER_ORG_LOOKUPS_MAX ? "per-org" : "group-list";
  return { ids, slugs, strategy };
}
function pendingReadable(desired) {
  return desired.users.unknown !== "error";
}
function pendingCandidates(desired, listings, memberOrgs) {
  if (!pendingReadable(desired)) return [];
  const find = configOrgIndex(desired);
  const withMembership = new Set(memberOrgs.map((o) => find(o)).filter((o) => o !== void 0));
  return listings.orgs.map(({ org }) => org).filter((org) => !withMembership.has(org));
}

// src/core/access/report.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function expiry(listing, now) {
  if (listing?.expires === void 0) return {};
  const at = expiryInstant(listing.expires);
  return at !== void 0 && now >= at ? { expires: listing.expires, expired: true } : { expires: listing.expires };
}
function isIgnored(desired, person) {
  if (desired.users.ignore.length === 0) return false;
  const match = (0, import_picomatch.default)([...desired.users.ignore], { nocase: true, dot: true });
  const u = person.user;
  return [person.ref, u?.email, u?.username].some((v) => v !== void 0 && match(v));
}
function judge(entry, listing, scope) {
  const managed = listing !== void 0 && !scope.ignored;
  const out = { ...entry, managed, ...managed ? expiry(listing, scope.now) : {} };
  const removed = managed ? out.expired === true : scope.managesMembers && scope.prunes && !scope.ignored;
  if (removed) out.removedByApply = true;
  return out;
}
function groupAndTenant(ctx, scope) {
  const { desired, reads, listings } = ctx;
  const group = scope === "group";
  if (!group && desired.tenant === void 0) return [];
  const roles = (group ? reads.group : reads.tenant) ?? [];
  const listing = group ? listings.group : listings.tenant;
  const address = group ? groupMemberAddress(ctx.label) : tenantMemberAddress(ctx.label);
  const policy = {
    ignored: ctx.ignored,
    now: ctx.now,
    managesMembers: (group ? desired.group.members : desired.tenant?.members) !== void 0,
    prunes: group ? desired.prune.groupMembers : desired.prune.tenantMembers
  };
  if (listing !== void 0 && roles.length === 0)
    ctx.unapplied.push({ scope, address, role: listing.role, ...expiry(listing, ctx.now) });
  return roles.map(({ roleName }) => judge({ scope, address, role: roleName }, listing, policy));
}
function orgMemberships(ctx, findConfigOrg) {
  const listingOf = new Map(ctx.listings.orgs.map((l) => [designation(l.org), l]));
  return [...ctx.reads.orgs].sort((a, b) => a.slug.localeCompare(b.slug)).map((m) => {
    const org = findConfigOrg({ id: m.orgId, slug: m.slug });
    const key = org === void 0 ? void 0 : designation(org);
    if (key !== void 0) ctx.covered.add(key);
    const policy = {
      ignored: ctx.ignored,
      now: ctx.now,
      managesMembers: org?.members !== void 0,
      prunes: ctx.desired.prune.orgMembers
    };
    const address = orgMemberAddress(org?.slug ?? m.slug, ctx.label);
    const entry = { scope: "org", address, role: m.roleName, orgName: m.orgName };
    return judge(entry, key === void 0 ? void 0 : listingOf.get(key), policy);
  });
}
function pendingEntries(ctx, findConfigOrg) {
  const email = emailOf(ctx.reads.person);
  if (email === void 0) return [];
  const listingOf = new Map(ctx.listings.orgs.map((l) => [designation(l.org), l]));
  const roleName = (id) => ctx.reads.orgRoles.find((r) => r.id === id)?.name ?? id;
  const pending = [];
  for (const read of [...ctx.reads.pending].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const org = findConfigOrg({ id: read.orgId, slug: read.slug });
    const listing = org === void 0 ? void 0 : listingOf.get(designation(org));
    for (const entry of read.entries) {
      if (entry.email.toLowerCase() !== email) continue;
      if (org !== void 0) ctx.covered.add(designation(org));
      pending.push({
        scope: "org",
        address: pendingUserAddress(org?.slug ?? read.slug, email),
        via: entry.via,
        role: roleName(entry.roleId),
        managed: listing !== void 0 && !ctx.ignored,
        ...listing === void 0 ? {} : expiry(listing, ctx.now),
        ...entry.active === void 0 ? {} : { active: entry.active }
      });
    }
  }
  return pending;
}
function buildAccessReport(desired, reads, now) {
  const { person } = reads;
  const ctx = {
    desired,
    reads,
    listings: listingsOf(desired, person),
    label: person.user !== void 0 ? labelUser(person.user) : labelUserRef(person.ref),
    ignored: isIgnored(desired, person),
    now: now.getTime(),
    covered: /* @__PURE__ */ new Set(),
    unapplied: []
  };
  const findConfigOrg = configOrgIndex(desired);
  const memberships = [
    ...groupAndTenant(ctx, "group"),
    ...groupAndTenant(ctx, "tenant"),
    ...orgMemberships(ctx, findConfigOrg)
  ];
  const pending = pendingEntries(ctx, findConfigOrg);
  for (const listing of ctx.listings.orgs) {
    if (ctx.covered.has(designation(listing.org))) continue;
    const address = orgMemberAddress(listing.org.slug, ctx.label);
    ctx.unapplied.push({ scope: "org", address, role: listing.role, ...expiry(listing, ctx.now) });
  }
  const email = emailOf(person);
  return {
    groupId: reads.groupId,
    user: {
      id: person.user?.id ?? null,
      email: person.user?.email ?? email ?? null,
      username: person.user?.username ?? null
    },
    ignored: ctx.ignored,
    memberships,
    pending,
    unapplied: ctx.unapplied.sort((a, b) => a.address.localeCompare(b.address))
  };
}

// src/engine/access.ts
var UnknownPersonError = class extends GitopsError {
  constructor(message) {
    super(message, { code: "UNKNOWN_USER" });
  }
};
async function findPerson(client, desired, ref) {
  const tenantId = desired.tenant?.id;
  let last = { group: [], ...tenantId === void 0 ? {} : { tenant: [] } };
  for (const query of personQueries(ref)) {
    const [group, tenant] = await Promise.all([
      client.listGroupMembershipsOf(desired.group.id, query),
      tenantId === void 0 ? void 0 : client.listTenantMembershipsOf(tenantId, query)
    ]);
    const user = pickPerson(
      ref,
      [...group, ...tenant ?? []].map((m) => m.user)
    );
    const mine = (list) => user === void 0 ? [] : list.filter((m) => m.userId === user.id);
    last = { group: mine(group), ...tenant === void 0 ? {} : { tenant: mine(tenant) } };
    if (user !== void 0) return { ...last, user };
    if ("userId" in query) {
      const orgMemberships2 = await client.listGroupUserOrgMemberships(desired.group.id, query.userId);
      const byOrg = pickPerson(
        ref,
        orgMemberships2.map((m) => m.user)
      );
      if (byOrg !== void 0) return { ...last, user: byOrg, orgMemberships: orgMemberships2 };
    }
  }
  return last;
}
async function nameOrgs(client, desired, listings, memberOrgIds) {
  const names = { slugOf: /* @__PURE__ */ new Map(), idOf: /* @__PURE__ */ new Map() };
  const add = (org) => {
    names.slugOf.set(org.id, org.slug);
    if (!names.idOf.has(org.slug)) names.idOf.set(org.slug, org.id);
  };
  for (const org of desired.orgs) if (org.id !== void 0) add({ id: org.id, slug: org.slug });
  const needs = namingNeeds(desired, listings, memberOrgIds);
  if (needs.strategy === "group-list") {
    for (const org of await client.listGroupOrgs(desired.group.id)) add(org);
    return { ...names, lookupSlug: async (slug) => names.idOf.get(slug) };
  }
  for (const org of await Promise.all(needs.ids.map((id) => client.getOrg(id)))) add(org);
  const lookupSlug = async (slug) => {
    const known = names.idOf.get(slug);
    if (known !== void 0) return known;
    const [org] = (await client.findGroupOrgsBySlug(desired.group.id, slug)).filter((o) => o.slug === slug);
    return org?.id;
  };
  return { ...names, lookupSlug };
}
async function readPending(client, desired, orgs) {
  return Promise.all(
    orgs.map(async ({ org, id }) => {
      const entries = desired.users.unknown === "invite" ? (await client.listOrgInvites(id)).map((i) => ({
        via: "invite",
        email: i.email,
        roleId: i.roleId,
        active: i.isActive
      })) : (await client.listProvisions(id)).map((p) => ({
        via: "provision",
        email: p.email,
        roleId: p.roleId
      }));
      return { orgId: id, slug: org.slug, entries };
    })
  );
}
async function unknownPerson(client, desired, ref) {
  const users = (await client.listGroupMemberships(desired.group.id)).map((m) => m.user);
  const configured = [desired.group.members, desired.tenant?.members, ...desired.orgs.map((o) => o.members)].flatMap((members) => members ?? []).map((m) => m.user);
  const candidates = [
    ...new Set(
      [...users.flatMap((u) => [u.email, u.username]), ...configured].filter((c) => c !== void 0)
    )
  ];
  throw new UnknownPersonError(
    `'${ref}' is not a user of group ${desired.group.id}: no group${desired.tenant === void 0 ? "" : " or tenant"} membership has that email, username or id, and the config lists no such person.${didYouMean(ref, candidates)}`
  );
}
async function readAccess(desired, client, ref, now = () => /* @__PURE__ */ new Date()) {
  const found = await findPerson(client, desired, ref);
  const person = found.user === void 0 ? { ref } : { ref, user: found.user };
  const listings = listingsOf(desired, person);
  const listed = listings.group !== void 0 || listings.tenant !== void 0 || listings.orgs.length > 0;
  if (found.user === void 0 && !listed) return unknownPerson(client, desired, ref);
  const orgMemberships2 = found.orgMemberships ?? (found.user === void 0 ? [] : await client.listGroupUserOrgMemberships(desired.group.id, found.user.id));
  const memberOrgIds = orgMemberships2.map((m) => m.orgId);
  const names = await nameOrgs(client, desired, listings, memberOrgIds);
  const orgs = orgMemberships2.map((m) => ({
    orgId: m.orgId,
    orgName: m.orgName ?? m.orgId,
    slug: names.slugOf.get(m.orgId) ?? m.orgId,
    roleName: m.roleName
  }));
  const email = emailOf(person);
  const candidates = email === void 0 ? [] : pendingCandidates(
    desired,
    listings,
    orgs.map((o) => ({ id: o.orgId, slug: o.slug }))
  );
  const located = await Promise.all(
    candidates.map(async (org) => ({ org, id: org.id ?? await names.lookupSlug(org.slug) }))
  );
  const pending = (await readPending(
    client,
    desired,
    located.filter((c) => c.id !== void 0)
  )).map((p) => ({ ...p, entries: p.entries.filter((e) => e.email.toLowerCase() === email) }));
  const anyPending = pending.some((p) => p.entries.length > 0);
  const orgRoles = anyPending ? await client.listOrgRoles(desired.group.id) : [];
  const reads = {
    groupId: desired.group.id,
    person,
    group: found.group,
    ...found.tenant === void 0 ? {} : { tenant: found.tenant },
    orgs,
    pending,
    orgRoles
  };
  return buildAccessReport(desired, reads, now());
}

// src/render/access-report.ts
var inertMarkdown = (text) => mdCode(text, { inTable: true });
var inertInline = mdText;
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function expiryWords(e) {
  if (e.expires === void 0) return void 0;
  return e.expired ? `expired ${e.expires}` : `expires ${e.expires}`;
}
function membershipStatus(m) {
  const words = [m.managed ? "managed" : "not in the config", expiryWords(m)];
  if (m.removedByApply) words.push("the next apply removes it");
  return words.filter((w) => w !== void 0).join(", ");
}
function pendingStatus(p) {
  const what = p.via === "invite" ? "invitation" : "provision";
  const words = [
    p.active === false ? `${what} no longer active` : `${what} pending`,
    p.managed ? "managed" : "not in the config",
    expiryWords(p)
  ];
  return words.filter((w) => w !== void 0).join(", ");
}
function unappliedStatus(u) {
  return ["in the config, not in Snyk", expiryWords(u)].filter((w) => w !== void 0).join(", ");
}
function who(report) {
  const { id, email, username } = report.user;
  const main = email ?? username ?? id ?? "?";
  const extra = [
    username !== null && username !== main ? `username ${username}` : void 0,
    id !== null ? `id ${id}` : "not a Snyk user yet"
  ].filter((w) => w !== void 0);
  return `${main} (${extra.join(", ")})`;
}
function summarySentence(report) {
  const { memberships, pending } = report;
  const unmanaged = memberships.filter((m) => !m.managed).length;
  const removed = memberships.filter((m) => m.removedByApply).length;
  const head = memberships.length === 0 ? `No memberships in group ${report.groupId}` : `${plural(memberships.length, "membership")}: ${memberships.length - unmanaged} managed, ${unmanaged} not in the config${removed > 0 ? ` (${removed} removed by the next apply)` : ""}`;
  const tail = pending.length > 0 ? `; ${plural(pending.length, "pending invitation or provision", "pending invitations or provisions")}` : "";
  return `${head}${tail}${report.ignored ? "; the person matches users.ignore, so the config never changes their access" : ""}.`;
}
function scopeOf(address, orgName) {
  const org = /^org\[[^\]]*\]/.exec(address)?.[0];
  if (org !== void 0)
    return { key: `2:${org}`, title: orgName === void 0 ? org : `${org} (${orgName})` };
  return address.startsWith("tenant") ? { key: "1:tenant", title: "tenant" } : { key: "0:group", title: "group" };
}
function linesOf(report) {
  const line = (address, role, status, orgName) => {
    const { key, title } = scopeOf(address, orgName);
    return { scope: key, title, address, role, status };
  };
  return [
    ...report.memberships.map((m) => line(m.address, m.role, membershipStatus(m), m.orgName)),
    ...report.pending.map((p) => line(p.address, p.role, pendingStatus(p))),
    ...report.unapplied.map((u) => line(u.address, u.role, unappliedStatus(u)))
  ];
}
function byScope(lines) {
  const scopes = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const scope = scopes.get(l.scope) ?? { title: l.title, lines: [] };
    if (l.title.length > scope.title.length) scope.title = l.title;
    scope.lines.push(l);
    scopes.set(l.scope, scope);
  }
  return [...scopes.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, s]) => s);
}
function renderAccessText(report, options) {
  const out = [bold(options.color, `Access of ${inertText(who(report))} in group ${report.groupId}`), ""];
  for (const scope of byScope(linesOf(report))) {
    out.push(bold(options.color, inertText(scope.title)));
    for (const l of scope.lines) {
      const status = l.status.startsWith("managed") ? dim(options.color, l.status) : yellow(options.color, l.status);
      out.push(`  ${inertText(l.address)}  ${inertText(l.role)}  (${status})`);
    }
    out.push("");
  }
  out.push(bold(options.color, summarySentence(report)));
  return `${out.join("\n")}
`;
}
function renderAccessMarkdown(report) {
  const out = [
    `### Access of ${inertMarkdown(who(report))}`,
    "",
    `Group ${inertMarkdown(report.groupId)}.`,
    ""
  ];
  const lines = linesOf(report);
  if (lines.length > 0) {
    out.push("| Scope | Address | Role | Status |", "|---|---|---|---|");
    for (const scope of byScope(lines)) {
      for (const l of scope.lines) {
        out.push(
          `| ${inertMarkdown(scope.title)} | ${inertMarkdown(l.address)} | ${inertMarkdown(l.role)} | ${inertInline(l.status)} |`
        );
      }
    }
    out.push("");
  }
  out.push(`**${inertInline(summarySentence(report))}**`);
  return `${out.join("\n")}
`;
}
function renderAccessJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/cli/commands/access.ts
var FORMATS = ["text", "json", "markdown"];
var accessCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, {
    format: { type: "string", default: "text" }
  });
  const format = String(values.format);
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const [user, ...paths] = positionals;
  if (user === void 0 || user.trim() === "") {
    throw new UsageError("access needs USER: an email, a Snyk username or a user id");
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(paths), ctx.cwd);
  return withSnyk(ctx, settings, values.quiet, async ({ client }) => {
    const report = await readAccess(config.desired, client, user.trim());
    if (format === "json") ctx.io.out(renderAccessJson(report));
    else if (format === "markdown") ctx.io.out(renderAccessMarkdown(report));
    else ctx.io.out(renderAccessText(report, { color: useColor(ctx.stdout, values["no-color"], ctx.env) }));
    if (values.verbose) ctx.io.err(`${client.stats().requests} requests
`);
    return 0;
  });
};
export {
  accessCommand
};
