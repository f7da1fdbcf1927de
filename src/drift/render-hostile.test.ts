// Drift shows what someone changed in Snyk by hand, so every string in it may be hostile. The
// text, markdown and html reports must show it as characters.
import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import {
  allNodes,
  HOSTILE,
  itShowsHostileDataAsText,
  parseMarkdown,
} from '../render/hostile.test-helpers.ts';
import { renderDriftHtml } from './render-html.ts';
import { renderDriftMarkdown } from './render-markdown.ts';
import { renderDriftText } from './render-text.ts';
import type { DriftReport } from './types.ts';

function reportWith(data: string): DriftReport {
  return {
    formatVersion: 1,
    groupId: 'g-1',
    scannedAt: '2025-06-01T12:00:00.000Z',
    inSync: false,
    summary: {
      total: 2,
      added: 1,
      removed: 0,
      changed: 1,
      ignored: 1,
      unknown: 1,
      byKind: { org_membership: { added: 1, removed: 0, changed: 1 } },
    },
    items: [
      {
        kind: 'org_membership',
        address: Address.of(`org[${data}].member[${data}]`),
        change: 'changed',
        org: data,
        live: { role: data },
        desired: { role: 'Org Admin' },
        patch: [],
        fields: [{ path: `/${data}`, live: data, desired: 'Org Admin' }],
        message: data,
        // Who changed it comes from Snyk's user directory: as hostile as the rest.
        changedBy: { by: data, at: '2025-06-01T11:00:00.000Z' },
      },
      {
        kind: 'org_membership',
        address: Address.of(`org[${data}].member[x]`),
        change: 'added',
        org: data,
        live: { role: data },
        desired: null,
        patch: [],
        fields: [],
        message: data,
      },
    ],
    unknown: [{ address: `org[${data}].members`, reason: data }],
    ignored: 1,
    ignoreRules: [{ rule: { address: `org[${data}]`, reason: data }, matched: 1 }],
    notes: [{ code: 'ORG_SLUG_DIFFERS', message: data, address: Address.of(`org[${data}]`) }],
    audit: { mode: 'full', reason: data },
    nextCursor: 'sgc1.MjAyNS0wNi0wMVQxMjowMDowMC4wMDBa',
  };
}

describe('the drift report with hostile data', () => {
  itShowsHostileDataAsText({
    markdown: (data) => renderDriftMarkdown(reportWith(data), { title: data }),
    text: (data) => renderDriftText(reportWith(data), { color: false }),
  });

  it('shows a value with backticks whole, in one markdown code span', () => {
    const tree = parseMarkdown(renderDriftMarkdown(reportWith('a``b`c')));
    const codes = allNodes(tree).flatMap((n) => (n.type === 'inlineCode' ? [n.value] : []));
    expect(codes).toContain('org[a``b`c].member[a``b`c]');
  });
});

describe('renderDriftHtml with hostile data', () => {
  it.each(HOSTILE)('escapes %j: no tag or comment from data', (data) => {
    const html = renderDriftHtml(reportWith(data));
    const tags = (text: string) => (text.match(/<\/?[a-z][^>]*>/gi) ?? []).length;
    expect(tags(html)).toBe(tags(renderDriftHtml(reportWith('benign'))));
    expect(html).not.toContain('<!--');
  });
});
