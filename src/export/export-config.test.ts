import { describe, expect, it } from 'vitest';
import { parseSource } from '../config/source.ts';
import { validateDocuments } from '../config/validate.ts';
import { buildPlan } from '../core/plan.ts';
import type { LiveState } from '../core/types.ts';
import { exportConfig } from './export-config.ts';

const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
const ROLE = {
  orgAdmin: { id: 'a0000000-0000-4000-8000-000000000001', name: 'Org Admin' },
  orgCollab: { id: 'a0000000-0000-4000-8000-000000000002', name: 'Org Collaborator' },
  groupAdmin: { id: 'b0000000-0000-4000-8000-000000000001', name: 'Group Admin' },
  tenantAdmin: { id: 'c0000000-0000-4000-8000-000000000001', name: 'Tenant Admin' },
};

function liveState(): LiveState {
  const m = (id: string, userId: string, role: { id: string; name: string }) => ({
    id,
    userId,
    roleId: role.id,
    roleName: role.name,
  });
  return {
    groupId: GROUP,
    self: { id: 'u-alice', type: 'user' },
    orgs: [
      {
        id: '11111111-1111-4111-8111-111111111111',
        name: 'Payments',
        slug: 'payments',
        settings: {
          requestAccess: { enabled: true },
          ignores: { reasonRequired: true, autoApproveIgnores: false, approvalWorkflowEnabled: false },
        },
        members: [m('m2', 'u-bob', ROLE.orgCollab), m('m1', 'u-alice', ROLE.orgAdmin)],
      },
      {
        id: '22222222-2222-4222-8222-222222222222',
        name: 'Data: "quoted" & #hash',
        slug: 'data',
        settings: { requestAccess: { enabled: false } },
        members: [],
      },
    ],
    group: {
      settings: { sessionLength: 50, requestAccess: { enabled: true } },
      tags: [
        { key: 'team', value: 'payments' },
        { key: 'env', value: 'prod' },
      ],
      members: [m('g1', 'u-alice', ROLE.groupAdmin), m('g2', 'u-svc', ROLE.groupAdmin)],
    },
    tenant: {
      id: '59d6d97e-3106-4ebb-b608-352fad9c5b34',
      name: 'Acme',
      members: [m('t1', 'u-alice', ROLE.tenantAdmin)],
    },
    users: {
      'u-alice': { id: 'u-alice', email: 'Alice@acme.com', username: 'alice' },
      'u-bob': { id: 'u-bob', email: 'bob@acme.com' },
      'u-svc': { id: 'u-svc', username: 'ci-bot' },
    },
    roles: { org: [ROLE.orgAdmin, ROLE.orgCollab], group: [ROLE.groupAdmin], tenant: [ROLE.tenantAdmin] },
    unknown: [],
  };
}

function planFiles(files: { name: string; text: string }[], live: LiveState) {
  const docs = files.map((f) => {
    const parsed = parseSource(f.name, f.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.doc;
  });
  const loaded = validateDocuments(docs);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const planned = buildPlan(loaded.desired, live);
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  return planned.plan;
}

describe('exportConfig', () => {
  it('writes the live group as YAML with ids in comments and the defaults written out', () => {
    const [file] = exportConfig(liveState(), { split: false });
    expect(file?.name).toBe('snyk-gitops.yaml');
    expect(file?.text).toMatchInlineSnapshot(`
      "# yaml-language-server: $schema=https://snyk-gitops.dev/schema/snyk-gitops.schema.json
      # Exported from the live Snyk group 4a18d42f-0706-4ad0-b127-24078731fbed by \`snyk-gitops export\`.
      # \`snyk-gitops plan\` on this file shows no changes until Snyk or the file changes.
      # Not exported: project rules (\`projects:\`), which state intent over projects and cannot be inferred from their tags.
      # Not exported: project placement (\`placement:\`), which states intent over projects and cannot be inferred from where they are.
      # Not exported: ignores (\`ignores:\`), which this tool owns only once it has written them.

      version: 1
      group:
        id: 4a18d42f-0706-4ad0-b127-24078731fbed # the Snyk group this file manages
        settings:
          sessionLength: 50
          requestAccess: { enabled: true }
        tags:
          - { key: env, value: prod }
          - { key: team, value: payments }
        members:
          - { user: Alice@acme.com, role: Group Admin } # user u-alice, role b0000000-0000-4000-8000-000000000001
          - { user: ci-bot, role: Group Admin } # user u-svc, role b0000000-0000-4000-8000-000000000001
      tenant:
        id: 59d6d97e-3106-4ebb-b608-352fad9c5b34
        name: Acme
        members:
          - { user: Alice@acme.com, role: Tenant Admin } # user u-alice, role c0000000-0000-4000-8000-000000000001
      orgs:
        # org data
        - slug: data
          name: 'Data: "quoted" & #hash'
          id: 22222222-2222-4222-8222-222222222222 # pinned: the org is bound by id, its slug cannot change
          settings:
            requestAccess: { enabled: false }
          members: []
        # org payments
        - slug: payments
          name: Payments
          id: 11111111-1111-4111-8111-111111111111 # pinned: the org is bound by id, its slug cannot change
          settings:
            requestAccess: { enabled: true }
            ignores: { approvalWorkflowEnabled: false, autoApproveIgnores: false, reasonRequired: true }
          members:
            - { user: Alice@acme.com, role: Org Admin } # user u-alice, role a0000000-0000-4000-8000-000000000001
            - { user: bob@acme.com, role: Org Collaborator } # user u-bob, role a0000000-0000-4000-8000-000000000002
      # a member who is not a Snyk user is an error; no user is ignored
      users:
        unknown: error
        ignore: []
      # which live objects the file does not list are deleted (the defaults, written out)
      prune:
        groupMembers: true
        orgMembers: true
        tenantMembers: false
        groupTags: false
        orgs: false
        webhooks: false
        imports: false
        serviceAccounts: false
        projectTags: false
        ignores: true
      # a plan deleting more than this share of any kind is refused
      limits:
        maxDeletePercent: 25
      "
    `);
  });

  it('round-trips: planning the export against the same live state gives zero changes', () => {
    const live = liveState();
    const plan = planFiles(exportConfig(live, { split: false }), live);
    expect(plan.changes).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('round-trips when split into a group file and one file per org', () => {
    const live = liveState();
    const files = exportConfig(live, { split: true });
    expect(files.map((f) => f.name)).toEqual(['group.yaml', 'org-data.yaml', 'org-payments.yaml']);
    expect(planFiles(files, live).changes).toEqual([]);
  });

  it('is deterministic: the order in which Snyk lists things does not change a byte', () => {
    const shuffled = liveState();
    shuffled.orgs.reverse();
    shuffled.orgs[1]?.members?.reverse();
    shuffled.group.tags?.reverse();
    shuffled.group.members?.reverse();
    expect(exportConfig(shuffled, { split: false })).toEqual(exportConfig(liveState(), { split: false }));
  });

  it('writes a user by id when the email is shared by two users, and a role by id when its name is ambiguous', () => {
    const live = liveState();
    live.users['u-bob2'] = { id: 'u-bob2', email: 'BOB@acme.com' };
    live.orgs[1]!.members = [{ id: 'm9', userId: 'u-bob2', roleId: 'x-custom', roleName: 'Org Admin' }];
    live.roles.org.push({ id: 'x-custom', name: 'org admin' });
    const text = exportConfig(live, { split: false })[0]!.text;
    expect(text).toContain('- { user: u-bob2, role: x-custom }');
    expect(text).toContain('- { user: u-bob, role: Org Collaborator }');
  });
});
