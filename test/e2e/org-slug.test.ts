import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const config = (slug: string) => `version: 1
group: { id: ${DEMO_GROUP} }
orgs:
  - { slug: ${slug}, name: Mobile Apps }
`;

describe('an org that Snyk gives another slug than the file', () => {
  let fixture: EmulatorFixture | undefined;
  afterEach(async () => fixture?.close());

  it('is created once, the run says which slug to write, and re-applying never creates a second org', async () => {
    fixture = await startFixture(await loadDemoState());
    const path = await fixture.write('snyk.yaml', config('mobile'));

    const plan = await runCliInProcess(['plan', path], { env: fixture.env });
    expect(plan.stdout).toContain(
      "Snyk derives the slug 'mobile-apps' from the name 'Mobile Apps', not 'mobile'",
    );

    const first = await runCliInProcess(['apply', path, '--auto-approve'], { env: fixture.env });
    expect(first.stdout).toContain('Applied 1, failed 0, skipped 0.');
    expect(first.stdout).toContain('write slug: mobile-apps in the file');
    expect(first.code).toBe(0);

    fixture.emu.clearRequests();
    const again = await runCliInProcess(['apply', path, '--auto-approve'], { env: fixture.env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("the group has an org named 'Mobile Apps' with the slug 'mobile-apps'");
    expect(writesIn(fixture.emu.requests())).toEqual([]);
    const named = fixture.emu.getState().groups[0]!.orgs.filter((o) => o.name === 'Mobile Apps');
    expect(named.map((o) => o.slug)).toEqual(['mobile-apps']);

    await fixture.write('snyk.yaml', config('mobile-apps'));
    const fixed = await runCliInProcess(['plan', path, '--detailed-exitcode'], { env: fixture.env });
    expect(fixed.stdout).toContain('No changes.');
    expect(fixed.code).toBe(0);
  });
});
