// The group parts that are one settings object each (IaC custom rules, the fix-PR template),
// declared once like the org's (org-settings-parts.ts): the group's keys in the file, the live
// and export shapes and the export's reads are derived from this table, and each part's REST
// endpoint is read and written by the client's generic settings calls.
import { type Static, Type as T } from '@sinclair/typebox';
import { deletableRestSettingsPart, emptyParts, partProperties, restSettingsPart } from './settings-parts.ts';

const strict = { additionalProperties: false } as const;

/** The custom-rules keys a group and an org share (REST IaC settings, `custom_rules`). */
export const IAC_CUSTOM_RULES = {
  isEnabled: T.Optional(T.Boolean({ description: 'Whether IaC custom rules are used.' })),
  ociRegistryUrl: T.Optional(
    T.String({
      minLength: 1,
      description: 'The URL of the OCI registry that holds the custom rules bundle.',
    }),
  ),
  ociRegistryTag: T.Optional(
    T.String({ minLength: 1, description: 'The tag of the custom rules bundle in the OCI registry.' }),
  ),
};

const GroupIacSchema = T.Object(
  {
    customRules: T.Optional(
      T.Object(IAC_CUSTOM_RULES, { ...strict, description: 'IaC custom rules of the group.' }),
    ),
  },
  { ...strict, description: 'IaC settings of the group (REST `/groups/{group_id}/settings/iac`).' },
);

const PullRequestTemplateSchema = T.Object(
  {
    title: T.Optional(T.String({ minLength: 1, description: "The title of Snyk's fix pull requests." })),
    commitMessage: T.Optional(
      T.String({ minLength: 1, description: "The commit message of Snyk's fix pull requests." }),
    ),
    description: T.Optional(
      T.String({ minLength: 1, description: "The description (body) of Snyk's fix pull requests." }),
    ),
  },
  {
    ...strict,
    description:
      "The group's template for Snyk's fix pull requests (REST `/groups/{group_id}/settings/pull_request_template`); `null` deletes it, absent leaves it unmanaged.",
  },
);

/** In the order the parts appear in the group of the file and of the export. */
export const GROUP_SETTINGS_PARTS = {
  iac: restSettingsPart(GroupIacSchema, {
    template: '/groups/{group_id}/settings/iac',
    type: 'iac_settings',
    write: 'PATCH',
    releases: { read: ['2021-12-09'], write: ['2021-12-09'] },
  }),
  pullRequestTemplate: deletableRestSettingsPart(PullRequestTemplateSchema, {
    template: '/groups/{group_id}/settings/pull_request_template',
    type: 'pull_request_template',
    write: 'POST',
    releases: {
      read: ['2023-10-13~beta', '2024-05-08'],
      write: ['2023-10-13~beta', '2024-05-08'],
      delete: ['2023-10-13~beta', '2024-05-08'],
    },
  }),
};

type Parts = typeof GROUP_SETTINGS_PARTS;

export type GroupSettingsPart = keyof Parts;

export const GROUP_SETTINGS_PART_NAMES = Object.keys(GROUP_SETTINGS_PARTS) as GroupSettingsPart[];

type Properties = ReturnType<typeof partProperties<Parts>>;

/** The parts in the live group: present only when the file manages the part and it was read. */
export type LiveGroupSettingsParts = { [P in GroupSettingsPart]?: Parts[P]['live'] };

/** The parts as the file (and the export) writes them. */
export type GroupSettingsPartValues = { [P in GroupSettingsPart]?: Static<Properties[P]> };

/** The parts as optional keys of the group's schema. */
export function groupSettingsPartProperties(): { [P in GroupSettingsPart]: Properties[P] } {
  return partProperties(GROUP_SETTINGS_PARTS);
}

/** Every part, empty: a desired group that manages all of them (what an export reads). */
export function everyGroupSettingsPart() {
  return emptyParts(GROUP_SETTINGS_PARTS);
}
