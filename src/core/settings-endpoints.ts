// Every REST settings endpoint the parts declare (org and group): what the emulator serves and
// what the registration test checks the client against.

import type { TObject } from '@sinclair/typebox';
import { GROUP_SETTINGS_PARTS } from './group-settings-parts.ts';
import { ORG_SETTINGS_PARTS } from './org-settings-parts.ts';
import type { RestSettingsEndpoint } from './port/settings-endpoint.ts';
import type { SettingsPartDeclaration } from './settings-parts.ts';

const tables: Record<string, SettingsPartDeclaration<TObject, unknown>>[] = [
  ORG_SETTINGS_PARTS,
  GROUP_SETTINGS_PARTS,
];

export const REST_SETTINGS_ENDPOINTS: readonly RestSettingsEndpoint[] = tables
  .flatMap((table) => Object.values(table))
  .flatMap((part) => (part.rest === undefined ? [] : [part.rest]));
