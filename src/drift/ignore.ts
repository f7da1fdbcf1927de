// drift.ignore rules: known, accepted drift left out of reports. A rule matches an item when
// every field it sets matches: `kind` exactly, `address` as a glob over the item's address.
import picomatch from 'picomatch';
import type { Address } from '../core/addresses.ts';
import type { DriftIgnore, Kind } from '../core/types.ts';

export interface IgnoreMatcher {
  /** The index of the first rule that matches, or -1. */
  match(item: { kind: Kind; address: Address }): number;
}

/**
 * Addresses contain brackets (`org[payments].member[bob@acme.com]`), which are character
 * classes in globs: they are taken literally here, so `org[legacy-*]` means what it reads.
 * `*` matches any run of characters (dots and brackets included).
 */
export function compileAddressGlob(glob: string): (address: string) => boolean {
  const escaped = glob.replace(/[[\]]/g, (c) => `\\${c}`);
  return picomatch(escaped, { dot: true, nocase: true });
}

export function compileIgnoreRules(rules: readonly DriftIgnore[]): IgnoreMatcher {
  const compiled = rules.map((rule) => ({
    kind: rule.kind,
    address: rule.address === undefined ? undefined : compileAddressGlob(rule.address),
  }));
  return {
    match(item) {
      return compiled.findIndex(
        (rule) =>
          (rule.kind === undefined || rule.kind === item.kind) &&
          (rule.address === undefined || rule.address(item.address.text)),
      );
    },
  };
}
