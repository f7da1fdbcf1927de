// Reads the live state the desired state needs, and nothing more: /self, the group's orgs (all
// of them, to match slugs), then only the memberships, settings, tags, roles, tenant data and
// pending users of what the file manages. Reads run concurrently; the client bounds them.
import type { DesiredOrg, DesiredState, LiveMembership, LiveOrg, LiveState } from '../core/types.ts';
import { extendError, type Membership, SnykApiError, type SnykClient } from '../snyk/index.ts';
import { addUsers, rolesOf } from './collect-directory.ts';
import { createOrgReader } from './read-orgs.ts';

export interface ReadLiveOptions {
  /** Drift: a part that fails with 403/404/429 is recorded in `unknown` instead of failing the read. */
  tolerant?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** Errors that make one part unknown in tolerant mode; anything else still fails the read. */
const TOLERATED = new Set(['SNYK_FORBIDDEN', 'SNYK_NOT_FOUND', 'SNYK_RATE_LIMITED']);

export async function readLiveState(
  client: SnykClient,
  desired: DesiredState,
  options: ReadLiveOptions = {},
): Promise<LiveState> {
  const groupId = desired.group.id;
  const live: LiveState = {
    groupId,
    self: { id: '', type: '' },
    orgs: [],
    group: {},
    users: {},
    roles: { org: [], group: [], tenant: [] },
    unknown: [],
  };
  // Every membership repeats a few user and role ids; parsing gives each its own copy. Sharing
  // one string per value keeps the live state of thousands of orgs small.
  const strings = new Map<string, string>();
  const intern = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  const compact = ({ user: _user, ...m }: Membership): LiveMembership => ({
    ...m,
    userId: intern(m.userId),
    roleId: intern(m.roleId),
    roleName: intern(m.roleName),
  });
  let done = 0;
  let total = 0;
  /** Runs one read; in tolerant mode a tolerated failure becomes an `unknown` entry. */
  const part = <T>(address: string, read: () => Promise<T>, use: (value: T) => void, essential = false) => {
    total++;
    return read().then(
      (value) => {
        use(value);
        options.onProgress?.(++done, total, address);
      },
      (error: unknown) => {
        const tolerated =
          options.tolerant === true &&
          !essential &&
          error instanceof SnykApiError &&
          TOLERATED.has(error.code);
        if (!tolerated) {
          // Name the part: an endpoint template alone does not say which org was refused.
          throw error instanceof SnykApiError
            ? extendError(error, '', { prefix: `reading ${address}: ` })
            : error;
        }
        live.unknown.push({ address, reason: error.message });
        options.onProgress?.(++done, total, address);
      },
    );
  };

  const managesOrgMembers = desired.orgs.some((o) => o.members !== undefined);
  // The reads of a managed org start as soon as its page of the group's orgs arrives, rather
  // than after the last page (at 5,000 orgs, 50 pages read one after the other).
  const readPage = createOrgReader(client, desired, live, part, compact);
  const readOrgs = async () => {
    const orgReads: Promise<void>[] = [];
    const listed = part(
      'orgs',
      () =>
        client.listGroupOrgs(groupId, (page) => {
          const orgs = page.map((o): LiveOrg => ({ id: o.id, name: o.name, slug: o.slug }));
          live.orgs.push(...orgs);
          for (const read of readPage(orgs)) {
            // Handled now: should a later page fail, these must not become unhandled rejections.
            read.catch(() => undefined);
            orgReads.push(read);
          }
        }),
      () => undefined,
      true,
    );
    try {
      await listed;
    } catch (error) {
      await Promise.allSettled(orgReads);
      throw error;
    }
    await Promise.all(orgReads);
  };
  const reads: Promise<void>[] = [
    part(
      'self',
      () => client.getSelf(),
      (self) => {
        live.self = { id: self.id, type: self.type };
        if (self.email !== undefined) live.self.email = self.email;
        if (self.username !== undefined) live.self.username = self.username;
      },
      true,
    ),
    readOrgs(),
  ];
  if (managesOrgMembers) {
    reads.push(
      part(
        'roles.org',
        () => client.listOrgRoles(groupId),
        (roles) => {
          live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
        },
      ),
    );
  }
  const managesGroupMembers = desired.group.members !== undefined;
  if (managesGroupMembers || managesOrgMembers) {
    // The group's memberships are also the directory of its users: someone the file adds to an
    // org is usually in the group already, though in none of the orgs the file manages (Snyk
    // has no user search). Read only as that directory, they are diffed nowhere, and the read
    // is essential: without it no member could be resolved reliably.
    reads.push(
      part(
        'group.members',
        () => client.listGroupMemberships(groupId),
        (members) => {
          if (managesGroupMembers) live.group.members = members.map(({ user: _user, ...m }) => m);
          live.roles.group = rolesOf(members);
          addUsers(live.users, members);
        },
        !managesGroupMembers,
      ),
    );
  }
  if (desired.group.settings !== undefined) {
    reads.push(
      part(
        'group.settings',
        () => client.getGroupSettings(groupId),
        (s) => {
          live.group.settings = s;
        },
      ),
    );
  }
  if (desired.group.tags !== undefined) {
    reads.push(
      part(
        'group.tags',
        () => client.listGroupTags(groupId),
        (tags) => {
          live.group.tags = tags;
        },
      ),
    );
  }
  const tenant = desired.tenant;
  if (tenant !== undefined) {
    reads.push(
      part(
        'tenant',
        () => client.getTenant(tenant.id),
        (t) => {
          live.tenant = { ...live.tenant, id: t.id, name: t.name };
        },
      ),
    );
    if (tenant.members !== undefined) {
      reads.push(
        part(
          'tenant.members',
          () => client.listTenantMemberships(tenant.id),
          (members) => {
            live.tenant = {
              id: tenant.id,
              name: '',
              ...live.tenant,
              members: members.map(({ user: _user, ...m }) => m),
            };
            addUsers(live.users, members);
          },
        ),
      );
      reads.push(
        part(
          'roles.tenant',
          () => client.listTenantRoles(tenant.id),
          (roles) => {
            live.roles.tenant = roles;
          },
        ),
      );
    }
  }
  await Promise.all(reads);
  return live;
}

/** Runs one read of a named part of live state and puts its result in place. */
export type Part = <T>(address: string, read: () => Promise<T>, use: (value: T) => void) => Promise<void>;

/** The live org a desired org refers to: pinned by id, else by slug. */
export function matchOrg(desired: DesiredOrg, orgs: readonly LiveOrg[]): LiveOrg | undefined {
  if (desired.id !== undefined) return orgs.find((o) => o.id === desired.id);
  return orgs.find((o) => o.slug === desired.slug);
}
