import { describe, expect, it } from 'vitest';
import { inputVariable, readInputs } from './inputs.ts';

describe('readInputs', () => {
  it('names variables as the runner does: upper-cased, spaces to underscores, hyphens kept', () => {
    expect(inputVariable('snyk-token')).toBe('INPUT_SNYK-TOKEN');
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT');
  });

  it('applies the defaults when nothing is set', () => {
    expect(readInputs({})).toEqual({
      config: ['snyk-gitops.yaml'],
      mode: 'auto',
      snykApiUrl: 'https://api.snyk.io',
      api: { apiUrl: 'https://api.snyk.io' },
      maskEmails: false,
      requireReviewedPlan: false,
      allowMassDelete: false,
      allowLockout: false,
      enforceExpiry: true,
      driftIssueLabel: 'snyk-drift',
      fullDriftEveryMs: 7 * 86_400_000,
      targetChangedFiles: false,
      commentAuthor: 'github-actions[bot]',
    });
  });

  it('reads every input, splitting config paths on newlines and spaces', () => {
    const settings = readInputs({
      INPUT_CONFIG: 'snyk/base.yaml\n  snyk/teams/ other.yml\n',
      INPUT_MODE: 'plan',
      'INPUT_SNYK-TOKEN': ' tok-123 ',
      'INPUT_SNYK-API-URL': 'https://api.eu.snyk.io/',
      'INPUT_GITHUB-TOKEN': 'ghs_abc',
      'INPUT_MASK-EMAILS': 'true',
      'INPUT_REQUIRE-REVIEWED-PLAN': 'True',
      'INPUT_ALLOW-MASS-DELETE': 'FALSE',
      'INPUT_ALLOW-LOCKOUT': 'true',
      'INPUT_ENFORCE-EXPIRY': 'false',
      'INPUT_DRIFT-ISSUE-LABEL': 'drift',
      'INPUT_COMMENT-AUTHOR': 'snyk-gitops-app[bot]',
      'INPUT_TARGET-CHANGED-FILES': 'true',
      'INPUT_FULL-DRIFT-EVERY': '12h',
      INPUT_CONCURRENCY: '4',
      'INPUT_RATE-LIMIT': '500,600/60s',
      'INPUT_HTTP-TIMEOUT-MS': '15000',
      'INPUT_SECRETS-DIR': '/runner/temp/snyk-sa',
    });
    expect(settings).toEqual({
      config: ['snyk/base.yaml', 'snyk/teams/', 'other.yml'],
      mode: 'plan',
      snykToken: 'tok-123',
      snykApiUrl: 'https://api.eu.snyk.io',
      api: {
        apiUrl: 'https://api.eu.snyk.io',
        concurrency: '4',
        rateLimit: '500,600/60s',
        httpTimeoutMs: '15000',
      },
      githubToken: 'ghs_abc',
      maskEmails: true,
      requireReviewedPlan: true,
      allowMassDelete: false,
      allowLockout: true,
      enforceExpiry: false,
      driftIssueLabel: 'drift',
      fullDriftEveryMs: 12 * 3_600_000,
      targetChangedFiles: true,
      commentAuthor: 'snyk-gitops-app[bot]',
      secretsDir: '/runner/temp/snyk-sa',
    });
  });

  it.each([
    ['snyk-token', 'abc\u0001def'],
    ['snyk-token', 'abc\ndef'],
    ['github-token', 'ghs_\u007fabc'],
  ])('refuses a %s with a control character, naming the input but not the token', (name, token) => {
    const read = () => readInputs({ [`INPUT_${name.toUpperCase()}`]: token });
    expect(read).toThrow(new RegExp(`^input '${name}' contains a control character \\(U\\+00`));
    expect(read).not.toThrow(/def|abc/);
  });

  it('refuses a full-drift-every that is not a duration, naming the input', () => {
    expect(() => readInputs({ 'INPUT_FULL-DRIFT-EVERY': 'weekly' })).toThrow(
      /^input 'full-drift-every' is 'weekly'/,
    );
  });

  it('refuses a comment-author that is not a GitHub login', () => {
    expect(() => readInputs({ 'INPUT_COMMENT-AUTHOR': 'a b' })).toThrow(/comment-author/);
  });

  it('treats an empty token (a secret forks do not get) as absent', () => {
    expect(readInputs({ 'INPUT_SNYK-TOKEN': '  ' }).snykToken).toBeUndefined();
  });

  it('reads an OAuth client from its inputs, and refuses a credential without the client id', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----';
    expect(
      readInputs({
        'INPUT_SNYK-OAUTH-CLIENT-ID': ' id-1 ',
        'INPUT_SNYK-OAUTH-PRIVATE-KEY': key,
        'INPUT_SNYK-OAUTH-KEY-ID': 'kid-1',
      }).snykOAuth,
    ).toEqual({ clientId: 'id-1', privateKey: key, keyId: 'kid-1' });
    expect(readInputs({ 'INPUT_SNYK-OAUTH-CLIENT-ID': '' }).snykOAuth).toBeUndefined();
    // A repository variable's id without the secret a fork or Dependabot does not get: no token.
    expect(
      readInputs({ 'INPUT_SNYK-OAUTH-CLIENT-ID': 'id-1', 'INPUT_SNYK-OAUTH-KEY-ID': 'k' }).snykOAuth,
    ).toBeUndefined();
    expect(() => readInputs({ 'INPUT_SNYK-OAUTH-CLIENT-SECRET': 'secret-value' })).toThrow(
      "input 'snyk-oauth-client-secret' is set without 'snyk-oauth-client-id'",
    );
  });

  it('names the input and the expected values when a value is wrong', () => {
    expect(() => readInputs({ INPUT_MODE: 'destroy' })).toThrow(
      "input 'mode' is 'destroy'; expected one of auto, validate, plan, apply, drift",
    );
    expect(() => readInputs({ 'INPUT_MASK-EMAILS': 'yes' })).toThrow(
      "input 'mask-emails' is 'yes'; expected true or false",
    );
    expect(() => readInputs({ 'INPUT_SNYK-API-URL': 'api.snyk.io' })).toThrow(/snyk-api-url/);
  });
});

describe('the API settings inputs', () => {
  it('reach the client as the CLI flags do, and a bad one names the input', async () => {
    const { resolveApiSettings } = await import('../engine/api-settings.ts');
    const { API_INPUT_NAMES } = await import('./inputs.ts');
    const given = readInputs({ INPUT_CONCURRENCY: '4', 'INPUT_RATE-LIMIT': '500,600/60s' }).api;
    expect(resolveApiSettings(given, {}, API_INPUT_NAMES)).toMatchObject({
      concurrency: 4,
      rateLimit: { rest: 500, v1: 600, windowMs: 60_000 },
    });
    const bad = readInputs({ INPUT_CONCURRENCY: 'lots' }).api;
    expect(() => resolveApiSettings(bad, {}, API_INPUT_NAMES)).toThrow(
      "input 'concurrency' 'lots' must be an integer from 1 to 64",
    );
  });
});
