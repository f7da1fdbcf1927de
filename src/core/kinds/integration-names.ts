// The integration settings that Snyk knows under two names: the v1 spec's, and the one real bodies
// carry (docs/configuration.md#integrations-notifications-and-webhooks). A file may use either; the
// change is written under the name the live settings use, so that what is written is what is read
// back.
import { isPlainObject } from '../json.ts';

/** Parent key → [spec name, real name]. */
const ALIASES: readonly [string, string, string][] = [
  ['manualRemediationPrs', 'usePatchRemediation', 'useManualPatchRemediation'],
];

/**
 * `wanted` with each spec name renamed to the real one, unless the live object uses the spec
 * name alone (or the file lists both names, a choice left to the user).
 */
export function alignSettingNames(wanted: Record<string, unknown>, live: unknown): Record<string, unknown> {
  let out = wanted;
  for (const [parent, specName, realName] of ALIASES) {
    const want = wanted[parent];
    if (!isPlainObject(want) || !(specName in want) || realName in want) continue;
    const have = isPlainObject(live) ? live[parent] : undefined;
    if (isPlainObject(have) && specName in have && !(realName in have)) continue;
    const { [specName]: value, ...rest } = want;
    out = { ...out, [parent]: { ...rest, [realName]: value } };
  }
  return out;
}
