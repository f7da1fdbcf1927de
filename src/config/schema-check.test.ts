import { describe, expect, it } from 'vitest';
import { OrgSchema } from '../core/desired-schema.ts';
import { KIND_NAMES } from '../core/kinds/index.ts';
import { messages, validateTexts, withGroup } from './config.test-helpers.ts';
import { ConfigSchema } from './schema.ts';

// The lists of keys and kinds grow with every kind: taken from the schema and the registry.
const keysOf = (schema: { properties: object }) => Object.keys(schema.properties).join(', ');
const quoted = KIND_NAMES.map((k) => `'${k}'`);
const kindList = `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;

const check = (text: string) => messages(validateTexts({ 'snyk.yaml': text }));

describe('schema messages', () => {
  it('names the value, what was expected and a did-you-mean, one message per location', () => {
    expect(
      check(
        withGroup(`  membres: []
  settings: { sessionLength: 0 }
users: { unknown: invit, ignore: [""] }
prune: { groupTags: forc, orgs: "no" }
limits: { maxDeletePercent: 101 }
orgs:
  - slug: "bad slug"
    nmae: Payments
    id: not-a-uuid
    members:
      - { user: "bob@", role: 12 }
      - { user: carol@acme.com }
drift: { ignore: [{}, { kind: org_members }] }
`),
      ),
    ).toEqual([
      `snyk.yaml:4:3: unknown key 'membres' in group. Did you mean 'members'? Expected one of: ${keysOf(ConfigSchema.properties.group)}`,
      'snyk.yaml:5:30: group.settings.sessionLength: expected an integer from 1 to 43200, got 0',
      "snyk.yaml:6:19: users.unknown: expected 'error', 'provision' or 'invite', got 'invit'. Did you mean 'invite'?",
      "snyk.yaml:6:35: users.ignore[0]: expected a non-empty string, got ''",
      "snyk.yaml:7:21: prune.groupTags: expected true, false or 'force', got 'forc'. Did you mean 'force'?",
      "snyk.yaml:7:33: prune.orgs: expected true or false, got a string 'no'",
      'snyk.yaml:8:29: limits.maxDeletePercent: expected a number from 0 to 100, got 101',
      "snyk.yaml:10:11: orgs[0].slug: expected letters, digits, `_`, `.` and `-`, at most 100 characters, got 'bad slug'",
      `snyk.yaml:11:5: unknown key 'nmae' in orgs[0]. Did you mean 'name'? Expected one of: ${keysOf(OrgSchema)}`,
      "snyk.yaml:12:9: orgs[0].id: expected a uuid like 4a18d42f-0706-4ad0-b127-24078731fbed, got 'not-a-uuid'",
      "snyk.yaml:14:17: orgs[0].members[0].user: expected an email address, a username (no @) or a user id, got 'bob@'",
      'snyk.yaml:14:31: orgs[0].members[0].role: expected a string, got an integer 12',
      "snyk.yaml:15:9: missing required key 'role' in orgs[0].members[1]",
      'snyk.yaml:16:19: drift.ignore[0]: expected at least one of the keys kind, address, reason',
      `snyk.yaml:16:31: drift.ignore[1].kind: expected ${kindList}, got 'org_members'. Did you mean 'org_membership'?`,
    ]);
  });

  it('explains the top level and the version', () => {
    expect(check('version: 2\ngroupp: {}\n')).toMatchInlineSnapshot(`
      [
        "snyk.yaml:1:10: version: expected 1, got 2",
        "snyk.yaml:2:1: unknown key 'groupp' at the top level. Did you mean 'group'? Expected one of: $schema, version, group, tenant, defaults, classes, orgs, placement, ignores, users, prune, limits, delegate, drift",
      ]
    `);
  });

  it('accepts extension keys starting with x- (a place for anchors)', () => {
    expect(check(withGroup('x-anchors: { a: 1 }\n'))).toEqual([]);
  });
});
