// Stable, human-readable addresses of the objects a plan touches (contract §3). They are the
// identity of a change in the plan, in `dependsOn`, in drift ignores and in safety messages.
import type { LiveUser } from './types.ts';

export function orgAddress(slug: string): string {
  return `org[${slug}]`;
}

export function integrationAddress(slug: string, type: string): string {
  return `${orgAddress(slug)}.integration[${type}]`;
}

export function webhookAddress(slug: string, url: string): string {
  return `${orgAddress(slug)}.webhook[${url}]`;
}

/** The member label: the user's email (lowercased) when known, else username, else id. */
export function labelUser(user: LiveUser): string {
  return user.email?.toLowerCase() ?? user.username ?? user.id;
}

/** The label of a user reference the live directory does not know. */
export function labelUserRef(ref: string): string {
  return ref.includes('@') ? ref.toLowerCase() : ref;
}

/** The org slug an address belongs to (`org[payments].member[x]` → `payments`), if any. */
export function orgSlugOfAddress(address: string): string | undefined {
  const match = /^org\[([^\]]+)\]/.exec(address);
  return match?.[1];
}

/** `['orgs', 2, 'members', 0, 'role']` → `orgs[2].members[0].role`, for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
