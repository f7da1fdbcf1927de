// Every kind is wired in everywhere it must be (README "Adding a resource kind"): each check
// runs on the tree, and on a deliberately broken registry to show that it can fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type as T } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.ts';
import { GROUP_SETTINGS_PART_NAMES, GROUP_SETTINGS_PARTS } from '../../src/core/group-settings-parts.ts';
import { KIND_NAMES, KINDS } from '../../src/core/kinds/index.ts';
import { ORG_SETTINGS_PART_NAMES, ORG_SETTINGS_PARTS } from '../../src/core/org-settings-parts.ts';
import { REST_SETTINGS_ENDPOINTS } from '../../src/core/settings-endpoints.ts';
import { REST_ROUTES } from '../../src/emulator/rest/routes.ts';
import { V1_ROUTES } from '../../src/emulator/v1/dispatch.ts';
import {
  type FoundKind,
  type RegisteredKind,
  templatesIn,
  undescribed,
  undocumentedKinds,
  unmanagedParts,
  unregisteredKinds,
  unroutedTemplates,
} from './registry-rules.test-helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KINDS_DIR = join(ROOT, 'src/core/kinds');
const SNYK_DIR = join(ROOT, 'src/snyk');

const sourceFiles = (dir: string) =>
  readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

const isKindModule = (value: unknown): value is RegisteredKind =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === 'string' &&
  typeof (value as { plan?: unknown }).plan === 'function';

async function exportedKinds(): Promise<FoundKind[]> {
  const found: FoundKind[] = [];
  for (const name of sourceFiles(KINDS_DIR)) {
    const module = (await import(join(KINDS_DIR, name))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(module))
      if (isKindModule(value)) found.push({ file: `src/core/kinds/${name}`, exportName, module: value });
  }
  return found;
}

const routeTemplates = [...V1_ROUTES, ...REST_ROUTES].map((r) => r.template);

/** What src/snyk writes out, and the REST settings endpoints its generic calls take from the parts. */
function clientTemplates() {
  return [
    ...sourceFiles(SNYK_DIR).flatMap((name) =>
      templatesIn(`src/snyk/${name}`, readFileSync(join(SNYK_DIR, name), 'utf8')),
    ),
    ...REST_SETTINGS_ENDPOINTS.map((e) => ({ file: 'src/core/settings-endpoints.ts', template: e.template })),
  ];
}

describe('the kind registry', () => {
  it('holds every kind module under src/core/kinds/', async () => {
    const found = await exportedKinds();
    // The scan must see the modules it checks: as many as the registry has kinds.
    expect(found.length).toBeGreaterThanOrEqual(KINDS.length);
    expect(unregisteredKinds(found, KINDS)).toEqual([]);
  });

  it('names a kind module that is exported but not registered', async () => {
    const found = await exportedKinds();
    const broken = KINDS.filter((k) => k.kind !== 'webhook');
    expect(unregisteredKinds(found, broken)).toEqual([
      "src/core/kinds/webhook.ts: webhookKind (kind 'webhook') is not in the registry (src/core/kinds/index.ts)",
    ]);
  });

  it('has exactly one kind for each org settings part', () => {
    expect(unmanagedParts(ORG_SETTINGS_PART_NAMES, KINDS)).toEqual([]);
    const broken = KINDS.filter((k) => k.kind !== 'notification_settings');
    expect(
      unmanagedParts(
        [...ORG_SETTINGS_PART_NAMES, 'not_a_part'],
        [...broken, { kind: 'copy', orgPart: 'settings' }],
      ),
    ).toEqual([
      "org settings part 'settings' is managed by org_settings and copy",
      "org settings part 'notifications' has no kind in the registry (make one with settingsPartKind)",
      "org settings part 'not_a_part' has no kind in the registry (make one with settingsPartKind)",
    ]);
  });

  it('describes every settings part and every key of the file format in the schema', () => {
    for (const part of ORG_SETTINGS_PART_NAMES)
      expect(undescribed(part, ORG_SETTINGS_PARTS[part].schema)).toEqual([]);
    for (const part of GROUP_SETTINGS_PART_NAMES)
      expect(undescribed(`group.${part}`, GROUP_SETTINGS_PARTS[part].schema)).toEqual([]);
    expect(undescribed('config', ConfigSchema)).toEqual([]);
    const bare = T.Object(
      { enabled: T.Boolean(), rules: T.Array(T.Object({ name: T.String() }), { description: 'Rules.' }) },
      { description: 'A part.' },
    );
    expect(undescribed('bare', bare)).toEqual([
      'bare.enabled has no schema description',
      'bare.rules[].name has no schema description',
    ]);
  });
});

/** The text of README.md and of every Markdown file under docs/. */
function documentation(): string[] {
  const docs = join(ROOT, 'docs');
  const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.md'),
  );
  return [join(ROOT, 'README.md'), ...pages.map((name) => join(docs, name))].map((path) =>
    readFileSync(path, 'utf8'),
  );
}

describe('the documentation', () => {
  it('names every registered kind', () => {
    expect(undocumentedKinds(KIND_NAMES, documentation())).toEqual([]);
  });

  it('names a kind that no page mentions', () => {
    expect(undocumentedKinds([...KIND_NAMES, 'undocumented_settings'], documentation())).toEqual([
      "kind 'undocumented_settings' is named in no documentation (README.md, docs/)",
    ]);
  });
});

describe('the emulator', () => {
  it('has a route for every request template the client sends', () => {
    const templates = clientTemplates();
    expect(templates.map((t) => t.template)).toContain('/org/{orgId}/notification-settings');
    expect(templates.map((t) => t.template)).toContain('/groups/{group_id}/orgs');
    expect(unroutedTemplates(templates, routeTemplates)).toEqual([]);
  });

  it('names a template the client sends that no route serves', () => {
    const sent = templatesIn('src/snyk/unrouted.ts', "rest('GET', '/orgs/{org_id}/not-served', { org_id })");
    expect(unroutedTemplates([...clientTemplates(), ...sent], routeTemplates)).toEqual([
      'src/snyk/unrouted.ts: the client sends /orgs/{org_id}/not-served, which no emulator route serves',
    ]);
  });
});
