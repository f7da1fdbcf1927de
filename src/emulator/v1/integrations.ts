// v1 integrations of an org, from the spec (paths /org/{orgId}/integrations and
// .../{integrationId}/settings; schemas IntegrationType and Integrationsettings): the list is a
// type → id map; settings are read whole and a PUT replaces them with the body, which must
// match the schema or the keys real bodies carry besides it (REALITY §11), so a real GET body
// PUT back is taken. A client that sends only some keys loses the others here, as it would if
// Snyk treated PUT as a replacement (the tool sends every key back).
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuIntegration, EmuOrg } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';

type Check = (value: unknown) => boolean;
const isBool: Check = (v) => typeof v === 'boolean';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const objectOf =
  (fields: Record<string, Check>): Check =>
  (v) =>
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.entries(v).every(([key, item]) => fields[key]?.(item) ?? true);

/** The spec's Integrationsettings properties and their types. */
const SETTINGS: Record<string, Check> = {
  autoDepUpgradeLimit: isNumber,
  autoDepUpgradeIgnoredDependencies: (v) => Array.isArray(v) && v.every((d) => typeof d === 'string'),
  autoDepUpgradeEnabled: isBool,
  autoDepUpgradeMinAge: isNumber,
  pullRequestFailOnAnyVulns: isBool,
  pullRequestFailOnlyForHighSeverity: isBool,
  pullRequestTestCodeEnabled: isBool,
  pullRequestTestCodeSeverity: oneOf('low', 'medium', 'high', null),
  pullRequestTestEnabled: isBool,
  pullRequestAssignment: (v) =>
    typeof v === 'string' ||
    objectOf({
      enabled: isBool,
      type: (t) => typeof t === 'string',
      assignees: (a) => Array.isArray(a) && a.every((x) => typeof x === 'string'),
    })(v),
  autoRemediationPrs: objectOf({
    backlogPrsEnabled: isBool,
    backlogPrStrategy: oneOf('vuln', 'dependency'),
    freshPrsEnabled: isBool,
    usePatchRemediation: isBool,
  }),
  manualRemediationPrs: objectOf({ usePatchRemediation: isBool, useManualPatchRemediation: isBool }),
  dockerfileSCMEnabled: isBool,
  // Keys of real bodies the spec lacks (REALITY §11).
  pullRequestFailOnlyForIssuesWithFix: isBool,
  pullRequestFailOnAnyCodeIssues: isBool,
  isMajorUpgradeEnabled: isBool,
  autoPrivateDepUpgradeEnabled: isBool,
  reachableVulns: objectOf({ enabled: isBool }),
};

/** Settings a new integration starts with (what Snyk's UI shows for a fresh SCM integration). */
export function defaultIntegrationSettings(): Record<string, unknown> {
  return {
    autoDepUpgradeEnabled: false,
    autoDepUpgradeLimit: 2,
    autoDepUpgradeIgnoredDependencies: [],
    autoDepUpgradeMinAge: 21,
    pullRequestTestEnabled: true,
    pullRequestFailOnAnyVulns: false,
    pullRequestFailOnlyForHighSeverity: false,
    pullRequestTestCodeEnabled: false,
    pullRequestTestCodeSeverity: 'high',
    autoRemediationPrs: {
      freshPrsEnabled: true,
      backlogPrsEnabled: false,
      backlogPrStrategy: 'vuln',
      usePatchRemediation: false,
    },
    manualRemediationPrs: { usePatchRemediation: false },
    dockerfileSCMEnabled: true,
  };
}

/** An org created from `source` gets its integrations, settings included, under new ids. */
export function copyIntegrations(source: EmuOrg, newId: () => string): EmuIntegration[] {
  return (source.integrations ?? []).map((i) => ({
    id: newId(),
    type: i.type,
    settings: structuredClone(i.settings),
  }));
}

export function listIntegrations(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  return json(Object.fromEntries((org.integrations ?? []).map((i) => [i.type, i.id])));
}

export function requireIntegration(ctx: HandlerContext): EmuIntegration {
  const { org } = requireV1Org(ctx);
  const id = ctx.params.integrationId ?? '';
  const found = (org.integrations ?? []).find((i) => i.id === id);
  if (found === undefined) throw v1Fail(404, `Integration ${id} not found in org ${org.id}`);
  return found;
}

export function getIntegrationSettings(ctx: HandlerContext): EmuResponse {
  return json(structuredClone(requireIntegration(ctx).settings));
}

export function putIntegrationSettings(ctx: HandlerContext): EmuResponse {
  const integration = requireIntegration(ctx);
  const body = bodyOf(ctx);
  for (const [key, value] of Object.entries(body)) {
    const check = SETTINGS[key];
    if (check === undefined) throw v1Fail(400, `'${key}' is not an integration setting`);
    if (!check(value))
      throw v1Fail(400, `integration setting '${key}' has an invalid value ${JSON.stringify(value)}`);
  }
  integration.settings = structuredClone(body);
  return json(structuredClone(integration.settings));
}
