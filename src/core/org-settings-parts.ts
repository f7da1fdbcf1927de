// The org parts that are one settings object each (org settings, notification defaults),
// declared once: the part's key and its schema. The config format (an org's keys and
// `defaults.org`'s), the merge of `defaults.org`, the live and export shapes, the export's
// reads and its YAML are all derived from this table, so a new settings part is one line here
// plus its kind (README "Adding a resource kind").
import { type Static, Type as T, type TOptional } from '@sinclair/typebox';
import { NotificationsSchema } from './desired-integrations.ts';
import { OrgSettingsSchema } from './desired-parts.ts';
import { IAC_CUSTOM_RULES } from './group-settings-parts.ts';
import { emptyParts, partProperties, restSettingsPart, settingsPart } from './settings-parts.ts';
import type { Json } from './types.ts';

const SastSettingsSchema = T.Object(
  { enabled: T.Optional(T.Boolean({ description: 'Snyk Code (SAST) tests the projects of this org.' })) },
  { additionalProperties: false, description: 'Snyk Code of the org (REST `/orgs/{org_id}/settings/sast`).' },
);

const OrgIacSettingsSchema = T.Object(
  {
    customRules: T.Optional(
      T.Object(
        {
          ...IAC_CUSTOM_RULES,
          inheritFromParent: T.Optional(
            T.Literal('group', { description: "Use the group's custom rules instead of the org's own." }),
          ),
        },
        { additionalProperties: false, description: 'IaC custom rules of the org.' },
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'IaC settings of the org (REST `/orgs/{org_id}/settings/iac`).',
  },
);

/** In the order the parts appear in an org of the file and of the export. */
export const ORG_SETTINGS_PARTS = {
  settings: settingsPart(OrgSettingsSchema),
  sast: restSettingsPart(SastSettingsSchema, {
    template: '/orgs/{org_id}/settings/sast',
    type: 'sast_settings',
    write: 'PATCH',
    writeId: true,
    renames: { enabled: 'sast_enabled' },
    releases: { read: ['2023-06-22'], write: ['2023-08-24~experimental', '2023-09-11'] },
  }),
  iac: restSettingsPart(OrgIacSettingsSchema, {
    template: '/orgs/{org_id}/settings/iac',
    type: 'iac_settings',
    write: 'PATCH',
    releases: { read: ['2021-12-09'], write: ['2021-12-09'] },
  }),
  notifications: settingsPart<typeof NotificationsSchema, Record<string, Json>>(NotificationsSchema),
};

type Parts = typeof ORG_SETTINGS_PARTS;

/** The key of a settings part: the same in the file, in live state and in the export. */
export type OrgSettingsPart = keyof Parts;

export const ORG_SETTINGS_PART_NAMES = Object.keys(ORG_SETTINGS_PARTS) as OrgSettingsPart[];

type SchemaOf<P extends OrgSettingsPart> = Parts[P]['schema'];

/** The parts in a live org: present only when the file manages the part and it was read. */
export type LiveSettingsParts = { [P in OrgSettingsPart]?: NonNullable<Parts[P]['live']> };

/** The parts as the file (and the export) writes them. */
export type SettingsPartValues = { [P in OrgSettingsPart]?: Static<SchemaOf<P>> };

/** The parts as optional keys of an object schema (an org, `defaults.org`). */
export function settingsPartProperties(): { [P in OrgSettingsPart]: TOptional<SchemaOf<P>> } {
  return partProperties(ORG_SETTINGS_PARTS);
}

/** Every part, empty: a desired org that manages all of them (what an export reads). */
export function everySettingsPart(): { [P in OrgSettingsPart]: Static<SchemaOf<P>> } {
  return emptyParts(ORG_SETTINGS_PARTS);
}

/** Deep merge of a default settings object and an org's own; the org's values win, key by key. */
export function mergeSettingsPart<V extends object>(base: V, own: V | undefined): V {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(own ?? {})) {
    const prior = result[key];
    result[key] =
      prior !== null && typeof prior === 'object' && value !== null && typeof value === 'object'
        ? { ...prior, ...value }
        : value;
  }
  return result as V;
}
