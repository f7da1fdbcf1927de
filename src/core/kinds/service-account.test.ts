import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, GROUP_ID, liveOrg, liveState, ROLES } from '../builders.test-helpers.ts';
import { issuesOf, plan, planLines } from '../planning.test-helpers.ts';
import { checkSafety } from '../safety.ts';
import type { LiveServiceAccount, ServiceAccountSpec } from '../types.ts';

const JWKS = 'https://ci.acme.com/jwks.json';
const jwt = (name: string, role = 'Group Member'): ServiceAccountSpec => ({
  name,
  role,
  auth: 'oauth_private_key_jwt',
  jwksUrl: JWKS,
});
const liveJwt = (id: string, name: string, roleId = ROLES.groupMember.id): LiveServiceAccount => ({
  id,
  name,
  roleId,
  auth: 'oauth_private_key_jwt',
  jwksUrl: JWKS,
  accessTokenTtlSeconds: 3600,
});

function groupPlan(
  listed: ServiceAccountSpec[],
  live: LiveServiceAccount[],
  options: { prune?: boolean; rotate?: string[] } = {},
) {
  const desired = desiredState({ group: { id: GROUP_ID, serviceAccounts: listed } });
  desired.prune.serviceAccounts = options.prune === true;
  return plan(
    desired,
    liveState({ group: { serviceAccounts: live } }),
    options.rotate ? { rotate: options.rotate } : {},
  );
}

describe('service accounts', () => {
  it("takes Snyk's default token lifetime for an entry that gives none: nothing to change", () => {
    expect(groupPlan([jwt('ci')], [liveJwt('sa-1', 'ci')]).changes).toEqual([]);
  });

  it('renames a pinned account with one update, and replaces one whose role changes', () => {
    const p = groupPlan(
      [{ ...jwt('ci-2'), id: '6b1d2f9e-0000-4000-8000-00000000aa01' }, jwt('signer', 'Group Admin')],
      [liveJwt('6b1d2f9e-0000-4000-8000-00000000aa01', 'ci'), liveJwt('sa-2', 'signer')],
    );
    expect(planLines(p)).toEqual([
      'delete group.service_account[signer]',
      'update group.service_account[ci-2]',
      'create group.service_account[signer]',
    ]);
    expect(p.changes[1]).toMatchObject({ before: { name: 'ci' }, after: { name: 'ci-2' } });
    expect(p.changes[2]!.dependsOn).toEqual([Address.of('group.service_account[signer]')]);
    expect(p.changes[2]!.after).toEqual({
      role: 'Group Admin',
      auth: 'oauth_private_key_jwt',
      jwksUrl: JWKS,
      accessTokenTtlSeconds: 3600,
    });
  });

  it('deletes unlisted accounts only with prune.serviceAccounts', () => {
    const live = [liveJwt('sa-1', 'ci'), liveJwt('sa-2', 'old')];
    expect(planLines(groupPlan([jwt('ci')], live))).toEqual([]);
    expect(planLines(groupPlan([jwt('ci')], live, { prune: true }))).toEqual([
      'delete group.service_account[old]',
    ]);
  });

  it('plans an org account of an org the plan creates, waiting for the org', () => {
    const desired = desiredState({
      orgs: [
        desiredOrg('new', {
          name: 'New',
          serviceAccounts: [{ name: 'ci', role: 'Org Collaborator', auth: 'oauth_client_secret' }],
        }),
      ],
    });
    const p = plan(desired, liveState());
    const create = p.changes.find((c) => c.kind === 'service_account')!;
    expect(create).toMatchObject({
      address: Address.of('org[new].service_account[ci]'),
      dependsOn: [Address.of('org[new]')],
      target: { orgSlug: 'new', roleId: ROLES.orgCollaborator.id, auth: 'oauth_client_secret' },
    });
    expect(JSON.stringify(create)).not.toMatch(/secret"?:/);
  });

  it('names the problems of an entry at its place', () => {
    const desired = desiredState({
      group: {
        id: GROUP_ID,
        serviceAccounts: [
          { name: 'a', role: 'Group Member', auth: 'oauth_private_key_jwt' },
          { name: 'b', role: 'Group Member', auth: 'api_key', jwksUrl: JWKS },
          { name: 'b', role: 'Group Member', auth: 'api_key' },
          { name: 'c', role: 'Nobody', auth: 'api_key' },
        ],
      },
      orgs: [
        desiredOrg('a', {
          serviceAccounts: [{ ...jwt('x', 'Org Admin'), id: '6b1d2f9e-0000-4000-8000-00000000aa09' }],
        }),
      ],
    });
    const issues = issuesOf(
      desired,
      liveState({ group: { serviceAccounts: [] }, orgs: [liveOrg('a', { serviceAccounts: [] })] }),
    );
    expect(issues.map((i) => [i.code, i.path?.join('.')])).toEqual([
      ['SERVICE_ACCOUNT_INVALID', 'group.serviceAccounts.0.auth'],
      ['SERVICE_ACCOUNT_INVALID', 'group.serviceAccounts.1.jwksUrl'],
      ['SERVICE_ACCOUNT_DUPLICATE', 'group.serviceAccounts.2.name'],
      ['UNKNOWN_ROLE', 'group.serviceAccounts.3.role'],
      ['SERVICE_ACCOUNT_ID_UNKNOWN', 'orgs.0.serviceAccounts.0.id'],
    ]);
  });

  it("refuses deleting or replacing the token's own account, and only that one", () => {
    const live = liveState({
      self: { id: 'sa-self', type: 'service_account' },
      group: {
        serviceAccounts: [liveJwt('sa-self', 'gitops', ROLES.groupAdmin.id), liveJwt('sa-2', 'other')],
      },
    });
    const desired = desiredState({
      group: { id: GROUP_ID, serviceAccounts: [jwt('gitops', 'Group Member')] },
    });
    desired.prune.serviceAccounts = true;
    const p = plan(desired, live);
    const refusals = checkSafety(p, live);
    expect(refusals.map((r) => r.addresses)).toEqual([['group.service_account[gitops]']]);
    expect(refusals[0]!.message).toContain(
      "Refusing to delete the token's own service account (group.service_account[gitops]), even to replace it",
    );
    expect(checkSafety(p, live, { allowLockout: true })).toEqual([]);
    expect(checkSafety(p, { ...live, self: { id: 'sa-self', type: 'user' } })).toEqual([]);
  });

  it('--rotate: a client secret is an update, an API key a replacement, a JWKS account a problem', () => {
    const live: LiveServiceAccount[] = [
      {
        id: 'sa-1',
        name: 'cs',
        roleId: ROLES.groupMember.id,
        auth: 'oauth_client_secret',
        accessTokenTtlSeconds: 3600,
      },
      { id: 'sa-2', name: 'key', roleId: ROLES.groupMember.id, auth: 'api_key' },
      liveJwt('sa-3', 'jwt'),
    ];
    const listed: ServiceAccountSpec[] = [
      { name: 'cs', role: 'Group Member', auth: 'oauth_client_secret' },
      { name: 'key', role: 'Group Member', auth: 'api_key' },
      jwt('jwt'),
    ];
    const p = groupPlan(listed, live, {
      rotate: ['group.service_account[cs]', 'group.service_account[key]'],
    });
    expect(planLines(p)).toEqual([
      'delete group.service_account[key]',
      'update group.service_account[cs]',
      'create group.service_account[key]',
    ]);
    expect(p.changes[1]).toMatchObject({ target: { accountId: 'sa-1', rotate: true } });
    expect(p.rotate).toEqual(['group.service_account[cs]', 'group.service_account[key]']);
    const desired = desiredState({ group: { id: GROUP_ID, serviceAccounts: listed } });
    const issues = issuesOf(desired, liveState({ group: { serviceAccounts: live } }), {
      rotate: ['group.service_account[jwt]'],
    });
    expect(issues.map((i) => i.message)).toEqual([
      '--rotate group.service_account[jwt] authenticates with oauth_private_key_jwt: Snyk keeps no secret of it to rotate (rotate the keys its jwksUrl serves instead)',
    ]);
  });

  it('--rotate refused: each cause its own code (no such account, no secret, an account the plan renames)', () => {
    const id = '6b1d2f9e-0000-4000-8000-00000000aa01';
    const live: LiveServiceAccount[] = [
      {
        id,
        name: 'cs',
        roleId: ROLES.groupMember.id,
        auth: 'oauth_client_secret',
        accessTokenTtlSeconds: 3600,
      },
      liveJwt('sa-3', 'jwt'),
    ];
    const listed: ServiceAccountSpec[] = [
      { name: 'cs-2', id, role: 'Group Member', auth: 'oauth_client_secret' },
      jwt('jwt'),
    ];
    const desired = desiredState({ group: { id: GROUP_ID, serviceAccounts: listed } });
    const issues = issuesOf(desired, liveState({ group: { serviceAccounts: live } }), {
      rotate: ['group.service_account[nope]', 'group.service_account[jwt]', 'group.service_account[cs-2]'],
    });
    expect(issues.map((i) => [i.code, i.address?.text])).toEqual([
      ['ROTATE_UNKNOWN', 'group.service_account[nope]'],
      ['ROTATE_NO_SECRET', 'group.service_account[jwt]'],
      ['ROTATE_CHANGED', 'group.service_account[cs-2]'],
    ]);
  });
});
