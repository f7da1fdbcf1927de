// CPU time of the pure core (diff + plan: buildPlan) on a given number of memberships: the live
// state is read once in-process (no latency, no limit), then buildPlan runs on it a few times.
import { parseSource, validateDocuments } from '../src/config/index.ts';
import { buildPlan } from '../src/core/plan.ts';
import { readLiveState } from '../src/live/index.ts';
import { createSnykClient } from '../src/snyk/index.ts';
import { type BenchOrg, renderConfigFiles, withShareChanged } from './config.ts';

export interface CoreCpu {
  cpuMs: number;
  runs: number;
  memberships: number;
  changes: number;
}

export async function measurePureCore(
  apiUrl: string,
  account: { token: string; groupId: string; desired: BenchOrg[] },
  wantMemberships: number,
  restVersion: string,
): Promise<CoreCpu> {
  const orgs: BenchOrg[] = [];
  let memberships = 0;
  for (const org of account.desired) {
    if (memberships >= wantMemberships) break;
    const take = Math.min(org.members.length, wantMemberships - memberships);
    orgs.push({ ...org, members: org.members.slice(0, take) });
    memberships += take;
  }
  // 5% of the objects changed, so the diff has work to do besides comparing.
  const changed = withShareChanged(orgs, 20).orgs;
  const docs = [...renderConfigFiles(account.groupId, changed)].map(([name, text]) => {
    const parsed = parseSource(name, text);
    if (!parsed.ok) throw new Error(`bench config ${name} does not parse`);
    return parsed.doc;
  });
  const loaded = validateDocuments(docs);
  if (!loaded.ok) throw new Error(`bench config is invalid: ${loaded.issues[0]?.message}`);
  const client = createSnykClient({
    apiUrl,
    restVersion,
    auth: { scheme: 'token', token: account.token },
    concurrency: 16,
  });
  try {
    const live = await readLiveState(client, loaded.desired);
    const times: number[] = [];
    let changes = 0;
    for (let i = 0; i < 5; i++) {
      const before = process.cpuUsage();
      const result = buildPlan(loaded.desired, live);
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
      if (!result.ok) throw new Error(`buildPlan refused the bench config: ${result.issues[0]?.message}`);
      changes = result.plan.changes.length;
    }
    times.sort((a, b) => a - b);
    return { cpuMs: times[Math.floor(times.length / 2)] as number, runs: times.length, memberships, changes };
  } finally {
    await client.close();
  }
}
