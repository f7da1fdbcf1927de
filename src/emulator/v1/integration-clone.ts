// v1 `POST /org/{orgId}/integrations/{integrationId}/clone` (spec operation
// "Clone an integration (with settings and credentials)"): the source org's integration is
// copied, settings and credentials, into `destinationOrgPublicId`, an org of the same group,
// and the answer is `{ newIntegrationId }`. The spec says nothing of a destination that has the
// type already; an org has one integration per type, so that is a 409 here.
import { canSeeGroup, findOrg } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';
import { copyIntegration, requireIntegration } from './integrations.ts';

export function cloneIntegration(ctx: HandlerContext): EmuResponse {
  const { group } = requireV1Org(ctx);
  const source = requireIntegration(ctx);
  const destinationId = bodyOf(ctx).destinationOrgPublicId;
  if (typeof destinationId !== 'string' || destinationId === '')
    throw v1Fail(400, 'destinationOrgPublicId is required: the public id of the org to clone into');
  const destination = findOrg(ctx.state, destinationId);
  if (destination === undefined) throw v1Fail(404, `Org ${destinationId} not found`);
  if (!canSeeGroup(destination.group, ctx.user.id))
    throw v1Fail(403, `The token's user has no access to org ${destinationId}`);
  if (destination.group.id !== group.id)
    throw v1Fail(400, `An integration can only be cloned into an org of the same group (${group.id})`);
  const org = destination.org;
  if ((org.integrations ?? []).some((i) => i.type === source.type))
    throw v1Fail(409, `Org ${org.id} already has a ${source.type} integration`);
  const copy = copyIntegration(source, ctx.newId());
  org.integrations = [...(org.integrations ?? []), copy];
  return json({ newIntegrationId: copy.id });
}
