// The one role the emulator checks: a token whose user is only a Group Viewer reads, but may
// neither change anything nor list invitations or provisions (403, as Snyk answers).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateState } from './generate.ts';
import { type Emulator, startEmulator } from './index.ts';
import type { EmulatorState } from './state-types.ts';

const VIEWER = 'viewer-token';
const ADMIN = 'admin-token';
let emulator: Emulator;
let orgId: string;

function withViewer(state: EmulatorState): EmulatorState {
  const group = state.groups[0]!;
  const role = group.groupRoles.find((r) => r.name === 'Group Viewer')!;
  state.users.push({ id: 'viewer-user', name: 'Viewer', email: 'viewer@example.com', username: 'viewer' });
  group.members.push({
    id: 'viewer-membership',
    userId: 'viewer-user',
    roleId: role.id,
    createdAt: '2024-01-01T00:00:00Z',
  });
  state.tokens.push({ token: VIEWER, userId: 'viewer-user', kind: 'service_account' });
  return state;
}

beforeEach(async () => {
  const { state, token } = generateState({ orgs: 2, membersPerOrg: [1, 2], token: ADMIN });
  expect(token).toBe(ADMIN);
  orgId = state.groups[0]!.orgs[0]!.id;
  emulator = await startEmulator({ state: withViewer(state), rateLimit: false });
});
afterEach(() => emulator.close());

const call = (path: string, token: string, method = 'GET') =>
  fetch(`${emulator.url}${path}`, { method, headers: { authorization: `token ${token}` } });

describe('a Group Viewer token', () => {
  it('reads orgs and memberships', async () => {
    expect((await call(`/rest/orgs/${orgId}/memberships?version=2024-10-15`, VIEWER)).status).toBe(200);
    expect((await call(`/v1/org/${orgId}/members`, VIEWER)).status).toBe(200);
  });

  it('may not list invitations or provisions, nor change anything', async () => {
    expect((await call(`/rest/orgs/${orgId}/invites?version=2022-11-14`, VIEWER)).status).toBe(403);
    expect((await call(`/v1/org/${orgId}/provision`, VIEWER)).status).toBe(403);
    expect((await call(`/v1/org/${orgId}/settings`, VIEWER, 'PUT')).status).toBe(403);
  });

  it('leaves an admin token unaffected', async () => {
    expect((await call(`/rest/orgs/${orgId}/invites?version=2022-11-14`, ADMIN)).status).toBe(200);
  });
});
