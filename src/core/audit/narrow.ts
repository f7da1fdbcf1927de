// The desired state of `drift --since` (docs/commands.md#drift-from-the-audit-log): only the scopes the audit events
// name. An org of the file is in scope when its live org is, or when Snyk has no such org (it is
// drift wherever the log is read from, and costs no read); the group section when a group event
// named it. Changes outside the scopes (such as the other orgs a pruning file would delete) are
// not this run's to report.
import type { Address } from '../addresses.ts';
import { matchOrgs } from '../org-match.ts';
import type { DesiredState, LiveState } from '../types.ts';
import type { AuditScopes } from './scopes.ts';

export interface AuditNarrowing {
  desired: DesiredState;
  /** Slugs of the orgs in scope (live slugs, and the file's slugs of orgs Snyk lacks). */
  slugs: ReadonlySet<string>;
  group: boolean;
}

/** The group section as the reader needs it: in full when in scope, else only its id. */
export function narrowGroup(desired: DesiredState, scopes: AuditScopes): DesiredState {
  return scopes.group ? desired : { ...desired, group: { id: desired.group.id } };
}

export function narrowToAudit(desired: DesiredState, live: LiveState, scopes: AuditScopes): AuditNarrowing {
  const match = matchOrgs(live.orgs);
  const slugs = new Set(live.orgs.filter((o) => scopes.orgIds.has(o.id)).map((o) => o.slug));
  const orgs = desired.orgs.filter((org) => {
    const found = match(org);
    if (found === undefined) slugs.add(org.slug);
    return found === undefined || scopes.orgIds.has(found.id);
  });
  return { desired: { ...narrowGroup(desired, scopes), orgs }, slugs, group: scopes.group };
}

/** Whether an address is in one of the scopes read. */
export function inAuditScope(
  address: Address | undefined,
  narrowing: Pick<AuditNarrowing, 'slugs' | 'group'>,
): boolean {
  if (address === undefined) return narrowing.group;
  const { scope } = address;
  return scope.kind === 'org' ? narrowing.slugs.has(scope.slug) : narrowing.group;
}
