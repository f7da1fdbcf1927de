import { describe, expect, it } from 'vitest';
import { parseSavedPlan } from '../engine/saved-plan.ts';
import { samplePlan } from './plan.test-helpers.ts';
import { renderPlanJson } from './plan-json.ts';

describe('renderPlanJson', () => {
  it('writes the contract keys in order, extensions after them, and a trailing newline', () => {
    const plan = { ...samplePlan(), stats: { requests: 7 } };
    const text = renderPlanJson(plan);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'formatVersion',
      'groupId',
      'fingerprint',
      'changes',
      'summary',
      'warnings',
      'desired',
      'refusals',
      'createdAt',
      'stats',
    ]);
    expect(parsed).toMatchObject({
      formatVersion: 1,
      summary: plan.summary,
      stats: { requests: 7 },
      desired: plan.desired,
    });
  });

  it('lists every change with action, kind, address, before, after, patch first', () => {
    const parsed = JSON.parse(renderPlanJson(samplePlan())) as { changes: Record<string, unknown>[] };
    for (const change of parsed.changes) {
      expect(Object.keys(change).slice(0, 6)).toEqual([
        'action',
        'kind',
        'address',
        'before',
        'after',
        'patch',
      ]);
    }
    expect(parsed.changes[0]).toEqual({
      action: 'update',
      kind: 'group_settings',
      address: 'group.settings',
      before: { sessionLength: 30 },
      after: { sessionLength: 50 },
      patch: [{ op: 'replace', path: '/sessionLength', value: 50 }],
      dependsOn: [],
      target: { groupId: '4a18d42f-0706-4ad0-b127-24078731fbed' },
    });
  });

  it('round-trips: reading the JSON as apply --plan does gives back the plan', () => {
    const plan = samplePlan();
    expect(parseSavedPlan(renderPlanJson(plan), 'plan.json')).toEqual(plan);
  });

  it('keeps what the plan was made from: its replacements and the rails it lifted', () => {
    const plan = { ...samplePlan(), replace: ['group.member[bob@acme.com]'], lifted: ['lockout' as const] };
    const json = JSON.parse(renderPlanJson(plan));
    expect([json.replace, json.lifted]).toEqual([['group.member[bob@acme.com]'], ['lockout']]);
    expect(parseSavedPlan(renderPlanJson(plan), 'plan.json')).toEqual(plan);
  });

  it('reads back the warning codes of the catalogue, and refuses a code it does not know', () => {
    const plan = samplePlan();
    const json = JSON.parse(renderPlanJson(plan));
    json.warnings = [{ code: 'MEMBER_EXPIRES_SOON', message: 'soon' }];
    expect(parseSavedPlan(JSON.stringify(json), 'plan.json').warnings).toEqual(json.warnings);
    json.warnings.push({ code: 'MEMBER_GONE', message: 'made up' });
    expect(() => parseSavedPlan(JSON.stringify(json), 'plan.json')).toThrow(
      "plan.json: not a snyk-gitops plan: warnings[1].code 'MEMBER_GONE' is unknown",
    );
  });
});
