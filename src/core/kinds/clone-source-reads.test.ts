import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import type { DesiredOrg } from '../types.ts';
import { cloneSourceReads } from './clone-source-reads.ts';

const from = (slug: string) =>
  ({ gitlab: { from: slug } }) as unknown as NonNullable<DesiredOrg['integrations']>;

describe('the reads a `from` needs', () => {
  const live = liveState({ orgs: [liveOrg('golden'), liveOrg('base'), liveOrg('listed'), liveOrg('a')] });
  const readsOf = (orgs: DesiredOrg[]) =>
    cloneSourceReads(desiredState({ orgs }), live).map((r) => r.address.text);

  it('reads each source org once, whoever clones from it', () => {
    expect(
      readsOf([
        desiredOrg('a', { integrations: from('golden') }),
        desiredOrg('b', { integrations: from('golden') }),
      ]),
    ).toEqual(['org[golden].integrations']);
  });

  it("leaves a source whose entry lists integrations to its own read, and reads a new source's template", () => {
    expect(
      readsOf([
        desiredOrg('listed', { integrations: {} }),
        desiredOrg('fresh', { name: 'Fresh', template: 'base' }),
        desiredOrg('a', { integrations: { ...from('listed'), github: { from: 'fresh' } } as never }),
      ]),
    ).toEqual(['org[base].integrations']);
  });

  it('reads nothing without a `from`, or for a slug no org has', () => {
    expect(readsOf([desiredOrg('a', { integrations: {} })])).toEqual([]);
    expect(readsOf([desiredOrg('a', { integrations: from('nowhere') })])).toEqual([]);
  });
});
