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
    });
    expect(settings).toEqual({
      config: ['snyk/base.yaml', 'snyk/teams/', 'other.yml'],
      mode: 'plan',
      snykToken: 'tok-123',
      snykApiUrl: 'https://api.eu.snyk.io',
      api: { apiUrl: 'https://api.eu.snyk.io' },
      githubToken: 'ghs_abc',
      maskEmails: true,
      requireReviewedPlan: true,
      allowMassDelete: false,
      allowLockout: true,
      enforceExpiry: false,
      driftIssueLabel: 'drift',
    });
  });

  it('treats an empty token (a secret forks do not get) as absent', () => {
    expect(readInputs({ 'INPUT_SNYK-TOKEN': '  ' }).snykToken).toBeUndefined();
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
