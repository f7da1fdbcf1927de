// exportConfig: live state → config YAML that plans to zero changes. Comments carry the ids
// (users, roles, orgs) and explain the defaults, which are written out so the file explains
// itself. No timestamps: re-exporting an unchanged account gives a clean git diff.
import { Document, type Node, YAMLMap, YAMLSeq } from 'yaml';
import { DEFAULT_MAX_DELETE_PERCENT, DEFAULT_PRUNE } from '../config/normalize.ts';
import { SCHEMA_ID } from '../config/schema.ts';
import { ORG_SETTINGS_PART_NAMES } from '../core/org-settings-parts.ts';
import type { LiveState } from '../core/types.ts';
import { buildExportModel, type ExportMember, type ExportModel, type ExportOrg } from './export-model.ts';

export interface ExportedFile {
  /** File name: `snyk-gitops.yaml`, or with `split` `group.yaml` and `org-<slug>.yaml`. */
  name: string;
  text: string;
}

export interface ExportOptions {
  split: boolean;
  /** The `$schema` reference written in the editor comment (default: the schema's $id). */
  schemaUrl?: string;
}

export const SINGLE_FILE = 'snyk-gitops.yaml';
export const GROUP_FILE = 'group.yaml';
export const orgFileName = (slug: string) => `org-${slug}.yaml`;

export function exportConfig(live: LiveState, options: ExportOptions): ExportedFile[] {
  const model = buildExportModel(live);
  const header = headerComment(model, options.schemaUrl ?? SCHEMA_ID);
  if (!options.split) {
    return [{ name: SINGLE_FILE, text: render(header, groupSection(model, true), model.orgs, true) }];
  }
  return [
    { name: GROUP_FILE, text: render(header, groupSection(model, false), [], true) },
    ...model.orgs.map((org) => ({
      name: orgFileName(org.slug),
      text: render(header, {}, [org], false),
    })),
  ];
}

function headerComment(model: ExportModel, schemaUrl: string): string {
  const lines = [
    ` yaml-language-server: $schema=${schemaUrl}`,
    ` Exported from the live Snyk group ${model.groupId} by \`snyk-gitops export\`.`,
    ' `snyk-gitops plan` on this file shows no changes until Snyk or the file changes.',
  ];
  for (const note of model.notes) lines.push(` Not exported: ${note}`);
  for (const skipped of model.skipped)
    lines.push(` Left out (not expressible in the config format): ${skipped}`);
  return lines.join('\n');
}

function groupSection(model: ExportModel, withDefaults: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const group: Record<string, unknown> = { id: model.groupId };
  if (model.group.settings !== undefined) group.settings = model.group.settings;
  if (model.group.tags !== undefined) group.tags = model.group.tags;
  if (model.group.members !== undefined) group.members = model.group.members;
  if (model.group.serviceAccounts !== undefined) group.serviceAccounts = model.group.serviceAccounts;
  out.group = group;
  if (model.tenant !== undefined) out.tenant = model.tenant;
  if (withDefaults) {
    out.users = { unknown: 'error', ignore: [] };
    out.prune = { ...DEFAULT_PRUNE };
    out.limits = { maxDeletePercent: DEFAULT_MAX_DELETE_PERCENT };
  }
  return out;
}

/** Builds the YAML document, then decorates its nodes with comments and flow styles. */
function render(
  header: string,
  top: Record<string, unknown>,
  orgs: ExportOrg[],
  isGroupFile: boolean,
): string {
  const { users, prune, limits, ...rest } = top;
  const plain: Record<string, unknown> = { version: 1, ...stripIds(rest) };
  if (orgs.length > 0 || !isGroupFile) plain.orgs = orgs.map(stripOrgIds);
  if (users !== undefined) Object.assign(plain, { users, prune, limits });
  const doc = new Document(plain);
  doc.commentBefore = header;
  decorateMembers(
    doc,
    ['group', 'members'],
    (top.group as { members?: ExportMember[] } | undefined)?.members,
  );
  decorateMembers(
    doc,
    ['tenant', 'members'],
    (top.tenant as { members?: ExportMember[] } | undefined)?.members,
  );
  flowEach(doc.getIn(['group', 'tags'], true));
  flowAll(doc.getIn(['group', 'settings'], true));
  const groupId = doc.getIn(['group', 'id'], true) as Node | undefined;
  if (groupId) groupId.comment = ' the Snyk group this file manages';
  orgs.forEach((org, index) => {
    const node = doc.getIn(['orgs', index], true) as Node | undefined;
    if (node) node.commentBefore = ` org ${org.slug}`;
    const id = doc.getIn(['orgs', index, 'id'], true) as Node | undefined;
    if (id) id.comment = ' pinned: the org is bound by id, its slug cannot change';
    for (const part of ORG_SETTINGS_PART_NAMES) flowAll(doc.getIn(['orgs', index, part], true));
    decorateMembers(doc, ['orgs', index, 'members'], org.members);
    decorateWebhooks(doc, index, org);
  });
  comment(doc, 'prune', 'which live objects the file does not list are deleted (the defaults, written out)');
  comment(doc, 'users', 'a member who is not a Snyk user is an error; no user is ignored');
  comment(doc, 'limits', 'a plan deleting more than this share of any kind is refused');
  return doc.toString({ lineWidth: 0 });
}

function stripIds(section: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(section) as Record<string, { members?: ExportMember[] } | undefined>;
  for (const key of ['group', 'tenant']) {
    const value = out[key];
    if (value?.members)
      value.members = value.members.map(({ user, role }) => ({ user, role })) as ExportMember[];
  }
  return out;
}

function stripOrgIds(org: ExportOrg): Record<string, unknown> {
  const out: Record<string, unknown> = { slug: org.slug };
  if (org.name !== undefined) out.name = org.name;
  out.id = org.id;
  for (const part of ORG_SETTINGS_PART_NAMES) if (org[part] !== undefined) out[part] = org[part];
  if (org.members !== undefined) out.members = org.members.map(({ user, role }) => ({ user, role }));
  if (org.integrations !== undefined) out.integrations = org.integrations;
  if (org.webhooks !== undefined)
    out.webhooks = org.webhooks.map(({ url, secretEnv }) => ({ url, secret: { env: secretEnv } }));
  if (org.serviceAccounts !== undefined) out.serviceAccounts = org.serviceAccounts;
  return out;
}

/** Snyk never returns a webhook's secret: say where the placeholder's value must come from. */
function decorateWebhooks(doc: Document, index: number, org: ExportOrg): void {
  org.webhooks?.forEach((_hook, i) => {
    const secret = doc.getIn(['orgs', index, 'webhooks', i, 'secret'], true);
    if (secret instanceof YAMLMap) {
      secret.flow = true;
      secret.comment =
        ' placeholder: Snyk cannot return the secret; set this variable when the webhook is created (apply --replace rotates it)';
    }
  });
}

function decorateMembers(
  doc: Document,
  path: (string | number)[],
  members: ExportMember[] | undefined,
): void {
  const seq = doc.getIn(path, true);
  if (!(seq instanceof YAMLSeq) || members === undefined) return;
  seq.items.forEach((item, index) => {
    const member = members[index];
    if (!(item instanceof YAMLMap) || member === undefined) return;
    item.flow = true;
    const ids: string[] = [];
    if (member.user !== member.userId) ids.push(`user ${member.userId}`);
    if (member.role !== member.roleId) ids.push(`role ${member.roleId}`);
    if (ids.length > 0) item.comment = ` ${ids.join(', ')}`;
  });
}

/** Flow style for every map under `node` whose values are all scalars. */
function flowAll(node: unknown): void {
  if (!(node instanceof YAMLMap)) return;
  for (const pair of node.items) {
    if (pair.value instanceof YAMLMap) {
      if (pair.value.items.every((p) => !(p.value instanceof YAMLMap))) pair.value.flow = true;
      else flowAll(pair.value);
    }
  }
}

function flowEach(node: unknown): void {
  if (!(node instanceof YAMLSeq)) return;
  for (const item of node.items) if (item instanceof YAMLMap) item.flow = true;
}

function comment(doc: Document, key: string, text: string): void {
  const contents = doc.contents;
  if (!(contents instanceof YAMLMap)) return;
  const pair = contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
  if (pair?.key && typeof pair.key === 'object') (pair.key as Node).commentBefore = ` ${text}`;
}
