// Who is who in the core's tests: the group, the built-in roles and a few people. The builders
// (test-builders.ts) put them together into states.
import type { LiveUser, Role } from './types.ts';

export const GROUP_ID = '4a18d42f-0706-4ad0-b127-24078731fbed';
export const TENANT_ID = '59d6d97e-3106-4ebb-b608-352fad9c5b34';

export const ROLES = {
  orgAdmin: { id: 'role-org-admin', name: 'Org Admin' },
  orgCollaborator: { id: 'role-org-collaborator', name: 'Org Collaborator' },
  orgAuditor: { id: 'role-org-auditor', name: 'Org Auditor' },
  groupAdmin: { id: 'role-group-admin', name: 'Group Admin' },
  groupMember: { id: 'role-group-member', name: 'Group Member' },
  tenantAdmin: { id: 'role-tenant-admin', name: 'Tenant Admin' },
  tenantViewer: { id: 'role-tenant-viewer', name: 'Tenant Viewer' },
} satisfies Record<string, Role>;

export function user(name: string): LiveUser {
  return { id: `user-${name}`, email: `${name}@acme.com`, username: name };
}

export const people = {
  alice: user('alice'),
  bob: user('bob'),
  carol: user('carol'),
  dave: user('dave'),
  mallory: user('mallory'),
  bot: { id: 'user-bot', email: 'ci-bot@serviceaccount.acme.com', username: 'ci-bot' },
};

export const everyone: LiveUser[] = Object.values(people);
