import { describe, expect, it } from 'vitest';
import { desiredState, looseChange, planAround } from '../core/builders.test-helpers.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Change, Plan } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { type ApplyEvent, executePlan } from './execute-plan.ts';

const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';

const change = looseChange;

function planOf(changes: Change[]): Plan {
  return planAround(changes, {
    groupId: GROUP,
    desired: desiredState({ group: { id: GROUP }, limits: { maxDeletePercent: 25 } }),
  });
}

/** The create of org `mobile`, which the other changes of several tests depend on. */
const mobileCreate = () =>
  change({
    kind: 'org',
    action: 'create',
    address: 'org[mobile]',
    target: { groupId: GROUP, name: 'Mobile', orgSlug: 'mobile' },
  });

/** Bob's membership of the new org `mobile`, which waits for its create. */
const bobJoinsMobile = () =>
  change({
    kind: 'org_membership',
    action: 'create',
    address: 'org[mobile].member[bob@acme.com]',
    dependsOn: ['org[mobile]'],
    target: { orgSlug: 'mobile', userId: 'u-bob', roleId: 'r-admin' },
  });

/** Bob's org membership create, the write whose connection drops in the ambiguity tests. */
const bobMembershipCreate = () =>
  planOf([
    change({
      kind: 'org_membership',
      action: 'create',
      address: 'org[payments].member[bob@acme.com]',
      target: { orgId: 'o-pay', userId: 'u-bob', roleId: 'r-admin' },
    }),
  ]);

class AmbiguousError extends GitopsError {
  readonly mayHaveApplied = true;
  constructor() {
    super('POST /rest/orgs/{org_id}/memberships: connection dropped after sending', { code: 'SNYK_NETWORK' });
  }
}

/** A scripted client: records calls in order; `fail` makes a named call throw. */
function fakeClient(
  script: { fail?: Record<string, () => Error>; members?: { userId: string; roleId: string }[] } = {},
) {
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const call =
    (name: string, result?: (...args: never[]) => unknown) =>
    async (...args: never[]) => {
      calls.push(
        `${name}(${args
          .filter((a) => typeof a !== 'function')
          .map((a) => (typeof a === 'object' ? JSON.stringify(a) : String(a)))
          .join(',')})`,
      );
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
      const failure = script.fail?.[name];
      if (failure) throw failure();
      return result?.(...args);
    };
  const client = {
    createOrg: call('createOrg', (input: { name: string }) => ({
      id: `id-${input.name}`,
      name: input.name,
      slug: input.name.toLowerCase(),
    })),
    updateOrg: call('updateOrg'),
    createOrgMembership: call('createOrgMembership'),
    updateOrgMembership: call('updateOrgMembership'),
    deleteOrgMembership: call('deleteOrgMembership'),
    listOrgMemberships: call('listOrgMemberships', () => script.members ?? []),
    findGroupOrgs: call('findGroupOrgs', () => []),
    createGroupMembership: call('createGroupMembership'),
    deleteGroupMembership: call('deleteGroupMembership'),
    updateOrgSettings: call('updateOrgSettings'),
  } as unknown as SnykClient;
  return { client, calls, maxInFlight: () => maxInFlight };
}

describe('executePlan', () => {
  it('creates an org before its members, and members of a new org use the id Snyk returned', async () => {
    const { client, calls } = fakeClient();
    const plan = planOf([mobileCreate(), bobJoinsMobile()]);
    const result = await executePlan(plan, { client, liveOrgIds: new Map(), concurrency: 4 });
    expect(result).toMatchObject({ applied: 2, failed: 0, skipped: 0 });
    expect(calls).toEqual([
      // Was it created since the plan (by another apply)? Not this time.
      `findGroupOrgs(${GROUP},{"slug":"mobile"})`,
      `createOrg({"name":"Mobile","groupId":"${GROUP}"})`,
      'createOrgMembership(id-Mobile,u-bob,r-admin)',
    ]);
  });

  it('skips the dependents of a failed change and still runs the independent ones', async () => {
    const { client, calls } = fakeClient({
      fail: {
        createOrg: () =>
          new GitopsError('POST /v1/org returned 422: name taken', { code: 'SNYK_BAD_REQUEST' }),
      },
    });
    const plan = planOf([
      mobileCreate(),
      change({
        kind: 'org_settings',
        action: 'update',
        address: 'org[mobile].settings',
        dependsOn: ['org[mobile]'],
        target: { orgSlug: 'mobile' },
      }),
      change({
        kind: 'org_membership',
        action: 'create',
        address: 'org[mobile].member[bob@acme.com]',
        dependsOn: ['org[mobile].settings'],
        target: { orgSlug: 'mobile', userId: 'u-bob', roleId: 'r' },
      }),
      change({
        kind: 'org_membership',
        action: 'delete',
        address: 'org[payments].member[mallory@acme.com]',
        target: { orgId: 'o-pay', membershipId: 'm-1', userId: 'u-m' },
      }),
    ]);
    const result = await executePlan(plan, {
      client,
      liveOrgIds: new Map([['payments', 'o-pay']]),
      concurrency: 2,
    });
    expect(result).toMatchObject({ applied: 1, failed: 1, skipped: 2 });
    expect(
      result.results.find((r) => r.change.address.text === 'org[mobile].member[bob@acme.com]'),
    ).toMatchObject({
      status: 'skipped',
      error: 'skipped because org[mobile].settings did not succeed',
    });
    expect(calls).toContain('deleteOrgMembership(o-pay,m-1)');
    expect(calls.some((c) => c.startsWith('updateOrgSettings'))).toBe(false);
  });

  it('confirms a create whose connection dropped by re-reading, instead of sending it twice', async () => {
    const { client, calls } = fakeClient({
      fail: { createOrgMembership: () => new AmbiguousError() },
      members: [{ userId: 'u-bob', roleId: 'r-admin' }],
    });
    const plan = bobMembershipCreate();
    const result = await executePlan(plan, { client, liveOrgIds: new Map(), concurrency: 1 });
    expect(result.results[0]).toMatchObject({ status: 'confirmed' });
    expect(calls).toEqual(['createOrgMembership(o-pay,u-bob,r-admin)', 'listOrgMemberships(o-pay)']);
  });

  it('sends an ambiguous create again when the re-read proves it absent, a bounded number of times', async () => {
    const { client, calls } = fakeClient({
      fail: { createOrgMembership: () => new AmbiguousError() },
      members: [],
    });
    const plan = bobMembershipCreate();
    const result = await executePlan(plan, { client, liveOrgIds: new Map(), concurrency: 1 });
    expect(result.results[0]).toMatchObject({ status: 'failed', errorCode: 'SNYK_NETWORK' });
    expect(calls).toEqual([
      'createOrgMembership(o-pay,u-bob,r-admin)',
      'listOrgMemberships(o-pay)',
      'createOrgMembership(o-pay,u-bob,r-admin)',
      'listOrgMemberships(o-pay)',
      'createOrgMembership(o-pay,u-bob,r-admin)',
      'listOrgMemberships(o-pay)',
    ]);
  });

  it('never sends an org create twice: Snyk allows duplicate names', async () => {
    const { client, calls } = fakeClient({ fail: { createOrg: () => new AmbiguousError() } });
    const plan = planOf([mobileCreate()]);
    const result = await executePlan(plan, { client, liveOrgIds: new Map(), concurrency: 1 });
    expect(result.results[0]).toMatchObject({ status: 'failed' });
    expect(calls).toEqual([
      `findGroupOrgs(${GROUP},{"slug":"mobile"})`,
      `createOrg({"name":"Mobile","groupId":"${GROUP}"})`,
      `findGroupOrgs(${GROUP},{"slug":"mobile"})`,
    ]);
  });

  it('never has more changes in flight than the concurrency bound, and reports progress for each', async () => {
    const { client, maxInFlight } = fakeClient();
    const changes = Array.from({ length: 20 }, (_, i) =>
      change({
        kind: 'org_membership',
        action: 'delete',
        address: `org[o${i}].member[u@x.io]`,
        target: { orgId: `o${i}`, membershipId: `m${i}`, userId: 'u' },
      }),
    );
    const events: ApplyEvent[] = [];
    const result = await executePlan(planOf(changes), {
      client,
      liveOrgIds: new Map(),
      concurrency: 3,
      onEvent: (e) => events.push(e),
    });
    expect(result.applied).toBe(20);
    expect(maxInFlight()).toBeLessThanOrEqual(3);
    expect(events.filter((e) => e.type === 'done').map((e) => e.done)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('reports a change the API cannot carry out instead of guessing', async () => {
    const { client } = fakeClient();
    const plan = planOf([
      change({ kind: 'tenant_membership', action: 'create', address: 'tenant.member[x@y.z]' }),
    ]);
    const result = await executePlan(plan, { client, liveOrgIds: new Map(), concurrency: 1 });
    expect(result.results[0]?.error).toBe(
      'tenant.member[x@y.z]: cannot create a tenant_membership (the API has no such operation)',
    );
  });

  it('once stopped starts nothing more, lets the running change finish, and reports the rest as not started', async () => {
    const { client, calls } = fakeClient();
    const stop = new AbortController();
    const plan = planOf([
      mobileCreate(),
      bobJoinsMobile(),
      change({
        kind: 'org_membership',
        action: 'delete',
        address: 'org[payments].member[mallory@acme.com]',
        target: { orgId: 'o-pay', membershipId: 'm-1', userId: 'u-m' },
      }),
    ]);
    const events: string[] = [];
    const result = await executePlan(plan, {
      client,
      liveOrgIds: new Map([['payments', 'o-pay']]),
      concurrency: 1,
      stop: stop.signal,
      onEvent: (event) => {
        if (event.type === 'start') stop.abort(); // the signal arrives while the first write runs
        events.push(`${event.type} ${event.change.address} ${event.result?.status ?? ''}`.trim());
      },
    });
    // The one write is the org create (looked for first, so a concurrent apply's is not doubled).
    expect(calls.filter((c) => !c.startsWith('findGroupOrgs('))).toEqual([
      `createOrg({"name":"Mobile","groupId":"${GROUP}"})`,
    ]);
    expect(result).toMatchObject({ applied: 1, failed: 0, skipped: 0, notStarted: 2 });
    expect(result.results.map((r) => [r.change.address.text, r.status])).toEqual([
      ['org[mobile]', 'applied'],
      ['org[mobile].member[bob@acme.com]', 'not-started'],
      ['org[payments].member[mallory@acme.com]', 'not-started'],
    ]);
    expect(events[0]).toBe('start org[mobile]');
  });
});
