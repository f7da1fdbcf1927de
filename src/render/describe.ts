// What every renderer shares: how a change reads in one line, the scope it belongs to (the
// group, the tenant, or one org), and the Terraform-like summary sentence.
import jsonpatch from 'fast-json-patch';
import { type Address, scopeSortKey, scopeText } from '../core/addresses.ts';
import { isPlainObject } from '../core/json.ts';
import type { Change, ChangeAction, Json, Plan, Summary } from '../core/types.ts';
import { inertText } from '../util/inert-text.ts';

export const SYMBOL = { create: '+', update: '~', delete: '-', replace: '-/+' } as const;

/** `2 to add, 1 to change, 0 to destroy`: the words of every plan count, in every output. */
export function countsPhrase(summary: Summary): string {
  return `${summary.create} to add, ${summary.update} to change, ${summary.delete} to destroy`;
}

export function summarySentence(summary: Summary): string {
  const { create, update, delete: destroy } = summary;
  if (create + update + destroy === 0) return 'No changes. Snyk matches the configuration.';
  return `Plan: ${countsPhrase(summary)}.`;
}

/** One entry as people read a plan: a change, or a delete and create of one address (--replace). */
export interface Entry {
  action: ChangeAction | 'replace';
  address: Address;
  details: string[];
  note?: string;
}

/** The changes of a scope as entries: a replaced object is one `-/+` entry where its create was. */
export function entriesOf(changes: readonly Change[]): Entry[] {
  const actions = new Map<Address, Set<ChangeAction>>();
  for (const c of changes) actions.set(c.address, (actions.get(c.address) ?? new Set()).add(c.action));
  const replaced = (c: Change) => {
    const set = actions.get(c.address)!;
    return set.has('delete') && set.has('create');
  };
  return changes.flatMap((change): Entry[] => {
    const note = change.note === undefined ? {} : { note: change.note };
    if (!replaced(change))
      return [{ action: change.action, address: change.address, details: describeChange(change), ...note }];
    if (change.action !== 'create') return [];
    return [{ action: 'replace', address: change.address, details: describeChange(change), ...note }];
  });
}

/** For a `--target` plan: what it covers, so nobody reads it as the whole account's plan. */
export function partialSentence(plan: Pick<Plan, 'partial' | 'targets'>): string | undefined {
  if (plan.partial !== true) return undefined;
  // Targets are what a user typed: shown, never obeyed.
  const targets = inertText((plan.targets ?? []).join(', '));
  return `Partial plan: only ${targets} (and what they depend on) was read and planned; the rest of the account was not compared.`;
}

export interface Scope {
  key: string;
  title: string;
  changes: Change[];
}

/** Changes grouped by scope: the group, the tenant, then each org by slug; plan order kept within. */
export function groupByScope(changes: readonly Change[]): Scope[] {
  const scopes = new Map<string, Scope>();
  for (const change of changes) {
    const at = change.address.scope;
    const key = scopeSortKey(at);
    const title = scopeText(at);
    const scope = scopes.get(key) ?? { key, title, changes: [] };
    scope.changes.push(change);
    scopes.set(key, scope);
  }
  return [...scopes.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function countActions(changes: readonly Change[]): Summary {
  const summary: Summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}

/**
 * A value as people read it: text bare, a list as `[a, b]`, a tag as `key:value` (as addresses
 * write tags), an object as `{a: 1, b.c: 2}`.
 */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 2 && typeof value.key === 'string' && typeof value.value === 'string')
      return `${value.key}:${value.value}`;
    if (keys.length > 0) return `{${flat(value as Json)}}`;
  }
  return JSON.stringify(value ?? null);
}

/** `requestAccess.enabled: false` for `{ requestAccess: { enabled: false } }`: one pair per leaf. */
function leaves(value: unknown, at: readonly string[]): [path: string[], value: unknown][] {
  if (!isPlainObject(value) || Object.keys(value).length === 0) return [[[...at], value]];
  return Object.entries(value).flatMap(([key, v]) => leaves(v, [...at, key]));
}

function flat(value: Json | null): string {
  if (!isPlainObject(value)) return value === null ? '' : show(value);
  return leaves(value, [])
    .map(([path, v]) => `${path.join('.')}: ${show(v)}`)
    .join(', ');
}

const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Lines describing what changes, e.g. `role: Org Collaborator → Org Admin`. */
export function describeChange(change: Change): string[] {
  if (change.action === 'create') return [flat(change.after)].filter((line) => line !== '');
  if (change.action === 'delete') return [flat(change.before)].filter((line) => line !== '');
  const before = change.before ?? {};
  return change.patch.flatMap((op) => {
    const at = op.path.slice(1).split('/').map(unescapePointer);
    // An object set at once reads as its leaves, each with what it was.
    const set: [string[], unknown][] = 'value' in op ? leaves(op.value, at) : [[at, undefined]];
    const lines = set.flatMap(([path, value]) => {
      const old = safeGet(before, `/${path.map(escapePointer).join('/')}`);
      const now = 'value' in op ? show(value) : '(removed)';
      if (old === undefined) return [`${path.join('.')}: ${now}`];
      // Leaves of a replaced object that keep their value are not news.
      return show(old) === now ? [] : [`${path.join('.')}: ${show(old)} → ${now}`];
    });
    return lines.length > 0
      ? lines
      : [
          `${at.join('.')}: ${show(safeGet(before, op.path))} → ${'value' in op ? show(op.value) : '(removed)'}`,
        ];
  });
}

function safeGet(document: unknown, pointer: string): unknown {
  try {
    return jsonpatch.getValueByPointer(document, pointer);
  } catch {
    return undefined;
  }
}
