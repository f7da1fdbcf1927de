// apply under failure: one change fails → its dependents are skipped, independent changes are
// applied, the summary lists the failure, exit 1, and a re-run finishes the job without doing
// anything twice. Under random 5xx and dropped connections, repeated applies converge to the
// desired state with no duplicate and nothing lost.
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  type EmulatorFixture,
  loadDemoState,
  lookup,
  membersOf,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const applyDemo = (f: EmulatorFixture) =>
  runCliInProcess(['apply', 'examples/multi-team', '--auto-approve'], { env: f.env });

/** What the file manages, as comparable data (ids and timestamps left out). */
function managed(state: EmulatorState) {
  const at = lookup(state);
  const org = (slug: string) => {
    const o = at.org(slug);
    return {
      name: o.name,
      settings: o.settings,
      members: membersOf(state, o.members, at.group.orgRoles),
      invites: o.invites.map((i) => `${i.email}=${i.roleId}:${i.isActive}`).sort(),
    };
  };
  return {
    groupSettings: at.group.settings,
    groupMembers: membersOf(state, at.group.members, at.group.groupRoles),
    tags: at.group.tags.map((t) => `${t.key}:${t.value}`).sort(),
    tenant: { name: at.tenant.name, members: membersOf(state, at.tenant.members, at.tenant.roles) },
    orgSlugs: at.group.orgs.map((o) => o.slug).sort(),
    orgs: Object.fromEntries(
      ['golden', 'payments', 'platform', 'data', 'mobile', 'legacy-tools'].map((s) => [s, org(s)]),
    ),
  };
}

describe('partial failure', () => {
  it('skips the dependents of a failed create, applies the rest, and a re-run converges', async () => {
    fx = await startFixture(await loadDemoState());
    fx.emu.setFaults({
      rules: [
        {
          method: 'POST',
          path: '^/v1/org$',
          respond: { status: 500, body: { message: 'Internal error', errorRef: 'e2e-fault' } },
        },
      ],
    });
    const first = await applyDemo(fx);
    expect(first.code).toBe(1);
    // The org create fails; its settings, two members and the invitation are skipped.
    expect(first.stdout).toContain('Applied 7, failed 1, skipped 4.');
    expect(first.stdout).toMatch(/failed\S* org\[mobile\]: .*500/);
    expect(first.stdout).toContain('Re-run apply to finish');
    let state = fx.emu.getState();
    expect(state.groups[0]!.orgs.some((o) => o.slug === 'mobile')).toBe(false);
    expect(lookup(state).org('platform').name).toBe('Platform'); // independent changes applied
    expect(lookup(state).group.settings.sessionLength).toBe(480);

    fx.emu.setFaults(undefined);
    fx.emu.clearRequests();
    const second = await applyDemo(fx);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Applied 5, failed 0, skipped 0.');
    // Only what was missing is written: one create of the org, its settings, 2 members, 1 invite.
    expect(writesIn(fx.emu.requests()).map((w) => w.method)).toHaveLength(5);
    state = fx.emu.getState();
    expect(state.groups[0]!.orgs.filter((o) => o.name === 'Mobile')).toHaveLength(1);
    expect(lookup(state).org('mobile').invites).toHaveLength(1);
    expect(
      (await runCliInProcess(['plan', 'examples/multi-team', '--detailed-exitcode'], { env: fx.env })).code,
    ).toBe(0);
  });

  it("a 403 on one org's membership create fails only that change", async () => {
    fx = await startFixture(await loadDemoState());
    const data = lookup(fx.emu.getState()).org('data').id;
    fx.emu.setFaults({
      rules: [
        {
          method: 'POST',
          path: `^/rest/orgs/${data}/memberships$`,
          respond: {
            status: 403,
            body: {
              jsonapi: { version: '1.0' },
              errors: [{ status: '403', detail: 'Forbidden for this org' }],
            },
          },
        },
      ],
    });
    const result = await applyDemo(fx);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Applied 11, failed 1, skipped 0.');
    expect(result.stdout).toMatch(/failed\S* org\[data\]\.member\[frank@acme\.com\]: .*403/);
    expect(result.stdout).toContain('A fresh plan still shows 1 change');
  });
});

describe('convergence under injected faults', () => {
  // A fault-free apply of the same file gives the state every faulty run must end in.
  let expected: ReturnType<typeof managed> | undefined;
  async function reference() {
    if (expected) return expected;
    const clean = await startFixture(await loadDemoState());
    try {
      expect((await applyDemo(clean)).code).toBe(0);
      expected = managed(clean.emu.getState());
      return expected;
    } finally {
      await clean.close();
    }
  }

  it.each([11, 22, 33, 44])(
    'seed %i: 10 percent 5xx and 2 percent dropped connections converge within 3 applies',
    async (seed) => {
      const want = await reference();
      fx = await startFixture(await loadDemoState(), {
        faults: { seed, serverErrorRate: 0.1, dropBeforeRate: 0.01, dropAfterRate: 0.01 },
      });
      let runs = 0;
      for (; runs < 3; runs++) {
        const result = await applyDemo(fx);
        if (result.code === 0 && result.stdout.includes('Snyk now matches the configuration.')) break;
      }
      expect(runs, 'applies needed beyond the first').toBeLessThan(3);
      expect(
        fx.emu.requests().filter((r) => r.fault !== undefined).length,
        'faults injected',
      ).toBeGreaterThan(0);
      fx.emu.setFaults(undefined);
      expect(
        (await runCliInProcess(['plan', 'examples/multi-team', '--detailed-exitcode'], { env: fx.env })).code,
      ).toBe(0);
      const got = managed(fx.emu.getState());
      // Nothing the file keeps was deleted, nothing created twice (one Mobile org, one invitation).
      expect(got).toEqual(want);
    },
  );
});
