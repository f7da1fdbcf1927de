// The secrets a plan's changes read from the environment (a webhook's `secret: { env }`) and the
// rules Snyk holds them to (docs/configuration.md#integrations-notifications-and-webhooks). Apply
// resolves them all before the first write; plan checks the ones that are set, so a secret Snyk
// would refuse is reported before anything is applied. Values never enter a message.
import { handlersOf, type SecretUse } from '../core/kinds/index.ts';
import type { Change } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { addSecrets } from '../util/redact.ts';

type Env = Readonly<Record<string, string | undefined>>;

interface Needed {
  use: SecretUse;
  addresses: string[];
}

function neededBy(changes: readonly Change[]): Map<string, Needed> {
  const needed = new Map<string, Needed>();
  for (const change of changes)
    for (const use of handlersOf(change.kind).secrets?.(change) ?? []) {
      const have = needed.get(use.env);
      if (have === undefined) needed.set(use.env, { use, addresses: [change.address.text] });
      else have.addresses.push(change.address.text);
    }
  return needed;
}

const listed = (items: string[]) => items.join('; ');

/** Each set secret that breaks its rule, as `NAME (for ADDRESS): RULE`. */
function brokenRules(needed: Map<string, Needed>, env: Env): string[] {
  const out: string[] = [];
  for (const [name, { use, addresses }] of needed) {
    const value = env[name];
    if (value !== undefined && value !== '' && value.length < use.minLength)
      out.push(
        `${name} (for ${addresses.join(', ')}) is shorter than ${use.minLength} characters: ${use.rule}`,
      );
  }
  return out;
}

function throwBroken(broken: string[], afterwards: string): void {
  if (broken.length === 0) return;
  throw new GitopsError(`the secret in the environment variable ${listed(broken)}. ${afterwards}`, {
    code: 'SECRET_INVALID',
  });
}

/** Plan: the secrets that are set must meet their rules (unset ones are needed only at apply). */
export function checkSetSecrets(changes: readonly Change[], env: Env): void {
  throwBroken(
    brokenRules(neededBy(changes), env),
    'Set a longer one: Snyk would refuse it when the webhook is created. Nothing was written.',
  );
}

/** Apply: every secret the changes read, set and meeting its rule, before anything is written. */
export function resolveSecrets(changes: readonly Change[], env: Env): Map<string, string> {
  const needed = neededBy(changes);
  const missing: string[] = [];
  const secrets = new Map<string, string>();
  for (const [name, { addresses }] of needed) {
    const value = env[name];
    if (value === undefined || value === '') missing.push(`${name} (for ${addresses.join(', ')})`);
    else secrets.set(name, value);
  }
  if (missing.length > 0)
    throw new GitopsError(
      `the environment variable${missing.length === 1 ? '' : 's'} ${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} not set: a webhook's secret is read from the environment when it is created. Nothing was written.`,
      { code: 'SECRET_MISSING' },
    );
  throwBroken(brokenRules(needed, env), 'Set a longer one. Nothing was written.');
  // From here on every output masks them, in every form
  // (docs/safety.md#data-from-snyk-is-shown-never-obeyed).
  addSecrets(secrets.values());
  return secrets;
}
