// Emulator states that fit the shipped examples/ configs: the demo account (multi-team) adapted
// so that examples/minimal and examples/full plan against something real (the ids they pin,
// the users and roles they name).

import type { EmulatorState } from '../../src/emulator/index.ts';
import type { EmuProject } from '../../src/emulator/state-types.ts';
import { defaultIntegrationSettings } from '../../src/emulator/v1/integrations.ts';
import { lookup } from './emulator-fixture.test-helpers.ts';

/** examples/minimal: alice is an Org Collaborator of payments, so she and bob resolve. */
export function stateForMinimal(demo: EmulatorState): EmulatorState {
  const state = structuredClone(demo);
  const at = lookup(state);
  at.org('payments').members.push({
    id: 'b1a0c0de-0000-4000-8000-000000000001',
    userId: at.userId('alice@acme.com'),
    roleId: at.orgRole('Org Collaborator'),
    createdAt: '2024-03-01T09:00:00.000Z',
  });
  return state;
}

export const FULL_PAYMENTS_ID = '0d8f6c2e-5b1a-4e9f-8c3d-2a1b0c9d8e7f';
export const FULL_USER_ID = '3c5a1d8e-0d6f-4c52-9a8e-7f1b2c3d4e5f';
export const FULL_ROLE_ID = '8f14e45f-ceea-467f-a0e6-8e3b2c1d0a9b';

/**
 * examples/full: payments carries the id the file pins, the org role id it names exists (a
 * custom "Org Developer"), the user it names by id (henry) is a group member, and GitHub is
 * connected where the file manages its settings.
 */
export function stateForFull(demo: EmulatorState): EmulatorState {
  const state = structuredClone(demo);
  const at = lookup(state);
  at.org('payments').id = FULL_PAYMENTS_ID;
  at.group.orgRoles.push({ id: FULL_ROLE_ID, name: 'Org Developer', custom: true });
  state.users.push({
    id: FULL_USER_ID,
    name: 'Henry',
    email: 'henry@acme.com',
    username: 'henry',
    loginMethod: 'saml',
  });
  addFullProjects(state);
  // GitHub is connected in golden (so mobile, created from it, has it too) and in payments.
  for (const [slug, id] of [
    ['golden', 'c0ffee00-0000-4000-8000-000000000001'],
    ['payments', 'c0ffee00-0000-4000-8000-000000000002'],
  ] as const)
    at.org(slug).integrations = [{ id, type: 'github', settings: defaultIntegrationSettings() }];
  at.group.members.push({
    id: 'b1a0c0de-0000-4000-8000-000000000002',
    userId: FULL_USER_ID,
    roleId: at.groupRole('Group Viewer'),
    createdAt: '2024-03-01T09:00:00.000Z',
  });
  return state;
}

/** Projects for examples/full's project rules: some already as the rules want, some not, one unmatched by the payments rule. */
function addFullProjects(state: EmulatorState): void {
  const at = lookup(state);
  const project = (
    n: number,
    name: string,
    type: string,
    origin: string,
    extra: Partial<EmuProject> = {},
  ): EmuProject => ({
    id: `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name,
    type,
    origin,
    targetFile: name.split(':')[1] ?? '',
    targetReference: 'main',
    targetId: `7a46e700-0000-4000-8000-${String(n).padStart(12, '0')}`,
    createdAt: `2024-02-0${n}T09:00:00.000Z`,
    status: 'active',
    tags: [],
    ...extra,
  });
  at.org('golden').projects = [
    project(1, 'acme/golden:package.json', 'npm', 'cli', { lifecycle: ['production'] }),
  ];
  at.org('payments').projects = [
    project(2, 'acme/payments-api:package.json', 'npm', 'github', { tags: [{ key: 'owner', value: 'ann' }] }),
    project(3, 'acme/payments-api:pom.xml', 'maven', 'github', { lifecycle: ['production'] }),
    project(4, 'acme/payments-web:package.json', 'npm', 'github', {
      tags: [{ key: 'team', value: 'payments' }],
      businessCriticality: ['high'],
      environment: ['external', 'backend'],
      lifecycle: ['production'],
    }),
    project(5, 'acme/checkout:package.json', 'npm', 'cli', { lifecycle: ['sandbox'] }),
  ];
}
