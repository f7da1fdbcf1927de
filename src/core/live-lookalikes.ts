// Whether a person about to be invited or provisioned looks like a Snyk user of the group
// (docs/safety.md#lookalike-people): the config check compares the names a file lists, this one the
// names Snyk knows, so `аlice@acme.com` written in one script is not invited as alice@acme.com.
import { escapeNonAscii, skeleton } from '../util/lookalike.ts';
import type { LiveState } from './types.ts';

const indexes = new WeakMap<LiveState, Map<string, string>>();

/** The live users' emails and usernames by skeleton (built once per live state). */
function indexOf(live: LiveState): Map<string, string> {
  let index = indexes.get(live);
  if (index === undefined) {
    index = new Map();
    for (const user of Object.values(live.users))
      for (const name of [user.email, user.username])
        if (name !== undefined && !index.has(skeleton(name))) index.set(skeleton(name), name);
    indexes.set(live, index);
  }
  return index;
}

/** The live user `name` looks like without being them, shown escaped; undefined if none. */
export function liveLookalikeOf(live: LiveState, name: string): string | undefined {
  const known = indexOf(live).get(skeleton(name));
  return known === undefined || known.toLowerCase() === name.toLowerCase()
    ? undefined
    : escapeNonAscii(known);
}
