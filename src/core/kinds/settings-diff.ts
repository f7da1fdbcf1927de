// Settings are diffed as JSON, limited to the keys the file manages: live settings are
// projected onto the desired key set, so unmanaged live keys never show up in a patch.

import type { Operation } from 'fast-json-patch';
import jsonpatch from 'fast-json-patch';
import { projectOnto, toJson } from '../json.ts';
import type { Json } from '../types.ts';

export interface SettingsDiff {
  before: Json;
  after: Json;
  patch: Operation[];
}

/** The managed subset's diff, or undefined when live already matches. */
export function diffSettings(desired: object, live: unknown): SettingsDiff | undefined {
  const after = toJson(desired) as Record<string, Json>;
  const before = projectOnto(live, after);
  const patch = jsonpatch.compare(before, after);
  return patch.length === 0 ? undefined : { before, after, patch };
}
