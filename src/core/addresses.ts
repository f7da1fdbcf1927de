// Stable, human-readable addresses of the objects a plan touches (docs/addresses.md). They are
// the identity of a change in the plan, in `dependsOn`, in drift ignores and in safety
// messages. On the wire (plan JSON, drift reports) an address is its text; in code it is an
// `Address`, whose text is parsed once into the scope it belongs to and the steps inside that
// scope, so no module re-reads the text or keeps a regex of its own for `org[…]`, `group` or
// `tenant` (as Terraform's `addrs` package does).
import type { LiveUser } from './types.ts';

// An org's slug runs to the first `]`: slugs never hold one, while the keys after it may.
const ORG_SCOPE = /^org\[([^\]]+)\]/;
const STEP = /^([^[]*)(?:\[(.*)\])?$/s;

/** The top of an address: the group (the default), the tenant, or one org by slug. */
export type AddressScope = { kind: 'group' } | { kind: 'tenant' } | { kind: 'org'; slug: string };

/** One step inside a scope: `member[bob@acme.com]` is `{ name: 'member', key: 'bob@acme.com' }`. */
export interface AddressStep {
  name: string;
  key?: string;
}

/**
 * An address as a value: its text and, parsed from it once (when first asked), its scope and
 * steps: most addresses of a large plan are only compared and written. There is one
 * `Address` per text (`Address.of` keeps those it has made), so two addresses of the same
 * object are the same value: `===`, `Map` and `Set` compare them as their text. Written out
 * (`${address}`, `JSON.stringify`) it is its text; `canonicalJson`, which asks no value for its
 * toJSON (it runs over the live state of thousands of orgs), writes it as `{"text": …}`: still
 * one form per text, and the only public field stays `text`.
 */
export class Address {
  static readonly #made = new Map<string, Address>();

  /**
   * The address of a text (or of a `--target` glob, which has the same shape). Any text parses:
   * what is neither `org[…]` nor `tenant…` is in the group, as group-level parts
   * (`group.member[…]`, `roles.org`) are.
   */
  static of(text: string): Address {
    let address = Address.#made.get(text);
    if (address === undefined) {
      address = new Address(text);
      Address.#made.set(text, address);
    }
    return address;
  }

  #parsed: { scope: AddressScope; steps: readonly AddressStep[] } | undefined;

  private constructor(readonly text: string) {}

  /** The group, the tenant, or the org the address is in. */
  get scope(): AddressScope {
    this.#parsed ??= parse(this.text);
    return this.#parsed.scope;
  }

  /** The steps inside the scope. */
  get steps(): readonly AddressStep[] {
    this.#parsed ??= parse(this.text);
    return this.#parsed.steps;
  }

  /** The address one step inside this one: `org[payments]` → `org[payments].member[bob@acme.com]`. */
  at(name: string, key?: string): Address {
    return Address.of(`${this.text}.${key === undefined ? name : `${name}[${key}]`}`);
  }

  /** The slug of the org the address is in, if it is in one. */
  get slug(): string | undefined {
    return this.scope.kind === 'org' ? this.scope.slug : undefined;
  }

  toString(): string {
    return this.text;
  }

  toJSON(): string {
    return this.text;
  }
}

export function orgAddress(slug: string): Address {
  return Address.of(`org[${slug}]`);
}

/** The group's own address, under which its parts sit (`group.settings`, `group.member[…]`). */
export const GROUP: Address = Address.of('group');

/** The tenant's own address. */
export const TENANT: Address = Address.of('tenant');

export function integrationAddress(slug: string, type: string): Address {
  return orgAddress(slug).at('integration', type);
}

export function webhookAddress(slug: string, url: string): Address {
  return orgAddress(slug).at('webhook', url);
}

/** A repository an org monitors through an integration: `org[payments].import[github-cloud-app:acme/ledger]`. */
export function importAddress(slug: string, integrationType: string, repo: string): Address {
  return orgAddress(slug).at('import', `${integrationType}:${repo}`);
}

export function groupServiceAccountAddress(name: string): Address {
  return GROUP.at('service_account', name);
}

export function orgServiceAccountAddress(slug: string, name: string): Address {
  return orgAddress(slug).at('service_account', name);
}

export function orgMemberAddress(slug: string, label: string): Address {
  return orgAddress(slug).at('member', label);
}

export function groupMemberAddress(label: string): Address {
  return GROUP.at('member', label);
}

export function tenantMemberAddress(label: string): Address {
  return TENANT.at('member', label);
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

function stepOf(segment: string): AddressStep {
  const match = STEP.exec(segment);
  const name = match?.[1] ?? segment;
  return match?.[2] === undefined ? { name } : { name, key: match[2] };
}

function parse(text: string): { scope: AddressScope; steps: AddressStep[] } {
  const org = ORG_SCOPE.exec(text);
  if (org !== null) {
    const rest = text.slice(org[0].length);
    const steps = rest.startsWith('.') ? splitSegments(rest.slice(1)).map(stepOf) : [];
    return { scope: { kind: 'org', slug: org[1]! }, steps };
  }
  const [head = '', ...rest] = splitSegments(text);
  const kind = head === 'tenant' ? 'tenant' : 'group';
  const steps = kind === 'group' && head !== 'group' ? [head, ...rest] : rest;
  return { scope: { kind }, steps: steps.map(stepOf) };
}

/** The scope as an address of its own: `group`, `tenant` or `org[payments]`. */
export function scopeText(scope: AddressScope): string {
  return scope.kind === 'org' ? `org[${scope.slug}]` : scope.kind;
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

/** Orders addresses by their text, code unit by code unit: the same order on every machine. */
export function compareAddresses(a: Address, b: Address): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}
