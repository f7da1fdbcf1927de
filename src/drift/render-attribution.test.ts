// Who changed a drift item, and how the run used the audit log, in every drift format.
import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { renderDriftHtml } from './render-html.ts';
import { renderDriftJson } from './render-json.ts';
import { renderDriftMarkdown } from './render-markdown.ts';
import { renderDriftText } from './render-text.ts';
import type { DriftItem, DriftReport } from './types.ts';

const item = (changedBy?: DriftItem['changedBy']): DriftItem => ({
  kind: 'org',
  address: Address.of('org[payments]'),
  change: 'changed',
  org: 'payments',
  live: { name: 'Pay' },
  desired: { name: 'Payments' },
  patch: [],
  fields: [{ path: '/name', live: 'Pay', desired: 'Payments' }],
  message: 'changed',
  ...(changedBy === undefined ? {} : { changedBy }),
});

const report = (items: DriftItem[]): DriftReport => ({
  formatVersion: 1,
  groupId: 'g-1',
  scannedAt: '2026-12-06T12:00:00.000Z',
  inSync: false,
  summary: { total: 1, added: 0, removed: 0, changed: 1, ignored: 0, unknown: 0, byKind: {} },
  items,
  unknown: [],
  ignored: 0,
  ignoreRules: [],
  notes: [],
  audit: { mode: 'since', from: '2026-12-06T11:00:00.000Z', events: 3 },
  nextCursor: 'sgc1.abc',
});

const BY = 'changed by alice@acme.com at 2026-12-06T10:12:00.000Z';
const RENDERERS = {
  text: (r: DriftReport) => renderDriftText(r, { color: false }),
  // Inert markdown puts an email in a code span: compared without the backticks.
  markdown: (r: DriftReport) => renderDriftMarkdown(r).replaceAll('`', ''),
  html: (r: DriftReport) => renderDriftHtml(r),
};

describe('attribution in the drift formats', () => {
  it.each(Object.entries(RENDERERS))(
    '%s says who changed an item, the window read and the next cursor',
    (_f, render) => {
      const out = render(report([item({ by: 'alice@acme.com', at: '2026-12-06T10:12:00.000Z' })]));
      expect(out).toContain(BY);
      expect(out).toContain('Read the audit log from 2026-12-06T11:00:00.000Z: 3 events');
      expect(out).toContain('Next cursor: sgc1.abc');
      const system = render(report([item({ at: '2026-12-06T10:12:00.000Z' })]));
      expect(system).toContain('changed at 2026-12-06T10:12:00.000Z (the audit log names no user)');
      expect(render(report([item()]))).not.toContain('changed by');
    },
  );

  it('carries changedBy, the audit window and nextCursor in JSON', () => {
    const json = JSON.parse(
      renderDriftJson(report([item({ by: 'alice@acme.com', at: '2026-12-06T10:12:00.000Z' })])),
    );
    expect(json.items[0].changedBy).toEqual({ by: 'alice@acme.com', at: '2026-12-06T10:12:00.000Z' });
    expect(json.audit).toEqual({ mode: 'since', from: '2026-12-06T11:00:00.000Z', events: 3 });
    expect(json.nextCursor).toBe('sgc1.abc');
  });
});
