// A refusal of a safety rail: what `apply` will not do without the flag that lifts it. The
// same refusals are computed when a plan is made, so a reviewer sees them before apply does.
export type Rail = 'mass-delete' | 'lockout';

/** The flags that lift rails: `--allow-mass-delete`, `--allow-lockout` (or the Action's inputs). */
export interface RailLifts {
  allowMassDelete?: boolean;
  allowLockout?: boolean;
}

export interface Refusal {
  rail: Rail;
  /** The `apply` flag that lifts this rail; the Action input has the same name without `--`. */
  override: '--allow-mass-delete' | '--allow-lockout';
  message: string;
  addresses: string[];
}

/** The Action input that lifts a refusal (`--allow-lockout` → `allow-lockout`). */
export function overrideInput(refusal: Pick<Refusal, 'override'>): string {
  return refusal.override.replace(/^--/, '');
}

export function listAddresses(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 10).join(', ');
  return addresses.length > 10 ? `${shown} and ${addresses.length - 10} more` : shown;
}

export function lockoutRefusal(message: string, addresses: string[]): Refusal {
  return {
    rail: 'lockout',
    override: '--allow-lockout',
    message: `${message} Re-run with --allow-lockout if this is intended.`,
    addresses,
  };
}

/** The refusal for leaving a scope without any holder of its admin role. */
export function lastAdminRefusal(what: string, role: string, addresses: string[]): Refusal {
  return lockoutRefusal(
    `Refusing to leave ${what} without any ${role}: ${listAddresses(addresses)}.`,
    addresses,
  );
}
