// Builders of desired and live states for the core's tests: small defaults, explicit overrides.
import { Address } from './addresses.ts';
import { DEFAULT_PRUNE } from './desired-parts.ts';
import { everyone, GROUP_ID, people, ROLES, TENANT_ID } from './fixtures.test-helpers.ts';
import type {
  Change,
  DesiredOrg,
  DesiredState,
  LiveMembership,
  LiveOrg,
  LiveState,
  LiveUser,
  MemberSpec,
  Plan,
  Role,
} from './types.ts';

export { everyone, GROUP_ID, people, ROLES, TENANT_ID, user } from './fixtures.test-helpers.ts';

export function membership(who: LiveUser, role: Role, id = `m-${who.id}-${role.id}`): LiveMembership {
  return { id, userId: who.id, roleId: role.id, roleName: role.name };
}

export function liveOrg(slug: string, overrides: Partial<LiveOrg> = {}): LiveOrg {
  return { id: `org-${slug}`, name: slug[0]!.toUpperCase() + slug.slice(1), slug, ...overrides };
}

export function desiredOrg(slug: string, overrides: Partial<DesiredOrg> = {}): DesiredOrg {
  return { slug, ...overrides };
}

export function desiredState(overrides: Partial<DesiredState> = {}): DesiredState {
  return {
    version: 1,
    group: { id: GROUP_ID },
    orgs: [],
    users: { unknown: 'error', ignore: [] },
    prune: { ...DEFAULT_PRUNE },
    limits: { maxDeletePercent: 100 },
    drift: { ignore: [] },
    ...overrides,
  };
}

/** Live state; `users` defaults to a directory of every user passed in `people`. */
export function liveState(overrides: Partial<LiveState> = {}, people: LiveUser[] = []): LiveState {
  return {
    groupId: GROUP_ID,
    self: { id: 'user-alice', type: 'user', email: 'alice@acme.com' },
    orgs: [],
    group: {},
    users: Object.fromEntries(people.map((p) => [p.id, p])),
    roles: {
      org: [ROLES.orgAdmin, ROLES.orgCollaborator, ROLES.orgAuditor],
      group: [ROLES.groupAdmin, ROLES.groupMember],
      tenant: [ROLES.tenantAdmin, ROLES.tenantViewer],
    },
    unknown: [],
    ...overrides,
  };
}

/** Memberships by person (a key of `people`) and role (a key of `ROLES`), in order. */
type Members = Partial<Record<keyof typeof people, keyof typeof ROLES>>;

const membershipsOf = (members: Members) =>
  Object.entries(members).map(([who, role]) => membership(people[who as keyof typeof people], ROLES[role]));

/**
 * Live state of the given memberships, with every person of `people` in the directory: the
 * group's, each org's by slug (`liveOrg` of that slug) and the tenant's (`TENANT_ID`, 'Acme').
 * `{ group: { alice: 'groupAdmin' }, orgs: { payments: { bob: 'orgCollaborator' } } }`.
 */
export function liveMembers(
  members: { group?: Members; orgs?: Record<string, Members>; tenant?: Members },
  overrides: Partial<LiveState> = {},
): LiveState {
  const { group, orgs = {}, tenant } = members;
  return liveState(
    {
      ...(group && { group: { members: membershipsOf(group) } }),
      orgs: Object.entries(orgs).map(([slug, of]) => liveOrg(slug, { members: membershipsOf(of) })),
      ...(tenant && { tenant: { id: TENANT_ID, name: 'Acme', members: membershipsOf(tenant) } }),
      ...overrides,
    },
    everyone,
  );
}

/** Listed members as the file writes them, in order: `{ alice: 'Org Admin', bob: { role, expires } }`. */
export type Listed = Record<string, string | Omit<MemberSpec, 'user'>>;

/** The member specs of `listed`, for a desired org or group built by hand. */
export const memberSpecs = (listed: Listed): MemberSpec[] =>
  Object.entries(listed).map(([user, entry]) =>
    typeof entry === 'string' ? { user, role: entry } : { user, ...entry },
  );

/** Desired state listing these members: the group's, each org's by slug, the tenant's (`TENANT_ID`). */
export function desiredMembers(
  members: { group?: Listed; orgs?: Record<string, Listed>; tenant?: Listed },
  overrides: Partial<DesiredState> = {},
): DesiredState {
  const { group, orgs = {}, tenant } = members;
  return desiredState({
    ...(group && { group: { id: GROUP_ID, members: memberSpecs(group) } }),
    orgs: Object.entries(orgs).map(([slug, listed]) => desiredOrg(slug, { members: memberSpecs(listed) })),
    ...(tenant && { tenant: { id: TENANT_ID, members: memberSpecs(tenant) } }),
    ...overrides,
  });
}

/**
 * A change for tests of code that never reads `target` (renderers, digests, the executor's
 * ordering): the fields given, the rest empty. Typed loosely on purpose, so a test can build
 * a change that no kind would plan (that is what some of them test).
 */
export function looseChange(
  fields: { kind: string; action: string; address: string; dependsOn?: string[] } & Record<string, unknown>,
): Change {
  const { address, dependsOn = [], ...rest } = fields;
  return {
    before: null,
    after: null,
    patch: [],
    target: {},
    ...rest,
    address: Address.of(address),
    dependsOn: dependsOn.map((a) => Address.of(a)),
  } as unknown as Change;
}

/** A plan around `changes`, for tests of code that takes a plan but does not plan: the rest empty. */
export function planAround(changes: Change[], overrides: Partial<Plan> = {}): Plan {
  return {
    formatVersion: 1,
    groupId: GROUP_ID,
    fingerprint: 'sha256:0',
    changes,
    summary: { create: 0, update: 0, delete: 0 },
    warnings: [],
    desired: desiredState(),
    ...overrides,
  };
}
