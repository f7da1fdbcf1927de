import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withSnyk
} from "./chunk-IHQSYQQE.js";
import {
  emailOf,
  expiryInstant,
  findPerson,
  listingsOf,
  loadDesired,
  unknownPerson
} from "./chunk-BBPNSYFP.js";
import "./chunk-2H7DH7SS.js";
import "./chunk-DZMZJE36.js";
import "./chunk-KLWEPUVX.js";
import "./chunk-U57Q7QMY.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import {
  bold,
  dim,
  mdCode,
  mdText,
  yellow
} from "./chunk-SK47ZHVY.js";
import {
  designation,
  designationsOf,
  pendingUserAddress
} from "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  configPaths,
  parseCommandArgs,
  resolveApiSettings
} from "./chunk-FYHEQC3A.js";
import {
  ACCESS_OPTIONS
} from "./chunk-UUE3DFEN.js";
import {
  require_picomatch
} from "./chunk-KRNN6JX7.js";
import {
  groupMemberAddress,
  labelUser,
  labelUserRef,
  orgMemberAddress,
  scopeSortKey,
  scopeText,
  tenantMemberAddress
} from "./chunk-WX2GK3PI.js";
import {
  inertText
} from "./chunk-GVG4TUQB.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

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
function namingNeeds(desired, listings, memberOrgIds, known = { ids: /* @__PURE__ */ new Set(), slugs: /* @__PURE__ */ new Set() }) {
  const find = configOrgIndex(desired);
  const ids = [...new Set(memberOrgIds)].filter((id) => find({ id }) === void 0 && !known.ids.has(id));
  const slugs = pendingReadable(desired) ? listings.orgs.filter(({ org }) => org.id === void 0 && !known.slugs.has(org.slug)).map(({ org }) => org.slug) : [];
  return { ids, slugs, strategy: lookupStrategy(ids.length + slugs.length) };
}
function lookupStrategy(count) {
  return count <= PER_ORG_LOOKUPS_MAX ? "per-org" : "group-list";
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
var ORG_ONLY_NOTE = "No group membership: an org member only (found through their org memberships, not the group members list).";
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
    unapplied: ctx.unapplied.sort((a, b) => a.address.text.localeCompare(b.address.text)),
    notes: person.user !== void 0 && reads.group.length === 0 && reads.orgs.length > 0 ? [ORG_ONLY_NOTE] : []
  };
}

// src/engine/access-orgs.ts
function createOrgNamer(client, desired) {
  const groupId = desired.group.id;
  const slugOf = /* @__PURE__ */ new Map();
  const idOf = /* @__PURE__ */ new Map();
  let listed = false;
  const add = (org) => {
    slugOf.set(org.id, org.slug);
    if (!idOf.has(org.slug)) idOf.set(org.slug, org.id);
  };
  for (const org of desired.orgs) if (org.id !== void 0) add({ id: org.id, slug: org.slug });
  const readList = async () => {
    if (listed) return;
    for (const org of await client.listGroupOrgs(groupId)) add(org);
    listed = true;
  };
  const lookup = async (slug) => {
    const known = idOf.get(slug);
    if (known !== void 0 || listed) return known;
    const [org] = (await client.findGroupOrgsBySlug(groupId, slug)).filter((o) => o.slug === slug);
    if (org !== void 0) add(org);
    return org?.id;
  };
  return {
    slugOf: (id) => slugOf.get(id),
    known: () => ({ ids: new Set(slugOf.keys()), slugs: new Set(idOf.keys()) }),
    async idsOf(orgs) {
      const unknown = orgs.filter((o) => o.id === void 0 && !idOf.has(o.slug));
      if (lookupStrategy(unknown.length) === "group-list") await readList();
      return Promise.all(orgs.map((o) => o.id !== void 0 ? o.id : lookup(o.slug)));
    },
    async name(needs) {
      if (listed || needs.ids.length + needs.slugs.length === 0) return;
      if (needs.strategy === "group-list") return readList();
      for (const org of await Promise.all(needs.ids.map((id) => client.getOrg(id)))) add(org);
    }
  };
}

// src/engine/access.ts
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
function configuredNames(desired) {
  return [desired.group.members, desired.tenant?.members, ...desired.orgs.map((o) => o.members)].flatMap((members) => members ?? []).map((m) => m.user);
}
async function readAccess(desired, client, ref, now = () => /* @__PURE__ */ new Date()) {
  const namer = createOrgNamer(client, desired);
  const listedBy = listingsOf(desired, { ref }).orgs.map((l) => l.org);
  const found = await findPerson(client, {
    groupId: desired.group.id,
    ...desired.tenant === void 0 ? {} : { tenantId: desired.tenant.id },
    ref,
    listedOrgIds: async () => (await namer.idsOf(listedBy)).filter((id) => id !== void 0)
  });
  const person = found.user === void 0 ? { ref } : { ref, user: found.user };
  const listings = listingsOf(desired, person);
  const listed = listings.group !== void 0 || listings.tenant !== void 0 || listings.orgs.length > 0;
  if (found.user === void 0 && !listed) {
    return unknownPerson(
      client,
      {
        groupId: desired.group.id,
        tenant: desired.tenant !== void 0,
        ref,
        listedOrgs: 0,
        lead: `Cannot find '${inertText(ref)}'`
      },
      configuredNames(desired)
    );
  }
  const orgMemberships2 = found.orgMemberships ?? (found.user === void 0 ? [] : await client.listGroupUserOrgMemberships(desired.group.id, found.user.id));
  const memberOrgIds = orgMemberships2.map((m) => m.orgId);
  await namer.name(namingNeeds(desired, listings, memberOrgIds, namer.known()));
  const orgs = orgMemberships2.map((m) => ({
    orgId: m.orgId,
    orgName: m.orgName ?? m.orgId,
    slug: namer.slugOf(m.orgId) ?? m.orgId,
    roleName: m.roleName
  }));
  const email = emailOf(person);
  const candidates = email === void 0 ? [] : pendingCandidates(
    desired,
    listings,
    orgs.map((o) => ({ id: o.orgId, slug: o.slug }))
  );
  const ids = await namer.idsOf(candidates);
  const located = candidates.flatMap((org, i) => ids[i] === void 0 ? [] : [{ org, id: ids[i] }]);
  const pending = (await readPending(client, desired, located)).map((p) => ({
    ...p,
    entries: p.entries.filter((e) => e.email.toLowerCase() === email)
  }));
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
function scopeOf({ scope }, orgName) {
  const title = scopeText(scope);
  return {
    key: scopeSortKey(scope),
    title: scope.kind === "org" && orgName !== void 0 ? `${title} (${orgName})` : title
  };
}
function linesOf(report) {
  const line = (address, role, status, orgName) => {
    const { key, title } = scopeOf(address, orgName);
    return { scope: key, title, address: address.text, role, status };
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
  if (report.notes.length > 0) out.push(...report.notes.map((note) => yellow(options.color, note)), "");
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
    "",
    ...report.notes.flatMap((note) => [`> ${inertInline(note)}`, ""])
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
var MAX_USER_LENGTH = 320;
var accessCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, ACCESS_OPTIONS);
  const format = String(values.format);
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  const [user, ...paths] = positionals;
  if (user === void 0 || user.trim() === "") {
    throw new UsageError("access needs USER: an email, a Snyk username or a user id");
  }
  if (user.length > MAX_USER_LENGTH) {
    throw new UsageError(
      `USER '${inertText(user.slice(0, 40))}\u2026' is ${user.length.toLocaleString("en-US")} characters long; an email, username or id has at most ${MAX_USER_LENGTH}`
    );
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
