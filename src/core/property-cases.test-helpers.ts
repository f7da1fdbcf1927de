// Seeded random desired/live pairs for the property tests: the pure simulator's
// (plan.property.test.ts) and the real executor's against the emulator
// (test/e2e/property-executor.test.ts).
import { createRandom } from '../util/prng.ts';
import { desiredState, GROUP_ID, liveState, ROLES } from './builders.test-helpers.ts';
import type {
  DesiredOrg,
  DesiredState,
  LiveMembership,
  LiveState,
  LiveUser,
  MemberSpec,
  Role,
} from './types.ts';

export function generateCase(seed: number): { desired: DesiredState; live: LiveState } {
  const random = createRandom(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const subset = <T>(items: readonly T[], p = 0.5): T[] => items.filter(() => chance(p));

  const users: LiveUser[] = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus', 'ci-bot'].map((name, i) => {
    const user: LiveUser = { id: `u-${name}`, email: `${name}@acme.com`, username: name };
    if (i === 5) delete user.email;
    if (i === 6) delete user.username;
    return user;
  });
  const orgRoles = [ROLES.orgAdmin, ROLES.orgCollaborator, ROLES.orgAuditor];
  const groupRoles = [ROLES.groupAdmin, ROLES.groupMember];
  const tenantRoles = [ROLES.tenantAdmin, ROLES.tenantViewer];
  let nextId = 0;
  const liveMembers = (roles: Role[]): LiveMembership[] =>
    subset(users).map((u) => {
      const role = pick(roles);
      return { id: `m${nextId++}`, userId: u.id, roleId: role.id, roleName: role.name };
    });
  const ref = (u: LiveUser): string => {
    const refs = [
      u.id,
      ...(u.email === undefined ? [] : [u.email, u.email.toUpperCase()]),
      ...(u.username === undefined ? [] : [u.username]),
    ];
    return pick(refs);
  };
  const roleRef = (role: Role) => pick([role.name, role.name.toLowerCase(), role.id]);
  const unknownMode = pick(['error', 'invite', 'provision'] as const);
  const desiredMembers = (roles: Role[], allowUnknown: boolean): MemberSpec[] => [
    ...subset(users).map((u) => ({ user: ref(u), role: roleRef(pick(roles)) })),
    ...(allowUnknown && unknownMode !== 'error' && chance(0.5)
      ? [{ user: `new${nextId++}@acme.com`, role: roleRef(pick(roles)) }]
      : []),
  ];
  const settings = () => ({
    ...(chance(0.6) ? { requestAccess: { enabled: chance(0.5) } } : {}),
    ...(chance(0.5)
      ? {
          ignores: {
            reasonRequired: chance(0.5),
            ...(chance(0.5) ? { autoApproveIgnores: chance(0.5) } : {}),
          },
        }
      : {}),
  });
  const tags = [
    { key: 'team', value: 'a' },
    { key: 'team', value: 'b' },
    { key: 'env', value: 'prod' },
  ];

  const slugs = ['alpha', 'beta', 'gamma', 'delta', 'omega'];
  const live = liveState(
    {
      orgs: subset(slugs, 0.6).map((slug) => ({
        id: `org-${slug}`,
        name: pick([slug, slug.toUpperCase()]),
        slug,
        settings: settings(),
        members: liveMembers(orgRoles),
        pending: chance(0.3)
          ? [{ via: 'invite' as const, email: `old${nextId++}@acme.com`, roleId: ROLES.orgAdmin.id }]
          : [],
      })),
      group: {
        settings: { sessionLength: pick([null, 30, 60]) },
        tags: subset(tags),
        members: liveMembers(groupRoles),
      },
      tenant: { id: 'tenant-1', name: 'Acme', members: liveMembers(tenantRoles) },
      self: { id: 'u-ann', type: 'user' },
    },
    users,
  );
  const orgs: DesiredOrg[] = [];
  for (const slug of subset(slugs, 0.7)) {
    const org: DesiredOrg = { slug };
    const exists = live.orgs.some((o) => o.slug === slug);
    if (!exists || chance(0.5)) org.name = pick([slug, `${slug} team`]);
    if (!exists && chance(0.5)) {
      const candidates = [...live.orgs.map((o) => o.slug), ...orgs.map((o) => o.slug)];
      if (candidates.length > 0) org.template = pick(candidates);
    }
    if (chance(0.7)) org.settings = settings();
    if (chance(0.8)) org.members = desiredMembers(orgRoles, true);
    orgs.push(org);
  }
  const desired = desiredState({
    group: {
      id: GROUP_ID,
      ...(chance(0.7)
        ? {
            settings: {
              sessionLength: pick([null, 30, 60]),
              ...(chance(0.5) ? { requestAccess: { enabled: true } } : {}),
            },
          }
        : {}),
      ...(chance(0.7) ? { tags: subset(tags) } : {}),
      ...(chance(0.8) ? { members: desiredMembers(groupRoles, true) } : {}),
    },
    ...(chance(0.5)
      ? {
          tenant: {
            id: 'tenant-1',
            name: pick(['Acme', 'Acme Inc']),
            members: desiredMembers(tenantRoles, false),
          },
        }
      : {}),
    orgs: random() < 0.5 ? orgs : [...orgs].reverse().filter((o) => o.template === undefined),
    users: { unknown: unknownMode, ignore: chance(0.3) ? ['*bot*'] : [] },
    prune: {
      groupMembers: chance(0.5),
      orgMembers: chance(0.5),
      tenantMembers: chance(0.5),
      groupTags: pick([true, false, 'force'] as const),
      orgs: chance(0.3),
      webhooks: false,
      imports: false,
      serviceAccounts: false,
      projectTags: false,
      ignores: true,
    },
  });
  return { desired, live };
}
