// A part of Snyk that could not be read must be neither drift nor "in sync": the desired
// state stops managing it for this run, so the plan compares only what was read. Without
// this, an unreadable org's members would look like members "removed in Snyk".
import { Address } from '../core/addresses.ts';
import { GROUP_SETTINGS_PART_NAMES } from '../core/group-settings-parts.ts';
import { ORG_SETTINGS_PART_NAMES, type OrgSettingsPart } from '../core/org-settings-parts.ts';
import type { Change, DesiredOrg, DesiredState, UnknownPart } from '../core/types.ts';

const isSettingsPart = (part: string | undefined): part is OrgSettingsPart =>
  (ORG_SETTINGS_PART_NAMES as readonly (string | undefined)[]).includes(part);

/** The org and its part (`members`, `invites`, …) an address names, if it is in an org. */
function orgPart({ scope, steps }: Address): { slug: string; part: string | undefined } | undefined {
  return scope.kind === 'org' ? { slug: scope.slug, part: steps[0]?.name } : undefined;
}

/** `desired` without the parts `unknown` names (a copy; the input is not modified). */
export function maskUnknownParts(desired: DesiredState, unknown: readonly UnknownPart[]): DesiredState {
  const masked = structuredClone(desired);
  for (const { address } of unknown) maskOne(masked, Address.of(address));
  return masked;
}

function maskOne(desired: DesiredState, unknown: Address): void {
  const org = orgPart(unknown);
  if (org !== undefined) {
    const { slug, part } = org;
    desired.orgs = desired.orgs.map((entry) => (entry.slug === slug ? maskOrg(entry, part) : entry));
    return;
  }
  // Outside orgs the unknown parts are a few fixed names (`orgs`, `group.tags`, `roles.org`, `tenant`).
  const address = unknown.text;
  const [head, part] = address.split('.', 2);
  if (head === 'orgs' || address === 'group') {
    // The group's org list is unknown: nothing about any org can be compared.
    desired.orgs = [];
    desired.prune = { ...desired.prune, orgs: false };
  }
  if (head === 'group') {
    if (part === undefined || part === 'settings') delete desired.group.settings;
    if (part === undefined || part === 'tags') delete desired.group.tags;
    if (part === undefined || part === 'members' || part === 'member') delete desired.group.members;
    for (const name of GROUP_SETTINGS_PART_NAMES)
      if (part === undefined || part === name) delete desired.group[name];
  }
  if (address === 'roles.org') {
    // Without the org roles no org member's role can be compared.
    desired.orgs = desired.orgs.map(({ members: _members, ...org }) => org);
  }
  if (address === 'roles.tenant' && desired.tenant !== undefined) delete desired.tenant.members;
  if (head === 'tenant' && desired.tenant !== undefined) {
    if (part === undefined || part === 'name') delete desired.tenant;
    else delete desired.tenant.members;
  }
}

/** The org parts that hold only pending users: unreadable, they hide nothing but those. */
const PENDING_PARTS = new Set(['invites', 'provisions']);

/**
 * The org slugs whose pending users (invitations, provisions) could not be read. Their members
 * are still compared; what would be invited or removed there is unknown, not a change.
 */
export function unreadablePendingOrgs(unknown: readonly Pick<UnknownPart, 'address'>[]): Set<string> {
  const slugs = new Set<string>();
  for (const { address } of unknown) {
    const org = orgPart(Address.of(address));
    if (org?.part !== undefined && PENDING_PARTS.has(org.part)) slugs.add(org.slug);
  }
  return slugs;
}

/** Whether `address` is a pending user of an org of `slugs` (see unreadablePendingOrgs). */
export function isUnreadablePending({ scope, steps }: Address, slugs: ReadonlySet<string>): boolean {
  if (scope.kind !== 'org' || steps[0]?.name !== 'pending' || steps[0].key === undefined) return false;
  return slugs.has(scope.slug);
}

/** `changes` without those on pending users nobody could read (see unreadablePendingOrgs). */
export function dropUnreadablePending<C extends Pick<Change, 'address'>>(
  changes: readonly C[],
  unknown: readonly UnknownPart[],
): C[] {
  const slugs = unreadablePendingOrgs(unknown);
  if (slugs.size === 0) return [...changes];
  return changes.filter((change) => !isUnreadablePending(change.address, slugs));
}

function maskOrg(entry: DesiredOrg, part: string | undefined): DesiredOrg {
  // Pending users are left out after planning (dropUnreadablePending): members still compare.
  if (part !== undefined && PENDING_PARTS.has(part)) return entry;
  const out: DesiredOrg = { ...entry };
  if (isSettingsPart(part)) {
    delete out[part];
    return out;
  }
  if (part === 'projects') {
    delete out.projects;
    return out;
  }
  // members, memberships, pending, or a part this code does not know:
  // the org's members cannot be compared.
  delete out.members;
  // The whole org is unknown: only its name and template stay (so the org keeps its place and
  // prune.orgs does not delete it); the report leaves out every item of an unknown org.
  if (part === undefined) {
    for (const settings of ORG_SETTINGS_PART_NAMES) delete out[settings];
    delete out.projects;
  }
  return out;
}
