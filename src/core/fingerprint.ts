// The fingerprint of the live state a plan was computed from: `apply --plan` refuses when the
// live state it re-reads no longer has the same one. Order of what was read does not matter.
import { createHash } from 'node:crypto';
import { canonicalJson } from './json.ts';
import type { LiveState } from './types.ts';

export function fingerprintLive(live: LiveState): string {
  const canonical = canonicalJson(live, { sortArrays: true });
  return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}
