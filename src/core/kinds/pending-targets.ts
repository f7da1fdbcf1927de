// The ids a pending-user change carries: an invitation (REST, by invite id) or a provision
// (v1, by email). Apart from the module so that its planning (pending-plan.ts) can name them.
import { Type as T } from '@sinclair/typebox';
import { type Address, orgAddress } from '../addresses.ts';
import type { ChangeOf } from './kind.ts';
import { Id, orgScoped, Text } from './targets.ts';

export function pendingUserAddress(slug: string, email: string): Address {
  return orgAddress(slug).at('pending', email.toLowerCase());
}

const Via = T.Union([T.Literal('invite'), T.Literal('provision')]);

export const pendingTargets = {
  create: orgScoped({ email: Text, roleId: Id, via: Via }),
  // Re-sending an invitation that is no longer active: `inviteId` is the one it replaces.
  update: orgScoped({ email: Text, roleId: Id, via: T.Literal('invite'), inviteId: Id }),
  delete: T.Union([
    ...orgScoped({ email: Text, via: T.Literal('invite'), inviteId: Id }).anyOf,
    ...orgScoped({ email: Text, via: T.Literal('provision') }).anyOf,
  ]),
};

export type PendingChange = ChangeOf<'pending_user', typeof pendingTargets>;
