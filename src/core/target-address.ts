// `--target ADDRESS` (docs/partial-plans.md): an address of the plan, or a glob of addresses, that
// a partial plan is limited to. `*` is the only wildcard: inside brackets it matches any run of
// characters but `]` (so `org[payments*]` and `org[*].member[bob@acme.com]` work), outside them any
// run of characters but `.` and brackets. A target selects the objects it names and everything
// inside them, as Terraform's -target does: `org[payments]` selects the org, its settings and its
// members.

import { inertText } from '../util/inert-text.ts';
import { type Address, orgAddress, splitSegments } from './addresses.ts';
import type { Change } from './types.ts';

/** The longest address taken (a webhook URL is the longest part one can have). */
export const MAX_ADDRESS_LENGTH = 2048;

/** An address as echoed in a message: inert, and cut short when long. */
export function shownAddress(text: string): string {
  // The ellipsis is ours, not the input's: added after the input is made inert, so it stays one.
  return text.length > 80 ? `${inertText(text.slice(0, 60))}…` : inertText(text);
}

/**
 * Why an address given on the command line cannot be one (undefined: it may be). Checked
 * before any pattern is built from it, so that no input can cost more than its length.
 */
export function addressInputProblem(
  flag: '--target' | '--replace' | '--rotate',
  text: string,
): string | undefined {
  if (text.length <= MAX_ADDRESS_LENGTH) return undefined;
  return `${flag} '${shownAddress(text)}' is ${text.length.toLocaleString('en-US')} characters long; an address has at most ${MAX_ADDRESS_LENGTH.toLocaleString('en-US')}`;
}

export type TargetKind = 'org' | 'group' | 'tenant' | 'user';

export interface Target {
  /** As the user wrote it (kept in the plan). */
  text: string;
  /** The top-level scope the address is in. */
  kind: TargetKind;
  /** Whether an address is this target or inside it. */
  matches(address: Address): boolean;
  /** For `org[GLOB]…`: whether an org slug is selected (fully or in part). */
  selectsOrg(slug: string): boolean;
  /** For `user[REF]`: the email, username or id. */
  user?: string;
}

const SEGMENT = /^([a-z_]+)(?:\[([^\]]+)\])?$/;
const TOP = new Set<TargetKind>(['org', 'group', 'tenant', 'user']);

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** `org[pay*].member[*]` → a regex source, with `*` bounded by its segment. */
function globSource(glob: string): string {
  let out = '';
  let inBracket = false;
  for (const char of glob) {
    if (char === '[') inBracket = true;
    if (char === ']') inBracket = false;
    if (char === '*') out += inBracket ? '[^\\]]*' : '[^.\\[\\]]*';
    else out += escapeRegex(char);
  }
  return out;
}

export type ParsedTargets = { ok: true; targets: Target[] } | { ok: false; message: string };

const EXAMPLES =
  "org[payments], 'org[payments*]', org[payments].member[bob@acme.com], group.member[alice@acme.com], tenant, 'user[alice@acme.com]'";

export function parseTarget(text: string): Target | string {
  const tooLong = addressInputProblem('--target', text);
  if (tooLong !== undefined) return tooLong;
  const shown = shownAddress(text);
  const trimmed = text.trim();
  const segments = splitSegments(trimmed);
  const parsed = segments.map((segment) => SEGMENT.exec(segment));
  const first = parsed[0];
  if (trimmed === '' || parsed.some((m) => m === null) || first === null || first === undefined) {
    return `--target '${shown}' is not an address; expected one such as ${EXAMPLES}`;
  }
  const kind = first[1] as TargetKind;
  if (!TOP.has(kind))
    return `--target '${shown}' starts with '${inertText(first[1] ?? '')}'; an address starts with org[…], group, tenant or user[…] (${EXAMPLES})`;
  if ((kind === 'org' || kind === 'user') && first[2] === undefined) {
    return `--target '${shown}': ${kind} needs a name in brackets, e.g. ${kind === 'org' ? 'org[payments]' : 'user[alice@acme.com]'}`;
  }
  if (kind === 'user' && (segments.length > 1 || first[2]!.includes('*'))) {
    return `--target '${shown}': a user target names one person, e.g. user[alice@acme.com]`;
  }
  const whole = new RegExp(`^${globSource(trimmed)}(?:\\..*)?$`, 'i');
  const orgGlob = kind === 'org' ? new RegExp(`^${globSource(first[2]!)}$`, 'i') : undefined;
  return {
    text: trimmed,
    kind,
    matches: (address) => whole.test(address.text),
    selectsOrg: (slug) => orgGlob?.test(slug) === true,
    ...(kind === 'user' ? { user: first[2]! } : {}),
  };
}

/** Parses every `--target`; a user target cannot be mixed with others (its reads differ). */
export function parseTargets(texts: readonly string[]): ParsedTargets {
  const targets: Target[] = [];
  for (const text of texts) {
    const target = parseTarget(text);
    if (typeof target === 'string') return { ok: false, message: target };
    targets.push(target);
  }
  const users = targets.filter((t) => t.kind === 'user');
  if (users.length > 0 && targets.length > 1) {
    return {
      ok: false,
      message: `--target '${shownAddress(users[0]!.text)}' plans one person's memberships and cannot be combined with other targets; run one plan per target`,
    };
  }
  return { ok: true, targets };
}

/** A target naming one address exactly and what is inside it (no glob: addresses are data). */
export function scopeTarget(address: Address): Target {
  return {
    text: address.text,
    kind: address.scope.kind,
    matches: (other) => other === address || other.text.startsWith(`${address.text}.`),
    selectsOrg: (other) => other === address.slug,
  };
}

/**
 * The scopes an apply's changes touched, as targets: each org a change is in (its reads are
 * re-read together), and each group or tenant change itself.
 */
export function touchedScopes(changes: readonly Change[]): Target[] {
  const scopes = new Set<Address>();
  for (const { address } of changes) {
    scopes.add(address.slug === undefined ? address : orgAddress(address.slug));
  }
  return [...scopes].map(scopeTarget);
}
