// The part of a change that says what it does to which object, in the documented key order
// (docs/plan-json.md) (§3): what the plan JSON lists first and what a reviewer approves (the
// Action's review digest covers exactly this). The ids apply uses (`target`) and the patch follow
// from it.
import type { Change, Json } from './types.ts';

export type ChangeHead = {
  action: Change['action'];
  kind: Change['kind'];
  address: string;
  before: Json | null;
  after: Json | null;
};

export function changeHead(change: Change): ChangeHead {
  return {
    action: change.action,
    kind: change.kind,
    address: change.address.text,
    before: change.before,
    after: change.after,
  };
}
