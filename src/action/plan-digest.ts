// What a reviewer approved, in a form the apply run can check: a digest over the plan's
// changes, plus a compact list of them so that a refusal can say what differs. Both travel in
// hidden HTML comments of the sticky PR comment.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { changeHead } from '../core/change-head.ts';
import { canonicalJson as canonical } from '../core/json.ts';
import type { Change, Json } from '../core/types.ts';

/** Above this size the list is left out of the comment; the digest alone still guards apply. */
const MAX_LIST_CHARS = 20_000;

/** What a reviewer sees of a change; ids in `target` are apply's business, not the review's. */
const reviewedPart = (change: Change): Json => changeHead(change);

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function digestChanges(changes: readonly Change[]): string {
  return `sha256:${sha256(canonical(changes.map(reviewedPart)))}`;
}

/** One line per change: `action address hash`, the hash telling apart two values of one address. */
export function listChanges(changes: readonly Change[], maskText: (text: string) => string): string[] {
  return changes.map(
    (change) =>
      `${change.action} ${maskText(change.address.text)} ${sha256(canonical(reviewedPart(change))).slice(0, 10)}`,
  );
}

export interface ReviewedPlan {
  digest: string;
  headSha?: string;
  changes?: string[];
  /** The parts of live state the plan's token could not read (their addresses). */
  unreadable?: string[];
}

const DIGEST = /<!-- snyk-gitops:plan-digest:(sha256:[0-9a-f]{64}) -->/;
const HEAD = /<!-- snyk-gitops:head:([0-9a-f]{7,64}) -->/;
const LIST = /<!-- snyk-gitops:plan-changes:([A-Za-z0-9+/=]+) -->/;
const UNREADABLE = /<!-- snyk-gitops:plan-unreadable:([A-Za-z0-9+/=]+) -->/;

const pack = (lines: readonly string[]) => gzipSync(lines.join('\n')).toString('base64');
const unpack = (encoded: string) =>
  gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8').split('\n').filter(Boolean);

export function formatReviewBlock(review: ReviewedPlan): string {
  const lines = [`<!-- snyk-gitops:plan-digest:${review.digest} -->`];
  if (review.headSha) lines.push(`<!-- snyk-gitops:head:${review.headSha} -->`);
  if (review.changes) {
    const encoded = pack(review.changes);
    if (encoded.length <= MAX_LIST_CHARS) lines.push(`<!-- snyk-gitops:plan-changes:${encoded} -->`);
  }
  // Without this list, apply takes the unreadable parts' changes for unreviewed ones (and
  // refuses them, naming them): too long a list costs that, never the comment's size.
  if (review.unreadable && review.unreadable.length > 0) {
    const encoded = pack(review.unreadable);
    if (encoded.length <= MAX_LIST_CHARS) lines.push(`<!-- snyk-gitops:plan-unreadable:${encoded} -->`);
  }
  return lines.join('\n');
}

/**
 * The reviewed plan recorded in a comment body, or undefined when it carries none. Only the
 * block of marker lines at the top counts: the rest of the body quotes data from Snyk.
 */
export function parseReviewBlock(comment: string): ReviewedPlan | undefined {
  const lines = comment.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('<!-- snyk-gitops:'));
  const body = lines.slice(0, end < 0 ? lines.length : end).join('\n');
  const digest = DIGEST.exec(body)?.[1];
  if (digest === undefined) return undefined;
  const review: ReviewedPlan = { digest };
  const head = HEAD.exec(body)?.[1];
  if (head !== undefined) review.headSha = head;
  const list = LIST.exec(body)?.[1];
  if (list !== undefined) {
    try {
      review.changes = unpack(list);
    } catch {
      // A damaged list only costs the explanation; the digest still decides.
    }
  }
  const unreadable = UNREADABLE.exec(body)?.[1];
  if (unreadable !== undefined) {
    try {
      review.unreadable = unpack(unreadable);
    } catch {
      // Damaged, it covers nothing: those changes count as unreviewed.
    }
  }
  return review;
}
