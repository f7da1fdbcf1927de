// buildDriftReport: a plan read backwards. The plan says what apply would do to make Snyk
// match the file; drift says what happened in Snyk: a plan `create` is something removed in
// Snyk, a `delete` something added there by hand, an `update` something changed.
import jsonpatch, { type Operation } from 'fast-json-patch';
import { Address, orgAddress } from '../core/addresses.ts';
import { KIND_MODULES, KINDS } from '../core/kinds/index.ts';
import type { WarningCode } from '../core/plan-codes.ts';
import {
  type Change,
  type DriftIgnore,
  type Json,
  KIND_NAMES,
  type Kind,
  type LiveState,
  type Plan,
  type Warning,
} from '../core/types.ts';
import { compileIgnoreRules } from './ignore.ts';
import type { MissingObject } from './prepare.ts';
import type { DriftChange, DriftCounts, DriftField, DriftItem, DriftReport, DriftSummary } from './types.ts';

export interface DriftOptions {
  now: Date;
  ignore: readonly DriftIgnore[];
  /** Objects found missing before planning (see prepare.ts): removed in Snyk. */
  missing?: readonly MissingObject[];
}

/** An unreadable org as a whole (not one of its parts): nothing in it is drift. */
const isWholeOrg = ({ scope, steps }: Address) => scope.kind === 'org' && steps.length === 0;

const CHANGE_OF_ACTION = { create: 'removed', delete: 'added', update: 'changed' } as const;

/**
 * Plan warnings that are drift: things the file lists and Snyk lacks, which the API cannot
 * create (so the plan cannot carry a change for them). Each kind names its own.
 */
const DRIFT_WARNINGS: ReadonlyMap<WarningCode, Kind> = new Map(
  KINDS.flatMap((kind) => (kind.driftWarnings ?? []).map((code): [WarningCode, Kind] => [code, kind.kind])),
);

export function buildDriftReport(
  plan: Pick<Plan, 'groupId' | 'changes' | 'warnings'>,
  live: Pick<LiveState, 'unknown'>,
  options: DriftOptions,
): DriftReport {
  const candidates: DriftItem[] = [
    ...plan.changes.map(itemOfChange),
    ...plan.warnings.flatMap((warning) => itemOfWarning(warning)),
    ...(options.missing ?? []).map(itemOfMissing),
  ];
  const matcher = compileIgnoreRules(options.ignore);
  const matched = options.ignore.map(() => 0);
  const items: DriftItem[] = [];
  const unknownOrgs = new Set(live.unknown.map((u) => Address.of(u.address)).filter(isWholeOrg));
  for (const item of candidates) {
    if (item.org !== undefined && unknownOrgs.has(orgAddress(item.org))) continue;
    const rule = matcher.match(item);
    if (rule === -1) items.push(item);
    else matched[rule] = (matched[rule] ?? 0) + 1;
  }
  items.sort(compareItems);
  const ignored = matched.reduce((a, b) => a + b, 0);
  const unknown = [...live.unknown].sort((a, b) => a.address.localeCompare(b.address));
  return {
    formatVersion: 1,
    groupId: plan.groupId,
    scannedAt: options.now.toISOString(),
    inSync: items.length === 0,
    summary: summarize(items, ignored, unknown.length),
    items,
    unknown,
    ignored,
    ignoreRules: options.ignore.map((rule, index) => ({ rule, matched: matched[index] ?? 0 })),
    notes: plan.warnings.filter((warning) => !DRIFT_WARNINGS.has(warning.code)),
  };
}

function itemOfChange(change: Change): DriftItem {
  const kind = change.kind;
  const driftChange = CHANGE_OF_ACTION[change.action];
  const desired = change.after;
  const live = change.before;
  const patch = driftChange === 'changed' ? jsonpatch.compare(asDoc(desired), asDoc(live)) : [];
  return withOrg(change.address, {
    kind,
    address: change.address,
    change: driftChange,
    live,
    desired,
    patch,
    fields: fieldsOf(patch, desired, live),
    // An expired entry is not a hand edit: say why the membership should go.
    message:
      change.expiredAt === undefined
        ? describe(kind, change.address.text, driftChange)
        : `The ${KIND_MODULES[kind].noun.one} ${change.address.text} is still in Snyk, but its entry expired. ${change.note ?? ''}`.trim(),
  });
}

function itemOfMissing(missing: MissingObject): DriftItem {
  return withOrg(missing.address, {
    kind: missing.kind,
    address: missing.address,
    change: 'removed',
    live: null,
    desired: missing.desired,
    patch: [],
    fields: [],
    message: describe(missing.kind, missing.address.text, 'removed'),
  });
}

function itemOfWarning(warning: Warning): DriftItem[] {
  const kind = DRIFT_WARNINGS.get(warning.code);
  if (kind === undefined || warning.address === undefined) return [];
  return [
    withOrg(warning.address, {
      kind,
      address: warning.address,
      change: 'removed',
      live: null,
      desired: null,
      patch: [],
      fields: [],
      message: warning.message,
    }),
  ];
}

function withOrg(address: Address, item: DriftItem): DriftItem {
  return address.slug === undefined ? item : { ...item, org: address.slug };
}

function describe(kind: Kind, address: string, change: DriftChange): string {
  const what = `The ${KIND_MODULES[kind].noun.one} ${address}`;
  if (change === 'added') return `${what} exists in Snyk but not in the file (added by hand).`;
  if (change === 'removed')
    return `${what} is in the file but missing in Snyk (removed by hand, or never applied).`;
  return `${what} differs in Snyk from the file (changed by hand).`;
}

function asDoc(value: Json | null): object {
  return typeof value === 'object' && value !== null ? value : { value };
}

/** The fields a patch touches, each with the file's and Snyk's value at that pointer. */
function fieldsOf(patch: Operation[], desired: Json | null, live: Json | null): DriftField[] {
  return patch.map((op) => ({
    path: op.path,
    desired: valueAt(asDoc(desired), op.path),
    live: valueAt(asDoc(live), op.path),
  }));
}

function valueAt(doc: object, pointer: string): Json | null {
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return (node ?? null) as Json | null;
}

const CHANGE_ORDER: Record<DriftChange, number> = { removed: 0, changed: 1, added: 2 };

/** Group-wide items first, then by org, address and kind: stable across runs. */
function compareItems(a: DriftItem, b: DriftItem): number {
  const orgA = a.org ?? '';
  const orgB = b.org ?? '';
  if (orgA !== orgB) return orgA < orgB ? -1 : 1;
  if (a.address !== b.address) return a.address < b.address ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change];
}

function summarize(items: readonly DriftItem[], ignored: number, unknown: number): DriftSummary {
  const counted: Partial<Record<Kind, DriftCounts>> = {};
  const totals: DriftCounts = { added: 0, removed: 0, changed: 0 };
  for (const item of items) {
    totals[item.change] += 1;
    const counts = counted[item.kind] ?? { added: 0, removed: 0, changed: 0 };
    counts[item.change] += 1;
    counted[item.kind] = counts;
  }
  // Kinds in their canonical order, so the JSON form is stable.
  const byKind: Partial<Record<Kind, DriftCounts>> = {};
  for (const kind of KIND_NAMES) {
    const counts = counted[kind];
    if (counts !== undefined) byKind[kind] = counts;
  }
  return { total: items.length, ...totals, byKind, ignored, unknown };
}
