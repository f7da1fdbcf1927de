// `--rotate ADDRESS` (docs/commands.md#service-account-secrets): a service account's secret
// replaced by a new one, which apply writes to --secrets-dir. Swapped into the plan as
// `--replace` swaps its replacements: whatever the diff said of that address gives way, unless
// the diff already replaces the account (a new account comes with a new secret anyway).
import { inertText } from '../util/inert-text.ts';
import { swapAddresses } from './address-swaps.ts';
import type { PlanContext } from './kinds/kind.ts';
import { accountRotations } from './kinds/service-account-changes.ts';
import type { Change } from './types.ts';

export const planRotations = (ctx: PlanContext, changes: Change[], rotate: readonly string[]) =>
  swapAddresses(changes, rotate, {
    flag: '--rotate',
    code: 'ROTATE_UNKNOWN',
    offers: 'service account',
    hint: '',
    offered: () => accountRotations(ctx),
    swap: (out, address, rotation) => {
      if ('noSecret' in rotation)
        return {
          code: 'ROTATE_NO_SECRET',
          message: `--rotate ${inertText(rotation.noSecret)}`,
          address,
        };
      const planned = out.filter((c) => c.address === address);
      if (planned.some((c) => c.action === 'create')) return out;
      if (planned.length > 0) {
        return {
          code: 'ROTATE_CHANGED',
          message: `--rotate ${inertText(address.text)}: the plan already changes this account (a rename); apply that first, then rotate`,
          address,
        };
      }
      return [...out, ...rotation.changes];
    },
  });
