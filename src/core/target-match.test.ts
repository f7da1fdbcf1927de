import { describe, expect, it } from 'vitest';
import { inertText } from '../util/inert-text.ts';
import { orgMemberAddress } from './addresses.ts';
import { desiredMembers, liveMembers } from './builders.test-helpers.ts';
import { parseTarget, type Target } from './target-address.ts';
import { checkTargets, type TargetScene } from './target-match.ts';

const targets = (...texts: string[]) => texts.map((t) => parseTarget(t) as Target);

/** The file lists payments (alice, bob) and mobile (bob); Snyk has payments (alice) and legacy. */
const scene: TargetScene = {
  desired: desiredMembers({
    group: { 'alice@acme.com': 'Group Admin' },
    orgs: { payments: { 'alice@acme.com': 'Org Admin', 'bob@acme.com': 'Org Collaborator' }, mobile: {} },
  }),
  live: liveMembers({ orgs: { payments: { alice: 'orgAdmin' }, legacy: { carol: 'orgCollaborator' } } }),
  changes: [orgMemberAddress('payments', 'bob@acme.com')],
};
const check = (texts: string[], replace: string[] = []) =>
  checkTargets(targets(...texts), replace, scene, inertText);

describe('targets that match nothing', () => {
  it('accepts a target with a change, an org of the file or of Snyk, a glob, and a member either has', () => {
    expect(
      check([
        'org[payments].member[bob@acme.com]',
        'org[mobile]',
        'org[legacy]',
        'org[pay*]',
        'org[payments].member[alice@acme.com]',
        'org[payments].settings',
        'group.member[alice@acme.com]',
      ]),
    ).toEqual([]);
  });

  it('names the closest orgs for an org nobody has, keeping the rest of the address', () => {
    const [message] = check(['org[paymnets].member[bob@acme.com]']);
    expect(message).toContain("--target 'org[paymnets].member[bob@acme.com]' matches nothing");
    expect(message).toContain("Did you mean 'org[payments].member[bob@acme.com]'?");
    expect(check(['org[zz*]'])).toHaveLength(1);
  });

  it('names the closest members of the selected org for a member nobody is', () => {
    const [message] = check(['org[payments].member[bbo@acme.com]']);
    expect(message).toContain("Did you mean 'org[payments].member[bob@acme.com]'");
    expect(check(['group.member[alcie@acme.com]'])[0]).toContain(
      "Did you mean 'group.member[alice@acme.com]'?",
    );
  });

  it('refuses a tenant target when the file has no tenant, and a replacement outside every target', () => {
    expect(check(['tenant'])).toEqual([
      "--target 'tenant': the file has no tenant section, so it would plan nothing.",
    ]);
    expect(
      check(['org[payments].member[bob@acme.com]'], ['org[payments].member[alice@acme.com]'])[0],
    ).toContain('is outside every --target');
  });

  it('echoes what the user typed inert', () => {
    const [message] = check(['org[pay\u202e]']);
    expect(message).toContain('org[pay\\u202e]');
    expect(message).not.toContain('\u202e');
  });
});
