// What every renderer shares: how a change reads in one line, the scope it belongs to (the
// group, the tenant, or one org), and the Terraform-like summary sentence.
import jsonpatch from 'fast-json-patch';
import { orgSlugOfAddress } from '../core/addresses.ts';
import { isPlainObject } from '../core/json.ts';
import type { Change, Json, Plan, Summary } from '../core/types.ts';
import { inertText } from '../util/inert-text.ts';

export const SYMBOL = { create: '+', update: '~', delete: '-' } as const;

export function summarySentence(summary: Summary): string {
  const { create, update, delete: destroy } = summary;
  if (create + update + destroy === 0) return 'No changes. Snyk matches the configuration.';
  return `Plan: ${create} to add, ${update} to change, ${destroy} to destroy.`;
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
    const slug = orgSlugOfAddress(change.address);
    const key =
      slug !== undefined ? `2:${slug}` : change.address.startsWith('tenant') ? '1:tenant' : '0:group';
    const title = slug !== undefined ? `org[${slug}]` : key === '1:tenant' ? 'tenant' : 'group';
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

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

function flat(value: Json | null): string {
  if (!isPlainObject(value)) return value === null ? '' : show(value);
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${show(v)}`)
    .join(', ');
}

/** Lines describing what changes, e.g. `role: Org Collaborator → Org Admin`. */
export function describeChange(change: Change): string[] {
  if (change.action === 'create') return [flat(change.after)].filter((line) => line !== '');
  if (change.action === 'delete') return [flat(change.before)].filter((line) => line !== '');
  const before = change.before ?? {};
  return change.patch.map((op) => {
    const path = op.path.slice(1).split('/').join('.');
    const old = op.op === 'add' ? undefined : safeGet(before, op.path);
    const value = 'value' in op ? show(op.value) : '(removed)';
    return old === undefined ? `${path}: ${value}` : `${path}: ${show(old)} → ${value}`;
  });
}

function safeGet(document: unknown, pointer: string): unknown {
  try {
    return jsonpatch.getValueByPointer(document, pointer);
  } catch {
    return undefined;
  }
}
