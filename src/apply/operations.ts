// How each kind of change is carried out: exactly one write call per change, plus, only
// when a create may already have reached Snyk (a dropped connection, a 5xx after sending, a
// 409), a re-read that confirms it instead of sending it twice.
import type { Change } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import type { SnykClient } from '../snyk/index.ts';

/** Ids learned while applying: orgs created earlier in this run, by slug. */
export interface ApplyContext {
  groupId: string;
  orgIdsBySlug: Map<string, string>;
  /** Orgs that existed before this run (ids), to tell a newly created org from an old one. */
  knownOrgIds: Set<string>;
}

export interface Outcome {
  /** True when the change was found already in place (confirmed by a re-read), not written. */
  confirmed?: boolean;
  /** Something the user should know (e.g. Snyk chose another slug). */
  notice?: string;
}

export class ApplyError extends GitopsError {
  constructor(message: string, code = 'APPLY_FAILED', cause?: unknown) {
    super(message, { code, cause });
  }
}

function need(change: Change, key: string): string {
  const value = change.target[key];
  if (value === undefined || value === '') {
    throw new ApplyError(
      `${change.address}: the plan lacks '${key}' for this ${change.action}`,
      'PLAN_INVALID',
    );
  }
  return value;
}

function orgIdOf(change: Change, ctx: ApplyContext): string {
  const id = change.target.orgId;
  if (id) return id;
  const slug = need(change, 'orgSlug');
  const created = ctx.orgIdsBySlug.get(slug);
  if (!created)
    throw new ApplyError(`${change.address}: org '${slug}' does not exist (its creation did not succeed)`);
  return created;
}

function isAmbiguousCreate(error: unknown): boolean {
  if (!(error instanceof GitopsError)) return false;
  const flagged = (error as { mayHaveApplied?: boolean }).mayHaveApplied === true;
  return flagged || error.code === 'SNYK_CONFLICT';
}

/** How often a create is sent again after a re-read proved the first attempt did not land. */
const RESENDS_WHEN_ABSENT = 2;

/**
 * Runs a create; if it failed in a way that may mean it happened anyway, asks `confirm` (a
 * re-read) whether the object is now present, and treats presence as success. When the
 * re-read proves it absent, sending again cannot duplicate it (and a duplicate membership
 * would be refused with a 409, which is confirmed the same way), so it is sent again a
 * bounded number of times rather than left for the next run.
 */
async function createOnce(send: () => Promise<unknown>, confirm: () => Promise<boolean>): Promise<Outcome> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return {};
    } catch (error) {
      if (!isAmbiguousCreate(error)) throw error;
      if (await confirm()) return { confirmed: true };
      if (attempt >= RESENDS_WHEN_ABSENT) throw error;
    }
  }
}

type Executor = (change: Change, client: SnykClient, ctx: ApplyContext) => Promise<Outcome>;

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const EXECUTORS: Record<string, Executor> = {
  async 'org:create'(change, client, ctx) {
    const name = need(change, 'name');
    const slug = change.target.orgSlug ?? '';
    let sourceOrgId = change.target.templateOrgId;
    if (!sourceOrgId && change.target.templateSlug)
      sourceOrgId = ctx.orgIdsBySlug.get(change.target.templateSlug);
    const input = { name, groupId: ctx.groupId, ...(sourceOrgId ? { sourceOrgId } : {}) };
    let created: { id: string; slug: string } | undefined;
    try {
      created = await client.createOrg(input);
    } catch (error) {
      if (!isAmbiguousCreate(error)) throw error;
      // Snyk allows duplicate org names, so a blind retry could make a second org. Look for
      // an org of that name that was not there before this run. Unlike memberships, an org
      // found absent is not sent again: REST reads may lag v1 writes (ENDPOINTS.md §1.3), and
      // the next run's plan refuses to create a namesake of an org it finds by then.
      const orgs = await client.listGroupOrgs(ctx.groupId);
      created = orgs.find((o) => o.name === name && !ctx.knownOrgIds.has(o.id));
      if (!created) throw error;
    }
    ctx.orgIdsBySlug.set(slug, created.id);
    ctx.knownOrgIds.add(created.id);
    if (slug && created.slug !== slug) {
      // Later changes still find the org through the slug of the file.
      return {
        notice: `Snyk gave org '${name}' the slug '${created.slug}', not '${slug}': write slug: ${created.slug} in the file`,
      };
    }
    return {};
  },
  async 'org:update'(change, client, ctx) {
    await client.updateOrg(orgIdOf(change, ctx), { name: need(change, 'name') });
    return {};
  },
  async 'org:delete'(change, client, ctx) {
    await client.deleteOrg(orgIdOf(change, ctx));
    return {};
  },
  async 'org_settings:update'(change, client, ctx) {
    await client.updateOrgSettings(
      orgIdOf(change, ctx),
      change.after as Parameters<SnykClient['updateOrgSettings']>[1],
    );
    return {};
  },
  async 'group_settings:update'(change, client) {
    await client.updateGroupSettings(
      need(change, 'groupId'),
      change.after as Parameters<SnykClient['updateGroupSettings']>[1],
    );
    return {};
  },
  async 'org_membership:create'(change, client, ctx) {
    const orgId = orgIdOf(change, ctx);
    const userId = need(change, 'userId');
    const roleId = need(change, 'roleId');
    return createOnce(
      () => client.createOrgMembership(orgId, userId, roleId),
      async () =>
        (await client.listOrgMemberships(orgId)).some((m) => m.userId === userId && m.roleId === roleId),
    );
  },
  async 'org_membership:update'(change, client, ctx) {
    await client.updateOrgMembership(
      orgIdOf(change, ctx),
      need(change, 'membershipId'),
      need(change, 'roleId'),
    );
    return {};
  },
  async 'org_membership:delete'(change, client, ctx) {
    await client.deleteOrgMembership(orgIdOf(change, ctx), need(change, 'membershipId'));
    return {};
  },
  async 'group_membership:create'(change, client) {
    const groupId = need(change, 'groupId');
    const userId = need(change, 'userId');
    const roleId = need(change, 'roleId');
    return createOnce(
      () => client.createGroupMembership(groupId, userId, roleId),
      async () => (await client.listGroupMemberships(groupId, { userId })).some((m) => m.roleId === roleId),
    );
  },
  async 'group_membership:update'(change, client) {
    await client.updateGroupMembership(
      need(change, 'groupId'),
      need(change, 'membershipId'),
      need(change, 'roleId'),
    );
    return {};
  },
  async 'group_membership:delete'(change, client) {
    // Never cascade: the org memberships the file keeps are planned on their own.
    await client.deleteGroupMembership(need(change, 'groupId'), need(change, 'membershipId'), {
      cascade: false,
    });
    return {};
  },
  async 'group_tag:delete'(change, client) {
    await client.deleteGroupTag(
      need(change, 'groupId'),
      { key: need(change, 'key'), value: need(change, 'value') },
      { force: change.target.force === 'true' },
    );
    return {};
  },
  async 'tenant:update'(change, client) {
    await client.updateTenant(need(change, 'tenantId'), { name: need(change, 'name') });
    return {};
  },
  async 'tenant_membership:update'(change, client) {
    await client.updateTenantMembership(
      need(change, 'tenantId'),
      need(change, 'membershipId'),
      need(change, 'roleId'),
    );
    return {};
  },
  async 'tenant_membership:delete'(change, client) {
    await client.deleteTenantMembership(need(change, 'tenantId'), need(change, 'membershipId'));
    return {};
  },
  async 'pending_user:create'(change, client, ctx) {
    const orgId = orgIdOf(change, ctx);
    const email = need(change, 'email');
    const roleId = need(change, 'roleId');
    if (change.target.via === 'provision') {
      return createOnce(
        () => client.provisionUser(orgId, email, roleId),
        async () => (await client.listProvisions(orgId)).some((p) => sameEmail(p.email, email)),
      );
    }
    return createOnce(
      () => client.createOrgInvite(orgId, email, roleId),
      async () => (await client.listOrgInvites(orgId)).some((i) => sameEmail(i.email, email)),
    );
  },
  async 'pending_user:delete'(change, client, ctx) {
    const orgId = orgIdOf(change, ctx);
    if (change.target.via === 'provision') await client.deleteProvision(orgId, need(change, 'email'));
    else await client.deleteOrgInvite(orgId, need(change, 'inviteId'));
    return {};
  },
};

/** Carries out one change. Throws (with the API's error) when it fails. */
export function executeChange(change: Change, client: SnykClient, ctx: ApplyContext): Promise<Outcome> {
  const executor = EXECUTORS[`${change.kind}:${change.action}`];
  if (!executor) {
    return Promise.reject(
      new ApplyError(
        `${change.address}: cannot ${change.action} a ${change.kind} (the API has no such operation)`,
      ),
    );
  }
  return executor(change, client, ctx);
}
