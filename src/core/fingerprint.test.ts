import { describe, expect, it } from 'vitest';
import { everyone, liveOrg, liveState, membership, people, ROLES } from './builders.test-helpers.ts';
import { fingerprintLive } from './fingerprint.ts';

describe('fingerprintLive', () => {
  const members = [membership(people.bob, ROLES.orgAdmin), membership(people.carol, ROLES.orgCollaborator)];
  const live = liveState({ orgs: [liveOrg('a', { members }), liveOrg('b')] }, everyone);

  it('is a sha256 over what was read, stable across calls', () => {
    expect(fingerprintLive(live)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(fingerprintLive(live)).toBe(fingerprintLive(structuredClone(live)));
  });

  it('does not depend on the order objects, collections or keys were read in', () => {
    const shuffled = liveState(
      { orgs: [liveOrg('b'), liveOrg('a', { members: [...members].reverse() })] },
      [...everyone].reverse(),
    );
    const reKeyed = Object.fromEntries(Object.entries(shuffled).reverse()) as typeof shuffled;
    expect(fingerprintLive(reKeyed)).toBe(fingerprintLive(live));
  });

  it('changes when the live state changes', () => {
    const changed = structuredClone(live);
    changed.orgs[0]!.members![0]!.roleId = ROLES.orgCollaborator.id;
    expect(fingerprintLive(changed)).not.toBe(fingerprintLive(live));
    const renamed = structuredClone(live);
    renamed.orgs[1]!.name = 'Bee';
    expect(fingerprintLive(renamed)).not.toBe(fingerprintLive(live));
  });
});
