// The event names writes of the newer kinds record (docs/emulator.md#audit-logs): drift --since
// finds its scopes by them, and attribution matches them to drift items by name.
import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../state-types.ts';
import { nameAuditEvent } from './events.ts';

const GROUP = '0b6a7e3c-0000-4000-8000-000000000001';
const ORG = '0b6a7e3c-0000-4000-8000-000000000002';
const state = { groups: [{ id: GROUP, orgs: [{ id: ORG }] }] } as unknown as EmulatorState;
const named = (method: string, path: string) =>
  nameAuditEvent(state, { method, path, query: new URLSearchParams(), headers: {}, rawBody: undefined });

describe('audit event names of the newer writes', () => {
  it.each([
    ['PATCH', `/rest/orgs/${ORG}/settings/sast`, 'org.sast_settings.edit'],
    ['POST', `/v1/org/${ORG}/integrations/i-1/clone`, 'org.integration.create'],
    ['POST', `/v1/org/${ORG}/integrations/i-1/import`, 'org.target.create'],
    ['DELETE', `/rest/orgs/${ORG}/targets/t-1`, 'org.target.delete'],
    ['POST', `/v1/org/${ORG}/project/p-1/ignore/SNYK-JS-X-1`, 'org.project.ignore.create'],
    ['PUT', `/v1/org/${ORG}/project/p-1/ignore/SNYK-JS-X-1`, 'org.project.ignore.edit'],
    ['DELETE', `/v1/org/${ORG}/project/p-1/ignore/SNYK-JS-X-1`, 'org.project.ignore.delete'],
    ['POST', `/rest/orgs/${ORG}/service_accounts`, 'org.service_account.create'],
    ['DELETE', `/rest/orgs/${ORG}/service_accounts/sa-1`, 'org.service_account.delete'],
    ['PATCH', `/rest/orgs/${ORG}/settings/iac`, 'org.edit'],
  ])('%s %s records %s, in the org and its group', (method, path, event) => {
    expect(named(method, path)).toMatchObject({ event, orgId: ORG, groupId: GROUP });
  });

  it.each([
    ['POST', `/rest/groups/${GROUP}/service_accounts`, 'group.service_account.create'],
    ['POST', `/rest/groups/${GROUP}/service_accounts/sa-1/secrets`, 'group.service_account.edit'],
    ['POST', `/rest/groups/${GROUP}/settings/pull_request_template`, 'group.edit'],
  ])('%s %s records %s for the group alone', (method, path, event) => {
    const pending = named(method, path);
    expect(pending).toMatchObject({ event, groupId: GROUP });
    expect(pending?.orgId).toBeUndefined();
  });
});
