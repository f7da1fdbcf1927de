// Deterministic emulator states of any size, for tests and benchmarks: one tenant, one group
// with the built-in roles, a pool of users, `orgs` orgs with a random (seeded) number of members.

import { createRandom, type Random } from '../util/prng.ts';
import { generateProjects } from './generate-projects.ts';
import type { EmulatorState, EmuMembership, EmuOrg, EmuRole, EmuUser } from './state-types.ts';

const TENANT_MEMBER_PERMISSIONS = ['tenant.read', 'tenant.membership.read', 'tenant.roles.read'];
const TENANT_ADMIN_PERMISSIONS = ['tenant.edit', 'tenant.membership.edit', 'tenant.roles.edit'];

export interface GenerateOptions {
  orgs: number;
  membersPerOrg: [min: number, max: number];
  seed?: number;
  /** Group memberships besides the token's own (default min(10, users)). */
  groupMembers?: number;
  /** The API token to accept (default: derived from the seed). */
  token?: string;
  /** Projects in each org (default none), from their own seeded stream: the rest stays as without them. */
  projectsPerOrg?: number;
}

/** The publicIds Snyk's v1 docs show for the built-in org roles. */
export const ORG_ADMIN_ROLE_ID = 'af047fef-69f3-4bd9-9760-8957ce0d2ece';
export const ORG_COLLABORATOR_ROLE_ID = '6525b356-a400-465f-b2e5-3eee1161e69f';

export function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export function timestamp(offsetSeconds: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offsetSeconds * 1000).toISOString();
}

export function generateState(opts: GenerateOptions): {
  state: EmulatorState;
  token: string;
  groupId: string;
} {
  const random = createRandom(opts.seed ?? 1);
  const id = () => uuidFrom(random);
  const [min, max] = opts.membersPerOrg;
  let clock = 0;
  const membership = (userId: string, roleId: string): EmuMembership => ({
    id: id(),
    userId,
    roleId,
    createdAt: timestamp(++clock),
  });

  const groupRoles: EmuRole[] = ['Group Admin', 'Group Member', 'Group Viewer'].map((name) => ({
    id: id(),
    name,
  }));
  const orgRoles: EmuRole[] = [
    { id: ORG_COLLABORATOR_ROLE_ID, name: 'Org Collaborator', description: 'Collaborator' },
    { id: ORG_ADMIN_ROLE_ID, name: 'Org Admin', description: 'Admin' },
    { id: id(), name: 'Org Restricted Collaborator', description: 'Restricted collaborator' },
  ];
  // Tenant roles list their permissions (a custom role's are compared with Tenant Admin's).
  const tenantRoles: EmuRole[] = [
    {
      id: id(),
      name: 'Tenant Admin',
      permissions: [...TENANT_MEMBER_PERMISSIONS, ...TENANT_ADMIN_PERMISSIONS],
    },
    { id: id(), name: 'Tenant Member', permissions: [...TENANT_MEMBER_PERMISSIONS] },
  ];

  const poolSize = Math.max(10, max * 2, (opts.groupMembers ?? 0) + 1);
  const admin: EmuUser = {
    id: id(),
    name: 'Emulator Admin',
    email: 'admin@example.com',
    username: 'admin',
    loginMethod: 'saml',
    type: 'user',
  };
  const users: EmuUser[] = [admin];
  for (let i = 1; i <= poolSize; i++) {
    const n = String(i).padStart(4, '0');
    users.push({
      id: id(),
      name: `User ${n}`,
      email: `user${n}@example.com`,
      username: `user${n}`,
      loginMethod: 'saml',
    });
  }
  const token = opts.token ?? `emu-${id().replace(/-/g, '')}`;
  const tenantId = id();
  const groupId = id();

  const groupMembers = [membership(admin.id, groupRoles[0]!.id)];
  const extra = Math.min(opts.groupMembers ?? 10, users.length - 1);
  for (let i = 1; i <= extra; i++) groupMembers.push(membership(users[i]!.id, groupRoles[1 + (i % 2)]!.id));

  const orgs: EmuOrg[] = [];
  for (let i = 1; i <= opts.orgs; i++) {
    const n = String(i).padStart(4, '0');
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, users.length - 1))
      chosen.add(1 + Math.floor(random() * (users.length - 1)));
    orgs.push({
      id: id(),
      name: `Org ${n}`,
      slug: `org-${n}`,
      createdAt: timestamp(++clock),
      settings: {
        requestAccess: { enabled: random() < 0.5 },
        ignores: { reasonRequired: false, autoApproveIgnores: false, approvalWorkflowEnabled: false },
      },
      members: [...chosen].map((u) =>
        membership(users[u]!.id, random() < 0.2 ? ORG_ADMIN_ROLE_ID : ORG_COLLABORATOR_ROLE_ID),
      ),
      invites: [],
      provisions: [],
      projectCount: 0,
    });
  }

  const state: EmulatorState = {
    tokens: [{ token, userId: admin.id, kind: 'personal' }],
    users,
    tenants: [
      {
        id: tenantId,
        name: 'Example Tenant',
        slug: 'example-tenant',
        createdAt: timestamp(0),
        ownerId: admin.id,
        roles: tenantRoles,
        members: [membership(admin.id, tenantRoles[0]!.id)],
      },
    ],
    groups: [
      {
        id: groupId,
        name: 'Example Group',
        tenantId,
        ssoConfigured: true,
        settings: { sessionLength: null, requestAccess: { enabled: false } },
        tags: [
          { key: 'team', value: 'platform', projectCount: 3 },
          { key: 'env', value: 'legacy', projectCount: 0 },
        ],
        groupRoles,
        orgRoles,
        members: groupMembers,
        orgs,
      },
    ],
  };
  if ((opts.projectsPerOrg ?? 0) > 0)
    generateProjects(state.groups[0]!, opts.projectsPerOrg!, opts.seed ?? 1);
  return { state, token, groupId };
}
