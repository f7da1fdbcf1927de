// Integrations as the real API keeps them (REALITY §11, §12), applied to the emulator's state
// the first time a request touches an integration, so the spec-shaped handlers serve them:
// settings under Snyk's real key names with the keys the spec lacks, `{}` for container
// registries ("not every integration has data returned"), a PUT that keeps the keys it does
// not send, and the app integrations beside the classic ones (the GitHub Cloud App beside
// `github`, the GitHub Server App beside `github-enterprise`, the Bitbucket Cloud App beside
// `bitbucket-cloud`).
import { findOrg } from '../access.ts';
import type { EmuRequest } from '../request.ts';
import type { EmuIntegration, EmulatorState } from '../state-types.ts';

const SETTINGS = /^\/v1\/org\/([^/]+)\/integrations\/([^/]+)\/settings\/?$/;
const LIST = /^\/v1\/org\/([^/]+)\/integrations\/?$/;
const REGISTRY = /^(acr|ecr|gcr|docker-hub)$|-cr$/;

type Settings = Record<string, unknown>;

/** The app integration real orgs have beside each classic one (snyk-migrate-to-github-app, snyk-api-import). */
const APPS: readonly [string, string][] = [
  ['github', 'github-cloud-app'],
  ['github-enterprise', 'github-server-app'],
  ['bitbucket-cloud', 'bitbucket-connect-app'],
];

const isObject = (v: unknown): v is Settings => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The keys real bodies carry that the spec lacks, as a fresh integration has them. */
const REAL_DEFAULTS: Settings = {
  autoPrivateDepUpgradeEnabled: false,
  isMajorUpgradeEnabled: false,
  pullRequestFailOnlyForIssuesWithFix: false,
  pullRequestAssignment: { type: 'auto', enabled: false, assignees: [] },
  reachableVulns: { enabled: false },
};

/** Settings under the real names: `manualRemediationPrs.useManualPatchRemediation`, real keys added. */
export function realSettings(type: string, settings: Settings): Settings {
  if (REGISTRY.test(type)) return {};
  const out: Settings = { ...structuredClone(REAL_DEFAULTS), ...settings };
  const manual = out.manualRemediationPrs;
  if (isObject(manual) && 'usePatchRemediation' in manual && !('useManualPatchRemediation' in manual)) {
    const { usePatchRemediation, ...rest } = manual;
    out.manualRemediationPrs = { ...rest, useManualPatchRemediation: usePatchRemediation };
  }
  return out;
}

/** `base` with `patch` written over it, objects merged key by key. */
function mergeSettings(base: Settings, patch: Settings): Settings {
  const out: Settings = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const have = out[key];
    out[key] = isObject(have) && isObject(value) ? mergeSettings(have, value) : value;
  }
  return out;
}

function parsedBody(req: EmuRequest): Settings | undefined {
  try {
    const body: unknown = JSON.parse(req.rawBody ?? '');
    return isObject(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

export class RealIntegrations {
  private readonly seen = new WeakSet<EmuIntegration>();

  constructor(private readonly options: { settings: boolean; apps: boolean }) {}

  /** Brings the state an integration request touches to the real shape; may rewrite a PUT body. */
  prepare(req: EmuRequest, state: EmulatorState, newId: () => string): EmuRequest {
    const list = this.options.apps && req.method === 'GET' ? LIST.exec(req.path) : null;
    if (list !== null) this.addApps(state, decodeURIComponent(list[1] ?? ''), newId);
    const match = this.options.settings ? SETTINGS.exec(req.path) : null;
    if (match === null) return req;
    const org = findOrg(state, decodeURIComponent(match[1] ?? ''))?.org;
    const integration = org?.integrations?.find((i) => i.id === decodeURIComponent(match[2] ?? ''));
    if (integration === undefined) return req;
    if (!this.seen.has(integration)) {
      integration.settings = realSettings(integration.type, integration.settings);
      this.seen.add(integration);
    }
    const body = req.method === 'PUT' ? parsedBody(req) : undefined;
    if (body === undefined) return req;
    return { ...req, rawBody: JSON.stringify(mergeSettings(integration.settings, body)) };
  }

  private addApps(state: EmulatorState, orgId: string, newId: () => string): void {
    const org = findOrg(state, orgId)?.org;
    if (org === undefined) return;
    for (const [classic, app] of APPS) {
      const from = org.integrations?.find((i) => i.type === classic);
      if (from === undefined || org.integrations?.some((i) => i.type === app)) continue;
      const added = { id: newId(), type: app, settings: structuredClone(from.settings) };
      org.integrations = [...(org.integrations ?? []), added];
    }
  }
}
