// The registry of resource kinds. Adding a kind = one module + one line here.
import { groupMembershipKind } from './group-membership.ts';
import { groupSettingsKind } from './group-settings.ts';
import { groupTagKind } from './group-tag.ts';
import type { KindModule } from './kind.ts';
import { orgKind } from './org.ts';
import { orgMembershipKind } from './org-membership.ts';
import { orgSettingsKind } from './org-settings.ts';
import { pendingUserKind } from './pending-user.ts';
import { tenantKind } from './tenant.ts';
import { tenantMembershipKind } from './tenant-membership.ts';

export const KINDS: readonly KindModule[] = [
  tenantKind,
  groupSettingsKind,
  orgKind,
  orgSettingsKind,
  groupMembershipKind,
  tenantMembershipKind,
  orgMembershipKind,
  pendingUserKind,
  groupTagKind,
];

export type { KindModule, OrgBinding, PlanContext } from './kind.ts';
