// `npm run demo`: starts the Snyk API emulator from the built CLI on the example state and lists
// what it serves, through the same REST and v1 endpoints snyk-gitops uses. (The apply issue turns
// this into the full validate → plan → apply demo.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const statePath = join(root, 'examples', 'multi-team', 'snyk-state.json');
const args = [join(root, 'dist', 'cli.js'), 'emulator', '--port', '0'];
if (existsSync(statePath)) args.push('--state', statePath);

const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => child.kill('SIGTERM');
process.on('exit', stop);

const url = await new Promise((resolve, reject) => {
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk.toString();
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
    if (match) resolve(match[1]);
  });
  child.once('exit', (code) => reject(new Error(`the emulator exited with code ${code} before listening`)));
});

const state = await (await fetch(`${url}/_emulator/state`)).json();
const token = state.tokens[0]?.token;
const version = '2024-10-15';
const api = async (path) => {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `token ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return res.json();
};
/** Follows REST links.next (relative to /rest) to the end. */
const all = async (path) => {
  const items = [];
  for (let next = path; next; ) {
    const page = await api(`/rest${next}`);
    items.push(...page.data);
    next = page.links.next;
  }
  return items;
};

console.log(
  `Snyk API emulator at ${url} (${existsSync(statePath) ? 'examples/multi-team/snyk-state.json' : 'generated example state'})\n`,
);
for (const group of state.groups) {
  const orgs = await all(`/groups/${group.id}/orgs?version=${version}&limit=100`);
  const members = await all(`/groups/${group.id}/memberships?version=${version}&limit=100`);
  const settings = await api(`/v1/group/${group.id}/settings`);
  console.log(`group ${group.name} (${group.id})`);
  console.log(
    `  ${members.length} group members, sessionLength ${settings.sessionLength ?? 'default'}, ${group.tags.length} tags`,
  );
  for (const org of orgs) {
    const orgMembers = await all(`/orgs/${org.id}/memberships?version=${version}&limit=100`);
    console.log(
      `  org ${org.attributes.slug.padEnd(24)} ${String(orgMembers.length).padStart(3)} members  "${org.attributes.name}"`,
    );
  }
}
console.log(`\nTry it yourself: node dist/cli.js emulator --state examples/multi-team/snyk-state.json`);
stop();
