// A saved plan is refused for one of two causes, each with its own code (docs/errors.md): the
// live state changed since it was made (PLAN_STALE), or an entry of its desired state expired
// since (PLAN_EXPIRED). Against the emulator over HTTP, in-process (with the reality switches of
// SNYK_EMULATOR_REALITY when set).
import { afterEach, describe, expect, it } from 'vitest';
import { desiredOrg, desiredState } from '../core/builders.test-helpers.ts';
import { type Emulator, generateState, parseReality, startEmulator } from '../emulator/index.ts';
import { GitopsError } from '../errors.ts';
import { createSnykClient } from '../snyk/index.ts';
import { checkFresh } from './apply.ts';
import { planDesired } from './plan.ts';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const MADE = new Date('2030-06-01T00:00:00.000Z');
const AFTER_EXPIRY = () => new Date('2030-06-03T00:00:00.000Z');

async function planWithExpiringMember() {
  const generated = generateState({ orgs: 3, membersPerOrg: [1, 2], groupMembers: 3, seed: 5 });
  const group = generated.state.groups[0]!;
  const org = group.orgs[0]!;
  const member = generated.state.users.find((u) => u.id === org.members[0]!.userId)!;
  const role = group.orgRoles.find((r) => r.id === org.members[0]!.roleId)!;
  const reality = process.env.SNYK_EMULATOR_REALITY?.trim();
  emulator = await startEmulator({
    state: generated.state,
    rateLimit: false,
    ...(reality ? { reality: parseReality(reality) } : {}),
  });
  const client = createSnykClient({
    apiUrl: emulator.url,
    restVersion: '2024-10-15',
    auth: { scheme: 'token', token: generated.token },
  });
  const desired = desiredState({
    group: { id: group.id },
    orgs: [
      desiredOrg(org.slug, {
        members: [{ user: member.email, role: role.name, expires: '2030-06-02' }],
      }),
    ],
  });
  const { plan } = await planDesired({ desired, files: [] }, client, { now: () => MADE });
  return { plan, client, emulator, org };
}

const codeOf = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitopsError);
  return (error as GitopsError).code;
};

describe('checkFresh: why a saved plan is refused', () => {
  it('says PLAN_EXPIRED when an entry of the plan expired after it was made', async () => {
    const { plan, client } = await planWithExpiringMember();
    await expect(checkFresh(plan, client, () => MADE)).resolves.toBeDefined();
    expect(await codeOf(checkFresh(plan, client, AFTER_EXPIRY))).toBe('PLAN_EXPIRED');
    await client.close();
  });

  it('says PLAN_STALE when the live state changed since the plan was made', async () => {
    const { plan, client, emulator, org } = await planWithExpiringMember();
    // A hand change behind git's back: the managed member's role, in Snyk.
    const state = emulator.getState();
    const live = state.groups[0]!.orgs.find((o) => o.id === org.id)!;
    const other = state.groups[0]!.orgRoles.find((r) => r.id !== live.members[0]!.roleId)!;
    live.members[0]!.roleId = other.id;
    emulator.setState(state);
    expect(await codeOf(checkFresh(plan, client, () => MADE))).toBe('PLAN_STALE');
    await client.close();
  });
});
