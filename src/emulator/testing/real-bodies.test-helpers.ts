// Integration settings bodies as real GETs returned them, copied from the public records
// REALITY.md §11 cites, for round-trip tests: what Snyk answers must export and plan cleanly,
// and what it answers must be accepted when it is PUT back.

/**
 * A GitLab integration's settings, as snyk-labs/snyk-bulk-action-scripts' README (@ 3ab775c)
 * shows them in its org cache written from `GET .../integrations/{id}/settings`.
 */
export const BULK_ACTION_GITLAB = {
  autoDepUpgradeEnabled: false,
  autoDepUpgradeIgnoredDependencies: [],
  autoDepUpgradeLimit: 5,
  autoRemediationPrs: { freshPrsEnabled: true, backlogPrsEnabled: false, usePatchRemediation: true },
  pullRequestFailOnAnyVulns: false,
  pullRequestFailOnlyForHighSeverity: false,
  pullRequestFailOnlyForIssuesWithFix: false,
  pullRequestTestEnabled: true,
} as const;

/**
 * The GitHub settings of snyk-playground/cx-tools `integrations/templates/optimisesecurity.json`
 * (@ f200628), persisted from a real GET: the real `manualRemediationPrs` key, and
 * `pullRequestAssignment` as an object.
 */
export const CX_TOOLS_GITHUB = {
  autoDepUpgradeEnabled: true,
  autoDepUpgradeIgnoredDependencies: [],
  autoDepUpgradeLimit: 5,
  autoPrivateDepUpgradeEnabled: true,
  autoRemediationPrs: {
    freshPrsEnabled: true,
    backlogPrStrategy: 'vuln',
    backlogPrsEnabled: true,
    usePatchRemediation: false,
  },
  dockerfileSCMEnabled: false,
  isMajorUpgradeEnabled: true,
  manualRemediationPrs: { useManualPatchRemediation: false },
  pullRequestAssignment: { type: 'auto', enabled: true, assignees: [] },
  pullRequestFailOnAnyVulns: false,
  pullRequestFailOnlyForHighSeverity: true,
  pullRequestFailOnlyForIssuesWithFix: true,
  pullRequestTestEnabled: true,
  reachableVulns: { enabled: false },
} as const;

/** The GitLab settings of the same cx-tools template. */
export const CX_TOOLS_GITLAB = {
  autoDepUpgradeEnabled: true,
  autoDepUpgradeIgnoredDependencies: [],
  autoDepUpgradeLimit: 5,
  autoPrivateDepUpgradeEnabled: true,
  autoRemediationPrs: {
    freshPrsEnabled: true,
    backlogPrStrategy: 'vuln',
    backlogPrsEnabled: true,
    usePatchRemediation: true,
  },
  manualRemediationPrs: { useManualPatchRemediation: true },
  pullRequestFailOnAnyVulns: true,
  pullRequestFailOnlyForHighSeverity: true,
  pullRequestFailOnlyForIssuesWithFix: true,
  pullRequestTestEnabled: true,
} as const;

/** A copy to put in an emulator state (the constants stay frozen in meaning). */
export const settingsOf = (body: object): Record<string, unknown> =>
  structuredClone(body) as Record<string, unknown>;
