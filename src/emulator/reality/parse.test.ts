import { describe, expect, it } from 'vitest';
import { REALITY_ALL, REALITY_SWITCHES, resolveReality, V1_REST_EQUIVALENTS } from './options.ts';
import { parseReality, validateReality } from './parse.ts';

describe('parseReality', () => {
  it('reads all, none, and a comma list of switches', () => {
    expect(parseReality('all')).toEqual(REALITY_ALL);
    expect(Object.keys(parseReality('all'))).toEqual([...REALITY_SWITCHES]);
    expect(parseReality('none')).toEqual({});
    expect(parseReality('')).toEqual({});
    expect(parseReality('membershipTopLevel, lastPageSelf')).toEqual({
      membershipTopLevel: true,
      lastPageSelf: true,
    });
  });

  it('takes settings after the switch name and switches one off again with -name', () => {
    expect(parseReality('createdOrgLag:requests=3:ms=500,rateLimitHeaders:perSecond=10')).toEqual({
      createdOrgLag: { requests: 3, ms: 500 },
      rateLimitHeaders: { perSecond: 10 },
    });
    expect(parseReality('v1Gone:endpoints=POST /v1/org|DELETE /v1/org/{orgId}')).toEqual({
      v1Gone: { endpoints: ['POST /v1/org', 'DELETE /v1/org/{orgId}'] },
    });
    expect(parseReality('linkForms:/orgs=absolute')).toEqual({
      linkForms: { endpoints: { '/orgs': 'absolute' } },
    });
    const some = parseReality('all,-v1Gone,-rateLimitHeaders');
    expect(some.v1Gone).toBeUndefined();
    expect(some.rateLimitHeaders).toBeUndefined();
    expect(some.membershipTopLevel).toBe(true);
  });

  it('names the unknown switch or the bad setting', () => {
    expect(() => parseReality('membershipTopLvl')).toThrow(
      /unknown reality switch 'membershipTopLvl'.*membershipTopLevel/,
    );
    expect(() => parseReality('all,-nope')).toThrow(/unknown reality switch 'nope'/);
    expect(() => parseReality('createdOrgLag:requests=many')).toThrow(
      /'createdOrgLag.requests' must be a number/,
    );
    expect(() => parseReality('createdOrgLag:turns=3')).toThrow(/has no setting 'turns'/);
    expect(() => parseReality('linkForms:/orgs=sideways')).toThrow(/'linkForms.endpoints' must be/);
    expect(() => parseReality('errorDetails:x=1')).toThrow(/'errorDetails' must be true or false/);
  });
});

describe('validateReality', () => {
  it('accepts the control surface forms: an object, "all", null', () => {
    expect(validateReality('all')).toEqual({ ok: true, options: REALITY_ALL });
    expect(validateReality(null)).toEqual({ ok: true, options: {} });
    expect(validateReality({ orgCreateMinimal: true, createdOrgLag: { requests: 1 } })).toEqual({
      ok: true,
      options: { orgCreateMinimal: true, createdOrgLag: { requests: 1 } },
    });
    expect(validateReality([1])).toMatchObject({ ok: false });
    expect(validateReality({ rateLimitHeaders: { perSecond: -1 } })).toMatchObject({ ok: false });
  });
});

describe('resolveReality', () => {
  it('leaves every switch off by default and fills in the defaults of those switched on', () => {
    expect(resolveReality(undefined)).toEqual({});
    const all = resolveReality('all');
    expect(all.membershipTopLevel).toEqual({ org: true, group: true });
    expect(all.groupMembershipConflict).toEqual({ defaultMembership: true, defaultRole: 'Group Member' });
    expect(all.createdOrgLag).toEqual({ requests: 2, ms: 0 });
    expect(all.rateLimitHeaders).toEqual({ perSecond: 160, perHour: 97_200 });
    expect(all.lastPageSelf?.selfEndpoints).toEqual(['/orgs', '/groups/{group_id}/orgs']);
    expect(all.linkForms?.endpoints['/groups/{group_id}/orgs']).toBe('rest');
    expect(all.v1Gone?.endpoints).toEqual(Object.keys(V1_REST_EQUIVALENTS));
    expect(resolveReality({ createdOrgLag: { ms: 1000 } }).createdOrgLag).toEqual({ requests: 0, ms: 1000 });
    expect(resolveReality({ errorDetails: false })).toEqual({});
  });
});
