import { describe, expect, it } from 'vitest';
import { desiredOrg, liveOrg, liveState, looseChange, people, planAround } from './builders.test-helpers.ts';
import { type ClassOf, noteClasses, withoutClassNote } from './class-notes.ts';

const org = desiredOrg('payments', {
  members: [
    { user: 'alice', role: 'Org Admin' },
    { user: 'New@Acme.com', role: 'Org Collaborator' },
  ],
  webhooks: [{ url: 'https://hooks.acme.com/a', secret: { env: 'A' } }],
  serviceAccounts: [
    { name: 'own-ci', role: 'Org Collaborator', auth: 'api_key' },
    { name: 'scanner', role: 'Org Collaborator', auth: 'oauth_client_secret' },
  ],
});

/** Class `production` decided `members[0]`, `webhooks`, `serviceAccounts[1]` and a github setting. */
const classOf: ClassOf = (path) => {
  const text = path.join('.');
  return /^orgs\.0\.(members\.0|webhooks\.0|serviceAccounts\.1|integrations\.github\.settings\.pullRequestTestEnabled)$/.test(
    text,
  )
    ? { name: 'production', at: { file: 'snyk.yaml', line: 12, column: 5 } }
    : undefined;
};

const notesOf = (changes: ReturnType<typeof looseChange>[]) =>
  noteClasses(planAround(changes), [org], liveState({}, [people.alice]), classOf).changes.map((c) => c.note);

describe('class notes', () => {
  it('name the class of a member found by username, of a webhook, and of one integration setting', () => {
    expect(
      notesOf([
        looseChange({
          kind: 'org_membership',
          action: 'create',
          address: 'org[payments].member[alice@acme.com]',
        }),
        looseChange({
          kind: 'pending_user',
          action: 'create',
          address: 'org[payments].pending[new@acme.com]',
        }),
        looseChange({
          kind: 'webhook',
          action: 'create',
          address: 'org[payments].webhook[https://hooks.acme.com/a]',
          note: 'The secret is read from $A when this runs.',
        }),
        looseChange({
          kind: 'integration_settings',
          action: 'update',
          address: 'org[payments].integration[github]',
          patch: [
            { op: 'replace', path: '/pullRequestTestEnabled', value: true },
            { op: 'replace', path: '/autoDepUpgradeEnabled', value: false },
          ],
        }),
        looseChange({ kind: 'org', action: 'update', address: 'org[other]' }),
        looseChange({
          kind: 'service_account',
          action: 'create',
          address: 'org[payments].service_account[scanner]',
        }),
        looseChange({
          kind: 'service_account',
          action: 'create',
          address: 'org[payments].service_account[own-ci]',
        }),
      ]),
    ).toEqual([
      'from class production (snyk.yaml:12)',
      undefined,
      'The secret is read from $A when this runs.; from class production (snyk.yaml:12)',
      'from class production (snyk.yaml:12)',
      undefined,
      'from class production (snyk.yaml:12)',
      undefined,
    ]);
  });

  it('name the class of a project rule that matches the changed project', () => {
    const withRules = desiredOrg('payments', {
      projects: [
        { match: { name: 'acme/*' }, attributes: { lifecycle: ['production'] } },
        { match: { type: 'pip' }, tags: [{ key: 'team', value: 'payments' }] },
      ],
    });
    const project = { id: 'p1', name: 'acme/api', type: 'npm', origin: 'github', tags: [], attributes: {} };
    const live = liveState({ orgs: [liveOrg('payments', { projects: [project] })] });
    const byRule: ClassOf = (path) =>
      path.join('.') === 'orgs.0.projects.0'
        ? { name: 'production', at: { file: 'c.yaml', line: 3, column: 1 } }
        : undefined;
    const change = (name: string) =>
      looseChange({ kind: 'project', action: 'update', address: `org[payments].project[${name}]` });
    const plan = planAround([change('acme/api'), change('acme/gone')]);
    expect(noteClasses(plan, [withRules], live, byRule).changes.map((c) => c.note)).toEqual([
      'from class production (c.yaml:3)',
      undefined,
    ]);
  });

  it('come off again for the comparison of a saved plan, leaving the kind’s own note', () => {
    const change = looseChange({ kind: 'webhook', action: 'create', address: 'org[payments].webhook[x]' });
    expect(withoutClassNote({ ...change, note: 'from class production (snyk.yaml:12)' })).toEqual(change);
    expect(
      withoutClassNote({ ...change, note: 'kept; from class a (a.yaml:1), class b (b.yaml:2)' }).note,
    ).toBe('kept');
    expect(withoutClassNote({ ...change, note: 'kept' }).note).toBe('kept');
  });
});
