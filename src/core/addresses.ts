// Stable, human-readable addresses of the objects a plan touches (docs/addresses.md). They are
// the identity of a change in the plan, in `dependsOn`, in drift ignores and in safety
// messages. On the wire (plan JSON, drift reports) an address is its text; in code it is read
// once, by `parseAddress`, into the scope it belongs to and the steps inside that scope, so
// no module keeps a regex of its own for `org[…]`, `group` or `tenant`.
import type { LiveUser } from './types.ts';

/** The top of an address: the group (the default), the tenant, or one org by slug. */
export type AddressScope = { kind: 'group' } | { kind: 'tenant' } | { kind: 'org'; slug: string };

/** One step inside a scope: `member[bob@acme.com]` is `{ name: 'member', key: 'bob@acme.com' }`. */
export interface AddressStep {
  name: string;
  key?: string;
}

export interface Address {
  /** The address as written: what the plan JSON and every message carry. */
  text: string;
  scope: AddressScope;
  steps: AddressStep[];
}

export function orgAddress(slug: string): string {
  return `org[${slug}]`;
}

export function integrationAddress(slug: string, type: string): string {
  return `${orgAddress(slug)}.integration[${type}]`;
}

export function webhookAddress(slug: string, url: string): string {
  return `${orgAddress(slug)}.webhook[${url}]`;
}

/** A repository an org monitors through an integration: `org[payments].import[github-cloud-app:acme/ledger]`. */
export function importAddress(slug: string, integrationType: string, repo: string): string {
  return `${orgAddress(slug)}.import[${integrationType}:${repo}]`;
}

export function groupServiceAccountAddress(name: string): string {
  return `group.service_account[${name}]`;
}

export function orgServiceAccountAddress(slug: string, name: string): string {
  return `${orgAddress(slug)}.service_account[${name}]`;
}

export function orgMemberAddress(slug: string, label: string): string {
  return `${orgAddress(slug)}.member[${label}]`;
}

export function groupMemberAddress(label: string): string {
  return `group.member[${label}]`;
}

export function tenantMemberAddress(label: string): string {
  return `tenant.member[${label}]`;
}

/** The member label: the user's email (lowercased) when known, else username, else id. */
export function labelUser(user: LiveUser): string {
  return user.email?.toLowerCase() ?? user.username ?? user.id;
}

/** The label of a user reference the live directory does not know. */
export function labelUserRef(ref: string): string {
  return ref.includes('@') ? ref.toLowerCase() : ref;
}

/** Splits on the dots between segments, not the dots inside brackets (emails, URLs). */
export function splitSegments(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of text) {
    if (char === '[') depth++;
    if (char === ']') depth--;
    if (char === '.' && depth === 0) {
      out.push(current);
      current = '';
    } else current += char;
  }
  out.push(current);
  return out;
}

// An org's slug runs to the first `]`: slugs never hold one, while the keys after it may.
const ORG_SCOPE = /^org\[([^\]]+)\]/;
const STEP = /^([^[]*)(?:\[(.*)\])?$/s;

function stepOf(segment: string): AddressStep {
  const match = STEP.exec(segment);
  const name = match?.[1] ?? segment;
  return match?.[2] === undefined ? { name } : { name, key: match[2] };
}

/**
 * The scope and steps of an address (or of a `--target` glob, which has the same shape). Any
 * text parses: what is neither `org[…]` nor `tenant…` is in the group, as group-level parts
 * (`group.member[…]`, `roles.org`) are.
 */
export function parseAddress(text: string): Address {
  const org = ORG_SCOPE.exec(text);
  if (org !== null) {
    const rest = text.slice(org[0].length);
    const steps = rest.startsWith('.') ? splitSegments(rest.slice(1)).map(stepOf) : [];
    return { text, scope: { kind: 'org', slug: org[1]! }, steps };
  }
  const [head = '', ...rest] = splitSegments(text);
  const kind = head === 'tenant' ? 'tenant' : 'group';
  const steps = kind === 'group' && head !== 'group' ? [head, ...rest] : rest;
  return { text, scope: { kind }, steps: steps.map(stepOf) };
}

/** The scope as an address of its own: `group`, `tenant` or `org[payments]`. */
export function scopeText(scope: AddressScope): string {
  return scope.kind === 'org' ? orgAddress(scope.slug) : scope.kind;
}

/** Sorts scopes as every output lists them: the group, the tenant, then orgs by slug. */
export function scopeSortKey(scope: AddressScope): string {
  return scope.kind === 'org' ? `2:${scope.slug}` : scope.kind === 'tenant' ? '1:tenant' : '0:group';
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
