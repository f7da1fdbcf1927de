import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  refuseSymlink,
  unwritable,
  writeOutputFile
} from "./chunk-WA24QOJZ.js";
import {
  withSnyk
} from "./chunk-IHQSYQQE.js";
import {
  readLiveState
} from "./chunk-BBPNSYFP.js";
import "./chunk-2H7DH7SS.js";
import "./chunk-DZMZJE36.js";
import {
  DEFAULT_MAX_DELETE_PERCENT,
  require_dist
} from "./chunk-KLWEPUVX.js";
import "./chunk-U57Q7QMY.js";
import {
  DriftIgnoreSchema,
  Ignores,
  OrgSchema,
  Placement
} from "./chunk-DLAVURWR.js";
import {
  ProjectRules
} from "./chunk-IYOQTL2Z.js";
import {
  KINDS,
  ServiceAccounts,
  createExportDraft
} from "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  parseCommandArgs,
  resolveApiSettings
} from "./chunk-FYHEQC3A.js";
import {
  EXPORT_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import {
  Address,
  DEFAULT_PRUNE,
  GroupSettingsSchema,
  INTEGRATION_TYPES,
  IntegrationsSchema,
  MemberSchema,
  Members,
  ORG_SETTINGS_PART_NAMES,
  PruneSchema,
  SnykApiError,
  TagSchema,
  Type,
  Uuid,
  Webhooks,
  everyGroupSettingsPart,
  everySettingsPart,
  groupSettingsPartProperties,
  settingsPartProperties
} from "./chunk-WX2GK3PI.js";
import {
  inertText,
  redact
} from "./chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunk-N4ITD6G4.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/cli/commands/export.ts
import { resolve } from "node:path";

// src/export/export-config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/class-schema.ts
var {
  slug: _slug,
  name: _name,
  id: _id,
  classes: _classes,
  imports: _imports,
  ...fragment
} = OrgSchema.properties;
var CLASS_NAME_PATTERN = "^[A-Za-z0-9][\\w.-]{0,99}$";
var ClassSchema = Type.Object(
  {
    match: Type.Optional(
      Type.Object(
        {
          slug: Type.String({
            minLength: 1,
            description: "Glob over org slugs (case-insensitive), e.g. `sbx-*`: the class also applies to every org of the files whose slug matches, after the classes the org lists."
          })
        },
        { additionalProperties: false, description: "Orgs this class applies to without listing it." }
      )
    ),
    ...fragment
  },
  {
    additionalProperties: false,
    description: "A named org fragment: an org's keys except slug, name, id, classes and imports. Merged after defaults.org and before the org's own keys."
  }
);
var ClassesSchema = Type.Record(Type.String({ pattern: CLASS_NAME_PATTERN }), ClassSchema, {
  additionalProperties: false,
  description: "Named org fragments (tiers such as production or sandbox) that orgs list in `classes` or that `match` their slug. Delegated files may use classes but not define them."
});

// src/config/schema.ts
var SCHEMA_ID = "https://snyk-gitops.dev/schema/snyk-gitops.schema.json";
var strict = { additionalProperties: false };
var Globs = (description) => Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })], {
  description
});
var DelegateSchema = Type.Array(
  Type.Object(
    {
      files: Globs(
        "Globs over the config files this entry restricts, relative to the config directory given on the command line (e.g. `teams/payments/**`)."
      ),
      orgs: Type.Array(Type.String({ minLength: 1 }), {
        minItems: 1,
        description: "Globs over the slugs of the orgs those files may define (case-insensitive)."
      }),
      roles: Type.Array(Type.String({ minLength: 1 }), {
        description: "The roles those files may grant in their orgs (names, case-insensitive, or role ids)."
      })
    },
    {
      ...strict,
      description: "Files matching `files` may define only orgs whose slug matches `orgs`, grant only `roles`, and set none of group, tenant, users, prune, limits, defaults, drift, delegate or classes (they may use classes)."
    }
  ),
  {
    description: "Delegated team files (only in the file that sets group.id). Files that no entry matches are unrestricted."
  }
);
var ConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: "JSON Schema reference for editors." })),
    version: Type.Literal(1, { description: "Format version of this file. Always 1." }),
    // Optional per file, so that a directory can hold one file per team; the merged files
    // must define it once (a semantic rule).
    group: Type.Optional(
      Type.Object(
        {
          id: Uuid("The id of the Snyk group this file manages."),
          settings: Type.Optional(GroupSettingsSchema),
          ...groupSettingsPartProperties(),
          tags: Type.Optional(
            Type.Array(TagSchema, {
              description: "The group tag catalogue. Snyk cannot create a tag (it exists while a project carries it): a listed tag Snyk lacks is a warning."
            })
          ),
          members: Type.Optional(Members("the group")),
          serviceAccounts: Type.Optional(ServiceAccounts("the group"))
        },
        {
          ...strict,
          description: "The Snyk group. Required in one file; in a directory of files every file that has it names the same id."
        }
      )
    ),
    tenant: Type.Optional(
      Type.Object(
        {
          id: Uuid("The id of the tenant that holds the group."),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: "Tenant name (1..60)." })),
          members: Type.Optional(
            Type.Array(MemberSchema, {
              description: "Tenant memberships. The API can change or remove them, not create them: a listed member Snyk lacks is a warning."
            })
          )
        },
        { ...strict, description: "The tenant (optional)." }
      )
    ),
    defaults: Type.Optional(
      Type.Object(
        {
          org: Type.Optional(
            Type.Object(
              {
                ...settingsPartProperties(),
                members: Type.Optional(Members("every org (merged with each org; the org\u2019s role wins)")),
                // Project rules (docs/configuration.md#project-rules-tags-and-attributes): added to
                // every org's own rules.
                projects: Type.Optional(ProjectRules("every org (added to each org\u2019s own rules)")),
                integrations: Type.Optional(IntegrationsSchema),
                webhooks: Type.Optional(
                  Webhooks("every org (merged with each org by url; the org\u2019s entry wins)")
                )
              },
              { ...strict, description: "Merged into every org; the org's own values win." }
            )
          )
        },
        { ...strict, description: "Defaults merged into the objects of the file." }
      )
    ),
    classes: Type.Optional(ClassesSchema),
    orgs: Type.Optional(Type.Array(OrgSchema, { description: "The orgs of the group that this file manages." })),
    placement: Type.Optional(Placement),
    ignores: Type.Optional(Ignores),
    users: Type.Optional(
      Type.Object(
        {
          unknown: Type.Optional(
            Type.Union([Type.Literal("error"), Type.Literal("provision"), Type.Literal("invite")], {
              default: "error",
              description: "What to do with a member who is not a Snyk user of the group yet: `error` (default), `provision` (v1 provisioning, SSO) or `invite` (org invitation)."
            })
          ),
          ignore: Type.Optional(
            Type.Array(Type.String({ minLength: 1 }), {
              description: "Globs over emails/usernames of users that are never created, changed or removed."
            })
          ),
          expiryWarningDays: Type.Optional(
            Type.Integer({
              minimum: 0,
              maximum: 3660,
              default: 7,
              description: "Member entries whose `expires` falls within this many days are warnings in plan, drift and the pull-request comment (default 7)."
            })
          ),
          domains: Type.Optional(
            Type.Array(
              Type.String({
                pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$",
                description: "An email domain, lower case ASCII (punycode for an internationalized one)."
              }),
              {
                description: "The email domains whose people may be invited or provisioned (`users.unknown`); absent: any. A member whose email domain looks like one of these (same confusable skeleton, Unicode TS #39) without being it is an error."
              }
            )
          ),
          allowLookalikes: Type.Optional(
            Type.Array(Type.String({ minLength: 1 }), {
              description: 'Emails or usernames, exactly as written in member entries, that are accepted although they hold invisible characters, mix scripts or look like another listed person or domain. Write them with YAML escapes (`"j\\u00f6rg@acme.com"`) so the review shows what they are.'
            })
          )
        },
        { ...strict, description: "How users are resolved and which are left alone." }
      )
    ),
    prune: Type.Optional(PruneSchema),
    limits: Type.Optional(
      Type.Object(
        {
          maxDeletePercent: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 100,
              default: 25,
              description: "A plan deleting more than this share (percent) of the live objects of any kind is refused without --allow-mass-delete."
            })
          )
        },
        { ...strict, description: "Safety limits." }
      )
    ),
    delegate: Type.Optional(DelegateSchema),
    drift: Type.Optional(
      Type.Object(
        {
          ignore: Type.Optional(
            Type.Array(DriftIgnoreSchema, { description: "Known, accepted drift left out of reports." })
          )
        },
        { ...strict, description: "Drift report settings." }
      )
    )
  },
  {
    ...strict,
    // Extension keys (as in docker compose): ignored, a place to define YAML anchors.
    patternProperties: {
      "^x-": { description: "Extension field, ignored by snyk-gitops: a place for YAML anchors." }
    },
    $id: SCHEMA_ID,
    title: "snyk-gitops desired state",
    description: "The desired state of a Snyk group: settings, tags, orgs, memberships."
  }
);

// src/export/export-model.ts
function buildExportModel(live) {
  const draft = createExportDraft(live);
  for (const kind of KINDS) kind.export(live, draft);
  return draft.model;
}

// src/export/export-config.ts
var SINGLE_FILE = "snyk-gitops.yaml";
var GROUP_FILE = "group.yaml";
var orgFileName = (slug) => `org-${slug}.yaml`;
function exportConfig(live, options) {
  const model = buildExportModel(live);
  const header = headerComment(model, options.schemaUrl ?? SCHEMA_ID);
  if (!options.split) {
    return [{ name: SINGLE_FILE, text: render(header, groupSection(model, true), model.orgs, true) }];
  }
  return [
    { name: GROUP_FILE, text: render(header, groupSection(model, false), [], true) },
    ...model.orgs.map((org) => ({
      name: orgFileName(org.slug),
      text: render(header, {}, [org], false)
    }))
  ];
}
function headerComment(model, schemaUrl) {
  const lines = [
    ` yaml-language-server: $schema=${schemaUrl}`,
    ` Exported from the live Snyk group ${model.groupId} by \`snyk-gitops export\`.`,
    " `snyk-gitops plan` on this file shows no changes until Snyk or the file changes."
  ];
  for (const note of model.notes) lines.push(` Not exported: ${note}`);
  for (const skipped of model.skipped)
    lines.push(` Left out (not expressible in the config format): ${skipped}`);
  return lines.join("\n");
}
function groupSection(model, withDefaults) {
  const out = {};
  const group = { id: model.groupId };
  if (model.group.settings !== void 0) group.settings = model.group.settings;
  if (model.group.tags !== void 0) group.tags = model.group.tags;
  if (model.group.members !== void 0) group.members = model.group.members;
  if (model.group.serviceAccounts !== void 0) group.serviceAccounts = model.group.serviceAccounts;
  out.group = group;
  if (model.tenant !== void 0) out.tenant = model.tenant;
  if (withDefaults) {
    out.users = { unknown: "error", ignore: [] };
    out.prune = { ...DEFAULT_PRUNE };
    out.limits = { maxDeletePercent: DEFAULT_MAX_DELETE_PERCENT };
  }
  return out;
}
function render(header, top, orgs, isGroupFile) {
  const { users, prune, limits, ...rest } = top;
  const plain = { version: 1, ...stripIds(rest) };
  if (orgs.length > 0 || !isGroupFile) plain.orgs = orgs.map(stripOrgIds);
  if (users !== void 0) Object.assign(plain, { users, prune, limits });
  const doc = new import_yaml.Document(plain);
  doc.commentBefore = header;
  decorateMembers(
    doc,
    ["group", "members"],
    top.group?.members
  );
  decorateMembers(
    doc,
    ["tenant", "members"],
    top.tenant?.members
  );
  flowEach(doc.getIn(["group", "tags"], true));
  flowAll(doc.getIn(["group", "settings"], true));
  const groupId = doc.getIn(["group", "id"], true);
  if (groupId) groupId.comment = " the Snyk group this file manages";
  orgs.forEach((org, index) => {
    const node = doc.getIn(["orgs", index], true);
    if (node) node.commentBefore = ` org ${org.slug}`;
    const id = doc.getIn(["orgs", index, "id"], true);
    if (id) id.comment = " pinned: the org is bound by id, its slug cannot change";
    for (const part of ORG_SETTINGS_PART_NAMES) flowAll(doc.getIn(["orgs", index, part], true));
    decorateMembers(doc, ["orgs", index, "members"], org.members);
    decorateWebhooks(doc, index, org);
  });
  comment(doc, "prune", "which live objects the file does not list are deleted (the defaults, written out)");
  comment(doc, "users", "a member who is not a Snyk user is an error; no user is ignored");
  comment(doc, "limits", "a plan deleting more than this share of any kind is refused");
  return doc.toString({ lineWidth: 0 });
}
function stripIds(section) {
  const out = structuredClone(section);
  for (const key of ["group", "tenant"]) {
    const value = out[key];
    if (value?.members)
      value.members = value.members.map(({ user, role }) => ({ user, role }));
  }
  return out;
}
function stripOrgIds(org) {
  const out = { slug: org.slug };
  if (org.name !== void 0) out.name = org.name;
  out.id = org.id;
  for (const part of ORG_SETTINGS_PART_NAMES) if (org[part] !== void 0) out[part] = org[part];
  if (org.members !== void 0) out.members = org.members.map(({ user, role }) => ({ user, role }));
  if (org.integrations !== void 0) out.integrations = org.integrations;
  if (org.webhooks !== void 0)
    out.webhooks = org.webhooks.map(({ url, secretEnv }) => ({ url, secret: { env: secretEnv } }));
  if (org.serviceAccounts !== void 0) out.serviceAccounts = org.serviceAccounts;
  return out;
}
function decorateWebhooks(doc, index, org) {
  org.webhooks?.forEach((_hook, i) => {
    const secret = doc.getIn(["orgs", index, "webhooks", i, "secret"], true);
    if (secret instanceof import_yaml.YAMLMap) {
      secret.flow = true;
      secret.comment = " placeholder: Snyk cannot return the secret; set this variable when the webhook is created (apply --replace rotates it)";
    }
  });
}
function decorateMembers(doc, path, members) {
  const seq = doc.getIn(path, true);
  if (!(seq instanceof import_yaml.YAMLSeq) || members === void 0) return;
  seq.items.forEach((item, index) => {
    const member = members[index];
    if (!(item instanceof import_yaml.YAMLMap) || member === void 0) return;
    item.flow = true;
    const ids = [];
    if (member.user !== member.userId) ids.push(`user ${member.userId}`);
    if (member.role !== member.roleId) ids.push(`role ${member.roleId}`);
    if (ids.length > 0) item.comment = ` ${ids.join(", ")}`;
  });
}
function flowAll(node) {
  if (!(node instanceof import_yaml.YAMLMap)) return;
  for (const pair of node.items) {
    if (pair.value instanceof import_yaml.YAMLMap) {
      if (pair.value.items.every((p) => !(p.value instanceof import_yaml.YAMLMap))) pair.value.flow = true;
      else flowAll(pair.value);
    }
  }
}
function flowEach(node) {
  if (!(node instanceof import_yaml.YAMLSeq)) return;
  for (const item of node.items) if (item instanceof import_yaml.YAMLMap) item.flow = true;
}
function comment(doc, key, text) {
  const contents = doc.contents;
  if (!(contents instanceof import_yaml.YAMLMap)) return;
  const pair = contents.items.find((p) => p.key?.value === key);
  if (pair?.key && typeof pair.key === "object") pair.key.commentBefore = ` ${text}`;
}

// src/export/read-all.ts
var NO_PRUNE = Object.fromEntries(Object.keys(DEFAULT_PRUNE).map((key) => [key, false]));
function manageNothing(groupId) {
  return {
    version: 1,
    group: { id: groupId },
    orgs: [],
    users: { unknown: "error", ignore: [] },
    prune: NO_PRUNE,
    limits: { maxDeletePercent: 100 },
    drift: { ignore: [] }
  };
}
function manageEverything(groupId, orgs, tenantId) {
  const desired = manageNothing(groupId);
  desired.group = {
    id: groupId,
    settings: {},
    ...everyGroupSettingsPart(),
    tags: [],
    members: [],
    serviceAccounts: []
  };
  const integrations = Object.fromEntries(
    INTEGRATION_TYPES.map((type) => [type, { settings: {} }])
  );
  desired.orgs = orgs.map((org) => ({
    slug: org.slug,
    id: org.id,
    ...everySettingsPart(),
    members: [],
    integrations,
    webhooks: [],
    serviceAccounts: []
  }));
  if (tenantId !== void 0) desired.tenant = { id: tenantId, members: [] };
  return desired;
}
var UNREADABLE = /* @__PURE__ */ new Set(["SNYK_FORBIDDEN", "SNYK_NOT_FOUND"]);
async function tenantOf(client, groupId) {
  try {
    return (await client.getGroup(groupId)).tenantId;
  } catch (error) {
    if (error instanceof SnykApiError && UNREADABLE.has(error.code)) return void 0;
    throw error;
  }
}
var isTenantPart = (address) => address.scope.kind === "tenant" || address.text === "roles.tenant";
async function readAllLive(client, groupId, options = {}) {
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  const outline = await readLiveState(client, manageNothing(groupId), progress);
  const tenantId = options.tenantId ?? await tenantOf(client, groupId);
  const everything = manageEverything(groupId, outline.orgs, tenantId);
  const discovered = options.tenantId === void 0 && tenantId !== void 0;
  const live = await readLiveState(client, everything, { ...progress, tolerant: discovered });
  if (live.unknown.length === 0) return { live };
  const other = live.unknown.filter((part) => !isTenantPart(Address.of(part.address)));
  if (other.length > 0) {
    throw new GitopsError(`could not read ${other.map((p) => p.address).join(", ")}: ${other[0].reason}`, {
      code: "EXPORT_INCOMPLETE"
    });
  }
  const reason = live.unknown.map((p) => p.reason).join("; ");
  const { tenant: _tenant, ...rest } = live;
  return { live: { ...rest, roles: { ...live.roles, tenant: [] }, unknown: [] }, tenantSkipped: reason };
}

// src/export/write-export.ts
import { lstat, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
var EXPORT_MARK = "by `snyk-gitops export`";
var refuseLink = (path) => refuseSymlink(path, "--output");
async function kindOf(path) {
  try {
    const info = await lstat(path);
    return info.isSymbolicLink() ? "link" : info.isDirectory() ? "dir" : "other";
  } catch {
    return "missing";
  }
}
var writeNoFollow = (path, text) => writeOutputFile(path, text, { shown: path, option: "--output" });
async function checkTarget(target, options) {
  const kind = await kindOf(target);
  if (kind === "link") throw refuseLink(target);
  if (options.split) {
    if (kind === "other") throw exists(`--output '${target}' is a file; --split writes a directory of files`);
    if (kind === "dir" && !options.force && (await readdir(target)).length > 0) {
      throw exists(
        `--output '${target}' is not empty: pass --force to replace the files a previous export wrote there (other files are left alone)`
      );
    }
    return;
  }
  const path = kind === "dir" ? join(target, SINGLE_FILE) : target;
  if (!options.force && (kind === "other" || await kindOf(path) !== "missing")) {
    throw exists(
      `'${path}' exists: pass --force to replace it with the live state (edits in it, such as defaults and expires, would be lost)`
    );
  }
}
var exists = (message) => new GitopsError(message, { code: "EXPORT_EXISTS" });
async function writeSingle(target, files, secrets) {
  const kind = await kindOf(target);
  if (kind === "link") throw refuseLink(target);
  const path = kind === "dir" ? join(target, SINGLE_FILE) : target;
  await writeNoFollow(path, redact(files[0]?.text ?? "", secrets));
  return { written: [path], foreign: [] };
}
async function writeSplit(dir, files, secrets) {
  if (await kindOf(dir) === "link") throw refuseLink(dir);
  await mkdir(dir, { recursive: true }).catch((error) => {
    throw unwritable(dir, "--output", error);
  });
  const names = new Set(files.map((f) => f.name));
  const foreign = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (names.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isFile() && (await readFile(path, "utf8")).includes(EXPORT_MARK)) await rm(path);
    else foreign.push(entry.name);
  }
  for (const file of files) await writeNoFollow(join(dir, file.name), redact(file.text, secrets));
  return { written: [`${dir} (${files.length} files)`], foreign: foreign.sort() };
}

// src/cli/commands/export.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var exportCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, EXPORT_OPTIONS);
  if (positionals.length > 0)
    throw new UsageError(`export takes no paths (got '${positionals[0]}'); use --output`);
  const groupId = values.group;
  if (groupId === void 0)
    throw new UsageError("export needs --group ID (the id of the Snyk group to export)");
  for (const [flag, id] of [
    ["--group", groupId],
    ["--tenant", values.tenant]
  ]) {
    if (id !== void 0 && !UUID.test(String(id)))
      throw new UsageError(`${flag} '${id}' is not an id (expected a uuid)`);
  }
  if (values.split && values.output === void 0) {
    throw new UsageError("--split writes one file per org: it needs --output DIR");
  }
  const target = values.output === void 0 ? void 0 : resolve(ctx.cwd, String(values.output));
  const split = values.split === true;
  if (target !== void 0) await checkTarget(target, { split, force: values.force === true });
  const settings = resolveApiSettings(values, ctx.env);
  const { files, orgCount } = await withSnyk(ctx, settings, values.quiet, async (session) => {
    const { live, tenantSkipped } = await readAllLive(session.client, String(groupId), {
      ...values.tenant !== void 0 ? { tenantId: String(values.tenant) } : {},
      onProgress: session.reading
    });
    session.progress.finish();
    if (tenantSkipped !== void 0) {
      ctx.io.err(`note: the group's tenant is left out: the token cannot read it (${tenantSkipped})
`);
    }
    return { orgCount: live.orgs.length, files: exportConfig(live, { split: values.split === true }) };
  });
  if (target === void 0) {
    ctx.io.out(files[0]?.text ?? "");
    return 0;
  }
  const { written, foreign } = split ? await writeSplit(target, files, ctx.secrets) : await writeSingle(target, files, ctx.secrets);
  if (foreign.length > 0) {
    ctx.io.err(
      `warning: left alone in ${target}, not written by export: ${foreign.map((name) => inertText(name)).join(", ")} (plan reads every .yaml and .yml file below it)
`
    );
  }
  if (!values.quiet) {
    ctx.io.err(`Exported group ${groupId} (${orgCount} orgs) to ${written.join(", ")}
`);
  }
  return 0;
};
export {
  exportCommand
};
