// Export of service accounts: what the file format can say of each (name, role, auth, JWKS URL,
// token lifetime), pinned by id. Snyk lists no secret, and an export never has one to write.
import { SERVICE_ACCOUNT_AUTH, type ServiceAccountSpec } from '../desired-service-accounts.ts';
import { compareText, type ExportDraft } from '../export-draft.ts';
import type { LiveServiceAccount, LiveState, Role } from '../types.ts';

const EXPORTABLE_AUTH: ReadonlySet<string> = new Set(SERVICE_ACCOUNT_AUTH);

function entries(
  accounts: readonly LiveServiceAccount[],
  roles: readonly Role[],
  where: string,
  skipped: string[],
): ServiceAccountSpec[] {
  const byName = new Set<string>();
  return [...accounts]
    .sort((a, b) => compareText(a.name, b.name))
    .flatMap((account) => {
      if (!EXPORTABLE_AUTH.has(account.auth) || byName.has(account.name) || account.name === '') {
        skipped.push(
          `service account ${account.name} of ${where} (auth ${account.auth}, or a name used twice)`,
        );
        return [];
      }
      byName.add(account.name);
      const named = roles.filter((r) => r.id === account.roleId);
      const role = named.length === 1 ? named[0]!.name : account.roleId;
      return [
        {
          name: account.name,
          id: account.id,
          role,
          auth: account.auth as ServiceAccountSpec['auth'],
          ...(account.jwksUrl === undefined ? {} : { jwksUrl: account.jwksUrl }),
          ...(account.accessTokenTtlSeconds === undefined
            ? {}
            : { accessTokenTtlSeconds: account.accessTokenTtlSeconds }),
        },
      ];
    });
}

export function exportServiceAccounts(live: LiveState, draft: ExportDraft): void {
  const { skipped } = draft.model;
  if (live.group.serviceAccounts !== undefined)
    draft.model.group.serviceAccounts = entries(
      live.group.serviceAccounts,
      live.roles.group,
      'the group',
      skipped,
    );
  for (const org of live.orgs) {
    const entry = draft.org(org.id);
    if (entry === undefined || org.serviceAccounts === undefined) continue;
    entry.serviceAccounts = entries(org.serviceAccounts, live.roles.org, `org ${org.slug}`, skipped);
  }
}
