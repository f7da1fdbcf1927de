// Who `access USER` is about: which documented filter finds them, and which of the filtered
// results (or config entries) are that person. Snyk's filters are documented as "match the
// provided email", which may mean a partial match: the exact person is always picked here.
import type { LiveUser } from '../types.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter of a person-scoped read (mirrors the client's PersonFilter; the core imports no client). */
export type PersonQuery = { userId: string } | { email: string } | { username: string };

/** The filters to try for a reference, in order: an id, an email (then as a username), a username. */
export function personQueries(ref: string): PersonQuery[] {
  const value = ref.trim();
  if (UUID.test(value)) return [{ userId: value.toLowerCase() }];
  // Snyk usernames are often emails: an email that no one has may still be someone's username.
  if (value.includes('@')) return [{ email: value }, { username: value }];
  return [{ username: value }];
}

/** Whether a live user is the person `ref` names (email and username case-insensitively). */
export function isPerson(ref: string, user: LiveUser): boolean {
  const value = ref.trim().toLowerCase();
  return (
    user.id.toLowerCase() === value ||
    user.email?.toLowerCase() === value ||
    user.username?.toLowerCase() === value
  );
}

/** The person as far as they are known: a live user, or only the reference given. */
export interface Person {
  ref: string;
  user?: LiveUser;
}

/** Whether a config entry's `user` designates the person. */
export function entryRefersTo(entryUser: string, person: Person): boolean {
  if (person.user !== undefined) return isPerson(entryUser, person.user);
  return entryUser.trim().toLowerCase() === person.ref.trim().toLowerCase();
}

/** The email the person's invitations and provisions would be addressed to, if one is known. */
export function emailOf(person: Person): string | undefined {
  if (person.user?.email !== undefined) return person.user.email.toLowerCase();
  return person.ref.includes('@') ? person.ref.trim().toLowerCase() : undefined;
}

/** The first live user, among memberships' users, who is the person. */
export function pickPerson(ref: string, users: readonly LiveUser[]): LiveUser | undefined {
  return users.find((user) => isPerson(ref, user));
}
