// The parts of an org that talk to the outside: SCM integration settings, the org's default
// notification settings and outbound webhooks, in TypeBox. Keys and values follow the v1 API spec
// (schemas Integrationsettings, Notificationsettingsrequest, request) and the keys real Snyk bodies
// carry beyond it (docs/configuration.md#integrations-notifications-and-webhooks), so any other key
// or a value of the wrong type is a located schema error.
import { type Static, Type as T } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

/**
 * Integration types as `GET /v1/org/{orgId}/integrations` names them: the spec's IntegrationType
 * and the app integrations real orgs have (`github-cloud-app`, `github-server-app`,
 * `bitbucket-connect-app`).
 */
export const INTEGRATION_TYPES = [
  'acr',
  'artifactory-cr',
  'azure-repos',
  'bitbucket-cloud',
  'bitbucket-connect-app',
  'bitbucket-server',
  'digitalocean-cr',
  'docker-hub',
  'ecr',
  'gcr',
  'github',
  'github-cloud-app',
  'github-cr',
  'github-enterprise',
  'github-server-app',
  'gitlab',
  'gitlab-cr',
  'google-artifact-cr',
  'harbor-cr',
  'nexus-cr',
  'quay-cr',
] as const;

const flag = (description: string) => T.Optional(T.Boolean({ description }));

/** `pullRequestAssignment`: a string in the spec, an object in every real body. */
const PullRequestAssignment = T.Union(
  [
    T.Object(
      {
        enabled: flag('Snyk assigns its PRs to someone.'),
        type: T.Optional(
          T.String({ maxLength: 50, description: 'How assignees are chosen: `auto` or `manual`.' }),
        ),
        assignees: T.Optional(
          T.Array(T.String({ maxLength: 200 }), { description: 'SCM users assigned (type manual).' }),
        ),
      },
      { ...strict, description: 'Who Snyk assigns its PRs to (the shape real bodies carry).' },
    ),
    T.String({ maxLength: 200, description: "The spec's string form." }),
  ],
  { description: "Assignment of Snyk PRs: an object `{ enabled, type, assignees }`, or the spec's string." },
);

export const IntegrationSettingsSchema = T.Object(
  {
    autoDepUpgradeEnabled: flag('Automatic dependency upgrade pull requests are opened.'),
    autoDepUpgradeLimit: T.Optional(
      T.Number({ minimum: 0, description: 'How many dependency upgrade PRs may be open at once.' }),
    ),
    autoDepUpgradeIgnoredDependencies: T.Optional(
      T.Array(T.String(), { description: 'Dependencies never upgraded automatically.' }),
    ),
    autoDepUpgradeMinAge: T.Optional(
      T.Number({ minimum: 0, description: 'Days a new version must have been out before an upgrade PR.' }),
    ),
    autoPrivateDepUpgradeEnabled: flag('Upgrade PRs also cover private (registry) dependencies.'),
    isMajorUpgradeEnabled: flag('Upgrade PRs may move to a new major version.'),
    pullRequestTestEnabled: flag('Pull requests are tested by Snyk (the PR check).'),
    pullRequestFailOnAnyVulns: flag('A PR check fails when any vulnerable dependency is found.'),
    pullRequestFailOnlyForHighSeverity: flag('A PR check fails only for high-severity issues.'),
    pullRequestFailOnlyForIssuesWithFix: flag('A PR check fails only for issues that have a fix.'),
    pullRequestTestCodeEnabled: flag('Pull requests are tested with Snyk Code.'),
    pullRequestFailOnAnyCodeIssues: flag('A Snyk Code PR check fails on any issue, whatever its severity.'),
    pullRequestTestCodeSeverity: T.Optional(
      T.Union([T.Literal('low'), T.Literal('medium'), T.Literal('high'), T.Null()], {
        description: 'Lowest Snyk Code severity that fails a PR check: low, medium, high or null.',
      }),
    ),
    pullRequestAssignment: T.Optional(PullRequestAssignment),
    autoRemediationPrs: T.Optional(
      T.Object(
        {
          freshPrsEnabled: flag('Fix PRs for newly found issues (or old ones that became fixable).'),
          backlogPrsEnabled: flag('Fix PRs for prioritised backlog issues.'),
          backlogPrStrategy: T.Optional(
            T.Union([T.Literal('vuln'), T.Literal('dependency')], {
              description: 'What a backlog PR fixes: one vulnerability or one dependency.',
            }),
          ),
          usePatchRemediation: flag('Fix PRs may use patches.'),
          customRule: T.Optional(
            T.Unknown({ description: 'A custom rule for fix PRs, kept as Snyk returns it.' }),
          ),
        },
        { ...strict, description: 'Automatic remediation pull requests.' },
      ),
    ),
    manualRemediationPrs: T.Optional(
      T.Object(
        {
          useManualPatchRemediation: flag('Manual fix PRs may use patches (the name Snyk uses).'),
          usePatchRemediation: flag(
            "The spec's name for useManualPatchRemediation: written under the name the live settings use.",
          ),
        },
        { ...strict, description: 'Manual remediation pull requests.' },
      ),
    ),
    reachableVulns: T.Optional(
      T.Object(
        { enabled: flag('Reachable vulnerabilities analysis is on.') },
        { ...strict, description: 'Reachable vulnerabilities analysis.' },
      ),
    ),
    dockerfileSCMEnabled: flag('Dockerfiles in the repositories are detected and scanned.'),
  },
  {
    ...strict,
    description:
      "v1 integration settings, by the names real Snyk bodies use (and the spec's names where Snyk takes both). Only the listed keys are managed; an update keeps the live values of the others.",
  },
);

export const IntegrationSchema = T.Object(
  {
    from: T.Optional(
      T.String({
        pattern: '^[\\w.-]{1,100}$',
        description:
          'Slug of another org of the group (in this file or live) to clone this integration from, credentials included, when the org lacks it (v1 `POST /org/{orgId}/integrations/{integrationId}/clone`).',
      }),
    ),
    settings: T.Optional(IntegrationSettingsSchema),
  },
  {
    ...strict,
    description:
      'An integration the org has. Adding one needs SCM credentials, which never go in this file: a listed type the org lacks is a warning, unless `from` names an org to clone it from.',
  },
);

export const IntegrationsSchema = T.Object(
  Object.fromEntries(INTEGRATION_TYPES.map((type) => [type, T.Optional(IntegrationSchema)])),
  {
    ...strict,
    description:
      'Integrations by type, as GET /v1/org/{orgId}/integrations names them (github, github-cloud-app, gitlab, bitbucket-cloud, ...).',
  },
);

const event = (description: string) =>
  T.Optional(
    T.Object(
      { enabled: T.Optional(T.Boolean({ description: 'Whether these notifications are sent.' })) },
      { ...strict, description },
    ),
  );

export const NotificationsSchema = T.Object(
  {
    'new-issues-remediations': T.Optional(
      T.Object(
        {
          enabled: T.Optional(T.Boolean({ description: 'Whether these notifications are sent.' })),
          issueSeverity: T.Optional(
            T.Union([T.Literal('all'), T.Literal('high')], {
              description: 'Severities notified: all or high.',
            }),
          ),
          issueType: T.Optional(
            T.Union([T.Literal('all'), T.Literal('vuln'), T.Literal('license'), T.Literal('none')], {
              description: 'Issue types notified: all, vuln, license or none.',
            }),
          ),
        },
        { ...strict, description: 'New issues and remediations.' },
      ),
    ),
    'project-imported': event('A project was imported.'),
    'test-limit': event('The test limit is near.'),
    'weekly-report': event('The weekly report.'),
    'request-updates': event('Updates of ignore approval requests.'),
    'pending-requests': event('Pending ignore approval requests.'),
  },
  {
    ...strict,
    description:
      "The org's default notification settings (v1). Only the listed events and keys are managed; the other keys of a listed event keep their live values.",
  },
);

export const WebhookSchema = T.Object(
  {
    url: T.String({
      maxLength: 2000,
      pattern: '^https://[^\\s/?#]+[^\\s]*$',
      description: 'The webhook URL, its identity in the org: an https URL (Snyk delivers to https only).',
    }),
    secret: T.Object(
      {
        env: T.String({
          pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
          maxLength: 200,
          description:
            'The environment variable that holds the secret: a variable name (letters, digits and `_`, not starting with a digit).',
        }),
      },
      {
        ...strict,
        description:
          'Where the signing secret comes from. It is read at apply, only when the webhook is created, and never printed, stored or compared (Snyk cannot return it).',
      },
    ),
  },
  { ...strict, description: 'An outbound webhook of the org, identified by its url.' },
);

export const Webhooks = (where: string) =>
  T.Array(WebhookSchema, {
    description: `Outbound webhooks of ${where}. Without this key the live webhooks are not read; unlisted ones are deleted only with prune.webhooks.`,
  });

export type IntegrationType = (typeof INTEGRATION_TYPES)[number];
export type IntegrationSettings = Static<typeof IntegrationSettingsSchema>;
export type IntegrationsSpec = Static<typeof IntegrationsSchema>;
export type NotificationsSpec = Static<typeof NotificationsSchema>;
export type WebhookSpec = Static<typeof WebhookSchema>;
