// One read of a named part of live state, as a kind declares it. Reads with the same address
// are one request: kinds that need the same data (the org roles, the group's memberships as
// the user directory) declare it each, and the reader fetches it once and gives it to each.

import { type Address, GROUP, orgAddress } from '../addresses.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveState } from '../types.ts';

export type Intern = (value: string) => string;

export interface LiveRead {
  /** The part of live state, e.g. `org[payments].members`: names it in errors and unknown parts. */
  address: Address;
  fetch(client: SnykClient): Promise<unknown>;
  /** Puts the value in place; `intern` shares one string per repeated id (thousands of orgs). */
  use(value: unknown, live: LiveState, intern: Intern): void;
  /**
   * Essential reads fail even a tolerant (drift) read: without them nothing can be compared.
   * When several kinds declare one address, it is essential only if all of them say so.
   */
  essential: boolean;
}

export function liveRead<V>(
  address: Address,
  fetch: (client: SnykClient) => Promise<V>,
  use: (value: V, live: LiveState, intern: Intern) => void,
  options: { essential?: boolean } = {},
): LiveRead {
  return {
    address,
    fetch,
    use: use as LiveRead['use'],
    essential: options.essential === true,
  };
}

/**
 * The read of an org part the file lists (`want[part]`), stored as read in the live org's field
 * of the same name and addressed `org[slug].<part>`; none when the file does not list it.
 */
export function orgPartRead<P extends keyof DesiredOrg & keyof LiveOrg>(
  want: DesiredOrg,
  org: LiveOrg,
  part: P,
  fetch: (client: SnykClient, orgId: string) => Promise<LiveOrg[P]>,
): LiveRead[] {
  return orgFieldRead(want, part, org, part, fetch);
}

/** The same where the file's key and the live field differ: `imports` are read as `targets`. */
export function orgFieldRead<F extends keyof LiveOrg>(
  want: DesiredOrg,
  listed: keyof DesiredOrg,
  org: LiveOrg,
  field: F,
  fetch: (client: SnykClient, orgId: string) => Promise<LiveOrg[F]>,
): LiveRead[] {
  if (want[listed] === undefined) return [];
  return [
    liveRead(
      orgAddress(want.slug).at(field),
      (client) => fetch(client, org.id),
      (value) => {
        org[field] = value;
      },
    ),
  ];
}

type GroupPart = keyof DesiredState['group'] & keyof LiveState['group'];

/** The same for a part of the group (`group.<part>`). */
export function groupPartRead<P extends GroupPart>(
  desired: DesiredState,
  part: P,
  fetch: (client: SnykClient, groupId: string) => Promise<LiveState['group'][P]>,
): LiveRead[] {
  if (desired.group[part] === undefined) return [];
  return [
    liveRead(
      GROUP.at(part),
      (client) => fetch(client, desired.group.id),
      (value, live) => {
        live.group[part] = value;
      },
    ),
  ];
}
