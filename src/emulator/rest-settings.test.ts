// The REST settings endpoints the parts declare, served by the emulator's one handler: each
// answers as the 2025-11-05 spec says (responses and the client's request bodies checked
// against it), refuses a body the declaration does not allow, and plays REALITY §26.
import { describe, expect, it } from 'vitest';
import { type RestSettingsEndpoint, toAttributes } from '../core/port/settings-endpoint.ts';
import { REST_SETTINGS_ENDPOINTS } from '../core/settings-endpoints.ts';
import { settingsName } from './rest/settings.ts';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import { type Harness, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';
import { createContractChecker } from './testing/openapi-contract.test-helpers.ts';

const start = harnessesClosedAfterEach({});

const byName = (name: string, scope: string) =>
  REST_SETTINGS_ENDPOINTS.find((e) => settingsName(e) === name && e.template.startsWith(`/${scope}`))!;

/** A value for every key of the declared schema: strings, booleans and the enum's value. */
const SAMPLE: Record<string, unknown> = {
  enabled: true,
  customRules: {
    isEnabled: true,
    ociRegistryUrl: 'https://registry.acme.com/rules',
    ociRegistryTag: 'latest',
  },
  title: 'Upgrade {{ package_name }}',
  commitMessage: 'fix: upgrade {{ package_name }}',
  description: 'Snyk fix',
};

function pathOf(h: Harness, endpoint: RestSettingsEndpoint): string {
  const id = endpoint.template.startsWith('/orgs') ? h.state.groups[0]!.orgs[0]!.id : h.groupId;
  return `/rest${endpoint.template.replace(/\{\w+\}/, id)}?version=${VERSION}`;
}

function bodyFor(h: Harness, endpoint: RestSettingsEndpoint, value: Record<string, unknown> = SAMPLE) {
  const scopeId = endpoint.template.startsWith('/orgs') ? h.state.groups[0]!.orgs[0]!.id : h.groupId;
  const attributes = toAttributes(endpoint, value as never);
  return { data: { ...(endpoint.writeId ? { id: scopeId } : {}), type: endpoint.type, attributes } };
}

describe.skipIf(contractSkipReason !== undefined)('every declared endpoint, against the spec', () => {
  it.each(REST_SETTINGS_ENDPOINTS.map((e) => [e.template, e] as const))('%s', async (_t, endpoint) => {
    const h = await start();
    const body = bodyFor(h, endpoint);
    const checker = createContractChecker();
    expect(checker.checkRequest(endpoint.write, pathOf(h, endpoint), body)).toEqual([]);
    const written = await h.call(endpoint.write, pathOf(h, endpoint), { body });
    expect(written.status, JSON.stringify(written.body)).toBeLessThan(300);
    const read = await h.call('GET', pathOf(h, endpoint));
    expect((read.body as { data: { attributes: unknown } }).data.attributes).toMatchObject(
      body.data.attributes,
    );
    if (endpoint.deletable) {
      expect((await h.call('DELETE', pathOf(h, endpoint))).status).toBe(204);
      expect((await h.call('GET', pathOf(h, endpoint))).status).toBe(404);
      expect((await h.call('DELETE', pathOf(h, endpoint))).status).toBe(404);
    }
    expect(contractViolations(h.records)).toEqual([]);
  });
});

describe('what the handler refuses', () => {
  const sast = byName('sast', 'orgs');
  const iac = byName('iac', 'orgs');

  it.each([
    [
      'an attribute the endpoint lacks',
      sast,
      { sast_enabled: true, autofix_enabled: true },
      'autofix_enabled',
    ],
    [
      'a value of the wrong type',
      iac,
      { custom_rules: { is_enabled: 'yes' } },
      'is_enabled: expected a boolean',
    ],
    [
      'a value outside the enum',
      iac,
      { custom_rules: { inherit_from_parent: 'tenant' } },
      'inherit_from_parent: expected one of',
    ],
    ['a missing required attribute', sast, {}, 'sast_enabled'],
  ])('%s: 400', async (_what, endpoint, attributes, detail) => {
    const h = await start();
    const body = { data: { ...bodyFor(h, endpoint).data, attributes } };
    const answer = await h.call(endpoint.write, pathOf(h, endpoint), { body });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain(detail);
  });

  it('refuses another resource type, and a PATCH of Snyk Code without the org id', async () => {
    const h = await start();
    const body = bodyFor(h, sast);
    const wrongType = { data: { ...body.data, type: 'org' } };
    expect((await h.call('PATCH', pathOf(h, sast), { body: wrongType })).status).toBe(400);
    const { id: _id, ...noId } = body.data as Record<string, unknown>;
    expect((await h.call('PATCH', pathOf(h, sast), { body: { data: noId } })).status).toBe(400);
  });

  it('keeps what a PATCH does not send', async () => {
    const h = await start();
    await h.call('PATCH', pathOf(h, iac), { body: bodyFor(h, iac) });
    await h.call('PATCH', pathOf(h, iac), { body: bodyFor(h, iac, { customRules: { isEnabled: false } }) });
    const read = (await h.call('GET', pathOf(h, iac))).body as { data: { attributes: unknown } };
    expect(read.data.attributes).toEqual({
      custom_rules: {
        is_enabled: false,
        oci_registry_url: 'https://registry.acme.com/rules',
        oci_registry_tag: 'latest',
      },
    });
  });
});

describe('sastUnsetEmpty (REALITY §26)', () => {
  const sast = byName('sast', 'orgs');

  it('reads {} until the setting is first written', async () => {
    const h = await start({ reality: { sastUnsetEmpty: true } });
    expect((await h.call('GET', pathOf(h, sast))).body).toMatchObject({ data: { attributes: {} } });
    await h.call('PATCH', pathOf(h, sast), { body: bodyFor(h, sast, { enabled: false }) });
    expect((await h.call('GET', pathOf(h, sast))).body).toMatchObject({
      data: { attributes: { sast_enabled: false } },
    });
  });

  it('off: reads the spec’s required sast_enabled', async () => {
    const h = await start();
    expect((await h.call('GET', pathOf(h, sast))).body).toMatchObject({
      data: { attributes: { sast_enabled: false } },
    });
  });
});
