import { Type as T } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import {
  fromAttributes,
  type RestSettingsEndpoint,
  scopeParameter,
  toAttributes,
} from './settings-endpoint.ts';

const endpoint: RestSettingsEndpoint = {
  template: '/orgs/{org_id}/settings/example',
  type: 'example_settings',
  write: 'PATCH',
  schema: T.Object({
    enabled: T.Optional(T.Boolean()),
    customRules: T.Optional(
      T.Object({
        isEnabled: T.Optional(T.Boolean()),
        ociRegistryUrl: T.Optional(T.String()),
        inheritFromParent: T.Optional(T.Union([T.Literal('group')])),
      }),
    ),
  }),
  renames: { enabled: 'example_enabled' },
  releases: { read: ['2023-06-22'], write: ['2023-09-11'] },
};

describe('the key mapping of a REST settings part', () => {
  it('writes camelCase keys as snake_case attributes, renamed where declared', () => {
    expect(
      toAttributes(endpoint, {
        enabled: true,
        customRules: { isEnabled: false, ociRegistryUrl: 'https://r' },
      }),
    ).toEqual({ example_enabled: true, custom_rules: { is_enabled: false, oci_registry_url: 'https://r' } });
  });

  it('sends no key the schema lacks', () => {
    expect(toAttributes(endpoint, { other: 1, customRules: { isEnabled: true } })).toEqual({
      custom_rules: { is_enabled: true },
    });
  });

  it('reads attributes back into the same keys, leaving read-only attributes out', () => {
    const attributes = {
      example_enabled: false,
      autofix_enabled: true,
      custom_rules: { is_enabled: true, inherit_from_parent: 'group', updated: '2026-01-01T00:00:00Z' },
    };
    expect(fromAttributes(endpoint, attributes, 'data.attributes')).toEqual({
      value: { enabled: false, customRules: { isEnabled: true, inheritFromParent: 'group' } },
    });
  });

  it('reads an object that omits keys (a new org reads {}) as those keys unknown', () => {
    expect(fromAttributes(endpoint, {}, 'data.attributes')).toEqual({ value: {} });
  });

  it.each([
    [null, 'data.attributes', 'an object'],
    [{ example_enabled: 'yes' }, 'data.attributes.example_enabled', 'a boolean'],
    [{ custom_rules: [] }, 'data.attributes.custom_rules', 'an object'],
    [
      { custom_rules: { inherit_from_parent: 'tenant' } },
      'data.attributes.custom_rules.inherit_from_parent',
      'one of "group"',
    ],
    [{ custom_rules: { oci_registry_url: 7 } }, 'data.attributes.custom_rules.oci_registry_url', 'a string'],
  ])('names the first attribute of the wrong shape: %j', (attributes, path, expected) => {
    expect(fromAttributes(endpoint, attributes, 'data.attributes')).toEqual({ problem: { path, expected } });
  });

  it('with strict, names an attribute the declaration does not have (what the emulator refuses)', () => {
    expect(fromAttributes(endpoint, { enabled: true }, 'data.attributes', { strict: true })).toEqual({
      problem: { path: 'data.attributes.enabled', expected: 'no such attribute' },
    });
  });

  it('finds the scope parameter in the template', () => {
    expect(scopeParameter(endpoint)).toBe('org_id');
    expect(scopeParameter({ ...endpoint, template: '/groups/{group_id}/settings/iac' })).toBe('group_id');
  });
});
