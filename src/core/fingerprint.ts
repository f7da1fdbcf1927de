// The fingerprint of the live state a plan was computed from: `apply --plan` refuses when the
// live state it re-reads no longer has the same one. Order of what was read does not matter.
import { createHash } from 'node:crypto';
import { writeCanonicalJson } from './json.ts';
import type { LiveState } from './types.ts';

/** How much canonical text is hashed at once: few calls into the hash, no giant string. */
const CHUNK = 64 * 1024;

/** The sha256 of the live state's canonical JSON (arrays sorted), hashed as it is written. */
export function fingerprintLive(live: LiveState): string {
  const hash = createHash('sha256');
  let pending = '';
  writeCanonicalJson(live, true, (piece) => {
    pending += piece;
    if (pending.length >= CHUNK) {
      hash.update(pending);
      pending = '';
    }
  });
  return `sha256:${hash.update(pending).digest('hex')}`;
}
