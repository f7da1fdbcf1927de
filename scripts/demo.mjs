// `npm run demo`: the whole loop as a user sees it, offline. Starts the embedded Snyk API
// emulator on the example account (examples/multi-team/snyk-state.json), then runs the built
// CLI: validate, plan, apply, plan again (no changes), has another user change Snyk behind
// git's back in the (emulated) web UI, and reports it with drift, naming who changed what.
import { spawn } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const config = relative(process.cwd(), join(root, 'examples', 'multi-team')) || '.';
const statePath = join(root, 'examples', 'multi-team', 'snyk-state.json');

// SNYK_EMULATOR_REALITY (e.g. `all`) runs the demo against the emulator's reality mode.
const reality = process.env.SNYK_EMULATOR_REALITY?.trim();
const emulatorArgs = [
  'emulator',
  '--state',
  statePath,
  '--port',
  '0',
  ...(reality ? ['--reality', reality] : []),
];
const emulator = spawn(process.execPath, [cli, ...emulatorArgs], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = () => emulator.kill('SIGTERM');
process.on('exit', stop);

const url = await new Promise((resolve, reject) => {
  let buffered = '';
  emulator.stdout.on('data', (chunk) => {
    buffered += chunk.toString();
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(buffered);
    if (match) resolve(match[1]);
  });
  emulator.once('exit', (code) =>
    reject(new Error(`the emulator exited with code ${code} before listening`)),
  );
});

const TOKEN = 'sgdemo-7f3c9a1e5b2d4c6f';
const env = { ...process.env, SNYK_TOKEN: TOKEN, SNYK_API_URL: url };
delete env.SNYK_OAUTH_TOKEN;

const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
const heading = (text) => console.log(`\n${bold(`━━ ${text}`)}`);

/** Runs the CLI as a user would, showing the command; returns its exit code. */
function run(args, expected) {
  console.log(`\n$ snyk-gitops ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== expected)
        reject(new Error(`snyk-gitops ${args.join(' ')} exited ${code}, expected ${expected}`));
      else resolve(code);
    });
  });
}

// A change made in Snyk's web UI by another user: the emulator records its audit event with
// that user, so drift can say who made it (docs/emulator.md#audit-logs).
async function inWebUi(userId, method, path, body) {
  const res = await fetch(`${url}/_emulator/web-ui`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, method, path, body }),
  });
  const answer = res.ok ? await res.json() : { status: res.status };
  if (answer.status >= 300) throw new Error(`${method} ${path} answered ${answer.status}`);
}

try {
  console.log(`Snyk API emulator on ${url}, serving the example account of examples/multi-team/.`);
  console.log(`Every command below talks to it over HTTP exactly as it would to https://api.snyk.io.`);

  heading('1. Validate the configuration (offline)');
  await run(['validate', config], 0);

  heading('2. Plan: what would change in Snyk');
  await run(['plan', config], 0);

  heading('3. Apply it');
  await run(['apply', config, '--auto-approve'], 0);

  heading('4. Plan again: nothing left to do');
  await run(['plan', config, '--detailed-exitcode'], 0);

  heading('5. Someone changes Snyk by hand');
  const state = await (await fetch(`${url}/_emulator/state`)).json();
  const group = state.groups[0];
  const payments = group.orgs.find((o) => o.slug === 'payments');
  const frank = state.users.find((u) => u.email === 'frank@acme.com');
  const orgAdmin = group.orgRoles.find((r) => r.name === 'Org Admin');
  const bob = state.users.find((u) => u.email === 'bob@acme.com');
  await inWebUi(bob.id, 'POST', `/rest/orgs/${payments.id}/memberships?version=2024-10-15`, {
    data: {
      type: 'org_membership',
      relationships: {
        org: { data: { id: payments.id, type: 'org' } },
        role: { data: { id: orgAdmin.id, type: 'org_role' } },
        user: { data: { id: frank.id, type: 'user' } },
      },
    },
  });
  await inWebUi(bob.id, 'PUT', `/v1/group/${group.id}/settings`, { sessionLength: 10080 });
  console.log(
    '  bob@acme.com, in the web UI, made frank@acme.com an Org Admin of payments and set the session length to 7 days',
  );

  heading('6. Drift: what changed behind git’s back (exit code 2 = drift)');
  await run(['drift', config], 2);

  console.log('\nDemo complete. Try it yourself:');
  console.log(
    '  node dist/cli.js emulator --state examples/multi-team/snyk-state.json   # then, in another shell:',
  );
  console.log(
    `  SNYK_API_URL=<the URL it prints> SNYK_TOKEN=${TOKEN} node dist/cli.js plan examples/multi-team`,
  );
} catch (error) {
  console.error(`\nDemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stop();
}
