// Reality options from text (the CLI's `--reality`, $SNYK_EMULATOR_REALITY) and from JSON (the
// control surface). Text: `all`, `none`, or a comma list of switches, each optionally with
// settings (`createdOrgLag:requests=3`, `rateLimitHeaders:perSecond=10:perHour=5000`,
// `v1Gone:endpoints=POST /v1/org|GET /v1/org/{orgId}/members`, `linkForms:/orgs=absolute`);
// `-name` switches one off again (`all,-v1Gone`).
import { REALITY_ALL, REALITY_SWITCHES, type RealityOptions, type RealitySwitch } from './options.ts';

export type RealityValidation = { ok: true; options: RealityOptions } | { ok: false; message: string };

type Kind = 'boolean' | 'number' | 'string' | 'strings' | 'forms';

const SETTINGS: Record<RealitySwitch, Record<string, Kind>> = {
  membershipTopLevel: { org: 'boolean', group: 'boolean' },
  groupMembershipConflict: { defaultMembership: 'boolean', defaultRole: 'string' },
  orgCreateMinimal: {},
  createdOrgLag: { requests: 'number', ms: 'number' },
  errorDetails: {},
  linkForms: { endpoints: 'forms' },
  lastPageSelf: { selfEndpoints: 'strings' },
  rateLimitHeaders: { perSecond: 'number', perHour: 'number' },
  rateLimitNoRetryAfter: {},
  v1Gone: { endpoints: 'strings' },
  integrationSettingsReal: {},
  appIntegrations: {},
  webhookSecretMinimum: {},
  tagDeleteForbidden: {},
  notificationPutEcho: {},
  projectTagValues: {},
  ignorePostAppends: {},
  importLocationForms: {},
  githubImportPersonalOnly: {},
  importLogsProjectUrl: {},
  importBranchOptional: {},
  targetsRealNames: {},
  auditUserIds: {},
  serviceAccountDuplicate500: {},
  sastUnsetEmpty: {},
};

const FORMS = new Set(['relative', 'rest', 'absolute']);
const LIST = REALITY_SWITCHES.join(', ');

function isSwitch(name: string): name is RealitySwitch {
  return (REALITY_SWITCHES as readonly string[]).includes(name);
}

function checkValue(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'string':
      return typeof value === 'string' && value !== '';
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'forms':
      return (
        value !== null &&
        typeof value === 'object' &&
        Object.values(value).every((v) => typeof v === 'string' && FORMS.has(v))
      );
  }
}

/** Checks a JSON value as reality options: 'all', or an object of known switches and settings. */
export function validateReality(value: unknown): RealityValidation {
  if (value === 'all') return { ok: true, options: { ...REALITY_ALL } };
  if (value === null || value === undefined) return { ok: true, options: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: `reality must be 'all' or an object of switches (${LIST})` };
  }
  for (const [name, setting] of Object.entries(value)) {
    if (!isSwitch(name))
      return { ok: false, message: `unknown reality switch '${name}' (switches: ${LIST})` };
    if (typeof setting === 'boolean') continue;
    const kinds = SETTINGS[name];
    if (setting === null || typeof setting !== 'object' || Object.keys(kinds).length === 0) {
      const shape = Object.keys(kinds).length === 0 ? 'true or false' : 'true, false or an object';
      return { ok: false, message: `reality switch '${name}' must be ${shape}` };
    }
    for (const [key, v] of Object.entries(setting)) {
      const kind = kinds[key];
      if (kind === undefined) {
        return {
          ok: false,
          message: `'${name}' has no setting '${key}' (settings: ${Object.keys(kinds).join(', ')})`,
        };
      }
      if (!checkValue(kind, v)) return { ok: false, message: `'${name}.${key}' must be ${describe(kind)}` };
    }
  }
  return { ok: true, options: value as RealityOptions };
}

function describe(kind: Kind): string {
  if (kind === 'forms') return "an object of endpoint → 'relative' | 'rest' | 'absolute'";
  if (kind === 'strings') return 'a list of strings';
  return kind === 'number' ? 'a number ≥ 0' : `a ${kind}`;
}

function settingValue(kind: Kind | undefined, raw: string): unknown {
  if (kind === 'number') return raw.trim() === '' ? Number.NaN : Number(raw);
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (kind === 'strings') return raw.split('|').map((s) => s.trim());
  return raw;
}

/** One `name[:key=value…]` item as a switch and its setting. */
function parseItem(item: string): [string, unknown] {
  const [name = '', ...pairs] = item.split(':');
  if (pairs.length === 0) return [name, true];
  const kinds: Record<string, Kind> = isSwitch(name) ? SETTINGS[name] : {};
  const setting: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`reality setting '${pair}' of '${name}' must be key=value`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    if (name === 'linkForms' && key.startsWith('/')) {
      setting.endpoints = { ...(setting.endpoints as Record<string, string> | undefined), [key]: raw };
    } else setting[key] = settingValue(kinds[key], raw);
  }
  return [name, setting];
}

/** Parses the text form; throws an Error naming the bad part (the CLI turns it into a usage error). */
export function parseReality(text: string): RealityOptions {
  const options: Record<string, unknown> = {};
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '' || item === 'none' || item === 'off') continue;
    if (item === 'all') Object.assign(options, REALITY_ALL);
    else if (item.startsWith('-')) {
      if (!(REALITY_SWITCHES as readonly string[]).includes(item.slice(1))) {
        throw new Error(
          `invalid reality '${text}': unknown reality switch '${item.slice(1)}' (switches: ${LIST})`,
        );
      }
      delete options[item.slice(1)];
    } else {
      const [name, setting] = parseItem(item);
      options[name] = setting;
    }
  }
  const checked = validateReality(options);
  if (!checked.ok) throw new Error(`invalid reality '${text}': ${checked.message}`);
  return checked.options;
}
