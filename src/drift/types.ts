// The drift report: what changed in Snyk behind git's back, as data. Renderers (text,
// markdown, json, html) turn it into strings; the json form is a stable machine format.
import type { Operation } from 'fast-json-patch';
import type { Address } from '../core/addresses.ts';
import type { Attribution } from '../core/audit/attribution.ts';
import type { DriftIgnore, Json, Kind, UnknownPart, Warning } from '../core/types.ts';

/**
 * - `added`: in Snyk, not in the file (added by hand; a plan would delete it).
 * - `removed`: in the file, missing in Snyk (removed by hand, or never applied).
 * - `changed`: in both, with different values.
 */
export type DriftChange = 'added' | 'removed' | 'changed';

export const DRIFT_CHANGES: readonly DriftChange[] = ['added', 'removed', 'changed'];

/** One field of a changed object: its JSON pointer, the file's value and Snyk's value. */
export interface DriftField {
  path: string;
  desired: Json | null;
  live: Json | null;
}

export interface DriftItem {
  kind: Kind;
  address: Address;
  change: DriftChange;
  /** The org the item belongs to (its slug), when it belongs to one. */
  org?: string;
  /** The value in Snyk (null when missing there). */
  live: Json | null;
  /** The value the file asks for (null when the file does not list it). */
  desired: Json | null;
  /** RFC 6902 patch from the desired value to the live value: what changed in Snyk. */
  patch: Operation[];
  fields: DriftField[];
  /** One sentence for humans. */
  message: string;
  /** Who changed it and when, when an audit event explains it (docs/commands.md#drift-from-the-audit-log). */
  changedBy?: Attribution;
}

/** How the audit log was used: `since` read only the scopes its events named; `full` read everything. */
export interface DriftAudit {
  mode: 'since' | 'full';
  /** Start of the audit window read (for attribution, or for the scopes). */
  from?: string;
  /** Events read; absent when the log was not read. */
  events?: number;
  /** Why a `--since` run read everything. */
  reason?: string;
  /** Why a full run names no one (its read of the log failed). */
  unnamed?: string;
}

export interface DriftCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface DriftSummary extends DriftCounts {
  total: number;
  byKind: Partial<Record<Kind, DriftCounts>>;
  ignored: number;
  unknown: number;
}

export interface DriftIgnoreRuleReport {
  rule: DriftIgnore;
  matched: number;
}

export interface DriftReport {
  formatVersion: 1;
  groupId: string;
  scannedAt: string;
  /** No drift in what could be read (unknown parts are reported separately). */
  inSync: boolean;
  summary: DriftSummary;
  items: DriftItem[];
  /** Parts of Snyk that could not be read: neither drift nor in sync. */
  unknown: UnknownPart[];
  /** Items left out by drift.ignore rules. */
  ignored: number;
  ignoreRules: DriftIgnoreRuleReport[];
  /** Plan warnings that are not drift (e.g. a slug Snyk would derive differently). */
  notes: Warning[];
  audit?: DriftAudit;
  /** Where the next `drift --since` starts: the end of this run's window. */
  nextCursor?: string;
}
