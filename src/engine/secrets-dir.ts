// `--secrets-dir DIR`: where a secret Snyk hands out once (a service account's API key or client
// secret, at create or rotation) is written, one file per account, readable by its owner only
// (docs/commands.md#service-account-secrets). The file name comes from the account's address,
// reduced to a safe alphabet and suffixed with a hash of the whole address: a hostile name
// cannot climb out of DIR, hide as a dotfile or land on another account's file. A secret is
// never printed: from the moment it is known every output masks it.
import { createHash } from 'node:crypto';
import { constants, mkdirSync } from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretSink } from '../core/kinds/apply-support.ts';
import { handlersOf } from '../core/kinds/index.ts';
import type { Change } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { addSecrets } from '../util/redact.ts';

/** The file an address's secret is written to, inside the secrets folder. */
export function secretFileName(address: string): string {
  const readable = address
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 120);
  const hash = createHash('sha256').update(address).digest('hex').slice(0, 12);
  return `${readable || 'account'}-${hash}.secret`;
}

/** The changes whose apply makes Snyk hand out a secret. */
export function secretOutputs(changes: readonly Change[]): Change[] {
  return changes.filter((c) => handlersOf(c.kind).secretOutputs?.(c) === true);
}

/** Apply, before any write: a change that gets a secret needs a folder to put it in. */
export function checkSecretsDir(changes: readonly Change[], dir: string | undefined): void {
  if (dir !== undefined) return;
  const needing = secretOutputs(changes);
  if (needing.length === 0) return;
  throw new GitopsError(
    `Snyk returns the secret of ${needing.map((c) => c.address).join(', ')} once, when it is made, and it can only be written to a file: give --secrets-dir DIR (the Action's secrets-dir input). Nothing was written.`,
    { code: 'SECRETS_DIR_MISSING' },
  );
}

function unwritable(dir: string, why: string): GitopsError {
  return new GitopsError(`--secrets-dir ${dir}: ${why}`, { code: 'SECRETS_DIR_UNWRITABLE' });
}

/** The folder, made (owner-only) when absent; checked before the first write of the run. */
export function openSecretsDir(dir: string): SecretSink {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw unwritable(dir, `cannot be made (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return {
    async save(address, secret) {
      addSecrets([secret]);
      const file = join(dir, secretFileName(address));
      const existing = await lstat(file).catch(() => undefined);
      if (existing?.isSymbolicLink())
        throw unwritable(dir, `${secretFileName(address)} is a symbolic link, never followed`);
      // Written whole to a new file, then renamed over the old one: a reader never sees half a secret.
      const temporary = `${file}.${process.pid}.tmp`;
      const handle = await open(
        temporary,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
        0o600,
      ).catch((error: NodeJS.ErrnoException) => {
        throw unwritable(dir, `cannot write ${secretFileName(address)} (${error.code ?? 'error'})`);
      });
      try {
        await handle.writeFile(`${secret}\n`);
        await handle.chmod(0o600);
      } finally {
        await handle.close();
      }
      await rename(temporary, file).catch(async (error: NodeJS.ErrnoException) => {
        await unlink(temporary).catch(() => undefined);
        throw unwritable(dir, `cannot write ${secretFileName(address)} (${error.code ?? 'error'})`);
      });
    },
  };
}
