// Sending again an invitation that Snyk reports as no longer active
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations). Never two active
// invitations for one person and org: an active one already there (another run sent it) is the
// result; otherwise the inactive one is deleted first, then one is sent, and a send whose answer
// was lost is confirmed by finding an active invitation for that email.
import { GitopsError } from '../../errors.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import { createOnce, type Outcome } from './apply-support.ts';

export async function resendInvite(
  client: SnykClient,
  orgId: string,
  target: { email: string; roleId: string; inviteId: string },
): Promise<Outcome> {
  const email = target.email.toLowerCase();
  const activeOne = async () =>
    (await client.listOrgInvites(orgId)).some((i) => i.isActive && i.email.toLowerCase() === email);
  if (await activeOne()) return { confirmed: true };
  try {
    await client.deleteOrgInvite(orgId, target.inviteId);
  } catch (error) {
    // Already gone (deleted by hand, or by a run that crashed after it): nothing to replace.
    if (!(error instanceof GitopsError && error.code === 'SNYK_NOT_FOUND')) throw error;
  }
  return createOnce(() => client.createOrgInvite(orgId, target.email, target.roleId), activeOne);
}
