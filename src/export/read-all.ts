// Export reads everything, but the live reader reads only what a desired state manages. So
// read in two steps: the group's orgs first, then with a desired state that manages every
// org's settings parts, members, integrations and webhooks, and the group's settings, tags and members, and the tenant's:
// the one given, or the one the group names (REST beta GET /groups/{id}) when the token can
// read it.
import { DEFAULT_PRUNE } from '../config/normalize.ts';
import { Address } from '../core/addresses.ts';
import { INTEGRATION_TYPES } from '../core/desired-integrations.ts';
import { everyGroupSettingsPart } from '../core/group-settings-parts.ts';
import { everySettingsPart } from '../core/org-settings-parts.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { DesiredOrg, DesiredState, LiveState, PruneRules } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { readLiveState } from '../live/index.ts';
import { SnykApiError } from '../snyk/index.ts';

export interface ReadAllOptions {
  tenantId?: string;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** Prunes nothing: an export only reads. */
const NO_PRUNE = Object.fromEntries(Object.keys(DEFAULT_PRUNE).map((key) => [key, false])) as PruneRules;

/** A desired state that manages nothing: the reader then reads /self and the org list. */
export function manageNothing(groupId: string): DesiredState {
  return {
    version: 1,
    group: { id: groupId },
    orgs: [],
    users: { unknown: 'error', ignore: [] },
    prune: NO_PRUNE,
    limits: { maxDeletePercent: 100 },
    drift: { ignore: [] },
  };
}

/** A desired state that manages every part of the group (its values are never compared). */
export function manageEverything(
  groupId: string,
  orgs: readonly { id: string; slug: string }[],
  tenantId?: string,
): DesiredState {
  const desired = manageNothing(groupId);
  desired.group = {
    id: groupId,
    settings: {},
    ...everyGroupSettingsPart(),
    tags: [],
    members: [],
    serviceAccounts: [],
  };
  // Every integration type the format knows, with settings: the reader reads the settings of
  // the ones each org has.
  const integrations = Object.fromEntries(
    INTEGRATION_TYPES.map((type) => [type, { settings: {} }]),
  ) as NonNullable<DesiredOrg['integrations']>;
  desired.orgs = orgs.map((org) => ({
    slug: org.slug,
    id: org.id,
    ...everySettingsPart(),
    members: [],
    integrations,
    webhooks: [],
    serviceAccounts: [],
  }));
  if (tenantId !== undefined) desired.tenant = { id: tenantId, members: [] };
  return desired;
}

const UNREADABLE = new Set(['SNYK_FORBIDDEN', 'SNYK_NOT_FOUND']);

/** The tenant the group names, when the token may read the group's details. */
async function tenantOf(client: SnykClient, groupId: string): Promise<string | undefined> {
  try {
    return (await client.getGroup(groupId)).tenantId;
  } catch (error) {
    if (error instanceof SnykApiError && UNREADABLE.has(error.code)) return undefined;
    throw error;
  }
}

const isTenantPart = (address: Address) => address.scope.kind === 'tenant' || address.text === 'roles.tenant';

export interface ReadAll {
  live: LiveState;
  /** Why a tenant that the group names was left out (the token cannot read it). */
  tenantSkipped?: string;
}

export async function readAllLive(
  client: SnykClient,
  groupId: string,
  options: ReadAllOptions = {},
): Promise<ReadAll> {
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  const outline = await readLiveState(client, manageNothing(groupId), progress);
  const tenantId = options.tenantId ?? (await tenantOf(client, groupId));
  const everything = manageEverything(groupId, outline.orgs, tenantId);
  // A tenant asked for must be read; one found by asking the group is left out when the token
  // cannot read it. Everything else must be read: an export is complete or it is an error.
  const discovered = options.tenantId === undefined && tenantId !== undefined;
  const live = await readLiveState(client, everything, { ...progress, tolerant: discovered });
  if (live.unknown.length === 0) return { live };
  const other = live.unknown.filter((part) => !isTenantPart(Address.of(part.address)));
  if (other.length > 0) {
    throw new GitopsError(`could not read ${other.map((p) => p.address).join(', ')}: ${other[0]!.reason}`, {
      code: 'EXPORT_INCOMPLETE',
    });
  }
  const reason = live.unknown.map((p) => p.reason).join('; ');
  const { tenant: _tenant, ...rest } = live;
  return { live: { ...rest, roles: { ...live.roles, tenant: [] }, unknown: [] }, tenantSkipped: reason };
}
