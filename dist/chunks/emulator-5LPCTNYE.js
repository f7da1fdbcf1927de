import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fromAttributes,
  scopeParameter
} from "./chunk-2H7DH7SS.js";
import {
  PROJECT_ATTRIBUTE_VALUES
} from "./chunk-IYOQTL2Z.js";
import "./chunk-KIRELRV6.js";
import {
  parseCommandArgs
} from "./chunk-FYHEQC3A.js";
import {
  EMULATOR_OPTIONS
} from "./chunk-UUE3DFEN.js";
import {
  GROUP_SETTINGS_PARTS,
  ORG_SETTINGS_PARTS
} from "./chunk-WX2GK3PI.js";
import "./chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/emulator.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/emulator/reality/options.ts
var TAKES_SETTINGS = {
  membershipTopLevel: true,
  groupMembershipConflict: true,
  orgCreateMinimal: false,
  createdOrgLag: true,
  errorDetails: false,
  linkForms: true,
  lastPageSelf: true,
  rateLimitHeaders: true,
  rateLimitNoRetryAfter: false,
  v1Gone: true,
  integrationSettingsReal: false,
  appIntegrations: false,
  webhookSecretMinimum: false,
  tagDeleteForbidden: false,
  notificationPutEcho: false,
  projectTagValues: false,
  ignorePostAppends: false,
  importLocationForms: false,
  githubImportPersonalOnly: false,
  importLogsProjectUrl: false,
  importBranchOptional: false,
  targetsRealNames: false,
  auditUserIds: false,
  serviceAccountDuplicate500: false,
  sastUnsetEmpty: false
};
var REALITY_SWITCHES = Object.keys(TAKES_SETTINGS);
var PLAIN_SWITCHES = REALITY_SWITCHES.filter((s) => !TAKES_SETTINGS[s]);
var REALITY_ALL = Object.freeze(
  Object.fromEntries(REALITY_SWITCHES.map((s) => [s, true]))
);
var DEFAULT_LINK_FORMS = {
  "/orgs": "relative",
  "/groups": "relative",
  "/groups/{group_id}/memberships": "relative",
  "/tenants": "relative",
  "/tenants/{tenant_id}/memberships": "relative",
  "/groups/{group_id}/orgs": "rest",
  "/groups/{group_id}/org_memberships": "rest",
  "/tenants/{tenant_id}/roles": "rest",
  "/orgs/{org_id}/memberships": "absolute",
  "/orgs/{org_id}/invites": "absolute",
  "/orgs/{org_id}/projects": "rest",
  "/groups/{group_id}/audit_logs/search": "rest",
  "/orgs/{org_id}/audit_logs/search": "rest"
};
var DEFAULT_SELF_ENDPOINTS = ["/orgs", "/groups/{group_id}/orgs"];
var V1_REST_EQUIVALENTS = {
  "GET /v1/org/{orgId}/members": "GET /rest/orgs/{org_id}/memberships",
  "POST /v1/org/{orgId}/invite": "POST /rest/orgs/{org_id}/invites",
  "GET /v1/group/{groupId}/members": "GET /rest/groups/{group_id}/memberships (and /groups/{group_id}/org_memberships)"
};
function configOf(options, key) {
  const value = options[key];
  if (value === void 0 || value === false) return void 0;
  return value === true ? {} : value;
}
function resolveReality(reality) {
  const o = reality === "all" ? REALITY_ALL : reality ?? {};
  const r = {};
  const members = configOf(o, "membershipTopLevel");
  if (members) r.membershipTopLevel = { org: members.org ?? true, group: members.group ?? true };
  const conflict = configOf(o, "groupMembershipConflict");
  if (conflict) {
    r.groupMembershipConflict = {
      defaultMembership: conflict.defaultMembership ?? true,
      defaultRole: conflict.defaultRole ?? "Group Member"
    };
  }
  for (const name of PLAIN_SWITCHES) if (o[name] === true) r[name] = true;
  const lag = configOf(o, "createdOrgLag");
  if (lag) r.createdOrgLag = { requests: lag.requests ?? (lag.ms === void 0 ? 2 : 0), ms: lag.ms ?? 0 };
  const links = configOf(o, "linkForms");
  if (links) r.linkForms = { endpoints: { ...DEFAULT_LINK_FORMS, ...links.endpoints } };
  const last = configOf(o, "lastPageSelf");
  if (last) r.lastPageSelf = { selfEndpoints: [...last.selfEndpoints ?? DEFAULT_SELF_ENDPOINTS] };
  const rate = configOf(o, "rateLimitHeaders");
  if (rate) r.rateLimitHeaders = { perSecond: rate.perSecond ?? 160, perHour: rate.perHour ?? 97200 };
  const gone = configOf(o, "v1Gone");
  if (gone) r.v1Gone = { endpoints: [...gone.endpoints ?? Object.keys(V1_REST_EQUIVALENTS)] };
  return r;
}

// src/emulator/reality/parse.ts
var SETTINGS = {
  membershipTopLevel: { org: "boolean", group: "boolean" },
  groupMembershipConflict: { defaultMembership: "boolean", defaultRole: "string" },
  orgCreateMinimal: {},
  createdOrgLag: { requests: "number", ms: "number" },
  errorDetails: {},
  linkForms: { endpoints: "forms" },
  lastPageSelf: { selfEndpoints: "strings" },
  rateLimitHeaders: { perSecond: "number", perHour: "number" },
  rateLimitNoRetryAfter: {},
  v1Gone: { endpoints: "strings" },
  integrationSettingsReal: {},
  appIntegrations: {},
  webhookSecretMinimum: {},
  tagDeleteForbidden: {},
  notificationPutEcho: {},
  projectTagValues: {},
  ignorePostAppends: {},
  importLocationForms: {},
  githubImportPersonalOnly: {},
  importLogsProjectUrl: {},
  importBranchOptional: {},
  targetsRealNames: {},
  auditUserIds: {},
  serviceAccountDuplicate500: {},
  sastUnsetEmpty: {}
};
var FORMS = /* @__PURE__ */ new Set(["relative", "rest", "absolute"]);
var LIST = REALITY_SWITCHES.join(", ");
function isSwitch(name) {
  return REALITY_SWITCHES.includes(name);
}
function checkValue(kind, value) {
  switch (kind) {
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value) && value >= 0;
    case "string":
      return typeof value === "string" && value !== "";
    case "strings":
      return Array.isArray(value) && value.every((v) => typeof v === "string");
    case "forms":
      return value !== null && typeof value === "object" && Object.values(value).every((v) => typeof v === "string" && FORMS.has(v));
  }
}
function validateReality(value) {
  if (value === "all") return { ok: true, options: { ...REALITY_ALL } };
  if (value === null || value === void 0) return { ok: true, options: {} };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, message: `reality must be 'all' or an object of switches (${LIST})` };
  }
  for (const [name, setting] of Object.entries(value)) {
    if (!isSwitch(name))
      return { ok: false, message: `unknown reality switch '${name}' (switches: ${LIST})` };
    if (typeof setting === "boolean") continue;
    const kinds = SETTINGS[name];
    if (setting === null || typeof setting !== "object" || Object.keys(kinds).length === 0) {
      const shape = Object.keys(kinds).length === 0 ? "true or false" : "true, false or an object";
      return { ok: false, message: `reality switch '${name}' must be ${shape}` };
    }
    for (const [key, v] of Object.entries(setting)) {
      const kind = kinds[key];
      if (kind === void 0) {
        return {
          ok: false,
          message: `'${name}' has no setting '${key}' (settings: ${Object.keys(kinds).join(", ")})`
        };
      }
      if (!checkValue(kind, v)) return { ok: false, message: `'${name}.${key}' must be ${describe(kind)}` };
    }
  }
  return { ok: true, options: value };
}
function describe(kind) {
  if (kind === "forms") return "an object of endpoint \u2192 'relative' | 'rest' | 'absolute'";
  if (kind === "strings") return "a list of strings";
  return kind === "number" ? "a number \u2265 0" : `a ${kind}`;
}
function settingValue(kind, raw) {
  if (kind === "number") return raw.trim() === "" ? Number.NaN : Number(raw);
  if (kind === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  if (kind === "strings") return raw.split("|").map((s) => s.trim());
  return raw;
}
function parseItem(item) {
  const [name = "", ...pairs] = item.split(":");
  if (pairs.length === 0) return [name, true];
  const kinds = isSwitch(name) ? SETTINGS[name] : {};
  const setting = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq < 1) throw new Error(`reality setting '${pair}' of '${name}' must be key=value`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    if (name === "linkForms" && key.startsWith("/")) {
      setting.endpoints = { ...setting.endpoints, [key]: raw };
    } else setting[key] = settingValue(kinds[key], raw);
  }
  return [name, setting];
}
function parseReality(text2) {
  const options = {};
  for (const raw of text2.split(",")) {
    const item = raw.trim();
    if (item === "" || item === "none" || item === "off") continue;
    if (item === "all") Object.assign(options, REALITY_ALL);
    else if (item.startsWith("-")) {
      if (!REALITY_SWITCHES.includes(item.slice(1))) {
        throw new Error(
          `invalid reality '${text2}': unknown reality switch '${item.slice(1)}' (switches: ${LIST})`
        );
      }
      delete options[item.slice(1)];
    } else {
      const [name, setting] = parseItem(item);
      options[name] = setting;
    }
  }
  const checked = validateReality(options);
  if (!checked.ok) throw new Error(`invalid reality '${text2}': ${checked.message}`);
  return checked.options;
}

// src/emulator/control.ts
function bad(message) {
  return { status: 400, body: { error: message } };
}
function parse(raw) {
  try {
    return { ok: true, value: JSON.parse(raw ?? "") };
  } catch {
    return { ok: false };
  }
}
function isEmulatorState(value) {
  const v = value;
  return v !== null && typeof v === "object" && Array.isArray(v.tokens) && Array.isArray(v.users) && Array.isArray(v.tenants) && Array.isArray(v.groups) && (v.oauthClients === void 0 || Array.isArray(v.oauthClients));
}
function handleControl(req, emulator) {
  const route2 = `${req.method} ${req.path.replace(/\/+$/, "")}`;
  switch (route2) {
    case "GET /_emulator/state":
      return { status: 200, body: emulator.getState() };
    case "PUT /_emulator/state": {
      const parsed = parse(req.rawBody);
      if (!parsed.ok || !isEmulatorState(parsed.value)) {
        return bad("body must be an emulator state: { tokens: [], users: [], tenants: [], groups: [] }");
      }
      emulator.setState(parsed.value);
      return { status: 204 };
    }
    case "GET /_emulator/requests":
      return { status: 200, body: emulator.requests() };
    case "DELETE /_emulator/requests":
      emulator.clearRequests();
      return { status: 204 };
    case "PUT /_emulator/faults": {
      const parsed = parse(req.rawBody);
      if (!parsed.ok || parsed.value !== null && typeof parsed.value !== "object") {
        return bad("body must be a fault configuration object, or null to clear faults");
      }
      try {
        emulator.setFaults(parsed.value === null ? void 0 : parsed.value);
      } catch (error) {
        return bad(`invalid fault configuration: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { status: 204 };
    }
    case "PUT /_emulator/rate-limit": {
      const parsed = parse(req.rawBody);
      const v = parsed.ok ? parsed.value : void 0;
      if (v === false) {
        emulator.setRateLimit(false);
        return { status: 204 };
      }
      const perMinute = v?.perMinute;
      const windowMs = v?.windowMs;
      if (typeof perMinute !== "number" || perMinute < 1 || windowMs !== void 0 && typeof windowMs !== "number") {
        return bad('body must be { "perMinute": N, "windowMs"?: N } or false');
      }
      emulator.setRateLimit(windowMs === void 0 ? { perMinute } : { perMinute, windowMs });
      return { status: 204 };
    }
    case "GET /_emulator/reality":
      return { status: 200, body: emulator.getReality() };
    case "PUT /_emulator/reality":
      return putReality(req, emulator);
    case "POST /_emulator/web-ui":
      return postWebUi(req, emulator);
    default:
      return { status: 404, body: { error: `no control endpoint ${route2}` } };
  }
}
function putReality(req, emulator) {
  const parsed = parse(req.rawBody);
  if (!parsed.ok)
    return bad('body must be JSON: an object of reality switches, "all", a list as a string, or null');
  let checked = validateReality(parsed.value);
  if (typeof parsed.value === "string" && parsed.value !== "all") {
    try {
      checked = { ok: true, options: parseReality(parsed.value) };
    } catch (error) {
      checked = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  if (!checked.ok) return bad(checked.message);
  emulator.setReality(checked.options);
  return { status: 204 };
}
function postWebUi(req, emulator) {
  const parsed = parse(req.rawBody);
  const v = parsed.ok ? parsed.value : void 0;
  if (v === null || typeof v !== "object" || typeof v.userId !== "string" || typeof v.method !== "string" || typeof v.path !== "string" || !/^\/(rest|v1)\//.test(v.path)) {
    return bad(
      'body must be { "userId": ID, "method": M, "path": "/rest/\u2026" or "/v1/\u2026", "body"?: JSON, "system"?: true }'
    );
  }
  const change = {
    userId: v.userId,
    method: v.method,
    path: v.path,
    body: v.body,
    system: v.system === true
  };
  return { status: 200, body: emulator.changeInWebUi(change) };
}

// src/util/prng.ts
function createRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/emulator/project-tags.ts
var id = (tag) => `${tag.key}\0${tag.value}`;
function retag(group, before, after) {
  const was = new Set(before.map(id));
  const now = new Set(after.map(id));
  for (const tag of after) {
    if (was.has(id(tag))) continue;
    was.add(id(tag));
    const known = group.tags.find((t) => t.key === tag.key && t.value === tag.value);
    if (known === void 0) group.tags.push({ key: tag.key, value: tag.value, projectCount: 1 });
    else known.projectCount = (known.projectCount ?? 0) + 1;
  }
  for (const tag of before) {
    if (now.has(id(tag))) continue;
    now.add(id(tag));
    const known = group.tags.find((t) => t.key === tag.key && t.value === tag.value);
    if (known !== void 0) known.projectCount = Math.max(0, (known.projectCount ?? 0) - 1);
  }
}
function untagProjects(group, tag) {
  for (const org of group.orgs)
    for (const project of org.projects ?? [])
      project.tags = project.tags.filter((t) => t.key !== tag.key || t.value !== tag.value);
}

// src/emulator/generate-projects.ts
var MANIFESTS = [
  { file: "package.json", type: "npm" },
  { file: "pom.xml", type: "maven" },
  { file: "requirements.txt", type: "pip" },
  { file: "", type: "sast" }
];
function generateProjects(group, perOrg, seed) {
  const random = createRandom(seed * 7919 + 17);
  let clock = 1e7;
  for (const org of group.orgs) {
    const projects = [];
    for (let i = 0; i < perOrg; i++) {
      const manifest = MANIFESTS[i % MANIFESTS.length];
      const repo = `acme/${org.slug}-svc-${String(Math.floor(i / MANIFESTS.length) + 1).padStart(2, "0")}`;
      const tags = random() < 0.3 ? [{ key: "owner", value: `team-${1 + Math.floor(random() * 5)}` }] : [];
      const project = {
        id: uuidFrom(random),
        name: manifest.file === "" ? repo : `${repo}:${manifest.file}`,
        type: manifest.type,
        origin: random() < 0.8 ? "github" : "cli",
        targetFile: manifest.file,
        targetReference: "main",
        targetId: uuidFrom(random),
        createdAt: timestamp(++clock),
        status: "active",
        tags
      };
      if (random() < 0.2) project.lifecycle = ["development"];
      retag(group, [], tags);
      projects.push(project);
    }
    org.projects = projects;
  }
}

// src/emulator/generate.ts
var TENANT_MEMBER_PERMISSIONS = ["tenant.read", "tenant.membership.read", "tenant.roles.read"];
var TENANT_ADMIN_PERMISSIONS = ["tenant.edit", "tenant.membership.edit", "tenant.roles.edit"];
var ORG_ADMIN_ROLE_ID = "af047fef-69f3-4bd9-9760-8957ce0d2ece";
var ORG_COLLABORATOR_ROLE_ID = "6525b356-a400-465f-b2e5-3eee1161e69f";
function uuidFrom(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}
function timestamp(offsetSeconds) {
  return new Date(Date.UTC(2024, 0, 1) + offsetSeconds * 1e3).toISOString();
}
function generateState(opts) {
  const random = createRandom(opts.seed ?? 1);
  const id2 = () => uuidFrom(random);
  const [min, max] = opts.membersPerOrg;
  let clock = 0;
  const membership = (userId, roleId) => ({
    id: id2(),
    userId,
    roleId,
    createdAt: timestamp(++clock)
  });
  const groupRoles = ["Group Admin", "Group Member", "Group Viewer"].map((name) => ({
    id: id2(),
    name
  }));
  const orgRoles = [
    { id: ORG_COLLABORATOR_ROLE_ID, name: "Org Collaborator", description: "Collaborator" },
    { id: ORG_ADMIN_ROLE_ID, name: "Org Admin", description: "Admin" },
    { id: id2(), name: "Org Restricted Collaborator", description: "Restricted collaborator" }
  ];
  const tenantRoles = [
    {
      id: id2(),
      name: "Tenant Admin",
      permissions: [...TENANT_MEMBER_PERMISSIONS, ...TENANT_ADMIN_PERMISSIONS]
    },
    { id: id2(), name: "Tenant Member", permissions: [...TENANT_MEMBER_PERMISSIONS] }
  ];
  const poolSize = Math.max(10, max * 2, (opts.groupMembers ?? 0) + 1);
  const admin = {
    id: id2(),
    name: "Emulator Admin",
    email: "admin@example.com",
    username: "admin",
    loginMethod: "saml",
    type: "user"
  };
  const users = [admin];
  for (let i = 1; i <= poolSize; i++) {
    const n = String(i).padStart(4, "0");
    users.push({
      id: id2(),
      name: `User ${n}`,
      email: `user${n}@example.com`,
      username: `user${n}`,
      loginMethod: "saml"
    });
  }
  const token = opts.token ?? `emu-${id2().replace(/-/g, "")}`;
  const tenantId = id2();
  const groupId = id2();
  const groupMembers = [membership(admin.id, groupRoles[0].id)];
  const extra = Math.min(opts.groupMembers ?? 10, users.length - 1);
  for (let i = 1; i <= extra; i++) groupMembers.push(membership(users[i].id, groupRoles[1 + i % 2].id));
  const orgs = [];
  for (let i = 1; i <= opts.orgs; i++) {
    const n = String(i).padStart(4, "0");
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = /* @__PURE__ */ new Set();
    while (chosen.size < Math.min(count, users.length - 1))
      chosen.add(1 + Math.floor(random() * (users.length - 1)));
    orgs.push({
      id: id2(),
      name: `Org ${n}`,
      slug: `org-${n}`,
      createdAt: timestamp(++clock),
      settings: {
        requestAccess: { enabled: random() < 0.5 },
        ignores: { reasonRequired: false, autoApproveIgnores: false, approvalWorkflowEnabled: false }
      },
      members: [...chosen].map(
        (u) => membership(users[u].id, random() < 0.2 ? ORG_ADMIN_ROLE_ID : ORG_COLLABORATOR_ROLE_ID)
      ),
      invites: [],
      provisions: [],
      projectCount: 0
    });
  }
  const state = {
    tokens: [{ token, userId: admin.id, kind: "personal" }],
    users,
    tenants: [
      {
        id: tenantId,
        name: "Example Tenant",
        slug: "example-tenant",
        createdAt: timestamp(0),
        ownerId: admin.id,
        roles: tenantRoles,
        members: [membership(admin.id, tenantRoles[0].id)]
      }
    ],
    groups: [
      {
        id: groupId,
        name: "Example Group",
        tenantId,
        ssoConfigured: true,
        settings: { sessionLength: null, requestAccess: { enabled: false } },
        tags: [
          { key: "team", value: "platform", projectCount: 3 },
          { key: "env", value: "legacy", projectCount: 0 }
        ],
        groupRoles,
        orgRoles,
        members: groupMembers,
        orgs
      }
    ]
  };
  if ((opts.projectsPerOrg ?? 0) > 0)
    generateProjects(state.groups[0], opts.projectsPerOrg, opts.seed ?? 1);
  return { state, token, groupId };
}

// src/emulator/server.ts
import { randomUUID as randomUUID5 } from "node:crypto";
import { createServer } from "node:http";

// src/emulator/access.ts
function canSeeGroup(group, userId) {
  return group.members.some((m) => m.userId === userId) || group.orgs.some((o) => o.members.some((m) => m.userId === userId));
}
function canSeeTenant(state, tenant, userId) {
  return tenant.members.some((m) => m.userId === userId) || state.groups.some((g) => g.tenantId === tenant.id && canSeeGroup(g, userId));
}
function findOrg(state, orgId) {
  for (const group of state.groups) {
    const org = group.orgs.find((o) => o.id === orgId);
    if (org !== void 0) return { group, org };
  }
  return void 0;
}
function findGroup(state, groupId) {
  return state.groups.find((g) => g.id === groupId);
}
function findTenant(state, tenantId) {
  return state.tenants.find((t) => t.id === tenantId);
}
var ADMIN_READS = [/^\/rest\/orgs\/[^/]+\/invites$/, /^\/v1\/org\/[^/]+\/provision$/];
function isGroupViewerOnly(state, userId) {
  let memberships = 0;
  for (const group of state.groups) {
    if (group.orgs.some((o) => o.members.some((m) => m.userId === userId))) return false;
    for (const m of group.members.filter((member) => member.userId === userId)) {
      memberships++;
      if (group.groupRoles.find((r) => r.id === m.roleId)?.name !== "Group Viewer") return false;
    }
  }
  return memberships > 0;
}
function viewerDenial(state, userId, method, path) {
  if (!isGroupViewerOnly(state, userId)) return void 0;
  if (method !== "GET") return "The Group Viewer role may not change anything";
  if (ADMIN_READS.some((pattern) => pattern.test(path)))
    return "The Group Viewer role may not view pending invitations or provisioned users";
  return void 0;
}

// src/emulator/rate-limit.ts
var RateLimiter = class {
  constructor(limit, windowMs, extendWhileBlocked) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.extendWhileBlocked = extendWhileBlocked;
  }
  limit;
  windowMs;
  extendWhileBlocked;
  buckets = /* @__PURE__ */ new Map();
  check(key, nowMs) {
    let bucket = this.buckets.get(key);
    if (bucket?.blockedUntil !== void 0) {
      if (nowMs < bucket.blockedUntil) {
        if (this.extendWhileBlocked) bucket.blockedUntil = nowMs + this.windowMs;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.blockedUntil - nowMs) / 1e3)) };
      }
      bucket = void 0;
    }
    if (bucket === void 0 || nowMs - bucket.windowStart >= this.windowMs) {
      bucket = { windowStart: nowMs, count: 0 };
      this.buckets.set(key, bucket);
    }
    bucket.count++;
    if (bucket.count > this.limit) {
      bucket.blockedUntil = this.extendWhileBlocked ? nowMs + this.windowMs : bucket.windowStart + this.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.blockedUntil - nowMs) / 1e3)) };
    }
    return { ok: true };
  }
};

// src/emulator/api-rate-limits.ts
var GROUP_MEMBERS = /^\/v1\/group\/[^/]+\/members$/;
var ApiRateLimits = class {
  constructor(limit, membersPerMinute) {
    this.membersPerMinute = membersPerMinute;
    this.set(limit);
  }
  membersPerMinute;
  perMinute = { rest: 1620, v1: 2e3 };
  limiters = {};
  members;
  /** Replaces every limit (and forgets every count); `false` lifts the API limits. */
  set(limit) {
    const windowMs = (limit === false ? void 0 : limit?.windowMs) ?? 6e4;
    this.perMinute = {
      rest: (limit || void 0)?.perMinute ?? 1620,
      v1: (limit || void 0)?.perMinute ?? 2e3
    };
    this.limiters = limit === false ? {} : {
      rest: new RateLimiter(this.perMinute.rest, windowMs, true),
      v1: new RateLimiter(this.perMinute.v1, windowMs, true)
    };
    this.members = this.membersPerMinute > 0 ? new RateLimiter(this.membersPerMinute, windowMs, false) : void 0;
  }
  /** The seconds a 429 must announce, or undefined when the request is within every limit. */
  retryAfter(req, api, tokenId, rate, nowMs) {
    if (rate?.retryAfterSeconds !== void 0) return rate.retryAfterSeconds;
    let decision = this.limiters[api]?.check(tokenId, nowMs) ?? { ok: true };
    if (decision.ok && api === "v1" && req.method === "GET" && GROUP_MEMBERS.test(req.path) && this.members) {
      decision = this.members.check(tokenId, nowMs);
    }
    return decision.ok ? void 0 : decision.retryAfterSeconds;
  }
};

// src/emulator/audit/events.ts
var ID = "([^/]+)";
var projectEvent = (body, state, path) => {
  const data = body.data;
  const tags = data?.attributes?.tags;
  if (!Array.isArray(tags)) return "org.project.attributes.edit";
  const projectId = PROJECT_PATH.exec(path)?.[1];
  const project = state.groups.flatMap((g) => g.orgs.flatMap((o) => o.projects ?? [])).find((p) => p.id === projectId);
  const sent = new Set(
    tags.map((t) => JSON.stringify([t.key, t.value]))
  );
  const removed = project?.tags.some((t) => !sent.has(JSON.stringify([t.key, t.value]))) === true;
  return removed ? "org.project.tag.remove" : "org.project.tag.add";
};
var orgSettingsEvent = (body) => body.requestAccess !== void 0 && body.ignores === void 0 ? "org.request_access_settings.edit" : body.ignores !== void 0 ? "org.ignore_policy.edit" : "org.settings.edit";
var RULES = [
  ["PATCH", new RegExp(`^/rest/orgs/${ID}$`), "org.edit"],
  ["POST", new RegExp(`^/rest/orgs/${ID}/memberships$`), "org.user.add"],
  ["PATCH", new RegExp(`^/rest/orgs/${ID}/memberships/${ID}$`), "org.user.role.edit"],
  ["DELETE", new RegExp(`^/rest/orgs/${ID}/memberships/${ID}$`), "org.user.remove"],
  ["PATCH", new RegExp(`^/rest/orgs/${ID}/projects/${ID}$`), projectEvent],
  ["POST", new RegExp(`^/rest/orgs/${ID}/invites$`), "org.user.invite"],
  ["DELETE", new RegExp(`^/rest/orgs/${ID}/invites/${ID}$`), "org.user.invite.revoke"],
  ["POST", new RegExp(`^/rest/groups/${ID}/memberships$`), "group.user.add"],
  ["PATCH", new RegExp(`^/rest/groups/${ID}/memberships/${ID}$`), "group.user.role.edit"],
  ["DELETE", new RegExp(`^/rest/groups/${ID}/memberships/${ID}$`), "group.user.remove"],
  ["POST", /^\/v1\/org$/, "org.create"],
  ["DELETE", new RegExp(`^/v1/org/${ID}$`), "org.delete"],
  ["PUT", new RegExp(`^/v1/org/${ID}/settings$`), orgSettingsEvent],
  ["POST", new RegExp(`^/v1/org/${ID}/invite$`), "org.user.invite"],
  ["POST", new RegExp(`^/v1/org/${ID}/provision$`), "org.user.provision.accept"],
  ["DELETE", new RegExp(`^/v1/org/${ID}/provision$`), "org.user.provision.delete"],
  ["PUT", new RegExp(`^/v1/org/${ID}/integrations/${ID}/settings$`), "org.integration.settings.edit"],
  ["PUT", new RegExp(`^/v1/org/${ID}/notification-settings$`), "org.notification_settings.edit"],
  ["POST", new RegExp(`^/v1/org/${ID}/webhooks$`), "org.webhook.add"],
  ["DELETE", new RegExp(`^/v1/org/${ID}/webhooks/${ID}$`), "org.webhook.delete"],
  ["PUT", new RegExp(`^/v1/group/${ID}/settings$`), "group.settings.edit"],
  ["POST", new RegExp(`^/v1/group/${ID}/tags/delete$`), "group.tag.delete"],
  ["PATCH", new RegExp(`^/rest/orgs/${ID}/settings/sast$`), "org.sast_settings.edit"],
  ["POST", new RegExp(`^/v1/org/${ID}/integrations/${ID}/clone$`), "org.integration.create"],
  ["DELETE", new RegExp(`^/rest/orgs/${ID}/targets/${ID}$`), "org.target.delete"],
  ["POST", new RegExp(`^/v1/org/${ID}/integrations/${ID}/import$`), "org.target.create"],
  ["POST", new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), "org.project.ignore.create"],
  ["PUT", new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), "org.project.ignore.edit"],
  ["DELETE", new RegExp(`^/v1/org/${ID}/project/${ID}/ignore/${ID}$`), "org.project.ignore.delete"],
  ["POST", new RegExp(`^/rest/orgs/${ID}/service_accounts$`), "org.service_account.create"],
  ["PATCH", new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}$`), "org.service_account.edit"],
  ["DELETE", new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}$`), "org.service_account.delete"],
  ["POST", new RegExp(`^/rest/orgs/${ID}/service_accounts/${ID}/secrets$`), "org.service_account.edit"],
  ["POST", new RegExp(`^/rest/groups/${ID}/service_accounts$`), "group.service_account.create"],
  ["PATCH", new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}$`), "group.service_account.edit"],
  ["DELETE", new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}$`), "group.service_account.delete"],
  ["POST", new RegExp(`^/rest/groups/${ID}/service_accounts/${ID}/secrets$`), "group.service_account.edit"]
];
var ORG_PATH = /^\/(?:rest\/orgs|v1\/org)\/([^/]+)/;
var GROUP_PATH = /^\/(?:rest\/groups|v1\/group)\/([^/]+)/;
var PROJECT_PATH = /\/projects?\/([^/]+)/;
function bodyOf(req) {
  try {
    const parsed = JSON.parse(req.rawBody ?? "{}");
    return parsed !== null && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}
function groupOfOrg(state, orgId) {
  return state.groups.find((g) => g.orgs.some((o) => o.id === orgId))?.id;
}
function nameAuditEvent(state, req) {
  if (req.method === "GET" || req.method === "HEAD") return void 0;
  const body = bodyOf(req);
  const rule = RULES.find(([method, path]) => method === req.method && path.test(req.path));
  const orgId = ORG_PATH.exec(req.path)?.[1];
  const groupId = GROUP_PATH.exec(req.path)?.[1];
  const projectId = PROJECT_PATH.exec(req.path)?.[1];
  const fallback = orgId !== void 0 ? "org.edit" : groupId !== void 0 ? "group.edit" : void 0;
  const name = rule === void 0 ? fallback : typeof rule[2] === "string" ? rule[2] : rule[2](body, state, req.path);
  if (name === void 0) return void 0;
  const created = name === "org.create" && typeof body.groupId === "string" ? body.groupId : void 0;
  const pending = { event: name };
  const group = groupId ?? created ?? (orgId === void 0 ? void 0 : groupOfOrg(state, orgId));
  if (group !== void 0) pending.groupId = group;
  if (orgId !== void 0) pending.orgId = orgId;
  if (projectId !== void 0 && orgId !== void 0) pending.projectId = projectId;
  return pending;
}

// src/emulator/audit/record.ts
function recordAuditEvent(state, pending, response, actor) {
  if (pending === void 0 || response.status < 200 || response.status > 299) return;
  const log = state.auditLog ?? [];
  state.auditLog = log;
  const event = {
    seq: (log[log.length - 1]?.seq ?? 0) + 1,
    created: actor.now.toISOString(),
    event: pending.event,
    content: {}
  };
  if (pending.groupId !== void 0) event.group_id = pending.groupId;
  const createdId = response.body?.id;
  const orgId = pending.event === "org.create" && typeof createdId === "string" ? createdId : pending.orgId;
  if (orgId !== void 0) event.org_id = orgId;
  if (pending.projectId !== void 0) event.project_id = pending.projectId;
  if (actor.userId !== void 0) event.userId = actor.userId;
  log.push(event);
}

// src/emulator/faults.ts
var WRITES = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH", "DELETE"]);
var STATUSES = [500, 502, 503];
var FaultInjector = class {
  constructor(config = {}) {
    this.config = config;
    this.random = createRandom(config.seed ?? 1);
    this.ruleHits = (config.rules ?? []).map(() => 0);
    this.patterns = (config.rules ?? []).map((r) => new RegExp(r.path));
  }
  config;
  random;
  ruleHits;
  patterns;
  decide(method, path) {
    const c = this.config;
    const draws = [this.random(), this.random(), this.random(), this.random(), this.random()];
    const eligible = !c.writesOnly || WRITES.has(method);
    const decision = {
      latencyMs: (c.latencyMs ?? 0) + draws[0] * (c.jitterMs ?? 0),
      dropBefore: eligible && draws[1] < (c.dropBeforeRate ?? 0),
      dropAfter: eligible && draws[4] < (c.dropAfterRate ?? 0)
    };
    if (eligible && !decision.dropBefore && draws[2] < (c.serverErrorRate ?? 0)) {
      decision.serverError = STATUSES[Math.floor(draws[3] * STATUSES.length)] ?? 500;
    }
    const rules = c.rules ?? [];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (rule === void 0) continue;
      if (rule.method !== void 0 && rule.method.toUpperCase() !== method) continue;
      if (!this.patterns[i]?.test(path)) continue;
      const hit = ++this.ruleHits[i];
      const skip = rule.skip ?? 0;
      if (hit <= skip) continue;
      if (rule.times !== void 0 && hit > skip + rule.times) continue;
      decision.rule = rule.respond;
      decision.ruleIndex = i;
      break;
    }
    return decision;
  }
};

// src/emulator/http-io.ts
var MAX_API_BODY_BYTES = 1024 * 1024;
var MAX_CONTROL_BODY_BYTES = 64 * 1024 * 1024;
function readBody(req, limit) {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve2, reject) => {
    const chunks = [];
    let total = 0;
    const onData = (c) => {
      total += c.length;
      if (total <= limit) {
        chunks.push(c);
        return;
      }
      chunks.length = 0;
      req.off("data", onData);
      req.resume();
      resolve2({ ok: false });
    };
    req.on("data", onData);
    req.on(
      "end",
      () => resolve2({ ok: true, body: chunks.length === 0 ? void 0 : Buffer.concat(chunks).toString("utf8") })
    );
    req.on("error", reject);
  });
}
function tokenOf(state, header, nowMs) {
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  if (m === null) return header === void 0 ? {} : { tokenId: "unknown" };
  const index = state.tokens.findIndex((t) => t.token === m[2]);
  const token = state.tokens[index];
  if (token === void 0) return { tokenId: "unknown" };
  if (token.expiresAt !== void 0 && Date.parse(token.expiresAt) <= nowMs) return { tokenId: "expired" };
  return { token, tokenId: `token#${index}` };
}
function send(res, api, response) {
  if (res.destroyed) return;
  const headers = { ...response.headers };
  let payload;
  if (response.raw !== void 0) {
    payload = response.raw;
    headers["content-type"] = response.contentType ?? "text/plain";
  } else if (response.body !== void 0) {
    payload = JSON.stringify(response.body);
    headers["content-type"] = response.contentType ?? (api === "rest" ? "application/vnd.api+json" : "application/json; charset=utf-8");
  }
  if (payload !== void 0) headers["content-length"] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}
async function dribble(res, response, sleep, beforeEnd) {
  const payload = Buffer.from(JSON.stringify(response.body ?? {}));
  res.writeHead(response.status, {
    "content-type": "application/json",
    "content-length": String(payload.length)
  });
  const chunk = Math.max(1, Math.ceil(response.bytesPerSecond / 10));
  for (let offset = 0; offset < payload.length; offset += chunk) {
    if (res.destroyed) return;
    const last = offset + chunk >= payload.length;
    if (last) beforeEnd();
    res.write(payload.subarray(offset, offset + chunk));
    if (!last) await sleep(100);
  }
  res.end();
}

// src/emulator/oauth/verify-assertion.ts
import { createPublicKey, verify } from "node:crypto";
function checkAssertion(assertion, check) {
  const parts = assertion.split(".");
  if (parts.length !== 3) return "client_assertion is not a compact JWS";
  const [headerText, claimsText, signatureText] = parts;
  const header = decode(headerText);
  const claims = decode(claimsText);
  if (header === void 0 || claims === void 0) return "client_assertion is not JSON";
  if (header.alg !== "RS256" && header.alg !== "ES256") return "client_assertion alg must be RS256 or ES256";
  const jwk = check.jwks.keys.find((k) => k.kid === header.kid);
  if (typeof header.kid !== "string" || jwk === void 0)
    return "client_assertion kid names no key of the client";
  let good;
  try {
    const key = createPublicKey({ key: jwk, format: "jwk" });
    const data = Buffer.from(`${headerText}.${claimsText}`);
    const signature = Buffer.from(signatureText, "base64url");
    good = verify(
      "sha256",
      data,
      header.alg === "ES256" ? { key, dsaEncoding: "ieee-p1363" } : key,
      signature
    );
  } catch {
    good = false;
  }
  if (!good) return "client_assertion signature does not verify";
  if (claims.iss !== check.clientId || claims.sub !== check.clientId)
    return "client_assertion iss and sub must be the client id";
  const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audience.includes(check.tokenUrl)) return "client_assertion aud must be the token URL";
  if (typeof claims.exp !== "number" || claims.exp * 1e3 <= check.nowMs)
    return "client_assertion has expired";
  if (typeof claims.jti !== "string" || claims.jti === "") return "client_assertion has no jti";
  if (check.seen.has(claims.jti)) return "client_assertion was used before (jti)";
  check.seen.add(claims.jti);
  return void 0;
}
function decode(part) {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/emulator/oauth/token-endpoint.ts
var TOKEN_PATH = "/oauth2/token";
var ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
var DEFAULT_TTL_SECONDS = 3600;
function refuse(status, error, description) {
  return { status, body: { error, error_description: description } };
}
function handleTokenRequest(req, deps) {
  if (req.method !== "POST") return refuse(405, "invalid_request", "use POST");
  const type = String(req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return refuse(400, "invalid_request", "the body must be application/x-www-form-urlencoded");
  }
  const form = new URLSearchParams(req.rawBody ?? "");
  if (form.get("grant_type") !== "client_credentials") {
    return refuse(400, "unsupported_grant_type", "grant_type must be client_credentials");
  }
  const client = (deps.state.oauthClients ?? []).find((c) => c.clientId === form.get("client_id"));
  if (client === void 0) return refuse(401, "invalid_client", "unknown client");
  const refusal = authenticate(client, form, deps);
  if (refusal !== void 0) return refuse(401, "invalid_client", refusal);
  const ttl = client.accessTokenTtlSeconds ?? DEFAULT_TTL_SECONDS;
  const accessToken = `snyk-oauth-${deps.newId()}`;
  deps.state.tokens = deps.state.tokens.filter(
    (t) => t.expiresAt === void 0 || Date.parse(t.expiresAt) > deps.nowMs
  );
  deps.state.tokens.push({
    token: accessToken,
    userId: client.userId,
    kind: "oauth",
    expiresAt: new Date(deps.nowMs + ttl * 1e3).toISOString()
  });
  return {
    status: 200,
    body: { access_token: accessToken, token_type: "bearer", expires_in: ttl, scope: "" },
    headers: { "cache-control": "no-store" }
  };
}
function authenticate(client, form, deps) {
  const assertion = form.get("client_assertion");
  if (assertion !== null) {
    if (form.get("client_assertion_type") !== ASSERTION_TYPE)
      return `client_assertion_type must be ${ASSERTION_TYPE}`;
    if (client.jwks === void 0) return "the client has no JWKS: it authenticates with its secret";
    return checkAssertion(assertion, {
      clientId: client.clientId,
      jwks: client.jwks,
      tokenUrl: deps.tokenUrl,
      nowMs: deps.nowMs,
      seen: deps.seenAssertions
    });
  }
  if (client.clientSecret === void 0) return "the client authenticates with a client assertion";
  return form.get("client_secret") === client.clientSecret ? void 0 : "wrong client secret";
}

// src/emulator/play-faults.ts
async function playFaults(decision, io) {
  const { res, api, record, drop, sleep, errorFor } = io;
  const rule = decision.rule;
  let dropAfter = decision.dropAfter;
  let fault = decision.dropAfter ? "drop-after" : void 0;
  if (rule !== void 0) {
    const name = `rule#${decision.ruleIndex}`;
    if ("delayMs" in rule) {
      await sleep(rule.delayMs);
      fault ??= `${name}:delay`;
    } else if ("drop" in rule) {
      if (rule.drop === "before") {
        drop(`${name}:drop-before`);
        return { done: true };
      }
      dropAfter = true;
      fault = `${name}:drop-after`;
    } else if ("afterHandling" in rule) {
      await sleep(decision.latencyMs);
      return { done: false, dropAfter: false, fault: `${name}:after-handling`, answer: rule.afterHandling };
    } else {
      await sleep(decision.latencyMs);
      if ("redirect" in rule) {
        send(res, api, { status: rule.status ?? 302, headers: { location: rule.redirect } });
        record(rule.status ?? 302, `${name}:redirect`);
      } else if ("slowBytesPerSecond" in rule) {
        const slow = {
          status: rule.status ?? 200,
          body: rule.body,
          bytesPerSecond: rule.slowBytesPerSecond
        };
        await dribble(res, slow, sleep, () => record(slow.status, `${name}:slow`));
      } else {
        const { status } = rule;
        if ("raw" in rule) send(res, api, { status, raw: rule.raw, contentType: rule.contentType });
        else send(res, api, { status, body: rule.body, ...rule.headers && { headers: rule.headers } });
        record(status, `${name}:respond`);
      }
      return { done: true };
    }
  }
  if (decision.latencyMs > 0) await sleep(decision.latencyMs);
  if (rule === void 0 || "delayMs" in rule) {
    if (decision.dropBefore) {
      drop("drop-before");
      return { done: true };
    }
    if (decision.serverError !== void 0) {
      send(res, api, errorFor(api, decision.serverError, "Injected server error (emulator fault injection)"));
      record(decision.serverError, "server-error");
      return { done: true };
    }
  }
  return { done: false, dropAfter, fault };
}

// src/emulator/reality/rate-headers.ts
var WINDOWS = [
  { seconds: 1, name: "per_second" },
  { seconds: 60, name: "per_minute" },
  { seconds: 3600, name: "per_hour" }
];
function policyName(api, window) {
  return `crd|generic_key^api-gateway.api-${api}|generic_key^${window}|principal_id|ratelimit_bucket^high`;
}
var RealityRate = class {
  constructor(config) {
    this.config = config;
  }
  config;
  windows = /* @__PURE__ */ new Map();
  /** Counts one request of `key` (token and API); `enforce` = refuse over the second/hour limits. */
  take(api, key, nowMs, perMinute, enforce) {
    const limits = [this.config.perSecond, perMinute, this.config.perHour];
    const windows = this.windows.get(`${api}\0${key}`) ?? WINDOWS.map(() => ({ start: nowMs, count: 0 }));
    this.windows.set(`${api}\0${key}`, windows);
    let refusedBy;
    WINDOWS.forEach((w, i) => {
      const win = windows[i];
      if (nowMs - win.start >= w.seconds * 1e3) {
        win.start = nowMs;
        win.count = 0;
      }
      win.count++;
      if (enforce && i !== 1 && win.count > (limits[i] ?? 0) && refusedBy === void 0) refusedBy = i;
    });
    const resetOf = (i) => Math.max(1, Math.ceil(((windows[i]?.start ?? nowMs) + WINDOWS[i].seconds * 1e3 - nowMs) / 1e3));
    let closest = 0;
    const remainingOf = (i) => Math.max(0, (limits[i] ?? 0) - (windows[i]?.count ?? 0));
    for (let i = 1; i < WINDOWS.length; i++) if (remainingOf(i) < remainingOf(closest)) closest = i;
    if (refusedBy !== void 0) closest = refusedBy;
    const parts = WINDOWS.map((w, i) => `${limits[i]};w=${w.seconds};name="${policyName(api, w.name)}"`);
    const snapshot = {
      limit: [String(limits[closest]), ...parts].join(", "),
      remaining: remainingOf(closest),
      resetSeconds: resetOf(closest)
    };
    return refusedBy === void 0 ? { snapshot } : { snapshot, retryAfterSeconds: resetOf(refusedBy) };
  }
};
function rateHeaders(snapshot, retryAfterSeconds) {
  return {
    "X-RateLimit-Limit": snapshot.limit,
    "X-RateLimit-Remaining": String(retryAfterSeconds === void 0 ? snapshot.remaining : 0),
    "X-RateLimit-Reset": String(retryAfterSeconds ?? snapshot.resetSeconds)
  };
}

// src/emulator/reality/responses.ts
var ORG_MEMBERSHIPS = "/orgs/{org_id}/memberships";
var GROUP_MEMBERSHIPS = "/groups/{group_id}/memberships";
function liftMembership(config, method, template, response) {
  if (method !== "POST" || response.status !== 201) return response;
  const applies = template === ORG_MEMBERSHIPS && config.org || template === GROUP_MEMBERSHIPS && config.group;
  const data = response.body?.data;
  if (!applies || data === void 0) return response;
  return { ...response, body: data };
}
function minimalCreatedOrg(response) {
  if (response.status !== 201) return response;
  const { id: id2, name, created } = response.body ?? {};
  return { ...response, body: { id: id2, name, created } };
}
function detailsNotDetail(response) {
  const errors = response.body?.errors;
  if (!Array.isArray(errors)) return response;
  const renamed = errors.map((e) => {
    if (!("detail" in e)) return e;
    const { detail, ...rest } = e;
    return { ...rest, details: detail };
  });
  return { ...response, body: { ...response.body, errors: renamed } };
}
function bareRateLimited(response, snapshot) {
  const headers = {};
  let retryAfter;
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (name.toLowerCase() === "retry-after") retryAfter = Number(value);
    else headers[name] = value;
  }
  return {
    status: 429,
    body: {},
    headers: { ...headers, ...rateHeaders(snapshot, retryAfter ?? snapshot.resetSeconds) }
  };
}

// src/emulator/rest/jsonapi.ts
import { randomUUID } from "node:crypto";

// src/emulator/request.ts
var HttpFailure = class extends Error {
  response;
  constructor(response) {
    super(`HTTP ${response.status}`);
    this.response = response;
  }
};
function runHandler(deps, call, handler) {
  const ctx = {
    state: deps.state,
    req: call.req,
    params: call.params,
    token: call.token,
    user: call.user,
    now: deps.now,
    newId: deps.newId,
    reality: deps.reality ?? {}
  };
  try {
    return handler(ctx);
  } catch (error) {
    if (error instanceof HttpFailure) return error.response;
    throw error;
  }
}
function matchRoute(routes, method, path) {
  const parts = path.split("/");
  for (const route2 of routes) {
    if (route2.method !== method) continue;
    const tparts = route2.template.split("/");
    if (tparts.length !== parts.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < tparts.length && ok; i++) {
      const t = tparts[i] ?? "";
      const p = parts[i] ?? "";
      if (t.startsWith("{") && t.endsWith("}")) {
        if (p === "") ok = false;
        else params[t.slice(1, -1)] = decodeURIComponent(p);
      } else if (t !== p) ok = false;
    }
    if (ok) return { route: route2, params };
  }
  return void 0;
}

// src/emulator/rest/jsonapi.ts
var JSONAPI = { version: "1.0" };
var JSONAPI_TYPE = "application/vnd.api+json";
var TITLES = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable"
};
function restError(status, detail, extra = {}) {
  const error = {
    id: randomUUID(),
    status: String(status),
    title: TITLES[status] ?? "Error",
    detail
  };
  if (extra.code !== void 0) error.code = extra.code;
  if (extra.source !== void 0) error.source = extra.source;
  return { status, body: { jsonapi: JSONAPI, errors: [error] } };
}
function restFail(status, detail, extra = {}) {
  return new HttpFailure(restError(status, detail, extra));
}
function requireGroup(ctx, groupId) {
  const group = findGroup(ctx.state, groupId);
  if (group === void 0) throw restFail(404, `Group ${groupId} not found`, { code: "entity-not-found" });
  if (!canSeeGroup(group, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to group ${groupId}`, { code: "forbidden" });
  }
  return group;
}
function requireOrg(ctx, orgId) {
  const found = findOrg(ctx.state, orgId);
  if (found === void 0) throw restFail(404, `Org ${orgId} not found`, { code: "entity-not-found" });
  if (!canSeeGroup(found.group, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to org ${orgId}`, { code: "forbidden" });
  }
  return found;
}
function requireTenant(ctx, tenantId) {
  const tenant = findTenant(ctx.state, tenantId);
  if (tenant === void 0) throw restFail(404, `Tenant ${tenantId} not found`, { code: "entity-not-found" });
  if (!canSeeTenant(ctx.state, tenant, ctx.user.id)) {
    throw restFail(403, `The token's user has no access to tenant ${tenantId}`, { code: "forbidden" });
  }
  return tenant;
}
function requireData(ctx) {
  const raw = ctx.req.rawBody;
  if (raw === void 0 || raw.trim() === "") throw restFail(400, "Request body is required");
  let parsed;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw restFail(400, "Request body is not valid JSON");
  }
  const data = parsed?.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw restFail(400, "Request body must be a JSON:API document with a `data` object", {
      source: { pointer: "/data" }
    });
  }
  return data;
}
function expectType(data, type) {
  if (data.type !== type) {
    throw restFail(400, `data.type '${String(data.type)}' must be '${type}'`, {
      source: { pointer: "/data/type" }
    });
  }
}
function expectPathId(data, id2, what) {
  if (data.id !== void 0 && data.id !== id2) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the ${what} in the path`, {
      source: { pointer: "/data/id" }
    });
  }
}
function applyName(ctx, target, name) {
  if (name === void 0) return;
  if (typeof name !== "string" || name.length < 1 || name.length > 60) {
    throw restFail(400, "name must be a string of 1 to 60 characters", {
      source: { pointer: "/data/attributes/name" }
    });
  }
  target.name = name;
  target.updatedAt = ctx.now.toISOString();
}
function relationshipId(data, name) {
  const rel = data.relationships?.[name];
  const id2 = rel?.data?.id;
  return typeof id2 === "string" ? id2 : void 0;
}
function requireRelationshipId(data, name) {
  const id2 = relationshipId(data, name);
  if (id2 === void 0) {
    throw restFail(400, `relationships.${name}.data.id is required`, {
      source: { pointer: `/data/relationships/${name}/data/id` }
    });
  }
  return id2;
}
function single(ctx, data, status = 200) {
  return { status, body: { jsonapi: JSONAPI, data, links: { self: selfLink(ctx) } } };
}
function selfLink(ctx) {
  const q = ctx.req.query.toString();
  return ctx.req.path.replace(/^\/rest/, "") + (q ? `?${q}` : "");
}

// src/emulator/v1/common.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var ERRORS = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Entity",
  429: "Too Many Requests"
};
function v1Error(status, message) {
  const ref = randomUUID2();
  return {
    status,
    body: { code: status, message, error: ERRORS[status] ?? "Error" },
    headers: { "x-error-reference": ref }
  };
}
function v1Fail(status, message) {
  return new HttpFailure(v1Error(status, message));
}
function json(body, status = 200) {
  return { status, body };
}
function bodyOf2(ctx) {
  const raw = ctx.req.rawBody;
  if (raw === void 0 || raw.trim() === "") return {};
  try {
    const parsed = JSON.parse(raw);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed;
    }
  } catch {
  }
  throw v1Fail(400, "Request body must be a JSON object");
}
function requireV1Group(ctx) {
  const id2 = ctx.params.groupId ?? "";
  const group = findGroup(ctx.state, id2);
  if (group === void 0) throw v1Fail(404, `Group ${id2} not found`);
  if (!canSeeGroup(group, ctx.user.id)) throw v1Fail(403, `The token's user has no access to group ${id2}`);
  return group;
}
function requireV1Org(ctx) {
  const id2 = ctx.params.orgId ?? "";
  const found = findOrg(ctx.state, id2);
  if (found === void 0) throw v1Fail(404, `Org ${id2} not found`);
  if (!canSeeGroup(found.group, ctx.user.id))
    throw v1Fail(403, `The token's user has no access to org ${id2}`);
  return found;
}
function v1RoleName(name) {
  if (name === "Org Admin") return "admin";
  if (name === "Org Collaborator") return "collaborator";
  return name;
}

// src/emulator/reality/default-membership.ts
function addDefaultGroupMembership(state, orgId, response, roleName, deps) {
  if (response.status !== 201) return;
  const data = response.body?.data;
  const userId = data?.relationships?.user?.data?.id;
  const group = state.groups.find((g) => g.orgs.some((o) => o.id === orgId));
  if (typeof userId !== "string" || group === void 0) return;
  if (group.members.some((m) => m.userId === userId)) return;
  const role = group.groupRoles.find((r) => r.name === roleName);
  if (role === void 0) return;
  group.members.push({ id: deps.newId(), userId, roleId: role.id, createdAt: deps.now.toISOString() });
}

// src/emulator/reality/integrations.ts
var SETTINGS2 = /^\/v1\/org\/([^/]+)\/integrations\/([^/]+)\/settings\/?$/;
var LIST2 = /^\/v1\/org\/([^/]+)\/integrations\/?$/;
var REGISTRY = /^(acr|ecr|gcr|docker-hub)$|-cr$/;
var APPS = [
  ["github", "github-cloud-app"],
  ["github-enterprise", "github-server-app"],
  ["bitbucket-cloud", "bitbucket-connect-app"]
];
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var REAL_DEFAULTS = {
  autoPrivateDepUpgradeEnabled: false,
  isMajorUpgradeEnabled: false,
  pullRequestFailOnlyForIssuesWithFix: false,
  pullRequestAssignment: { type: "auto", enabled: false, assignees: [] },
  reachableVulns: { enabled: false }
};
function realSettings(type, settings) {
  if (REGISTRY.test(type)) return {};
  const out = { ...structuredClone(REAL_DEFAULTS), ...settings };
  const manual = out.manualRemediationPrs;
  if (isObject(manual) && "usePatchRemediation" in manual && !("useManualPatchRemediation" in manual)) {
    const { usePatchRemediation, ...rest } = manual;
    out.manualRemediationPrs = { ...rest, useManualPatchRemediation: usePatchRemediation };
  }
  return out;
}
function mergeSettings(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const have = out[key];
    out[key] = isObject(have) && isObject(value) ? mergeSettings(have, value) : value;
  }
  return out;
}
function parsedBody(req) {
  try {
    const body = JSON.parse(req.rawBody ?? "");
    return isObject(body) ? body : void 0;
  } catch {
    return void 0;
  }
}
var RealIntegrations = class {
  constructor(options) {
    this.options = options;
  }
  options;
  seen = /* @__PURE__ */ new WeakSet();
  /** Brings the state an integration request touches to the real shape; may rewrite a PUT body. */
  prepare(req, state, newId) {
    const list2 = this.options.apps && req.method === "GET" ? LIST2.exec(req.path) : null;
    if (list2 !== null) this.addApps(state, decodeURIComponent(list2[1] ?? ""), newId);
    const match = this.options.settings ? SETTINGS2.exec(req.path) : null;
    if (match === null) return req;
    const org = findOrg(state, decodeURIComponent(match[1] ?? ""))?.org;
    const integration = org?.integrations?.find((i) => i.id === decodeURIComponent(match[2] ?? ""));
    if (integration === void 0) return req;
    if (!this.seen.has(integration)) {
      integration.settings = realSettings(integration.type, integration.settings);
      this.seen.add(integration);
    }
    const body = req.method === "PUT" ? parsedBody(req) : void 0;
    if (body === void 0) return req;
    return { ...req, rawBody: JSON.stringify(mergeSettings(integration.settings, body)) };
  }
  addApps(state, orgId, newId) {
    const org = findOrg(state, orgId)?.org;
    if (org === void 0) return;
    for (const [classic, app] of APPS) {
      const from = org.integrations?.find((i) => i.type === classic);
      if (from === void 0 || org.integrations?.some((i) => i.type === app)) continue;
      const added = { id: newId(), type: app, settings: structuredClone(from.settings) };
      org.integrations = [...org.integrations ?? [], added];
    }
  }
};

// src/emulator/rest/pagination.ts
function encodeCursor(key) {
  return `v1.${Buffer.from(JSON.stringify({ k: key })).toString("base64url")}`;
}
var END_CURSOR = `v1.${Buffer.from(JSON.stringify({ end: true })).toString("base64url")}`;
var END = /* @__PURE__ */ Symbol("end");
function decodeCursor(cursor, parameter) {
  if (cursor === END_CURSOR) return END;
  try {
    if (!cursor.startsWith("v1.")) throw new Error("prefix");
    const parsed = JSON.parse(Buffer.from(cursor.slice(3), "base64url").toString("utf8"));
    if (typeof parsed.k !== "string") throw new Error("shape");
    return parsed.k;
  } catch {
    throw restFail(400, `${parameter} '${cursor}' is not a valid pagination cursor`, {
      source: { parameter }
    });
  }
}
function parseLimit(query) {
  const raw = query.get("limit");
  if (raw === null) return 10;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 10 || limit > 100 || limit % 10 !== 0) {
    throw restFail(400, `limit '${raw}' must be a multiple of 10 from 10 to 100`, {
      source: { parameter: "limit" }
    });
  }
  return limit;
}
function paginate(ctx, items, key, descending = false) {
  const beyond = (item, k) => descending ? key(item) < k : key(item) > k;
  const query = ctx.req.query;
  const limit = parseLimit(query);
  const after = query.get("starting_after");
  const before = query.get("ending_before");
  if (after !== null && before !== null) {
    throw restFail(400, "starting_after and ending_before cannot be used together", {
      source: { parameter: "ending_before" }
    });
  }
  let start = 0;
  let end = items.length;
  if (after !== null) {
    const k = decodeCursor(after, "starting_after");
    start = k === END ? -1 : items.findIndex((item) => beyond(item, k));
    if (start === -1) start = items.length;
  } else if (before !== null) {
    const k = decodeCursor(before, "ending_before");
    const firstNotBefore = k === END ? -1 : items.findIndex((item) => beyond(item, k) || key(item) === k);
    end = firstNotBefore === -1 ? items.length : firstNotBefore;
    start = Math.max(0, end - limit);
  }
  end = Math.min(end, start + limit);
  const page = items.slice(start, end);
  const base = ctx.req.path.replace(/^\/rest/, "");
  const link = (cursor) => {
    const q = new URLSearchParams(query);
    q.delete("starting_after");
    q.delete("ending_before");
    q.set("limit", String(limit));
    if (cursor !== void 0) q.set(cursor[0], cursor[1]);
    return `${base}?${q.toString()}`;
  };
  const selfQuery = query.toString();
  const links = { self: selfQuery ? `${base}?${selfQuery}` : base, first: link() };
  const last = page[page.length - 1];
  const first = page[0];
  if (last !== void 0 && end < items.length)
    links.next = link(["starting_after", encodeCursor(key(last))]);
  if (first !== void 0 && start > 0) links.prev = link(["ending_before", encodeCursor(key(first))]);
  return { items: page, links };
}

// src/emulator/reality/links.ts
function isList(response) {
  const body = response.body;
  return response.status === 200 && Array.isArray(body?.data) && typeof body?.links === "object" && body.links !== null && typeof body.links.self === "string";
}
function endLink(links) {
  const first = links.first;
  if (typeof first !== "string") return void 0;
  const url = new URL(first, "http://x");
  url.searchParams.delete("starting_after");
  url.searchParams.delete("ending_before");
  url.searchParams.set("starting_after", END_CURSOR);
  return `${url.pathname}${url.search}`;
}
function lastPage(config, template, body) {
  if (body.links.next !== void 0) return;
  if (config.selfEndpoints.includes(template)) body.links.next = body.links.self;
  else if (body.data.length > 0) {
    const next = endLink(body.links);
    if (next !== void 0) body.links.next = next;
  }
}
function inForm(link, form, restBase) {
  if (form === "relative") return link;
  return form === "rest" ? `/rest${link}` : `${restBase}${link}`;
}
function reshapeLinks(reality, template, response, restBase) {
  if (template === void 0 || !isList(response)) return response;
  const source = response.body;
  const body = { ...source, links: { ...source.links } };
  if (reality.lastPageSelf) lastPage(reality.lastPageSelf, template, body);
  const form = reality.linkForms?.endpoints[template];
  if (form !== void 0 && form !== "relative") {
    for (const [name, link] of Object.entries(body.links)) {
      if (typeof link === "string" && link.startsWith("/")) body.links[name] = inForm(link, form, restBase);
    }
  }
  return { ...response, body };
}

// src/emulator/reality/org-lag.ts
var NAMED = /^\/(?:rest\/orgs|v1\/org)\/([^/]+)(?:\/|$)/;
var CLONE = /^\/v1\/org\/[^/]+\/integrations\/[^/]+\/clone\/?$/;
var GROUP_ORGS = /^\/rest\/groups\/([^/]+)\/orgs\/?$/;
var ALL_ORGS = /^\/rest\/orgs\/?$/;
var CreatedOrgLag = class {
  constructor(config) {
    this.config = config;
  }
  config;
  orgs = /* @__PURE__ */ new Map();
  /** Starts the lag of an org that has just been created. */
  created(orgId, groupId, nowMs) {
    this.orgs.set(orgId, { groupId, remaining: this.config.requests, until: nowMs + this.config.ms });
  }
  /** Counts a request that observes the org; true while it is still provisioning. */
  observe(orgId, nowMs) {
    const p = this.orgs.get(orgId);
    if (p === void 0) return false;
    if (p.remaining <= 0 && nowMs >= p.until) {
      this.orgs.delete(orgId);
      return false;
    }
    p.remaining--;
    return true;
  }
  /** The id of a provisioning org the request names (it answers 404), if any. */
  hiddenOrgNamedBy(path, nowMs, rawBody) {
    const id2 = NAMED.exec(path)?.[1];
    const inPath = id2 === void 0 ? void 0 : decodeURIComponent(id2);
    if (inPath !== void 0 && this.observe(inPath, nowMs)) return inPath;
    const inBody = CLONE.test(path) ? destinationOf(rawBody) : void 0;
    return inBody !== void 0 && this.observe(inBody, nowMs) ? inBody : void 0;
  }
  /** The state an org list request sees: provisioning orgs left out (a shallow view, read-only). */
  viewFor(method, path, state, nowMs) {
    if (method !== "GET" || this.orgs.size === 0) return state;
    const groupId = GROUP_ORGS.exec(path)?.[1];
    if (groupId === void 0 && !ALL_ORGS.test(path)) return state;
    const hidden = /* @__PURE__ */ new Set();
    for (const [orgId, p] of [...this.orgs]) {
      if (groupId !== void 0 && p.groupId !== decodeURIComponent(groupId)) continue;
      if (this.observe(orgId, nowMs)) hidden.add(orgId);
    }
    if (hidden.size === 0) return state;
    return {
      ...state,
      groups: state.groups.map(
        (g) => g.orgs.some((o) => hidden.has(o.id)) ? { ...g, orgs: g.orgs.filter((o) => !hidden.has(o.id)) } : g
      )
    };
  }
};
function destinationOf(rawBody) {
  try {
    const body = JSON.parse(rawBody ?? "");
    const id2 = body?.destinationOrgPublicId;
    return typeof id2 === "string" ? id2 : void 0;
  } catch {
    return void 0;
  }
}

// src/emulator/reality/outbound.ts
var WEBHOOKS = /^\/v1\/org\/[^/]+\/webhooks\/?$/;
var TAG_DELETE = /^\/v1\/group\/[^/]+\/tags\/delete\/?$/;
var NOTIFICATIONS = /^\/v1\/org\/[^/]+\/notification-settings\/?$/;
var WEBHOOK_SECRET_MINIMUM = 16;
function bodyOf3(req) {
  try {
    const body = JSON.parse(req.rawBody ?? "");
    return typeof body === "object" && body !== null && !Array.isArray(body) ? body : void 0;
  } catch {
    return void 0;
  }
}
var isWebhookCreate = (req) => req.method === "POST" && WEBHOOKS.test(req.path);
function refuseShortSecret(req) {
  if (!isWebhookCreate(req)) return void 0;
  const secret = bodyOf3(req)?.secret;
  if (typeof secret !== "string" || secret === "" || secret.length >= WEBHOOK_SECRET_MINIMUM)
    return void 0;
  return v1Error(400, `secret must be at least ${WEBHOOK_SECRET_MINIMUM} characters`);
}
function bareWebhookCreated(req, response) {
  if (!isWebhookCreate(req) || response.status !== 200) return response;
  return { status: 201, ...response.headers && { headers: response.headers } };
}
function forbiddenTagDelete(req, response) {
  if (req.method !== "POST" || !TAG_DELETE.test(req.path)) return response;
  const body = bodyOf3(req);
  const tag = `${String(body?.key)}:${String(body?.value)}`;
  if (response.status === 400 && body?.force !== true && /still applied/.test(messageOf(response)))
    return v1Error(403, `Tag ${tag} has entities attached`);
  if (response.status === 404) return v1Error(422, `Tag ${tag} does not exist`);
  return response;
}
function messageOf(response) {
  const message = response.body?.message;
  return typeof message === "string" ? message : "";
}
function echoNotifications(req, response) {
  if (req.method !== "PUT" || !NOTIFICATIONS.test(req.path) || response.status !== 200) return response;
  return { ...response, body: bodyOf3(req) ?? {} };
}

// src/emulator/reality/v1-gone.ts
function compile(template) {
  const [method = "", path = ""] = template.trim().split(/\s+/, 2);
  const source = path.replace(/\/+$/, "").split("/").map(
    (part) => part.startsWith("{") && part.endsWith("}") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  ).join("/");
  return {
    template: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path: new RegExp(`^${source}/?$`)
  };
}
var RetiredV1 = class {
  retired;
  constructor(endpoints) {
    this.retired = endpoints.map(compile);
  }
  /** The 410 for a retired endpoint, or undefined when the request may be served. */
  answer(method, path) {
    const hit = this.retired.find((r) => r.method === method && r.path.test(path));
    if (hit === void 0) return void 0;
    const response = v1Error(410, `${hit.template} has been retired and is no longer available`);
    response.body = { ...response.body, error: "Gone" };
    return response;
  }
};

// src/emulator/reality/runtime.ts
var CREATE_ORG = /^\/v1\/org\/?$/;
var ORG_MEMBERSHIPS2 = /^\/rest\/orgs\/([^/]+)\/memberships\/?$/;
var RealityRuntime = class {
  options;
  resolved;
  lag;
  rate;
  gone;
  integrations;
  constructor(options) {
    this.options = options === "all" ? { ...REALITY_ALL } : { ...options };
    const r = resolveReality(options);
    this.resolved = r;
    this.lag = r.createdOrgLag && new CreatedOrgLag(r.createdOrgLag);
    const rate = r.rateLimitHeaders ?? (r.rateLimitNoRetryAfter && { perSecond: 160, perHour: 97200 });
    this.rate = rate ? new RealityRate(rate) : void 0;
    this.gone = r.v1Gone && new RetiredV1(r.v1Gone.endpoints);
    const settings = r.integrationSettingsReal === true;
    const apps = r.appIntegrations === true;
    this.integrations = settings || apps ? new RealIntegrations({ settings, apps }) : void 0;
  }
  /** The request as the handlers see it, after the state it touches took its real shape. */
  prepare(req, api, state, newId) {
    if (api !== "v1" || this.integrations === void 0) return req;
    return this.integrations.prepare(req, state, newId);
  }
  /** Counts the request in the gateway's windows; `retryAfterSeconds` when it must get a 429. */
  count(api, key, authenticated, nowMs, perMinute) {
    const enforce = authenticated && this.resolved.rateLimitHeaders !== void 0;
    return this.rate?.take(api, key, nowMs, perMinute, enforce);
  }
  /** A response that replaces handling (410 Gone, 404 of a provisioning org, 400 for a short webhook secret), if any. */
  intercept(req, api, nowMs) {
    if (api === "v1") {
      const refused = this.gone?.answer(req.method, req.path) ?? (this.resolved.webhookSecretMinimum ? refuseShortSecret(req) : void 0);
      if (refused !== void 0) return refused;
    }
    const hidden = this.lag?.hiddenOrgNamedBy(req.path, nowMs, req.rawBody);
    if (hidden === void 0) return void 0;
    return api === "rest" ? restError(404, `Org ${hidden} not found`, { code: "entity-not-found" }) : v1Error(404, `Org ${hidden} not found`);
  }
  /** The state a handler sees: org lists leave out orgs still provisioning. */
  view(req, state, nowMs) {
    return this.lag?.viewFor(req.method, req.path, state, nowMs) ?? state;
  }
  /** The handled response as the real API would send it (state side effects included). */
  after(ctx, handled) {
    const r = this.resolved;
    const { req } = ctx;
    let response = handled;
    if (ctx.api === "v1" && req.method === "POST" && CREATE_ORG.test(req.path) && response.status === 201) {
      this.startLag(ctx, response);
      if (r.orgCreateMinimal) response = minimalCreatedOrg(response);
    }
    const orgId = req.method === "POST" ? ORG_MEMBERSHIPS2.exec(req.path)?.[1] : void 0;
    if (orgId !== void 0 && r.groupMembershipConflict?.defaultMembership) {
      addDefaultGroupMembership(
        ctx.state,
        decodeURIComponent(orgId),
        response,
        r.groupMembershipConflict.defaultRole,
        ctx
      );
    }
    if (ctx.api === "v1") {
      if (r.webhookSecretMinimum) response = bareWebhookCreated(req, response);
      if (r.tagDeleteForbidden) response = forbiddenTagDelete(req, response);
      if (r.notificationPutEcho) response = echoNotifications(req, response);
    }
    if (ctx.api === "rest") {
      if (r.membershipTopLevel)
        response = liftMembership(r.membershipTopLevel, req.method, ctx.template, response);
      if (r.errorDetails) response = detailsNotDetail(response);
      if (r.lastPageSelf || r.linkForms) response = reshapeLinks(r, ctx.template, response, ctx.restBase);
    }
    return this.withRateHeaders(response, ctx.rate);
  }
  startLag(ctx, response) {
    const body = response.body;
    const orgId = body?.id;
    const group = ctx.state.groups.find((g) => g.orgs.some((o) => o.id === orgId));
    if (typeof orgId === "string" && group !== void 0)
      this.lag?.created(orgId, group.id, ctx.now.getTime());
  }
  withRateHeaders(response, rate) {
    if (rate === void 0) return response;
    if (response.status === 429 && this.resolved.rateLimitNoRetryAfter) {
      return bareRateLimited(response, rate.snapshot);
    }
    if (!this.resolved.rateLimitHeaders) return response;
    const retryAfter = response.status === 429 ? Number(response.headers?.["retry-after"] ?? 1) : void 0;
    return { ...response, headers: { ...response.headers, ...rateHeaders(rate.snapshot, retryAfter) } };
  }
};

// src/emulator/rest/dispatch.ts
import { randomUUID as randomUUID3 } from "node:crypto";

// src/emulator/audit/search.ts
var DAY_MS = 864e5;
var GROUP_TEMPLATE = "/groups/{group_id}/audit_logs/search";
var ORG_TEMPLATE = "/orgs/{org_id}/audit_logs/search";
function parseTime(query, name) {
  const raw = query.get(name);
  if (raw === null) return void 0;
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(ms)) {
    throw restFail(400, `${name} '${raw}' is not an RFC 3339 date-time`, { source: { parameter: name } });
  }
  return ms;
}
function parseSize(query) {
  const raw = query.get("size");
  if (raw === null) return 100;
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < 1 || size > 100) {
    throw restFail(400, `size '${raw}' must be from 1 to 100`, { source: { parameter: "size" } });
  }
  return size;
}
function listParam(query, name) {
  const values = query.getAll(name).flatMap((v) => v.split(",")).filter((v) => v !== "");
  return values.length === 0 ? void 0 : values;
}
function encodeCursor2(seq) {
  return Buffer.from(JSON.stringify({ s: seq })).toString("base64url");
}
function decodeCursor2(raw) {
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (typeof parsed.s === "number") return parsed.s;
  } catch {
  }
  throw restFail(400, `cursor '${raw}' is not a valid cursor`, { source: { parameter: "cursor" } });
}
function checkAvailable(group) {
  if (group.auditLogs === false) {
    throw restFail(403, "Audit logs are available on the Enterprise plan only", { code: "forbidden" });
  }
}
function search(ctx, scoped) {
  const query = ctx.req.query;
  const events = listParam(query, "events");
  const excluded = listParam(query, "exclude_events");
  if (events !== void 0 && excluded !== void 0) {
    throw restFail(400, "events and exclude_events cannot be used together", {
      source: { parameter: "exclude_events" }
    });
  }
  const startOfYesterday = Math.floor(ctx.now.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const from = parseTime(query, "from") ?? startOfYesterday;
  const to = parseTime(query, "to") ?? Number.POSITIVE_INFINITY;
  const size = parseSize(query);
  const ascending = (query.get("sort_order") ?? "DESC").toUpperCase() === "ASC";
  const userId = query.get("user_id");
  const projectId = query.get("project_id");
  const cursor = query.get("cursor");
  const after = cursor === null ? void 0 : decodeCursor2(cursor);
  const matching = (ctx.state.auditLog ?? []).filter((e) => {
    const at = Date.parse(e.created);
    return scoped(e) && at >= from && at < to && (userId === null || e.userId === userId) && (projectId === null || e.project_id === projectId) && (events === void 0 || events.includes(e.event)) && (excluded === void 0 || !excluded.includes(e.event));
  });
  const ordered = ascending ? matching : [...matching].reverse();
  const start = after === void 0 ? 0 : ordered.findIndex((e) => ascending ? e.seq > after : e.seq < after);
  const page = start === -1 ? [] : ordered.slice(start, start + size);
  const last = page[page.length - 1];
  const more = start !== -1 && start + size < ordered.length;
  const template = ctx.req.path.includes("/groups/") ? GROUP_TEMPLATE : ORG_TEMPLATE;
  const prefix = ctx.reality.linkForms?.endpoints[template] === "rest" ? "/rest" : "";
  const base = prefix + ctx.req.path.replace(/^\/rest/, "");
  const links = { self: `${base}?${query.toString()}` };
  if (more && last !== void 0) {
    const next = new URLSearchParams(query);
    next.set("cursor", encodeCursor2(last.seq));
    links.next = `${base}?${next.toString()}`;
  }
  const items = page.map((e) => itemOf(e, ctx.reality.auditUserIds === true));
  return { status: 200, body: { jsonapi: JSONAPI, data: { items }, links } };
}
function itemOf(e, withUser) {
  const item = { created: e.created, event: e.event };
  if (e.group_id !== void 0) item.group_id = e.group_id;
  if (e.org_id !== void 0) item.org_id = e.org_id;
  if (e.project_id !== void 0) item.project_id = e.project_id;
  if (withUser && e.userId !== void 0) item.user_id = e.userId;
  item.content = e.content;
  return item;
}
function searchGroupAuditLogs(ctx) {
  const groupId = ctx.params.group_id ?? "";
  checkAvailable(requireGroup(ctx, groupId));
  return search(ctx, (e) => e.group_id === groupId);
}
function searchOrgAuditLogs(ctx) {
  const orgId = ctx.params.org_id ?? "";
  checkAvailable(requireOrg(ctx, orgId).group);
  return search(ctx, (e) => e.org_id === orgId);
}

// src/emulator/rest/serialize.ts
function userOf(state, userId) {
  return state.users.find((u) => u.id === userId) ?? { id: userId, name: "Unknown user", email: "", username: "" };
}
function roleOf(roles, roleId) {
  return roles.find((r) => r.id === roleId) ?? { id: roleId, name: "Unknown role" };
}
function orgAttributes(group, org) {
  const attributes = {
    name: org.name,
    slug: org.slug,
    is_personal: org.isPersonal === true,
    group_id: group.id,
    created_at: org.createdAt
  };
  if (org.updatedAt !== void 0) attributes.updated_at = org.updatedAt;
  return attributes;
}
function listedOrg(group, org) {
  return {
    id: org.id,
    type: "org",
    attributes: { ...orgAttributes(group, org), access_requests_enabled: org.settings.requestAccess.enabled }
  };
}
function userData(user, extra = {}) {
  const attributes = { email: user.email, name: user.name, username: user.username };
  if (user.loginMethod !== void 0) attributes.login_method = user.loginMethod;
  return { id: user.id, type: user.type ?? "user", attributes: { ...attributes, ...extra } };
}
function tenantUser(user, owner) {
  const data = userData(user, {
    login_method: user.loginMethod ?? "saml",
    account_type: user.type ?? "user",
    active: true
  });
  return { ...data, meta: { tenant_owner: owner } };
}
function membershipResource(state, scope, holder, roles, m) {
  const role = roleOf(roles, m.roleId);
  const user = userOf(state, m.userId);
  const relationships = {
    [scope]: { data: { id: holder.id, type: scope, attributes: { name: holder.name } } },
    role: { data: { id: role.id, type: `${scope}_role`, attributes: { name: role.name } } },
    user: { data: scope === "tenant" ? tenantUser(user, holder.ownerId === user.id) : userData(user) }
  };
  return {
    id: m.id,
    type: `${scope}_membership`,
    attributes: { created_at: m.createdAt },
    relationships: Object.fromEntries(Object.entries(relationships).sort(([a], [b]) => a < b ? -1 : 1))
  };
}
function tenantResource(tenant) {
  const resource3 = {
    id: tenant.id,
    type: "tenant",
    attributes: {
      name: tenant.name,
      slug: tenant.slug,
      created_at: tenant.createdAt,
      updated_at: tenant.updatedAt ?? tenant.createdAt
    }
  };
  if (tenant.ownerId !== void 0) {
    resource3.relationships = { owner: { data: { id: tenant.ownerId, type: "user" } } };
  }
  return resource3;
}
function tenantRole(tenant, role) {
  return {
    id: role.id,
    type: "tenant_role",
    attributes: {
      name: role.name,
      description: role.description ?? role.name,
      custom: role.custom === true,
      permissions: role.permissions ?? []
    },
    relationships: { tenant: { data: { id: tenant.id, type: "tenant" } } }
  };
}
function createdKey(item) {
  return `${item.createdAt}\0${item.id}`;
}

// src/emulator/rest/group-memberships.ts
var GROUP_MEMBERSHIPS2 = {
  name: "group",
  locate(ctx, groupId) {
    const group = requireGroup(ctx, groupId);
    return { holder: group, roles: group.groupRoles };
  },
  defaultOrder: "DESC",
  listMeta(ctx, m) {
    if (ctx.req.query.get("include_group_membership_count") !== "true") return void 0;
    const count = ctx.state.groups.filter((g) => g.members.some((x) => x.userId === m.userId)).length;
    return { group_membership_count: count };
  },
  beforeDelete(ctx, scoped, membership) {
    const cascade = ctx.req.query.get("cascade");
    if (cascade !== null && cascade !== "true" && cascade !== "false") {
      throw restFail(400, `cascade '${cascade}' must be true or false`, { source: { parameter: "cascade" } });
    }
    if (cascade !== "true") return;
    for (const org of scoped.holder.orgs)
      org.members = org.members.filter((m) => m.userId !== membership.userId);
  }
};
function listGroupUserOrgMemberships(ctx) {
  const group = requireGroup(ctx, ctx.params.group_id ?? "");
  const userId = ctx.req.query.get("user_id");
  if (userId === null || userId === "") {
    throw restFail(400, "user_id is required", { source: { parameter: "user_id" } });
  }
  const orgName = ctx.req.query.get("org_name")?.toLowerCase();
  const roleName = ctx.req.query.get("role_name")?.toLowerCase();
  const items = [];
  for (const org of group.orgs) {
    if (orgName !== void 0 && !org.name.toLowerCase().includes(orgName)) continue;
    for (const m of org.members) {
      if (m.userId !== userId) continue;
      if (roleName !== void 0 && roleOf(group.orgRoles, m.roleId).name.toLowerCase() !== roleName)
        continue;
      items.push({ org, m });
    }
  }
  const key = (x) => createdKey(x.m);
  items.sort((a, b) => key(a) < key(b) ? -1 : 1);
  const page = paginate(ctx, items, key);
  const data = page.items.map(({ org, m }) => membershipResource(ctx.state, "org", org, group.orgRoles, m));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

// src/emulator/rest/groups.ts
function groupResource(group) {
  const resource3 = { id: group.id, type: "group", attributes: { name: group.name } };
  if (group.tenantId !== void 0) resource3.relationships = { tenant: { data: { id: group.tenantId } } };
  return resource3;
}
function listGroups(ctx) {
  const groups = ctx.state.groups.filter((g) => canSeeGroup(g, ctx.user.id));
  const page = paginate(ctx, groups, (g) => `${String(ctx.state.groups.indexOf(g)).padStart(8, "0")}`);
  const data = page.items.map((g) => ({ id: g.id, type: "group", attributes: { name: g.name } }));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
function getGroup(ctx) {
  return single(ctx, groupResource(requireGroup(ctx, ctx.params.group_id ?? "")));
}
function getSelf(ctx) {
  const { user, token } = ctx;
  const type = token.kind === "service_account" || user.type === "service_account" ? "service_account" : "user";
  const attributes = type === "user" ? {
    name: user.name,
    email: user.email,
    username: user.username,
    avatar_url: `https://s.gravatar.com/avatar/${user.id.replace(/-/g, "")}`
  } : { name: user.name };
  return single(ctx, { id: user.id, type, attributes });
}
function inviteResource(orgId, invite) {
  return {
    id: invite.id,
    type: "org_invitation",
    attributes: { email: invite.email, is_active: invite.isActive, role: invite.roleId },
    relationships: { org: { data: { id: orgId, type: "org" }, links: { related: `/orgs/${orgId}` } } }
  };
}
function listInvites(ctx) {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const page = paginate(
    ctx,
    org.invites,
    (i) => `${String(org.invites.indexOf(i)).padStart(8, "0")}\0${i.id}`
  );
  const data = page.items.map((i) => inviteResource(org.id, i));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
function createInvite(ctx) {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const data = requireData(ctx);
  if (data.type !== "org_invitation") {
    throw restFail(400, `data.type '${String(data.type)}' must be 'org_invitation'`, {
      source: { pointer: "/data/type" }
    });
  }
  const attributes = data.attributes ?? {};
  if (typeof attributes.email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(attributes.email)) {
    throw restFail(400, `email '${String(attributes.email)}' is not an email address`, {
      source: { pointer: "/data/attributes/email" }
    });
  }
  const roleId = typeof attributes.role === "string" ? attributes.role : group.orgRoles[0]?.id;
  if (roleId === void 0 || !group.orgRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Org role ${String(attributes.role)} not found`, { code: "entity-not-found" });
  }
  const email = attributes.email;
  const invite = { id: ctx.newId(), email, roleId, isActive: true };
  org.invites.push(invite);
  return single(ctx, inviteResource(org.id, invite), 201);
}
function deleteInvite(ctx) {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const id2 = ctx.params.invite_id ?? "";
  if (!org.invites.some((i) => i.id === id2)) {
    throw restFail(404, `Invitation ${id2} not found in org ${org.id}`, { code: "entity-not-found" });
  }
  org.invites = org.invites.filter((i) => i.id !== id2);
  return { status: 204 };
}

// src/emulator/rest/list-order.ts
var FIELDS = ["username", "user_display_name", "email", "login_method", "role", "role_name"];
function orderMemberships(ctx, items, roles, defaultOrder = "ASC") {
  const sortBy = ctx.req.query.get("sort_by");
  const sortOrder = ctx.req.query.get("sort_order") ?? defaultOrder;
  if (sortOrder !== "ASC" && sortOrder !== "DESC") {
    throw restFail(400, `sort_order '${sortOrder}' must be ASC or DESC`, {
      source: { parameter: "sort_order" }
    });
  }
  if (sortBy === null) {
    const key2 = (item) => createdKey(item.m);
    return { items: [...items].sort((a, b) => key2(a) < key2(b) ? -1 : 1), key: key2, descending: false };
  }
  if (!FIELDS.includes(sortBy)) {
    throw restFail(400, `sort_by '${sortBy}' must be one of ${FIELDS.join(", ")}`, {
      source: { parameter: "sort_by" }
    });
  }
  const field = (m) => {
    const user = userOf(ctx.state, m.userId);
    if (sortBy === "username") return user.username;
    if (sortBy === "user_display_name") return user.name;
    if (sortBy === "email") return user.email;
    if (sortBy === "login_method") return user.loginMethod ?? "";
    return roleOf(roles, m.roleId).name;
  };
  const key = (item) => `${field(item.m).toLowerCase()}\0${createdKey(item.m)}`;
  const descending = sortOrder === "DESC";
  const sorted = [...items].sort((a, b) => {
    const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    return descending ? -c : c;
  });
  return { items: sorted, key, descending };
}
function filterMemberships(ctx, items, roles) {
  const q = ctx.req.query;
  const email = q.get("email")?.toLowerCase();
  const userId = q.get("user_id");
  const username = q.get("username")?.toLowerCase();
  const roleName = q.get("role_name")?.toLowerCase();
  const name = q.get("name")?.toLowerCase();
  return items.filter(({ m }) => {
    const user = userOf(ctx.state, m.userId);
    if (email !== void 0 && user.email.toLowerCase() !== email) return false;
    if (userId !== null && m.userId !== userId) return false;
    if (username !== void 0 && user.username.toLowerCase() !== username) return false;
    if (name !== void 0 && !user.name.toLowerCase().includes(name)) return false;
    if (roleName !== void 0 && roleOf(roles, m.roleId).name.toLowerCase() !== roleName) return false;
    return true;
  });
}

// src/emulator/rest/memberships.ts
function membershipHandlers(scope) {
  const type = `${scope.name}_membership`;
  const label = `${scope.name[0]?.toUpperCase()}${scope.name.slice(1)}`;
  const locate = (ctx) => scope.locate(ctx, ctx.params[`${scope.name}_id`] ?? "");
  const serialize = (ctx, { holder, roles }, m) => membershipResource(ctx.state, scope.name, holder, roles, m);
  const requireRole = ({ roles, rolesOf }, roleId) => {
    if (!roles.some((r) => r.id === roleId)) {
      const where = rolesOf === void 0 ? "" : ` in ${rolesOf}`;
      throw restFail(404, `${label} role ${roleId} not found${where}`, { code: "entity-not-found" });
    }
  };
  const requireMembership = (ctx, scoped) => {
    const id2 = ctx.params.membership_id ?? "";
    const membership = scoped.holder.members.find((m) => m.id === id2);
    if (membership === void 0) {
      throw restFail(404, `Membership ${id2} not found in ${scope.name} ${scoped.holder.id}`, {
        code: "entity-not-found"
      });
    }
    return membership;
  };
  return {
    list(ctx) {
      const scoped = locate(ctx);
      const items = scoped.holder.members.map((m) => ({ m }));
      const filtered = filterMemberships(ctx, items, scoped.roles);
      const ordered = orderMemberships(ctx, filtered, scoped.roles, scope.defaultOrder);
      const page = paginate(ctx, ordered.items, ordered.key, ordered.descending);
      const data = page.items.map(({ m }) => {
        const meta = scope.listMeta?.(ctx, m);
        const resource3 = serialize(ctx, scoped, m);
        return meta === void 0 ? resource3 : { ...resource3, meta };
      });
      return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
    },
    create(ctx) {
      const scoped = locate(ctx);
      const { holder } = scoped;
      const data = requireData(ctx);
      expectType(data, type);
      const related = requireRelationshipId(data, scope.name);
      const roleId = requireRelationshipId(data, "role");
      const userId = requireRelationshipId(data, "user");
      if (related !== holder.id) {
        throw restFail(
          400,
          `relationships.${scope.name}.data.id '${related}' does not match the ${scope.name} in the path (${holder.id})`,
          { source: { pointer: `/data/relationships/${scope.name}/data/id` } }
        );
      }
      requireRole(scoped, roleId);
      if (!ctx.state.users.some((u) => u.id === userId)) {
        throw restFail(404, `User ${userId} not found`, { code: "entity-not-found" });
      }
      if (holder.members.some((m) => m.userId === userId)) {
        throw restFail(409, `User ${userId} is already a member of ${scope.name} ${holder.id}`, {
          code: "conflict"
        });
      }
      const membership = { id: ctx.newId(), userId, roleId, createdAt: ctx.now.toISOString() };
      holder.members.push(membership);
      return single(ctx, serialize(ctx, scoped, membership), 201);
    },
    update(ctx) {
      const scoped = locate(ctx);
      const membership = requireMembership(ctx, scoped);
      const data = requireData(ctx);
      expectType(data, type);
      scope.checkUpdate?.(data, membership);
      const roleId = requireRelationshipId(data, "role");
      requireRole(scoped, roleId);
      membership.roleId = roleId;
      return { status: 204 };
    },
    delete(ctx) {
      const scoped = locate(ctx);
      const membership = requireMembership(ctx, scoped);
      scope.beforeDelete?.(ctx, scoped, membership);
      scoped.holder.members = scoped.holder.members.filter((m) => m !== membership);
      return { status: 204 };
    }
  };
}

// src/emulator/rest/org-memberships.ts
var ORG_MEMBERSHIPS3 = {
  name: "org",
  locate(ctx, orgId) {
    const { group, org } = requireOrg(ctx, orgId);
    return { holder: org, roles: group.orgRoles, rolesOf: `group ${group.id}` };
  },
  checkUpdate: (data, membership) => expectPathId(data, membership.id, "membership")
};

// src/emulator/rest/orgs.ts
function listOrgs(ctx) {
  const q = ctx.req.query;
  const groupId = q.get("group_id");
  const slug = q.get("slug");
  const name = q.get("name")?.toLowerCase();
  const isPersonal = q.get("is_personal");
  if (isPersonal !== null && isPersonal !== "true" && isPersonal !== "false") {
    throw restFail(400, `is_personal '${isPersonal}' must be true or false`, {
      source: { parameter: "is_personal" }
    });
  }
  const expandRole = (q.get("expand") ?? "").split(",").includes("member_role");
  const items = [];
  for (const group of ctx.state.groups) {
    if (!canSeeGroup(group, ctx.user.id)) continue;
    if (groupId !== null && group.id !== groupId) continue;
    for (const org of group.orgs) {
      if (slug !== null && org.slug !== slug) continue;
      if (name !== void 0 && !org.name.toLowerCase().includes(name)) continue;
      if (isPersonal !== null && org.isPersonal === true !== (isPersonal === "true")) continue;
      items.push({ group, org });
    }
  }
  const key = (x) => createdKey(x.org);
  items.sort((a, b) => key(a) < key(b) ? -1 : 1);
  const page = paginate(ctx, items, key);
  const data = page.items.map(({ group, org }) => {
    const resource3 = listedOrg(group, org);
    const membership = org.members.find((m) => m.userId === ctx.user.id);
    if (expandRole && membership !== void 0) {
      const role = roleOf(group.orgRoles, membership.roleId);
      resource3.relationships = {
        member_role: { data: { id: role.id, type: "org_role", attributes: { name: role.name } } }
      };
    }
    return resource3;
  });
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
function listGroupOrgs(ctx) {
  const group = requireGroup(ctx, ctx.params.group_id ?? "");
  const name = ctx.req.query.get("name")?.toLowerCase();
  const slug = ctx.req.query.get("slug");
  const key = (org) => `${org.name.toLowerCase()}\0${org.name}\0${org.id}`;
  const orgs = group.orgs.filter(
    (o) => (name === void 0 || o.name.toLowerCase().includes(name)) && (slug === null || o.slug === slug)
  ).sort((a, b) => key(a) < key(b) ? -1 : 1);
  const page = paginate(ctx, orgs, key);
  return {
    status: 200,
    body: { jsonapi: JSONAPI, data: page.items.map((org) => listedOrg(group, org)), links: page.links }
  };
}
function getOrg(ctx) {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const resource3 = {
    id: org.id,
    type: "org",
    attributes: orgAttributes(group, org)
  };
  if ((ctx.req.query.get("expand") ?? "").split(",").includes("tenant") && group.tenantId !== void 0) {
    resource3.relationships = { tenant: { data: { id: group.tenantId, type: "tenant" } } };
  }
  return single(ctx, resource3);
}
function updateOrg(ctx) {
  const orgId = ctx.params.org_id ?? "";
  const { group, org } = requireOrg(ctx, orgId);
  const data = requireData(ctx);
  expectType(data, "org");
  if (data.id !== orgId) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the org in the path (${orgId})`, {
      source: { pointer: "/data/id" }
    });
  }
  const attributes = data.attributes ?? {};
  const unknown = Object.keys(attributes).filter((k) => k !== "name");
  if (unknown.length > 0) {
    throw restFail(400, `attribute '${unknown[0]}' cannot be updated: name is the only updatable attribute`, {
      source: { pointer: `/data/attributes/${unknown[0]}` }
    });
  }
  applyName(ctx, org, attributes.name);
  return single(ctx, listedOrg(group, org));
}

// src/emulator/rest/projects.ts
var ENUMS = PROJECT_ATTRIBUTE_VALUES;
var FIELD = {
  business_criticality: "businessCriticality",
  environment: "environment",
  lifecycle: "lifecycle"
};
var TAG_KEY = /^[A-Za-z0-9_-]{1,30}$/;
var TAG_VALUE = /^[A-Za-z0-9_-]{1,50}$/;
var REAL_TAG_VALUE = /^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$/;
function projectResource(org, p) {
  const attributes = {
    name: p.name,
    type: p.type,
    target_file: p.targetFile,
    target_reference: p.targetReference,
    origin: p.origin,
    created: p.createdAt,
    status: p.status,
    read_only: false,
    settings: { recurring_tests: { frequency: "daily" }, pull_requests: {} },
    tags: p.tags.map((t) => ({ key: t.key, value: t.value }))
  };
  for (const [rest, field] of Object.entries(FIELD)) {
    const values = p[field];
    if (values !== void 0) attributes[rest] = [...values];
  }
  return {
    id: p.id,
    type: "project",
    attributes,
    relationships: {
      organization: { data: { id: org.id, type: "org" }, links: {} },
      target: { data: { id: p.targetId, type: "target" }, links: {} }
    }
  };
}
function listParam2(query, name) {
  const raw = query.get(name);
  return raw === null ? void 0 : raw.split(",").filter((v) => v !== "");
}
function filterOf(query) {
  const ids = listParam2(query, "ids");
  const names = listParam2(query, "names");
  const prefixes = listParam2(query, "names_start_with");
  const types = listParam2(query, "types");
  const origins = listParam2(query, "origins");
  const tags = listParam2(query, "tags");
  const attributes = Object.keys(ENUMS).map((a) => [a, listParam2(query, a)]);
  return (p) => (ids === void 0 || ids.includes(p.id)) && (names === void 0 || names.includes(p.name)) && (prefixes === void 0 || prefixes.some((prefix) => p.name.startsWith(prefix))) && (types === void 0 || types.includes(p.type)) && (origins === void 0 || origins.includes(p.origin)) && // "match all the provided tags" / attribute values
  (tags === void 0 || tags.every((t) => p.tags.some((own) => `${own.key}:${own.value}` === t))) && attributes.every(([a, wanted]) => wanted === void 0 || wanted.every((v) => p[FIELD[a]]?.includes(v)));
}
function listOrgProjects(ctx) {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const key = (p) => `${p.createdAt}\0${p.id}`;
  const projects = (org.projects ?? []).filter(filterOf(ctx.req.query));
  projects.sort((a, b) => key(a) < key(b) ? -1 : 1);
  const page = paginate(ctx, projects, key);
  const data = page.items.map((p) => projectResource(org, p));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
function badAttribute(pointer, detail) {
  throw restFail(400, detail, { source: { pointer } });
}
function readTags(value, tagValue) {
  if (!Array.isArray(value)) badAttribute("/data/attributes/tags", "tags must be an array of { key, value }");
  return value.map((tag, i) => {
    const t = tag;
    const key = t?.key;
    const val = t?.value;
    if (typeof key !== "string" || !TAG_KEY.test(key) || typeof val !== "string" || !tagValue.test(val))
      badAttribute(
        `/data/attributes/tags/${i}`,
        tagValue === TAG_VALUE ? "a tag is { key, value }: letters, digits, - and _, key at most 30 and value at most 50 characters" : "a tag is { key, value }: a key of letters, digits, - and _ (at most 30), a value of letters, digits and _ . ~ : / ? # @ & + = % - (at most 256)"
      );
    return { key, value: val };
  });
}
function readEnumList(attributes, name) {
  const value = attributes[name];
  if (value === void 0) return void 0;
  const allowed = ENUMS[name];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && allowed.includes(v)))
    badAttribute(`/data/attributes/${name}`, `${name} must be an array of ${allowed.join(", ")}`);
  return [...new Set(value)];
}
function updateOrgProject(ctx) {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const projectId = ctx.params.project_id ?? "";
  const project = org.projects?.find((p) => p.id === projectId);
  if (project === void 0)
    throw restFail(404, `Project ${projectId} not found in org ${org.id}`, { code: "entity-not-found" });
  const data = requireData(ctx);
  if (data.type !== "project")
    badAttribute("/data/type", `data.type '${String(data.type)}' must be 'project'`);
  if (data.id !== projectId)
    badAttribute("/data/id", `data.id '${String(data.id)}' must be the project in the path`);
  const relationships = data.relationships;
  if (relationships === null || typeof relationships !== "object" || Array.isArray(relationships))
    badAttribute("/data/relationships", "data.relationships is required (an object)");
  const attributes = data.attributes;
  if (attributes === null || typeof attributes !== "object" || Array.isArray(attributes))
    badAttribute("/data/attributes", "data.attributes is required (an object)");
  const attrs = attributes;
  const tags = attrs.tags === void 0 ? void 0 : readTags(attrs.tags, ctx.reality.projectTagValues ? REAL_TAG_VALUE : TAG_VALUE);
  const lists = Object.keys(ENUMS).map((a) => [a, readEnumList(attrs, a)]);
  if (tags !== void 0) {
    retag(group, project.tags, tags);
    project.tags = tags;
  }
  for (const [a, values] of lists) if (values !== void 0) project[FIELD[a]] = values;
  return single(ctx, projectResource(org, project));
}

// src/emulator/rest/service-accounts.ts
import { randomBytes } from "node:crypto";
var AUTH_TYPES = /* @__PURE__ */ new Set(["api_key", "oauth_client_secret", "oauth_private_key_jwt", "access_token"]);
function holderOf(ctx, level) {
  if (level === "group") {
    const group2 = requireGroup(ctx, ctx.params.group_id ?? "");
    group2.serviceAccounts ??= [];
    return {
      level: "Group",
      accounts: group2.serviceAccounts,
      members: group2.members,
      roles: group2.groupRoles
    };
  }
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? "");
  org.serviceAccounts ??= [];
  return { level: "Org", accounts: org.serviceAccounts, members: org.members, roles: group.orgRoles };
}
function resource(account, level, secret) {
  const attributes = {
    name: account.name,
    auth_type: account.authType,
    role_id: account.roleId,
    level,
    created_at: account.createdAt
  };
  if (account.clientId !== void 0) attributes.client_id = account.clientId;
  if (account.jwksUrl !== void 0) attributes.jwks_url = account.jwksUrl;
  if (account.accessTokenTtlSeconds !== void 0)
    attributes.access_token_ttl_seconds = account.accessTokenTtlSeconds;
  if (secret !== void 0) attributes[account.authType === "api_key" ? "api_key" : "client_secret"] = secret;
  return { id: account.id, type: "service_account", attributes };
}
function requireAccount(ctx, holder) {
  const id2 = ctx.params.serviceaccount_id ?? "";
  const account = holder.accounts.find((a) => a.id === id2);
  if (account === void 0)
    throw restFail(404, `Service account ${id2} not found`, { code: "entity-not-found" });
  return account;
}
function newSecret(prefix) {
  return `${prefix}${randomBytes(24).toString("hex")}`;
}
function text(attrs, key, required) {
  const value = attrs[key];
  if (value === void 0 && !required) return void 0;
  if (typeof value !== "string" || value === "")
    throw restFail(400, `data.attributes.${key} must be a non-empty string`, {
      source: { pointer: `/data/attributes/${key}` }
    });
  return value;
}
function readCreate(ctx, holder) {
  const data = requireData(ctx);
  expectType(data, "service_account");
  const attrs = data.attributes ?? {};
  const name = text(attrs, "name", true);
  const roleId = text(attrs, "role_id", true);
  const authType = text(attrs, "auth_type", true);
  if (!AUTH_TYPES.has(authType)) throw restFail(400, `auth_type '${authType}' is not one Snyk takes`);
  if (!holder.roles.some((r) => r.id === roleId)) throw restFail(404, `Role ${roleId} not found`);
  const jwksUrl = text(attrs, "jwks_url", authType === "oauth_private_key_jwt");
  if (jwksUrl !== void 0 && !jwksUrl.startsWith("https://")) throw restFail(400, "jwks_url must be https");
  const ttl = attrs.access_token_ttl_seconds;
  if (ttl !== void 0 && (typeof ttl !== "number" || ttl < 3600 || ttl > 86400))
    throw restFail(400, "access_token_ttl_seconds must be between 3600 and 86400");
  return { name, roleId, authType, jwksUrl, ttl };
}
function create(level) {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    const input = readCreate(ctx, holder);
    if (holder.accounts.some((a) => a.name === input.name)) {
      if (ctx.reality.serviceAccountDuplicate500) throw restFail(500, "an account already existing");
      throw restFail(409, `A service account named '${input.name}' already exists`);
    }
    const oauth = input.authType.startsWith("oauth_");
    const account = {
      id: ctx.newId(),
      name: input.name,
      roleId: input.roleId,
      authType: input.authType,
      ...input.jwksUrl === void 0 ? {} : { jwksUrl: input.jwksUrl },
      ...oauth ? { accessTokenTtlSeconds: input.ttl ?? 3600, clientId: ctx.newId() } : {},
      secrets: [],
      createdAt: ctx.now.toISOString()
    };
    const secret = issueSecret(ctx.state, account);
    holder.accounts.push(account);
    ctx.state.users.push({
      id: account.id,
      name: account.name,
      email: "",
      username: account.name,
      type: "service_account"
    });
    holder.members.push({
      id: ctx.newId(),
      userId: account.id,
      roleId: account.roleId,
      createdAt: account.createdAt
    });
    return single(ctx, resource(account, holder.level, secret), 201);
  };
}
function issueSecret(state, account) {
  if (account.authType === "oauth_private_key_jwt") return void 0;
  const secret = newSecret(account.authType === "api_key" ? "" : "snyk_cs_");
  for (const old of account.secrets) dropToken(state, old);
  account.secrets = [secret];
  if (account.authType === "api_key")
    state.tokens.push({ token: secret, userId: account.id, kind: "service_account" });
  else registerOAuthClient(state, account, secret);
  return secret;
}
function registerOAuthClient(state, account, secret) {
  if (account.clientId === void 0) return;
  const others = (state.oauthClients ?? []).filter((c) => c.userId !== account.id);
  state.oauthClients = [
    ...others,
    {
      clientId: account.clientId,
      userId: account.id,
      clientSecret: secret,
      ...account.accessTokenTtlSeconds === void 0 ? {} : { accessTokenTtlSeconds: account.accessTokenTtlSeconds }
    }
  ];
}
function dropToken(state, token) {
  state.tokens = state.tokens.filter((t) => t.token !== token);
}
function list(level) {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    const page = paginate(
      ctx,
      holder.accounts,
      (a) => `${String(holder.accounts.indexOf(a)).padStart(8, "0")}`
    );
    const data = page.items.map((a) => resource(a, holder.level));
    return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
  };
}
function get(level) {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    return single(ctx, resource(requireAccount(ctx, holder), holder.level));
  };
}
function accountBody(ctx, level) {
  const holder = holderOf(ctx, level);
  const account = requireAccount(ctx, holder);
  const data = requireData(ctx);
  expectType(data, "service_account");
  return { holder, account, data, attributes: data.attributes ?? {} };
}
function rename(level) {
  return (ctx) => {
    const { holder, account, data, attributes } = accountBody(ctx, level);
    if (data.id !== account.id) throw restFail(400, "data.id must match the id in the path");
    const name = text(attributes, "name", true);
    if (holder.accounts.some((a) => a.name === name && a.id !== account.id))
      throw restFail(409, `A service account named '${name}' already exists`);
    account.name = name;
    return single(ctx, resource(account, holder.level));
  };
}
function remove(level) {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    const account = requireAccount(ctx, holder);
    holder.accounts.splice(holder.accounts.indexOf(account), 1);
    const member = holder.members.findIndex((m) => m.userId === account.id);
    if (member >= 0) holder.members.splice(member, 1);
    for (const secret of account.secrets) dropToken(ctx.state, secret);
    ctx.state.tokens = ctx.state.tokens.filter((t) => t.userId !== account.id);
    if (ctx.state.oauthClients !== void 0)
      ctx.state.oauthClients = ctx.state.oauthClients.filter((c) => c.userId !== account.id);
    return { status: 204, body: void 0 };
  };
}
function rotate(level) {
  return (ctx) => {
    const { holder, account, attributes } = accountBody(ctx, level);
    const mode = attributes.mode;
    if (mode !== "replace") throw restFail(400, "only mode 'replace' is served by the emulator");
    if (account.authType !== "oauth_client_secret")
      throw restFail(400, `a service account of auth_type ${account.authType} has no client secret`);
    return single(ctx, resource(account, holder.level, issueSecret(ctx.state, account)));
  };
}
function serviceAccountHandlers(level) {
  return {
    list: list(level),
    get: get(level),
    create: create(level),
    rename: rename(level),
    remove: remove(level),
    rotate: rotate(level)
  };
}

// src/core/settings-endpoints.ts
var tables = [
  ORG_SETTINGS_PARTS,
  GROUP_SETTINGS_PARTS
];
var REST_SETTINGS_ENDPOINTS = tables.flatMap((table) => Object.values(table)).flatMap((part) => part.rest === void 0 ? [] : [part.rest]);

// src/emulator/rest/settings.ts
var BEHAVIOUR = {
  "/orgs/{org_id}/settings/sast": {
    initial: (reality) => reality.sastUnsetEmpty ? {} : { sast_enabled: false, autofix_enabled: false },
    writeStatus: 201,
    required: ["sast_enabled"]
  },
  // The spec gives the template's id the format `uri`.
  "/groups/{group_id}/settings/pull_request_template": { id: (groupId) => `urn:uuid:${groupId}` }
};
function behaviourOf(endpoint) {
  return {
    initial: () => endpoint.deletable === true ? void 0 : {},
    writeStatus: endpoint.write === "POST" ? 201 : 200,
    id: (scopeId) => scopeId,
    ...BEHAVIOUR[endpoint.template]
  };
}
function settingsName(endpoint) {
  return endpoint.template.slice(endpoint.template.lastIndexOf("/") + 1);
}
function holderOf2(ctx, endpoint) {
  const param = scopeParameter(endpoint);
  const id2 = ctx.params[param] ?? "";
  const holder = param === "org_id" ? requireOrg(ctx, id2).org : requireGroup(ctx, id2);
  return { id: id2, holder };
}
function resource2(ctx, endpoint, id2, attributes, status) {
  return single(ctx, { id: behaviourOf(endpoint).id(id2), type: endpoint.type, attributes }, status);
}
function current(ctx, endpoint, holder) {
  return holder.restSettings?.[settingsName(endpoint)] ?? behaviourOf(endpoint).initial(ctx.reality);
}
function notSet(endpoint) {
  throw restFail(404, `No ${endpoint.type} has been saved`, { code: "entity-not-found" });
}
function read(endpoint) {
  return (ctx) => {
    const { id: id2, holder } = holderOf2(ctx, endpoint);
    return resource2(ctx, endpoint, id2, current(ctx, endpoint, holder) ?? notSet(endpoint), 200);
  };
}
function requestAttributes(ctx, endpoint, id2) {
  const data = requireData(ctx);
  expectType(data, endpoint.type);
  if (endpoint.writeId === true) {
    if (data.id === void 0)
      throw restFail(400, "data.id is required", { source: { pointer: "/data/id" } });
    expectPathId(data, id2, scopeParameter(endpoint));
  }
  const checked = fromAttributes(endpoint, data.attributes, "data.attributes", { strict: true });
  if ("problem" in checked) {
    const { path, expected } = checked.problem;
    throw restFail(400, `${path}: expected ${expected}`, {
      source: { pointer: `/${path.replaceAll(".", "/")}` }
    });
  }
  const attributes = data.attributes;
  const missing = (behaviourOf(endpoint).required ?? []).filter((key) => attributes[key] === void 0);
  if (missing.length > 0 || Object.keys(attributes).length === 0)
    throw restFail(
      400,
      `data.attributes must have ${missing.join(", ") || "at least one attribute"}`,
      {
        source: { pointer: "/data/attributes" }
      }
    );
  return attributes;
}
function merged(before, sent) {
  const out = { ...before };
  for (const [key, value] of Object.entries(sent)) {
    const prior = out[key];
    out[key] = isObject2(prior) && isObject2(value) ? { ...prior, ...value } : value;
  }
  return out;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function write(endpoint) {
  return (ctx) => {
    const { id: id2, holder } = holderOf2(ctx, endpoint);
    const sent = requestAttributes(ctx, endpoint, id2);
    const after = endpoint.write === "POST" ? sent : merged(current(ctx, endpoint, holder) ?? {}, sent);
    holder.restSettings = { ...holder.restSettings, [settingsName(endpoint)]: after };
    return resource2(ctx, endpoint, id2, after, behaviourOf(endpoint).writeStatus);
  };
}
function remove2(endpoint) {
  return (ctx) => {
    const { holder } = holderOf2(ctx, endpoint);
    if (current(ctx, endpoint, holder) === void 0) notSet(endpoint);
    delete holder.restSettings?.[settingsName(endpoint)];
    return { status: 204 };
  };
}
function settingsRoutes(op2) {
  return REST_SETTINGS_ENDPOINTS.flatMap((endpoint) => [
    op2("GET", endpoint.template, read(endpoint), endpoint.releases.read),
    op2(endpoint.write, endpoint.template, write(endpoint), endpoint.releases.write),
    ...endpoint.deletable === true ? [
      op2(
        "DELETE",
        endpoint.template,
        remove2(endpoint),
        endpoint.releases.delete ?? endpoint.releases.write
      )
    ] : []
  ]);
}

// src/emulator/rest/targets.ts
function targetResource(org, t, realNames) {
  return {
    id: t.id,
    type: "target",
    attributes: {
      display_name: t.displayName,
      url: realNames && t.integrationType !== "cli" ? null : t.url,
      is_private: t.isPrivate,
      created_at: t.createdAt
    },
    relationships: {
      integration: {
        data: {
          id: t.integrationId ?? null,
          type: "integration",
          attributes: { integration_type: t.integrationType }
        }
      },
      organization: { data: { id: org.id, type: "org" } }
    }
  };
}
function cliTwin(targets) {
  const scm = targets.find((t) => t.integrationType !== "cli");
  if (scm === void 0 || targets.some((t) => t.integrationType === "cli" && t.displayName === scm.displayName))
    return targets;
  const id2 = `${scm.id.slice(0, -4)}c11e`;
  return [...targets, { ...scm, id: id2, integrationType: "cli", url: null, createdAt: scm.createdAt }];
}
function listOrgTargets(ctx) {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const realNames = ctx.reality.targetsRealNames === true;
  const all = realNames ? cliTwin(org.targets ?? []) : org.targets ?? [];
  const key = (t) => `${t.createdAt}\0${t.id}`;
  const sorted = [...all].sort((a, b) => key(a) < key(b) ? -1 : 1);
  const page = paginate(ctx, sorted, key);
  const data = page.items.map((t) => targetResource(org, t, realNames));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
function deleteOrgTarget(ctx) {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? "");
  const id2 = ctx.params.target_id ?? "";
  const target = (org.targets ?? []).find((t) => t.id === id2);
  if (target === void 0)
    throw restFail(404, `Target ${id2} not found in org ${org.id}`, { code: "entity-not-found" });
  org.targets = (org.targets ?? []).filter((t) => t !== target);
  org.projects = (org.projects ?? []).filter((p) => p.targetId !== id2);
  return { status: 204 };
}

// src/emulator/rest/tenants.ts
function listTenants(ctx) {
  const tenants = ctx.state.tenants.filter((t) => canSeeTenant(ctx.state, t, ctx.user.id)).sort((a, b) => createdKey(a) < createdKey(b) ? -1 : 1);
  const page = paginate(ctx, tenants, createdKey);
  return { status: 200, body: { jsonapi: JSONAPI, data: page.items.map(tenantResource), links: page.links } };
}
function getTenant(ctx) {
  return single(ctx, tenantResource(requireTenant(ctx, ctx.params.tenant_id ?? "")));
}
function updateTenant(ctx) {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? "");
  const data = requireData(ctx);
  expectPathId(data, tenant.id, "tenant");
  applyName(ctx, tenant, data.attributes?.name);
  const { relationships: _omitted, ...resource3 } = tenantResource(tenant);
  return single(ctx, resource3);
}
var TENANT_MEMBERSHIPS = {
  name: "tenant",
  locate(ctx, tenantId) {
    const tenant = requireTenant(ctx, tenantId);
    return { holder: tenant, roles: tenant.roles };
  },
  beforeDelete(_ctx, { holder }, membership) {
    if (holder.ownerId === membership.userId) {
      throw restFail(409, "The tenant owner cannot be removed from the tenant", { code: "conflict" });
    }
  }
};
function listTenantRoles(ctx) {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? "");
  const name = ctx.req.query.get("name")?.toLowerCase();
  const custom = ctx.req.query.get("custom");
  const roles = tenant.roles.filter(
    (r) => (name === void 0 || r.name.toLowerCase().includes(name)) && (custom === null || r.custom === true === (custom === "true"))
  );
  const page = paginate(
    ctx,
    roles,
    (r) => `${String(tenant.roles.indexOf(r)).padStart(8, "0")}\0${r.id}`
  );
  const data = page.items.map((r) => tenantRole(tenant, r));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

// src/emulator/rest/routes.ts
var ORG = ["2022-04-06~experimental", "2022-12-15~beta", "2023-05-29"];
var ORG_LISTS = [...ORG, "2024-02-28"];
var GROUPS = ["2022-01-31~experimental", "2023-01-30~beta"];
var MEMBERSHIPS = ["2024-05-09~experimental", "2024-08-25"];
var MEMBERSHIP_EDITS = ["2024-06-06~experimental", "2024-08-25"];
var PROJECT_EDITS = [
  "2022-12-21~experimental",
  "2023-02-15",
  "2023-08-28",
  "2023-09-11",
  "2023-11-06",
  "2024-05-31"
];
var TENANTS = ["2024-04-11~experimental", "2024-10-15"];
var AUDIT_LOGS = ["2023-09-11", "2024-04-29"];
function op(method, template, handler, releases) {
  return { method, template, handler: { handler, releases } };
}
function membershipOps(scope, releases) {
  const handlers = membershipHandlers(scope);
  const list2 = `/${scope.name}s/{${scope.name}_id}/memberships`;
  return [
    op("GET", list2, handlers.list, releases.list),
    ...releases.create === void 0 ? [] : [op("POST", list2, handlers.create, releases.create)],
    op("PATCH", `${list2}/{membership_id}`, handlers.update, releases.update),
    op("DELETE", `${list2}/{membership_id}`, handlers.delete, releases.delete)
  ];
}
var SERVICE_ACCOUNTS = ["2023-09-07"];
function serviceAccountOps(level) {
  const h = serviceAccountHandlers(level);
  const base = `/${level}s/{${level}_id}/service_accounts`;
  return [
    op("GET", base, h.list, SERVICE_ACCOUNTS),
    op("POST", base, h.create, SERVICE_ACCOUNTS),
    op("GET", `${base}/{serviceaccount_id}`, h.get, SERVICE_ACCOUNTS),
    op("PATCH", `${base}/{serviceaccount_id}`, h.rename, SERVICE_ACCOUNTS),
    op("DELETE", `${base}/{serviceaccount_id}`, h.remove, SERVICE_ACCOUNTS),
    op("POST", `${base}/{serviceaccount_id}/secrets`, h.rotate, SERVICE_ACCOUNTS)
  ];
}
var REST_ROUTES = [
  op("GET", "/orgs", listOrgs, ORG_LISTS),
  op("GET", "/orgs/{org_id}", getOrg, ORG),
  op("PATCH", "/orgs/{org_id}", updateOrg, ORG_LISTS),
  ...membershipOps(ORG_MEMBERSHIPS3, {
    list: MEMBERSHIPS,
    create: MEMBERSHIPS,
    update: MEMBERSHIP_EDITS,
    delete: MEMBERSHIP_EDITS
  }),
  op("GET", "/orgs/{org_id}/projects", listOrgProjects, [
    "2021-06-04~beta",
    "2022-08-12~experimental",
    ...PROJECT_EDITS
  ]),
  op("PATCH", "/orgs/{org_id}/projects/{project_id}", updateOrgProject, PROJECT_EDITS),
  op("GET", "/orgs/{org_id}/targets", listOrgTargets, ["2021-08-20~beta", "2024-02-21"]),
  op("DELETE", "/orgs/{org_id}/targets/{target_id}", deleteOrgTarget, [
    "2021-09-29~beta",
    "2023-06-23~beta",
    "2024-02-21"
  ]),
  op("GET", "/orgs/{org_id}/invites", listInvites, ["2022-11-14"]),
  op("POST", "/orgs/{org_id}/invites", createInvite, ["2022-06-01", "2023-04-28", "2024-06-21"]),
  op("DELETE", "/orgs/{org_id}/invites/{invite_id}", deleteInvite, ["2022-11-14"]),
  op("GET", "/groups", listGroups, GROUPS),
  op("GET", "/groups/{group_id}", getGroup, [...GROUPS, "2024-04-25~experimental"]),
  op("GET", "/groups/{group_id}/orgs", listGroupOrgs, [
    "2023-10-24~experimental",
    "2023-12-14~beta",
    "2024-02-28"
  ]),
  ...membershipOps(GROUP_MEMBERSHIPS2, {
    list: MEMBERSHIPS,
    create: MEMBERSHIPS,
    update: MEMBERSHIPS,
    delete: MEMBERSHIPS
  }),
  op("GET", "/groups/{group_id}/org_memberships", listGroupUserOrgMemberships, ["2024-08-25"]),
  op("GET", "/tenants", listTenants, TENANTS),
  op("GET", "/tenants/{tenant_id}", getTenant, TENANTS),
  op("PATCH", "/tenants/{tenant_id}", updateTenant, TENANTS),
  ...membershipOps(TENANT_MEMBERSHIPS, {
    list: ["2024-05-09~experimental", "2024-09-03~beta"],
    update: ["2024-06-09~experimental", "2024-09-03~beta"],
    delete: ["2024-06-04~experimental", "2024-09-03~beta"]
  }),
  op("GET", "/tenants/{tenant_id}/roles", listTenantRoles, ["2024-10-15~beta"]),
  op("GET", "/groups/{group_id}/audit_logs/search", searchGroupAuditLogs, AUDIT_LOGS),
  op("GET", "/orgs/{org_id}/audit_logs/search", searchOrgAuditLogs, AUDIT_LOGS),
  ...serviceAccountOps("group"),
  ...serviceAccountOps("org"),
  op("GET", "/self", getSelf, ["2022-03-01~experimental", "2022-09-14~experimental", "2024-04-22"]),
  ...settingsRoutes(op)
];

// src/emulator/rest/version.ts
var VERSION = /^(wip|work-in-progress|experimental|beta|((\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(~(wip|work-in-progress|experimental|beta))?)$/;
var RANK = { wip: 0, "work-in-progress": 0, experimental: 1, beta: 2, ga: 3 };
function parseVersion(value) {
  const m = VERSION.exec(value);
  if (m === null) return void 0;
  if (m[2] === void 0) {
    return { date: "9999-12-31", stability: normalise(m[1] ?? "ga") };
  }
  const date = m[2];
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || (/* @__PURE__ */ new Date(`${date}T00:00:00Z`)).toISOString().slice(0, 10) !== date) {
    return void 0;
  }
  return { date, stability: normalise(m[7] ?? "ga") };
}
function normalise(s) {
  return s === "work-in-progress" ? "wip" : s;
}
function resolveRelease(releases, requested) {
  let best;
  for (const release of releases) {
    const [date = "", stability = "ga"] = release.split("~");
    if (date > requested.date) continue;
    if ((RANK[stability] ?? 3) < (RANK[requested.stability] ?? 3)) continue;
    if (best === void 0 || date >= (best.split("~")[0] ?? "")) best = release;
  }
  return best;
}
function stageOf(release) {
  return release.split("~")[1] ?? "ga";
}

// src/emulator/rest/dispatch.ts
function handleRest(req, deps) {
  const headers = { "snyk-request-id": randomUUID3() };
  const finish = (result) => {
    result.response.headers = { ...headers, ...result.response.headers };
    if (result.response.body !== void 0) result.response.contentType = JSONAPI_TYPE;
    return result;
  };
  const path = req.path.replace(/^\/rest/, "") || "/";
  const match = matchRoute(REST_ROUTES, req.method, path);
  const template = match?.route.template;
  const withTemplate = (response) => finish(template === void 0 ? { response } : { response, template });
  const rawVersion = req.query.get("version");
  if (rawVersion === null) {
    return withTemplate(
      restError(400, "The version query parameter is required (e.g. version=2024-10-15)", {
        source: { parameter: "version" }
      })
    );
  }
  const requested = parseVersion(rawVersion);
  if (requested === void 0) {
    return withTemplate(
      restError(
        400,
        `version '${rawVersion}' is not a valid API version (expected YYYY-MM-DD, optionally ~beta)`,
        {
          source: { parameter: "version" }
        }
      )
    );
  }
  headers["snyk-version-requested"] = rawVersion;
  const user = deps.token === void 0 ? void 0 : deps.state.users.find((u) => u.id === deps.token?.userId);
  if (deps.token === void 0 || user === void 0) {
    return withTemplate(restError(401, "Authentication is required: send Authorization: token <API token>"));
  }
  if (match === void 0) {
    return finish({ response: restError(404, `No endpoint ${req.method} ${path}`, { code: "not-found" }) });
  }
  const release = resolveRelease(match.route.handler.releases, requested);
  if (release === void 0) {
    return finish({
      response: restError(
        404,
        `${req.method} ${match.route.template} is not available at version ${rawVersion} (releases: ${match.route.handler.releases.join(", ")})`,
        { code: "not-found" }
      )
    });
  }
  headers["snyk-version-served"] = release;
  headers["snyk-version-lifecycle-stage"] = stageOf(release);
  if (req.rawBody !== void 0 && req.rawBody !== "") {
    const contentType = String(req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
    if (contentType !== JSONAPI_TYPE) {
      return withTemplate(
        restError(
          400,
          `Client request did not conform to OpenAPI specification: content type '${contentType}' must be ${JSONAPI_TYPE}`
        )
      );
    }
  }
  const call = { req, params: match.params, token: deps.token, user };
  return withTemplate(runHandler(deps, call, match.route.handler.handler));
}

// src/emulator/v1/groups.ts
function getGroupSettings(ctx) {
  return json(structuredClone(requireV1Group(ctx).settings));
}
function putGroupSettings(ctx) {
  const group = requireV1Group(ctx);
  const body = bodyOf2(ctx);
  const { sessionLength } = body;
  if (sessionLength !== void 0 && sessionLength !== null && !(typeof sessionLength === "number" && Number.isInteger(sessionLength) && sessionLength >= 1 && sessionLength <= 43200)) {
    throw v1Fail(
      400,
      `sessionLength ${JSON.stringify(sessionLength)} must be an integer from 1 to 43200 (minutes) or null`
    );
  }
  const enabled = body.requestAccess?.enabled;
  if (enabled !== void 0 && typeof enabled !== "boolean") {
    throw v1Fail(400, `requestAccess.enabled must be a boolean, got ${JSON.stringify(enabled)}`);
  }
  if (sessionLength !== void 0) group.settings.sessionLength = sessionLength;
  if (enabled !== void 0) group.settings.requestAccess.enabled = enabled;
  return json(structuredClone(group.settings));
}
function positiveInt(raw, name, fallback) {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw v1Fail(400, `${name} '${raw}' must be a positive integer`);
  return n;
}
function listGroupTags(ctx) {
  const group = requireV1Group(ctx);
  const perPage = positiveInt(ctx.req.query.get("perPage"), "perPage", 1e3);
  const page = positiveInt(ctx.req.query.get("page"), "page", 1);
  const tags = group.tags.slice((page - 1) * perPage, page * perPage).map((t) => ({ key: t.key, value: t.value }));
  return json({ tags });
}
function deleteGroupTag(ctx) {
  const group = requireV1Group(ctx);
  const body = bodyOf2(ctx);
  const { key, value, force } = body;
  if (typeof key !== "string" || typeof value !== "string")
    throw v1Fail(400, "key and value (strings) are required");
  if (force !== void 0 && typeof force !== "boolean") throw v1Fail(400, "force must be a boolean");
  const tag = group.tags.find((t) => t.key === key && t.value === value);
  if (tag === void 0) throw v1Fail(404, `Tag ${key}:${value} not found in group ${group.id}`);
  if ((tag.projectCount ?? 0) > 0 && force !== true) {
    throw v1Fail(
      400,
      `Tag ${key}:${value} is still applied to ${tag.projectCount} projects; delete it with force: true to remove it from them`
    );
  }
  group.tags = group.tags.filter((t) => t !== tag);
  if (force === true) untagProjects(group, tag);
  return json(force === void 0 ? { key, value } : { key, value, force });
}
function listGroupRoles(ctx) {
  const group = requireV1Group(ctx);
  return json(
    group.orgRoles.map((r) => ({
      name: r.name,
      description: r.description ?? r.name,
      publicId: r.id,
      created: "2021-04-22T16:02:53.233Z",
      modified: "2021-04-22T16:02:53.332Z",
      customRole: r.custom === true
    }))
  );
}
function listGroupMembersV1(ctx) {
  const group = requireV1Group(ctx);
  const userIds = /* @__PURE__ */ new Set([
    ...group.members.map((m) => m.userId),
    ...group.orgs.flatMap((o) => o.members.map((m) => m.userId))
  ]);
  return json(
    [...userIds].map((userId) => {
      const user = ctx.state.users.find((u) => u.id === userId);
      const groupMembership = group.members.find((m) => m.userId === userId);
      const groupRole = group.groupRoles.find((r) => r.id === groupMembership?.roleId);
      const orgs = group.orgs.flatMap(
        (o) => o.members.filter((m) => m.userId === userId).map((m) => ({
          name: o.name,
          role: v1RoleName(group.orgRoles.find((r) => r.id === m.roleId)?.name ?? "")
        }))
      );
      const entry = {
        id: userId,
        name: user?.name ?? "",
        username: user?.username ?? "",
        email: user?.email ?? "",
        orgs
      };
      if (groupRole !== void 0) entry.groupRole = groupRole.name;
      return entry;
    })
  );
}

// src/emulator/import-jobs.ts
var DEFAULT_MANIFESTS = ["package.json"];
function targetFor(ctx, org, integration, job) {
  const displayName = `${job.target.owner}/${job.target.name}`;
  const found = (org.targets ?? []).find(
    (t) => t.integrationType === integration.type && t.displayName.toLowerCase() === displayName.toLowerCase()
  );
  if (found !== void 0) return found;
  const created = {
    id: ctx.newId(),
    displayName,
    integrationId: integration.id,
    integrationType: integration.type,
    url: `https://github.com/${displayName}`,
    isPrivate: true,
    createdAt: ctx.now.toISOString()
  };
  org.targets = [...org.targets ?? [], created];
  return created;
}
function finishJob(ctx, org, integration, job) {
  const repo = ctx.state.repositories?.[`${job.target.owner}/${job.target.name}`.toLowerCase()];
  if (repo?.outcome !== void 0) {
    job.status = repo.outcome;
    return;
  }
  const manifests = job.files.length > 0 ? job.files : repo?.manifests ?? DEFAULT_MANIFESTS;
  const failing = new Set(repo?.failing ?? []);
  job.status = "complete";
  if (manifests.length === 0) return;
  const target = targetFor(ctx, org, integration, job);
  job.projects = manifests.map((file) => {
    if (failing.has(file)) return { targetFile: file, success: false };
    const id2 = ctx.newId();
    org.projects = [
      ...org.projects ?? [],
      {
        id: id2,
        name: `${target.displayName}:${file}`,
        type: file.endsWith("pom.xml") ? "maven" : "npm",
        origin: integration.type,
        targetFile: file,
        targetReference: job.target.branch,
        targetId: target.id,
        createdAt: ctx.now.toISOString(),
        status: "active",
        tags: []
      }
    ];
    return { targetFile: file, success: true, projectId: id2 };
  });
}

// src/emulator/v1/integrations.ts
var isBool = (v) => typeof v === "boolean";
var isNumber = (v) => typeof v === "number" && Number.isFinite(v);
var oneOf = (...values) => (v) => values.includes(v);
var objectOf = (fields) => (v) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.entries(v).every(([key, item]) => fields[key]?.(item) ?? true);
var SETTINGS3 = {
  autoDepUpgradeLimit: isNumber,
  autoDepUpgradeIgnoredDependencies: (v) => Array.isArray(v) && v.every((d) => typeof d === "string"),
  autoDepUpgradeEnabled: isBool,
  autoDepUpgradeMinAge: isNumber,
  pullRequestFailOnAnyVulns: isBool,
  pullRequestFailOnlyForHighSeverity: isBool,
  pullRequestTestCodeEnabled: isBool,
  pullRequestTestCodeSeverity: oneOf("low", "medium", "high", null),
  pullRequestTestEnabled: isBool,
  pullRequestAssignment: (v) => typeof v === "string" || objectOf({
    enabled: isBool,
    type: (t) => typeof t === "string",
    assignees: (a) => Array.isArray(a) && a.every((x) => typeof x === "string")
  })(v),
  autoRemediationPrs: objectOf({
    backlogPrsEnabled: isBool,
    backlogPrStrategy: oneOf("vuln", "dependency"),
    freshPrsEnabled: isBool,
    usePatchRemediation: isBool
  }),
  manualRemediationPrs: objectOf({ usePatchRemediation: isBool, useManualPatchRemediation: isBool }),
  dockerfileSCMEnabled: isBool,
  // Keys of real bodies the spec lacks (REALITY \u00a711).
  pullRequestFailOnlyForIssuesWithFix: isBool,
  pullRequestFailOnAnyCodeIssues: isBool,
  isMajorUpgradeEnabled: isBool,
  autoPrivateDepUpgradeEnabled: isBool,
  reachableVulns: objectOf({ enabled: isBool })
};
function copyIntegrations(source, newId) {
  return (source.integrations ?? []).map((i) => copyIntegration(i, newId()));
}
function copyIntegration(source, id2) {
  const copy = { id: id2, type: source.type, settings: structuredClone(source.settings) };
  if (source.credentials !== void 0) copy.credentials = { ...source.credentials };
  return copy;
}
function listIntegrations(ctx) {
  const { org } = requireV1Org(ctx);
  return json(Object.fromEntries((org.integrations ?? []).map((i) => [i.type, i.id])));
}
function requireIntegration(ctx) {
  const { org } = requireV1Org(ctx);
  const id2 = ctx.params.integrationId ?? "";
  const found = (org.integrations ?? []).find((i) => i.id === id2);
  if (found === void 0) throw v1Fail(404, `Integration ${id2} not found in org ${org.id}`);
  return found;
}
function getIntegrationSettings(ctx) {
  return json(structuredClone(requireIntegration(ctx).settings));
}
function putIntegrationSettings(ctx) {
  const integration = requireIntegration(ctx);
  const body = bodyOf2(ctx);
  for (const [key, value] of Object.entries(body)) {
    const check = SETTINGS3[key];
    if (check === void 0) throw v1Fail(400, `'${key}' is not an integration setting`);
    if (!check(value))
      throw v1Fail(400, `integration setting '${key}' has an invalid value ${JSON.stringify(value)}`);
  }
  integration.settings = structuredClone(body);
  return json(structuredClone(integration.settings));
}

// src/emulator/v1/imports.ts
var REAL_LOCATION_BASES = ["https://api.snyk.io/v1", "https://snyk.io/api/v1"];
function readTarget(ctx, body) {
  const target = body.target;
  if (target === null || typeof target !== "object" || Array.isArray(target))
    throw v1Fail(400, "target is required: { owner, name, branch }");
  const { owner, name, branch } = target;
  const defaulted = ctx.reality.importBranchOptional && (branch === void 0 || branch === "") ? ctx.state.repositories?.[`${String(owner)}/${String(name)}`.toLowerCase()]?.defaultBranch ?? "main" : branch;
  for (const [key, value] of Object.entries({ owner, name, branch: defaulted }))
    if (typeof value !== "string" || value === "") throw v1Fail(400, `target.${key} is required (a string)`);
  return { owner, name, branch: defaulted };
}
function readFiles(body) {
  if (body.files === void 0) return [];
  if (!Array.isArray(body.files)) throw v1Fail(400, "files must be an array of { path }");
  return body.files.map((f) => {
    const path = f?.path;
    if (typeof path !== "string" || path === "") throw v1Fail(400, "each file is { path } with a path");
    return path;
  });
}
function importTargets(ctx, apiUrl) {
  const { org } = requireV1Org(ctx);
  const integration = requireIntegration(ctx);
  if (ctx.reality.githubImportPersonalOnly && integration.type === "github" && (ctx.token.kind ?? "personal") !== "personal")
    throw v1Fail(401, "Importing through the GitHub integration requires a personal API token");
  const body = bodyOf2(ctx);
  const job = {
    id: ctx.newId(),
    integrationId: integration.id,
    created: ctx.now.toISOString(),
    status: "pending",
    pendingPolls: ctx.state.importPendingPolls ?? 1,
    target: readTarget(ctx, body),
    files: readFiles(body),
    projects: []
  };
  org.importJobs = [...org.importJobs ?? [], job];
  const path = `/org/${org.id}/integrations/${integration.id}/import/${job.id}`;
  const jobs = org.importJobs.length;
  const base = ctx.reality.importLocationForms ? REAL_LOCATION_BASES[jobs % REAL_LOCATION_BASES.length] : apiUrl;
  return { status: 201, headers: { location: `${base}${path}` } };
}
function getImportJob(ctx) {
  const { org } = requireV1Org(ctx);
  const integration = requireIntegration(ctx);
  const id2 = ctx.params.jobId ?? "";
  const job = (org.importJobs ?? []).find((j) => j.id === id2 && j.integrationId === integration.id);
  if (job === void 0) throw v1Fail(404, `Import job ${id2} not found`);
  if (job.status === "pending") {
    if (job.pendingPolls > 0) job.pendingPolls -= 1;
    else finishJob(ctx, org, integration, job);
  }
  const projects = job.projects.map((p) => {
    const projectUrl = p.projectId === void 0 ? void 0 : `https://app.snyk.io/org/${org.slug}/project/${p.projectId}`;
    return ctx.reality.importLogsProjectUrl ? { targetFile: p.targetFile, success: p.success, ...projectUrl ? { projectUrl } : {} } : {
      targetFile: p.targetFile,
      success: p.success,
      ...p.projectId ? { projectId: p.projectId, projectUrl } : {}
    };
  });
  const name = `${job.target.owner}/${job.target.name}`;
  return json({
    id: job.id,
    status: job.status,
    created: job.created,
    logs: [{ name, created: job.created, status: job.status, projects }]
  });
}

// src/emulator/v1/integration-clone.ts
function cloneIntegration(ctx) {
  const { group } = requireV1Org(ctx);
  const source = requireIntegration(ctx);
  const destinationId = bodyOf2(ctx).destinationOrgPublicId;
  if (typeof destinationId !== "string" || destinationId === "")
    throw v1Fail(400, "destinationOrgPublicId is required: the public id of the org to clone into");
  const destination = findOrg(ctx.state, destinationId);
  if (destination === void 0) throw v1Fail(404, `Org ${destinationId} not found`);
  if (!canSeeGroup(destination.group, ctx.user.id))
    throw v1Fail(403, `The token's user has no access to org ${destinationId}`);
  if (destination.group.id !== group.id)
    throw v1Fail(400, `An integration can only be cloned into an org of the same group (${group.id})`);
  const org = destination.org;
  if ((org.integrations ?? []).some((i) => i.type === source.type))
    throw v1Fail(409, `Org ${org.id} already has a ${source.type} integration`);
  const copy = copyIntegration(source, ctx.newId());
  org.integrations = [...org.integrations ?? [], copy];
  return json({ newIntegrationId: copy.id });
}

// src/emulator/v1/notifications.ts
var SIMPLE = ["project-imported", "test-limit", "weekly-report", "request-updates", "pending-requests"];
var NEW_ISSUES = "new-issues-remediations";
var SEVERITIES = ["all", "high"];
var TYPES = ["all", "vuln", "license", "none"];
var INHERITED = {
  [NEW_ISSUES]: { enabled: true, issueSeverity: "high", issueType: "vuln" },
  ...Object.fromEntries(SIMPLE.map((event) => [event, { enabled: true }]))
};
function getNotificationSettings(ctx) {
  const { org } = requireV1Org(ctx);
  return json(view(org.notifications ?? {}));
}
function view(own) {
  return Object.fromEntries(
    Object.entries(INHERITED).map(([event, inherited]) => {
      const set = own[event];
      return [event, set === void 0 ? { ...inherited, inherited: true } : { ...set, inherited: false }];
    })
  );
}
function parseEvent(event, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw v1Fail(400, `${event} must be an object`);
  const v = value;
  if (typeof v.enabled !== "boolean") throw v1Fail(400, `${event}.enabled is required and must be a boolean`);
  if (event !== NEW_ISSUES) return { enabled: v.enabled };
  if (typeof v.issueSeverity !== "string" || !SEVERITIES.includes(v.issueSeverity))
    throw v1Fail(400, `${event}.issueSeverity is required: one of ${SEVERITIES.join(", ")}`);
  if (typeof v.issueType !== "string" || !TYPES.includes(v.issueType))
    throw v1Fail(400, `${event}.issueType is required: one of ${TYPES.join(", ")}`);
  return {
    enabled: v.enabled,
    issueSeverity: v.issueSeverity,
    issueType: v.issueType
  };
}
function putNotificationSettings(ctx) {
  const { org } = requireV1Org(ctx);
  const body = bodyOf2(ctx);
  const parsed = {};
  for (const [event, value] of Object.entries(body)) {
    if (!(event in INHERITED)) throw v1Fail(400, `'${event}' is not a notification event`);
    parsed[event] = parseEvent(event, value);
  }
  org.notifications = { ...org.notifications ?? {}, ...parsed };
  return json(view(org.notifications));
}

// src/emulator/v1/orgs.ts
import { randomUUID as randomUUID4 } from "node:crypto";
function createFail(status, message) {
  return new HttpFailure({ status, body: { message, errorRef: randomUUID4() } });
}
function slugify(name) {
  const base = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return base === "" ? "org" : base;
}
function uniqueSlug(state, name, orgId) {
  const taken = new Set(state.groups.flatMap((g) => g.orgs.map((o) => o.slug)));
  const base = slugify(name);
  if (!taken.has(base)) return base;
  const hex = orgId.replace(/-/g, "");
  for (let len = 4; len <= hex.length; len++) {
    const candidate = `${base}-${hex.slice(0, len)}`;
    if (!taken.has(candidate)) return candidate;
  }
  return `${base}-${hex}`;
}
function createOrg(ctx, apiUrl) {
  let body;
  try {
    body = bodyOf2(ctx);
  } catch {
    throw createFail(400, "Request body must be a JSON object");
  }
  const { name, groupId, sourceOrgId } = body;
  if (typeof name !== "string" || name.trim() === "") {
    throw createFail(422, "Please provide a new organization name in the body of the request");
  }
  if (name.length > 60) throw createFail(422, `Organization name '${name}' is longer than 60 characters`);
  if (typeof groupId !== "string") {
    throw createFail(422, "groupId is required by the emulator (personal orgs are not emulated)");
  }
  const group = findGroup(ctx.state, groupId);
  if (group === void 0 || !canSeeGroup(group, ctx.user.id)) {
    throw createFail(401, "You must have the required permissions to add an org");
  }
  const id2 = ctx.newId();
  const created = ctx.now.toISOString();
  const org = {
    id: id2,
    name,
    slug: uniqueSlug(ctx.state, name, id2),
    isPersonal: false,
    createdAt: created,
    updatedAt: created,
    settings: {
      requestAccess: { enabled: false },
      ignores: { reasonRequired: false, autoApproveIgnores: false, approvalWorkflowEnabled: false }
    },
    members: [],
    invites: [],
    provisions: [],
    projectCount: 0
  };
  if (sourceOrgId !== void 0) {
    const source = typeof sourceOrgId === "string" ? findOrg(ctx.state, sourceOrgId) : void 0;
    if (source === void 0 || source.group.id !== group.id) {
      throw createFail(400, `sourceOrgId '${String(sourceOrgId)}' must be an org in group ${group.id}`);
    }
    org.settings = structuredClone(source.org.settings);
    if (source.org.integrations !== void 0) org.integrations = copyIntegrations(source.org, ctx.newId);
  }
  group.orgs.push(org);
  return json(
    {
      id: id2,
      name,
      slug: org.slug,
      url: `${apiUrl}/org/${org.slug}`,
      created,
      group: { name: group.name, id: group.id }
    },
    201
  );
}
function deleteOrg(ctx) {
  const { group, org } = requireV1Org(ctx);
  const projects = (org.projectCount ?? 0) + (org.projects?.length ?? 0);
  if (projects > 0) {
    throw v1Fail(400, `Org ${org.id} has ${projects} projects: only orgs without projects can be deleted`);
  }
  group.orgs = group.orgs.filter((o) => o !== org);
  return { status: 204 };
}
function getOrgSettings(ctx) {
  return json(structuredClone(requireV1Org(ctx).org.settings));
}
function expectBoolean(value, field) {
  if (value === void 0) return void 0;
  if (typeof value !== "boolean")
    throw v1Fail(400, `${field} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}
function putOrgSettings(ctx) {
  const { org } = requireV1Org(ctx);
  const body = bodyOf2(ctx);
  const requestAccess = body.requestAccess;
  const ignores = body.ignores;
  const enabled = expectBoolean(requestAccess?.enabled, "requestAccess.enabled");
  const ignoreValues = {
    reasonRequired: expectBoolean(ignores?.reasonRequired, "ignores.reasonRequired"),
    autoApproveIgnores: expectBoolean(ignores?.autoApproveIgnores, "ignores.autoApproveIgnores"),
    approvalWorkflowEnabled: expectBoolean(
      ignores?.approvalWorkflowEnabled,
      "ignores.approvalWorkflowEnabled"
    )
  };
  if (enabled !== void 0) org.settings.requestAccess.enabled = enabled;
  for (const [key, value] of Object.entries(ignoreValues)) {
    if (value !== void 0) org.settings.ignores[key] = value;
  }
  return json(structuredClone(org.settings));
}
function listOrgMembersV1(ctx) {
  const { group, org } = requireV1Org(ctx);
  return json(
    org.members.map((m) => {
      const user = ctx.state.users.find((u) => u.id === m.userId);
      const role = group.orgRoles.find((r) => r.id === m.roleId);
      return {
        id: m.userId,
        name: user?.name ?? "",
        username: user?.username ?? "",
        email: user?.email ?? "",
        role: v1RoleName(role?.name ?? "unknown")
      };
    })
  );
}
function inviteV1(ctx) {
  const { group, org } = requireV1Org(ctx);
  const body = bodyOf2(ctx);
  if (typeof body.email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(body.email)) {
    throw v1Fail(400, `email '${String(body.email)}' is not an email address`);
  }
  const isAdmin = expectBoolean(body.isAdmin, "isAdmin") === true;
  const role = group.orgRoles.find((r) => r.name === (isAdmin ? "Org Admin" : "Org Collaborator")) ?? group.orgRoles[0];
  if (role === void 0) throw v1Fail(400, `Group ${group.id} has no org roles`);
  org.invites.push({ id: ctx.newId(), email: body.email, roleId: role.id, isActive: true });
  return { status: 200 };
}

// src/emulator/v1/project-estate.ts
var REASON_TYPES = /* @__PURE__ */ new Set(["not-vulnerable", "wont-fix", "temporary-ignore"]);
function requireProject(ctx) {
  const { org } = requireV1Org(ctx);
  const id2 = ctx.params.projectId ?? "";
  const project = (org.projects ?? []).find((p) => p.id === id2);
  if (project === void 0) throw v1Fail(404, `Project ${id2} not found in org ${org.id}`);
  return { project, orgId: org.id };
}
function moveProject(ctx) {
  const { org, group } = requireV1Org(ctx);
  const { project } = requireProject(ctx);
  const targetOrgId = bodyOf2(ctx).targetOrgId;
  if (typeof targetOrgId !== "string" || targetOrgId === "") throw v1Fail(400, "targetOrgId is required");
  const target = findOrg(ctx.state, targetOrgId);
  if (target === void 0) throw v1Fail(404, `Org ${targetOrgId} not found`);
  if (!canSeeGroup(target.group, ctx.user.id) || target.group !== group)
    throw v1Fail(403, `The token may not move projects to org ${targetOrgId}`);
  if (target.org !== org) {
    org.projects = (org.projects ?? []).filter((p) => p !== project);
    target.org.projects = [...target.org.projects ?? [], project];
  }
  return json({ originOrg: org.id, destinationOrg: target.org.id, movedProject: project.id });
}
function listed(ignores) {
  const out = {};
  for (const i of ignores) {
    const detail = {
      reason: i.reason,
      reasonType: i.reasonType,
      created: i.created,
      ignoredBy: i.ignoredBy,
      disregardIfFixable: i.disregardIfFixable
    };
    if (i.expires !== void 0) detail.expires = i.expires;
    const entries = out[i.issueId] ?? [];
    entries.push({ [i.path]: detail });
    out[i.issueId] = entries;
  }
  return out;
}
function listProjectIgnores(ctx) {
  return json(listed(requireProject(ctx).project.ignores ?? []));
}
function getProjectIgnore(ctx) {
  const issueId = ctx.params.issueId ?? "";
  const mine = (requireProject(ctx).project.ignores ?? []).filter((i) => i.issueId === issueId);
  if (mine.length === 0) throw v1Fail(404, `Issue ${issueId} is not ignored`);
  return json(listed(mine)[issueId]);
}
function ignoreOf(ctx, raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw v1Fail(400, "An ignore rule must be an object");
  const rule = raw;
  const { ignorePath, reason, reasonType, disregardIfFixable, expires } = rule;
  if (typeof reasonType !== "string" || !REASON_TYPES.has(reasonType))
    throw v1Fail(400, "reasonType must be one of not-vulnerable, wont-fix, temporary-ignore");
  if (typeof disregardIfFixable !== "boolean") throw v1Fail(400, "disregardIfFixable is required");
  if (reason !== void 0 && typeof reason !== "string") throw v1Fail(400, "reason must be a string");
  if (ignorePath !== void 0 && typeof ignorePath !== "string")
    throw v1Fail(400, "ignorePath must be a string");
  if (expires !== void 0 && (typeof expires !== "string" || Number.isNaN(Date.parse(expires))))
    throw v1Fail(400, "expires must be a timestamp");
  const ignore = {
    issueId: ctx.params.issueId ?? "",
    path: ignorePath === void 0 || ignorePath === "" ? "*" : ignorePath,
    reason: reason ?? "",
    reasonType,
    disregardIfFixable,
    created: ctx.now.toISOString(),
    ignoredBy: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email }
  };
  if (typeof expires === "string") ignore.expires = new Date(expires).toISOString();
  return ignore;
}
function issueOf(ctx) {
  const issueId = ctx.params.issueId ?? "";
  if (!/^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/.test(issueId)) throw v1Fail(400, `Invalid issue id ${issueId}`);
  return issueId;
}
function addProjectIgnore(ctx) {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  const ignore = ignoreOf(ctx, bodyOf2(ctx));
  const others = (project.ignores ?? []).filter(
    (i) => i.issueId !== issueId || ctx.reality.ignorePostAppends
  );
  project.ignores = [...others, ignore];
  return json(listed([ignore])[issueId]);
}
function replaceProjectIgnores(ctx) {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  let raw;
  try {
    raw = JSON.parse(ctx.req.rawBody ?? "");
  } catch {
    throw v1Fail(400, "Request body must be a JSON array of ignore rules");
  }
  if (!Array.isArray(raw)) throw v1Fail(400, "Request body must be a JSON array of ignore rules");
  const ignores = raw.map((rule) => ignoreOf(ctx, rule));
  project.ignores = [...(project.ignores ?? []).filter((i) => i.issueId !== issueId), ...ignores];
  return json(ignores.map((i) => listed([i])[issueId][0]));
}
function deleteProjectIgnores(ctx) {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  if (!(project.ignores ?? []).some((i) => i.issueId === issueId))
    throw v1Fail(404, `Issue ${issueId} is not ignored`);
  project.ignores = (project.ignores ?? []).filter((i) => i.issueId !== issueId);
  return { status: 200 };
}

// src/emulator/v1/provision.ts
var LEGACY_ROLES = {
  ADMIN: "Org Admin",
  COLLABORATOR: "Org Collaborator",
  RESTRICTED_COLLABORATOR: "Org Restricted Collaborator"
};
function requirePersonalToken(ctx) {
  if ((ctx.token.kind ?? "personal") !== "personal" || ctx.user.type === "service_account") {
    throw v1Fail(403, "User provisioning requires a personal API token; service accounts are restricted");
  }
}
function provisionUser(ctx) {
  const { group, org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  const body = bodyOf2(ctx);
  const { email, role, rolePublicId } = body;
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw v1Fail(400, `email '${String(email)}' is not an email address`);
  }
  if (role !== void 0 && rolePublicId !== void 0)
    throw v1Fail(400, "Use either role or rolePublicId, not both");
  if (group.ssoConfigured !== true) {
    throw v1Fail(400, `Group ${group.id} has no SSO configured: users can only be provisioned with SSO`);
  }
  if (ctx.state.users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
    throw v1Fail(400, `${email} is already a Snyk user: add a membership instead of provisioning`);
  }
  let found = typeof rolePublicId === "string" ? group.orgRoles.find((r) => r.id === rolePublicId) : void 0;
  if (typeof role === "string") found = group.orgRoles.find((r) => r.name === LEGACY_ROLES[role]);
  if (role === void 0 && rolePublicId === void 0)
    found = group.orgRoles.find((r) => r.name === "Org Collaborator");
  if (found === void 0) {
    throw v1Fail(
      400,
      `Role ${String(rolePublicId ?? role ?? "Org Collaborator")} not found in group ${group.id}`
    );
  }
  const provision = {
    email,
    rolePublicId: found.id,
    role: found.name,
    created: ctx.now.toISOString()
  };
  org.provisions = org.provisions.filter((p) => p.email.toLowerCase() !== email.toLowerCase());
  org.provisions.push(provision);
  return json({ email, role: found.name, rolePublicId: found.id, created: provision.created });
}
function listProvisions(ctx) {
  const { group, org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  return json(
    org.provisions.map((p) => ({
      email: p.email,
      role: p.role ?? group.orgRoles.find((r) => r.id === p.rolePublicId)?.name ?? "",
      rolePublicId: p.rolePublicId,
      created: p.created
    }))
  );
}
function deleteProvision(ctx) {
  const { org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  const email = ctx.req.query.get("email");
  if (email === null || email === "") throw v1Fail(400, "The email query parameter is required");
  const before = org.provisions.length;
  org.provisions = org.provisions.filter((p) => p.email.toLowerCase() !== email.toLowerCase());
  if (org.provisions.length === before)
    throw v1Fail(404, `No pending provision for ${email} in org ${org.id}`);
  return json({ ok: true });
}

// src/emulator/v1/webhooks.ts
function listWebhooks(ctx) {
  const hooks = requireV1Org(ctx).org.webhooks ?? [];
  return json({ results: hooks.map(({ id: id2, url }) => ({ id: id2, url })), total: hooks.length });
}
function createWebhook(ctx) {
  const { org } = requireV1Org(ctx);
  const body = bodyOf2(ctx);
  const { url, secret } = body;
  if (typeof url !== "string" || url === "") throw v1Fail(400, "url is required");
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw v1Fail(400, "url must be a valid URL");
  }
  if (parsed.protocol !== "https:")
    throw v1Fail(400, "Webhooks can only be configured for URLs using the https protocol");
  if (typeof secret !== "string" || secret === "")
    throw v1Fail(400, "secret is required and must be a string");
  const hook = { id: ctx.newId(), url, secret };
  org.webhooks = [...org.webhooks ?? [], hook];
  return json({ id: hook.id, url: hook.url });
}
function requireWebhook(ctx) {
  const { org } = requireV1Org(ctx);
  const id2 = ctx.params.webhookId ?? "";
  const hook = (org.webhooks ?? []).find((h) => h.id === id2);
  if (hook === void 0) throw v1Fail(404, `Webhook ${id2} not found in org ${org.id}`);
  return { org, hook };
}
function getWebhook(ctx) {
  const { hook } = requireWebhook(ctx);
  return json({ id: hook.id, url: hook.url });
}
function deleteWebhook(ctx) {
  const { org, hook } = requireWebhook(ctx);
  org.webhooks = (org.webhooks ?? []).filter((h) => h !== hook);
  return { status: 200 };
}

// src/emulator/v1/dispatch.ts
var route = (method, template, handler) => ({
  method,
  template,
  handler
});
var V1_ROUTES = [
  route("POST", "/org", createOrg),
  route("DELETE", "/org/{orgId}", deleteOrg),
  route("GET", "/org/{orgId}/settings", getOrgSettings),
  route("PUT", "/org/{orgId}/settings", putOrgSettings),
  route("GET", "/org/{orgId}/members", listOrgMembersV1),
  route("POST", "/org/{orgId}/invite", inviteV1),
  route("POST", "/org/{orgId}/provision", provisionUser),
  route("GET", "/org/{orgId}/provision", listProvisions),
  route("DELETE", "/org/{orgId}/provision", deleteProvision),
  route("GET", "/org/{orgId}/integrations", listIntegrations),
  route("GET", "/org/{orgId}/integrations/{integrationId}/settings", getIntegrationSettings),
  route("PUT", "/org/{orgId}/integrations/{integrationId}/settings", putIntegrationSettings),
  route("POST", "/org/{orgId}/integrations/{integrationId}/clone", cloneIntegration),
  route("POST", "/org/{orgId}/integrations/{integrationId}/import", importTargets),
  route("GET", "/org/{orgId}/integrations/{integrationId}/import/{jobId}", getImportJob),
  route("GET", "/org/{orgId}/notification-settings", getNotificationSettings),
  route("PUT", "/org/{orgId}/notification-settings", putNotificationSettings),
  route("GET", "/org/{orgId}/webhooks", listWebhooks),
  route("POST", "/org/{orgId}/webhooks", createWebhook),
  route("GET", "/org/{orgId}/webhooks/{webhookId}", getWebhook),
  route("DELETE", "/org/{orgId}/webhooks/{webhookId}", deleteWebhook),
  route("PUT", "/org/{orgId}/project/{projectId}/move", moveProject),
  route("GET", "/org/{orgId}/project/{projectId}/ignores", listProjectIgnores),
  route("GET", "/org/{orgId}/project/{projectId}/ignore/{issueId}", getProjectIgnore),
  route("POST", "/org/{orgId}/project/{projectId}/ignore/{issueId}", addProjectIgnore),
  route("PUT", "/org/{orgId}/project/{projectId}/ignore/{issueId}", replaceProjectIgnores),
  route("DELETE", "/org/{orgId}/project/{projectId}/ignore/{issueId}", deleteProjectIgnores),
  route("GET", "/group/{groupId}/settings", getGroupSettings),
  route("PUT", "/group/{groupId}/settings", putGroupSettings),
  route("GET", "/group/{groupId}/tags", listGroupTags),
  route("POST", "/group/{groupId}/tags/delete", deleteGroupTag),
  route("GET", "/group/{groupId}/roles", listGroupRoles),
  route("GET", "/group/{groupId}/members", listGroupMembersV1)
];
function handleV1(req, deps) {
  const user = deps.token === void 0 ? void 0 : deps.state.users.find((u) => u.id === deps.token?.userId);
  if (deps.token === void 0 || user === void 0) {
    return v1Error(401, "Invalid auth token provided");
  }
  const path = req.path.replace(/^\/v1/, "") || "/";
  const match = matchRoute(V1_ROUTES, req.method, path);
  if (match === void 0) return v1Error(404, `No endpoint ${req.method} ${path}`);
  const call = { req, params: match.params, token: deps.token, user };
  return runHandler(deps, call, (ctx) => match.route.handler(ctx, deps.apiUrl));
}

// src/emulator/server.ts
function apiOf(path) {
  if (path.startsWith("/_emulator")) return "control";
  return path === "/v1" || path.startsWith("/v1/") ? "v1" : "rest";
}
async function startEmulator(options) {
  let state = structuredClone(options.state);
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  let faults = new FaultInjector(options.faults);
  let reality = new RealityRuntime(options.reality);
  const log = [];
  let seq = 0;
  const timers = /* @__PURE__ */ new Set();
  const seenAssertions = /* @__PURE__ */ new Set();
  const limits = new ApiRateLimits(options.rateLimit, options.v1GroupMembersPerMinute ?? 1);
  const sleep = (ms) => new Promise((resolve2) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve2();
    }, ms);
    timers.add(t);
  });
  const control = {
    getState: () => structuredClone(state),
    setState: (next) => {
      state = structuredClone(next);
    },
    requests: () => log.map((e) => ({ ...e })),
    clearRequests: () => {
      log.length = 0;
    },
    setFaults: (config) => {
      faults = new FaultInjector(config);
    },
    setRateLimit: (limit) => limits.set(limit),
    getReality: () => structuredClone(reality.options),
    setReality: (next) => {
      reality = new RealityRuntime(next);
    },
    changeInWebUi: (change) => changeInWebUi(change)
  };
  let baseUrl = "";
  function errorFor(api, status, message) {
    if (api !== "rest") return v1Error(status, message);
    const response = restError(status, message);
    response.headers = { "snyk-request-id": randomUUID5() };
    return reality.resolved.errorDetails ? detailsNotDetail(response) : response;
  }
  function recordRest(req, response, template) {
    if (options.onRestResponse === void 0) return;
    const path = req.path.replace(/^\/rest/, "");
    const t = template ?? matchRoute(REST_ROUTES, req.method, path)?.route.template;
    if (t === void 0) return;
    options.onRestResponse({
      method: req.method,
      template: t,
      path,
      status: response.status,
      body: response.body
    });
  }
  function baseOf(req) {
    const host = req.headers.host;
    return typeof host === "string" && /^[A-Za-z0-9.-]+(?::\d+)?$|^\[[0-9A-Fa-f:.]+\](?::\d+)?$/.test(host) ? `http://${host}` : baseUrl;
  }
  function handle(req, api, token, tokenId) {
    const nowDate = now();
    const nowMs = nowDate.getTime();
    const key = tokenId ?? "anonymous";
    const rate = reality.count(api, key, token !== void 0, nowMs, limits.perMinute[api]);
    const finish = (response, template) => {
      const restBase = `${baseOf(req)}/rest`;
      const ctx = { req, api, template, state, now: nowDate, newId: randomUUID5, restBase, rate };
      const out = reality.after(ctx, response);
      if (api === "rest") recordRest(req, out, template);
      return out;
    };
    const retryAfter = token === void 0 ? void 0 : limits.retryAfter(req, api, key, rate, nowMs);
    if (retryAfter !== void 0) {
      const response = errorFor(
        api,
        429,
        "Too many requests: the rate limit for this API token was exceeded"
      );
      response.headers = { ...response.headers, "retry-after": String(retryAfter) };
      return finish(response);
    }
    const intercepted = reality.intercept(req, api, nowMs);
    if (intercepted !== void 0) return finish(intercepted);
    const denied = token === void 0 ? void 0 : viewerDenial(state, token.userId, req.method, req.path);
    if (denied !== void 0) return finish(errorFor(api, 403, denied));
    const result = serve(req, api, token, token?.userId);
    return finish(result.response, result.template);
  }
  function serve(req, api, token, actorId) {
    const nowDate = now();
    const handled = reality.prepare(req, api, state, randomUUID5);
    const audit = nameAuditEvent(state, req);
    const deps = {
      state: reality.view(req, state, nowDate.getTime()),
      token,
      now: nowDate,
      newId: randomUUID5,
      reality: reality.resolved
    };
    const result = api === "v1" ? { response: handleV1(handled, { ...deps, apiUrl: `${baseOf(req)}/v1` }) } : handleRest(handled, deps);
    recordAuditEvent(state, audit, result.response, { userId: actorId, now: nowDate });
    return result;
  }
  function changeInWebUi(change) {
    const url = new URL(change.path, "http://127.0.0.1");
    const req = {
      method: change.method.toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: { "content-type": "application/vnd.api+json" },
      rawBody: change.body === void 0 ? void 0 : JSON.stringify(change.body)
    };
    const token = { token: "(web UI session)", userId: change.userId };
    const { response } = serve(
      req,
      apiOf(url.pathname) === "v1" ? "v1" : "rest",
      token,
      change.system ? void 0 : change.userId
    );
    return response.body === void 0 ? { status: response.status } : { status: response.status, body: response.body };
  }
  async function onRequest(rawReq, res) {
    const started = performance.now();
    const mySeq = ++seq;
    const url = new URL(rawReq.url ?? "/", "http://127.0.0.1");
    const method = (rawReq.method ?? "GET").toUpperCase();
    const api = apiOf(url.pathname);
    const body = await readBody(rawReq, api === "control" ? MAX_CONTROL_BODY_BYTES : MAX_API_BODY_BYTES);
    const req = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: rawReq.headers,
      rawBody: body.ok ? body.body : void 0
    };
    const { token, tokenId } = tokenOf(state, rawReq.headers.authorization, now().getTime());
    const record = (status, fault) => {
      if (api === "control" && url.pathname.startsWith("/_emulator/requests")) return;
      const entry = {
        seq: mySeq,
        time: now().toISOString(),
        method,
        path: url.pathname,
        query: url.search.replace(/^\?/, ""),
        status,
        ms: Math.round(performance.now() - started),
        api
      };
      if (fault !== void 0) entry.fault = fault;
      if (tokenId !== void 0) entry.tokenId = tokenId;
      log.push(entry);
    };
    const drop = (fault) => {
      rawReq.socket.destroy();
      record(0, fault);
    };
    if (!body.ok) {
      const limit = api === "control" ? MAX_CONTROL_BODY_BYTES : MAX_API_BODY_BYTES;
      const response2 = errorFor(
        api === "control" ? "v1" : api,
        413,
        `Request body too large: at most ${limit} bytes`
      );
      response2.headers = { ...response2.headers, connection: "close" };
      send(res, api, response2);
      record(413);
      return;
    }
    if (api === "control") {
      const response2 = handleControl(req, control);
      send(res, api, response2);
      record(response2.status);
      return;
    }
    const decision = faults.decide(method, url.pathname);
    const outcome = await playFaults(decision, { res, api, record, drop, sleep, errorFor });
    if (outcome.done) return;
    let response;
    try {
      response = url.pathname === TOKEN_PATH ? handleTokenRequest(req, {
        state,
        nowMs: now().getTime(),
        tokenUrl: `${baseOf(req)}${TOKEN_PATH}`,
        newId: randomUUID5,
        seenAssertions
      }) : handle(req, api, token, tokenId);
    } catch (error) {
      response = errorFor(
        api,
        500,
        `Emulator error: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    if (outcome.dropAfter) return drop(outcome.fault ?? "drop-after");
    if (outcome.answer !== void 0) response = outcome.answer;
    send(res, api, response);
    record(response.status, outcome.fault);
  }
  const server = createServer((req, res) => {
    onRequest(req, res).catch((error) => {
      if (!res.headersSent && !res.destroyed) {
        send(res, "v1", { status: 500, body: { error: String(error) } });
      }
    });
  });
  server.keepAliveTimeout = 5e3;
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve2());
  });
  const { port } = server.address();
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    ...control,
    close: () => new Promise((resolve2, reject) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close((error) => error ? reject(error) : resolve2());
      server.closeAllConnections();
    })
  };
}

// src/cli/commands/emulator.ts
var EmulatorStateError = class extends GitopsError {
  constructor(message, cause) {
    super(message, { code: "EMULATOR_STATE", cause });
  }
};
async function loadState(path) {
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error) {
    throw new EmulatorStateError(`cannot read emulator state file '${path}'`, error);
  }
  let parsed;
  try {
    parsed = JSON.parse(text2);
  } catch (error) {
    throw new EmulatorStateError(`emulator state file '${path}' is not valid JSON`, error);
  }
  if (!isEmulatorState(parsed)) {
    throw new EmulatorStateError(
      `emulator state file '${path}' must be an object with arrays tokens, users, tenants and groups`
    );
  }
  return parsed;
}
async function saveState(path, emulator) {
  try {
    await writeFile(path, `${JSON.stringify(emulator.getState(), null, 2)}
`);
  } catch (error) {
    const reason = error.code ?? String(error);
    throw new EmulatorStateError(`--save: cannot write the emulator state to '${path}' (${reason})`, error);
  }
}
function integerOption(raw, name, min, max) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} '${raw}' must be an integer from ${min} to ${max}`);
  }
  return n;
}
function membersOption(raw) {
  if (raw === void 0) return [2, 5];
  const [low, high = low] = raw.split("-");
  const min = integerOption(low, "members", 0, 1e3);
  const max = integerOption(high, "members", 0, 1e3);
  if (max < min) throw new UsageError(`--members '${raw}': the maximum is below the minimum`);
  return [min, max];
}
function realityOption(raw) {
  if (raw === void 0) return void 0;
  try {
    return parseReality(raw);
  } catch (error) {
    throw new UsageError(`--reality: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function stateOf(ctx, values) {
  if (values.state !== void 0) {
    const sized = ["orgs", "members", "projects"].find((name) => values[name] !== void 0);
    if (sized !== void 0)
      throw new UsageError(`--${sized} sizes a generated account: it takes no --state`);
    const path = resolve(ctx.cwd, values.state);
    return { state: await loadState(path), origin: path, token: void 0 };
  }
  const orgs = integerOption(values.orgs, "orgs", 1, 2e4) ?? 5;
  const membersPerOrg = membersOption(values.members);
  const projectsPerOrg = integerOption(values.projects, "projects", 0, 1e3) ?? 0;
  const generated = generateState({ orgs, membersPerOrg, projectsPerOrg, seed: 1 });
  const size = `${orgs} orgs, ${membersPerOrg.join(" to ")} members and ${projectsPerOrg} projects each`;
  return { state: generated.state, origin: `generated account (${size})`, token: generated.token };
}
async function runEmulator(ctx, until) {
  const { values } = parseCommandArgs(ctx.argv, EMULATOR_OPTIONS);
  const port = integerOption(values.port, "port", 0, 65535);
  const perMinute = integerOption(values["rate-limit"], "rate-limit", 0, 1e6);
  const reality = realityOption(values.reality);
  const savePath = values.save === void 0 ? void 0 : resolve(ctx.cwd, values.save);
  const { state, origin, token } = await stateOf(ctx, values);
  const emulator = await startEmulator({
    state,
    ...port === void 0 ? {} : { port },
    ...perMinute === void 0 ? {} : { rateLimit: perMinute === 0 ? false : { perMinute } },
    ...reality === void 0 ? {} : { reality }
  });
  try {
    if (savePath !== void 0) await saveState(savePath, emulator);
    ctx.io.out(bannerOf(emulator, state, { origin, token, savePath }));
    await until(emulator.url);
    if (savePath !== void 0) {
      await saveState(savePath, emulator);
      ctx.io.err(`Saved the emulator state to ${savePath}; serve it again with --state ${savePath}
`);
    }
  } finally {
    await emulator.close();
  }
  return 0;
}
function bannerOf(emulator, state, info) {
  const switches = Object.keys(emulator.getReality());
  const firstGroup = state.groups[0];
  return [
    `Snyk API emulator listening on ${emulator.url}`,
    `  REST ${emulator.url}/rest   v1 ${emulator.url}/v1   control ${emulator.url}/_emulator`,
    `  state: ${info.origin}`,
    ...info.savePath === void 0 ? [] : [`  saved to ${info.savePath} when stopped`],
    ...state.groups.map((group) => `  group: ${group.id}  ${JSON.stringify(group.name)}`),
    ...switches.length === 0 ? [] : [`  reality: ${switches.join(", ")}`],
    "Point snyk-gitops at it:",
    `  export SNYK_API_URL=${emulator.url}`,
    info.token === void 0 ? "  export SNYK_TOKEN=<a token of the state file>   # tokens are defined in the state file" : `  export SNYK_TOKEN=${info.token}   # the generated account's token`,
    ...firstGroup === void 0 ? [] : [
      "Write its account as a config, then plan against it:",
      `  snyk-gitops export --group ${firstGroup.id} --output snyk-gitops.yaml`,
      "  snyk-gitops plan snyk-gitops.yaml"
    ],
    "Press Ctrl+C to stop.",
    ""
  ].join("\n");
}
var emulatorCommand = (ctx) => runEmulator(
  ctx,
  () => new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  })
);
export {
  EmulatorStateError,
  emulatorCommand,
  runEmulator
};
