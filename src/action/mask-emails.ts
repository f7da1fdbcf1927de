// Public repositories should not publish who has access to the company's Snyk. With
// mask-emails every address becomes a stable pseudonym: the same user gets the same mask in
// every comment and run, so a reviewer can still follow one person through a plan.
import { createHash } from 'node:crypto';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** `user-<8 hex of sha256(lower-cased email)>@masked`; emails compare case-insensitively. */
export function maskEmail(email: string): string {
  const hash = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 8);
  return `user-${hash}@masked`;
}

export function maskEmails(text: string): string {
  return text.replace(EMAIL, (email) => maskEmail(email));
}
