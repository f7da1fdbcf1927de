// Outbound webhooks (v1): identified by url within their org. A listed url Snyk lacks is
// created with the secret read from the environment at apply (the plan carries only the
// variable's name); unlisted ones are deleted with `prune.webhooks`. Snyk never returns a
// secret, so it is never compared: `--replace` deletes and creates a webhook to rotate it.
import { type Address, webhookAddress } from '../addresses.ts';
import { EXPORT_PATTERNS } from '../export-draft.ts';
import type { LiveWebhook, WebhookSpec } from '../types.ts';
import { ApplyError, createOnce, deleteListedInOrg, orgIdOf } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult, type OrgBinding, type Replacement } from './kind.ts';
import { orgPartRead } from './live-read.ts';
import { simulateOrgList } from './org-list-simulation.ts';
import { orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { Id, orgScoped, Text } from './targets.ts';

const targets = {
  create: orgScoped({ url: Text, secretEnv: Text }),
  delete: orgScoped({ webhookId: Id, url: Text }),
};

type WebhookChange = ChangeOf<'webhook', typeof targets>;

function createChange(binding: OrgBinding, hook: WebhookSpec, dependsOn: Address[]): WebhookChange {
  return {
    action: 'create',
    kind: 'webhook',
    address: webhookAddress(binding.slug, hook.url),
    before: null,
    after: { url: hook.url, secret: { env: hook.secret.env } },
    patch: [],
    dependsOn,
    target: { ...orgTarget(binding), url: hook.url, secretEnv: hook.secret.env },
    note: `The secret is read from $${hook.secret.env} when this runs; it is never printed or stored.`,
  };
}

function deleteChange(binding: OrgBinding, live: LiveWebhook & { orgId: string }): WebhookChange {
  return {
    action: 'delete',
    kind: 'webhook',
    address: webhookAddress(binding.slug, live.url),
    before: { url: live.url },
    after: null,
    patch: [],
    dependsOn: [],
    target: { orgId: live.orgId, webhookId: live.id, url: live.url },
  };
}

/** Snyk's shortest webhook secret: it refuses shorter ones. */
export const WEBHOOK_SECRET_MINIMUM = 16;

/** Export's stand-in for a secret it cannot read: a variable name unique to the webhook. */
export function secretPlaceholder(slug: string, index: number): string {
  const name = slug.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return `SNYK_WEBHOOK_SECRET_${name}_${index + 1}`;
}

export const webhookKind = defineKind('webhook', targets).with({
  noun: { one: 'webhook', many: 'webhooks' },
  phase: { create: 56, delete: 54 },
  reads: {
    org: (_desired, want, org) =>
      orgPartRead(want, org, 'webhooks', (client, orgId) => client.listWebhooks(orgId)),
  },
  plan(ctx) {
    const result = emptyResult<WebhookChange>();
    for (const binding of plannableOrgs(ctx)) {
      const wanted = binding.desired.webhooks;
      if (wanted === undefined) continue;
      const live = binding.live?.webhooks ?? [];
      const liveUrls = new Set(live.map((h) => h.url));
      for (const hook of wanted) {
        if (!liveUrls.has(hook.url))
          result.changes.push(createChange(binding, hook, orgDependencies(binding)));
      }
      if (ctx.desired.prune.webhooks !== true || binding.live === undefined) continue;
      const listed = new Set(wanted.map((h) => h.url));
      for (const hook of live) {
        if (!listed.has(hook.url))
          result.changes.push(deleteChange(binding, { ...hook, orgId: binding.live.id }));
      }
    }
    return result;
  },
  replaceable(ctx) {
    const out: Replacement<WebhookChange>[] = [];
    for (const binding of plannableOrgs(ctx)) {
      const org = binding.live;
      if (org === undefined) continue;
      for (const hook of binding.desired.webhooks ?? []) {
        const live = org.webhooks?.find((h) => h.url === hook.url);
        if (live === undefined) continue;
        const address = webhookAddress(binding.slug, hook.url);
        out.push({
          address,
          changes: [
            deleteChange(binding, { ...live, orgId: org.id }),
            createChange(binding, hook, [address]),
          ],
        });
      }
    }
    return out;
  },
  secrets: (change) =>
    change.action === 'create'
      ? [
          {
            env: change.target.secretEnv,
            minLength: WEBHOOK_SECRET_MINIMUM,
            rule: `Snyk refuses a webhook secret under ${WEBHOOK_SECRET_MINIMUM} characters`,
          },
        ]
      : [],
  apply: {
    create: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      const secret = ctx.secrets.get(t.secretEnv);
      if (secret === undefined)
        throw new ApplyError(`${address}: the environment variable ${t.secretEnv} is not set`);
      return createOnce(
        () => client.createWebhook(orgId, t.url, secret),
        async () => (await client.listWebhooks(orgId)).some((h) => h.url === t.url),
      );
    },
    delete: deleteListedInOrg(
      (t) => t.webhookId,
      (client, orgId, id) => client.deleteWebhook(orgId, id),
      (client, orgId) => client.listWebhooks(orgId),
    ),
  },
  simulate: simulateOrgList('webhooks', 'webhookId', (t) => ({ url: t.url })),
  countLive: (live) => live.orgs.reduce((sum, org) => sum + (org.webhooks?.length ?? 0), 0),
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry === undefined || org.webhooks === undefined) continue;
      const seen = new Set<string>();
      const hooks = [...org.webhooks].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      entry.webhooks = hooks.flatMap((hook) => {
        if (!EXPORT_PATTERNS.webhookUrl.test(hook.url) || seen.has(hook.url)) {
          draft.model.skipped.push(
            `webhook ${hook.url} of org ${org.slug} (not an https URL, or listed twice)`,
          );
          return [];
        }
        seen.add(hook.url);
        return [{ url: hook.url, secretEnv: secretPlaceholder(org.slug, seen.size - 1) }];
      });
    }
  },
});
