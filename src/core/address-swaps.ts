// What `--replace` and `--rotate` share: each address on the command line names an object some
// kind offers, and what it offers is swapped into the plan; an address nothing offers is an
// issue that names the closest addresses that would do.
import { inertText } from '../util/inert-text.ts';
import { didYouMean } from '../util/suggest.ts';
import { Address } from './addresses.ts';
import type { PlanIssue } from './issues.ts';
import type { IssueCode } from './plan-codes.ts';
import type { Change } from './types.ts';

export interface AddressSwaps<O> {
  /** `--replace`, `--rotate`. */
  flag: string;
  /** The issue of an address nothing offers. */
  code: IssueCode;
  /** What an offered address is, for the message: `no service account at this address …`. */
  offers: string;
  /** Said after the closest addresses: which objects can be named. */
  hint: string;
  /** Called only when some address is named: listing what can be swapped may take work. */
  offered: () => ReadonlyMap<Address, O>;
  /** The plan with `offer` swapped in, or why it cannot be. */
  swap: (changes: Change[], address: Address, offer: O) => Change[] | PlanIssue;
}

export function swapAddresses<O>(
  changes: Change[],
  addresses: readonly string[],
  swaps: AddressSwaps<O>,
): { changes: Change[]; issues: PlanIssue[] } {
  if (addresses.length === 0) return { changes, issues: [] };
  const offered = swaps.offered();
  const issues: PlanIssue[] = [];
  let out = changes;
  for (const address of new Set(addresses.map(Address.of))) {
    const offer = offered.get(address);
    const swapped =
      offer === undefined
        ? {
            code: swaps.code,
            message: `${swaps.flag} ${inertText(address.text)}: no ${swaps.offers} at this address that the file lists and Snyk has.${didYouMean(
              address.text,
              [...offered.keys()].map((a) => a.text),
            )}${swaps.hint}`,
            address,
          }
        : swaps.swap(out, address, offer);
    if (Array.isArray(swapped)) out = swapped;
    else issues.push(swapped);
  }
  return { changes: out, issues };
}
