// Property: a plan lists a refusal iff apply of it refuses
// (docs/safety.md#safety-rails-one-decision-for-plan-and-apply). Seeded random edits of the demo
// account's members (mass deletes, last admins and the token's own Group Admin removed or demoted,
// person and org targets, replacements), planned over HTTP against the emulator with random lifts,
// then applied by the real executor, directly (as `apply` does) or as a saved plan (`apply --plan`,
// with random flags of its own). Apply refuses exactly the listed refusals that its flags do not
// lift, writing nothing; and an apply the lock-out rail let through never leaves an org or the
// group without an admin, or the token without Group Admin.
import { afterEach, describe, expect, it } from 'vitest';
import type { Rail, Refusal } from '../../src/core/refusal.ts';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { applyPlan, checkFresh } from '../../src/engine/apply.ts';
import { ConfigInvalidError, SafetyRefusalError } from '../../src/engine/errors.ts';
import { loadDesired, planDesired } from '../../src/engine/plan.ts';
import { parseSavedPlan } from '../../src/engine/saved-plan.ts';
import { renderPlanJson } from '../../src/render/plan-json.ts';
import { SnykApiError } from '../../src/snyk/api-error.ts';
import { createSnykClient } from '../../src/snyk/index.ts';
import {
  DEMO_GROUP,
  DEMO_TOKEN,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const CASES = Number(process.env.PROPERTY_RAILS_CASES) || 40;
const ORGS = ['golden', 'payments', 'platform', 'data'];
const PEOPLE = ['alice', 'bob', 'carol', 'dave', 'erin', 'secops', 'mallory'];

/** A small seeded generator (mulberry32): the same seed, the same case. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

type Member = { email: string; role: string };

/** Each org's and the group's live members (emails and role names), without the service account. */
function liveMembers(state: EmulatorState) {
  const at = lookup(state);
  const named = (list: { userId: string; roleId: string }[], roles: { id: string; name: string }[]) =>
    list
      .map((m) => ({ email: at.emailOf(m.userId), role: roles.find((r) => r.id === m.roleId)?.name ?? '' }))
      .filter((m) => !m.email.includes('serviceaccount'));
  return {
    orgs: Object.fromEntries(ORGS.map((slug) => [slug, named(at.org(slug).members, at.group.orgRoles)])),
    group: named(at.group.members, at.group.groupRoles),
  };
}

interface Case {
  yaml: string;
  targets: string[];
  replace: string[];
  planLift: { allowMassDelete: boolean; allowLockout: boolean };
  saved: boolean;
  applyFlags: { allowMassDelete: boolean; allowLockout: boolean };
}

function generate(seed: number, state: EmulatorState): Case {
  const r = random(seed);
  const live = liveMembers(state);
  const edit = (members: Member[], roles: [string, string]): Member[] =>
    members
      .filter(() => r.chance(0.65))
      .map((m) => (r.chance(0.2) ? { ...m, role: m.role === roles[0] ? roles[1] : roles[0] } : m));
  const orgs = Object.fromEntries(
    ORGS.map((slug) => [slug, edit(live.orgs[slug]!, ['Org Admin', 'Org Collaborator'])]),
  );
  const group = r.chance(0.5) ? edit(live.group, ['Group Admin', 'Group Member']) : undefined;
  const list = (members: Member[], indent: string) =>
    members.length === 0
      ? ' []'
      : members.map((m) => `\n${indent}- { user: ${m.email}, role: ${m.role} }`).join('');
  const yaml = `version: 1
group:
  id: ${DEMO_GROUP}${group === undefined ? '' : `\n  members:${list(group, '    ')}`}
users: { ignore: ["*@serviceaccount.acme.com"] }
prune: { orgMembers: true, groupMembers: true }
limits: { maxDeletePercent: ${r.pick([0, 25, 50, 100])} }
orgs:
${ORGS.map((slug) => `  - slug: ${slug}\n    members:${list(orgs[slug]!, '      ')}`).join('\n')}
`;
  const mode = r.pick(['person', 'person', 'org', 'full', 'full']);
  const targetOrg = r.pick(ORGS);
  const targets =
    mode === 'person' ? [`user[${r.pick(PEOPLE)}@acme.com]`] : mode === 'org' ? [`org[${targetOrg}]`] : [];
  // A replacement needs a member both listed and live; in a targeted plan, inside the target.
  const candidates = [
    ...ORGS.filter((slug) => mode === 'full' || slug === targetOrg).flatMap((slug) =>
      orgs[slug]!.filter((m) => live.orgs[slug]!.some((l) => l.email === m.email)).map(
        (m) => `org[${slug}].member[${m.email}]`,
      ),
    ),
    ...(mode === 'full' && group !== undefined
      ? group
          .filter((m) => live.group.some((l) => l.email === m.email))
          .map((m) => `group.member[${m.email}]`)
      : []),
  ];
  const replace = mode !== 'person' && candidates.length > 0 && r.chance(0.4) ? [r.pick(candidates)] : [];
  const planLift = { allowMassDelete: r.chance(0.3), allowLockout: r.chance(0.3) };
  const saved = r.chance(0.5);
  const applyFlags = saved ? { allowMassDelete: r.chance(0.3), allowLockout: r.chance(0.3) } : planLift;
  return { yaml, targets, replace, planLift, saved, applyFlags };
}

/** What the lock-out rail protects, in an emulator state: orgs with an Org Admin, the group's admins, the token's. */
function administered(state: EmulatorState) {
  const at = lookup(state);
  const orgAdmin = at.orgRole('Org Admin');
  const groupAdmin = at.groupRole('Group Admin');
  const self = state.tokens[0]!.userId;
  return {
    orgs: ORGS.filter((slug) => at.org(slug).members.some((m) => m.roleId === orgAdmin)),
    group: at.group.members.some((m) => m.roleId === groupAdmin),
    self: at.group.members.some((m) => m.userId === self && m.roleId === groupAdmin),
  };
}

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('plan and apply agree on refusals (property, seeded, real executor)', () => {
  it(`${CASES} generated plans: apply refuses exactly what the plan lists and its flags do not lift`, async () => {
    const demo = await loadDemoState();
    const seen = {
      skipped: 0,
      refused: 0,
      applied: 0,
      person: 0,
      replaced: 0,
      massDelete: 0,
      lockout: 0,
      between: 0,
    };
    for (let seed = 1; seed <= CASES; seed++) {
      const c = generate(seed, demo);
      const at = `seed ${seed}: ${JSON.stringify({ ...c, yaml: undefined })}\n${c.yaml}`;
      fx = await startFixture(demo);
      const client = createSnykClient({
        apiUrl: fx.emu.url,
        restVersion: '2024-10-15',
        auth: { scheme: 'token', token: DEMO_TOKEN },
      });
      try {
        const config = await loadDesired([await fx.write('snyk.yaml', c.yaml)], fx.dir);
        const planned = await planDesired(config, client, {
          targets: c.targets,
          replace: c.replace,
          lift: c.planLift,
        }).catch((error: unknown) => {
          // A person's plan learns group roles from that person's membership alone: a role
          // the file gives them that nobody of theirs holds cannot be named (README, Known
          // limits). Not a question of rails: such a case is skipped.
          if (error instanceof ConfigInvalidError && error.issues.every((i) => i.code === 'UNKNOWN_ROLE'))
            return undefined;
          throw error;
        });
        if (planned === undefined) {
          seen.skipped++;
          continue;
        }
        const listed = planned.plan.refusals ?? [];
        const plan = c.saved ? parseSavedPlan(renderPlanJson(planned.plan), 'plan.json') : planned.plan;
        const lifted = new Set<Rail>([
          ...(c.applyFlags.allowMassDelete ? (['mass-delete'] as const) : []),
          ...(c.applyFlags.allowLockout ? (['lockout'] as const) : []),
        ]);
        const expected = listed.filter((refusal) => !lifted.has(refusal.rail));

        const lockoutLifted = c.planLift.allowLockout || c.applyFlags.allowLockout;
        const before = fx.emu.getState();
        fx.emu.clearRequests();
        const { live, scope } = c.saved ? await checkFresh(plan, client) : planned;
        const got: Refusal[] = await applyPlan(
          plan,
          live,
          client,
          { ...c.applyFlags, concurrency: 4 },
          scope,
        ).then(
          () => [],
          (error: unknown) => {
            if (error instanceof SafetyRefusalError) return error.refusals;
            // With the lock-out rail lifted, the token may remove its own access: what the rail
            // is for. The writes went through; the read that verifies them is refused.
            if (lockoutLifted && error instanceof SnykApiError && error.status === 403) return [];
            throw error;
          },
        );
        expect(got, at).toEqual(expected);
        const addresses = new Set(planned.plan.changes.map((change) => change.address.text));
        for (const refusal of listed)
          for (const a of refusal.addresses) expect(addresses.has(a), at).toBe(true);

        if (got.length > 0) {
          expect(writesIn(fx.emu.requests()), at).toEqual([]);
          seen.refused++;
        } else if (planned.plan.changes.length > 0) {
          seen.applied++;
          if (!lockoutLifted) {
            const was = administered(before);
            const now = administered(fx.emu.getState());
            expect(
              {
                orgs: was.orgs.filter((slug) => !now.orgs.includes(slug)),
                group: was.group && !now.group,
                self: was.self && !now.self,
              },
              at,
            ).toEqual({ orgs: [], group: false, self: false });
          }
        }
        if (c.targets[0]?.startsWith('user[')) seen.person++;
        if (c.replace.length > 0) seen.replaced++;
        if (listed.some((refusal) => refusal.rail === 'mass-delete')) seen.massDelete++;
        if (listed.some((refusal) => refusal.rail === 'lockout')) seen.lockout++;
        if (listed.some((refusal) => refusal.message.startsWith('--replace deletes'))) seen.between++;
      } finally {
        await client.close();
        await fx.close();
        fx = undefined;
      }
    }
    // The generator reaches every situation the property is about, and skips few cases.
    const { skipped, ...reached } = seen;
    for (const [what, count] of Object.entries(reached))
      expect(count, `${what}: ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    expect(skipped, JSON.stringify(seen)).toBeLessThan(CASES / 4);
  }, 240_000);
});
