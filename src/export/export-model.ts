// From live state to the config that describes it, as plain data with the ids kept aside for
// comments. Pure. Each kind writes its own part (in registry order: an org before its parts);
// everything is sorted so that exporting twice gives the same bytes.
import { createExportDraft, type ExportModel } from '../core/export-draft.ts';
import { KINDS } from '../core/kinds/index.ts';
import type { LiveState } from '../core/types.ts';

export type { ExportMember, ExportModel, ExportOrg } from '../core/export-draft.ts';

export function buildExportModel(live: LiveState): ExportModel {
  const draft = createExportDraft(live);
  for (const kind of KINDS) kind.export(live, draft);
  return draft.model;
}
