// Secret redaction for everything that leaves the process (terminal, CI log, files, GitHub, the
// client's own errors). A secret leaks in more shapes than its exact text: a server echoes it cut
// short or from the middle, percent-encoded in a reflected query, hex-encoded in a debug dump,
// base64-encoded inside a Basic credential (git's `extraheader`). Every encoding is a "form" of
// the secret, and any run of MIN_RUN or more consecutive characters of a form is masked — see
// docs/safety.md#guarantees.
//
// Output is redacted in 64 KB pieces of whole lines (src/cli/output.ts), and a JSON plan of
// thousands of orgs is tens of megabytes, so the scan is one pass with a rolling hash of the
// last MIN_RUN characters, not a search per window and secret.

const MASK = '***';
/** A run this long of a secret's form is masked wherever it occurs; shorter ones only whole. */
export const MIN_RUN = 12;
/** Secrets shorter than this are not masked at all: they would mask ordinary words. */
const MIN_SECRET = 4;

export type Redactor = (text: string) => string;

const BASE = 31;
/** BASE^(MIN_RUN-1) mod 2^32: what the character leaving the window weighs in the hash. */
const OUTGOING = Array.from({ length: MIN_RUN - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);
/** A bitmap over the hashes' top bits: most windows are ruled out without touching a Set. */
const FILTER_BITS = 22;

/**
 * The runs of base64 text that encode `secret` wherever it sits in a longer encoded string:
 * one per byte offset modulo 3, without the edge characters that depend on its neighbours.
 */
export function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms = new Set<string>();
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    const encoded = padded.toString('base64').replace(/=+$/, '');
    // Leading characters mix in the zero padding, trailing ones what follows the secret: keep
    // the characters whose six bits all come from the secret.
    const core = encoded.slice(Math.ceil((shift * 4) / 3), Math.floor(((shift + bytes.length) * 4) / 3));
    if (core.length >= MIN_RUN) {
      forms.add(core);
      forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms];
}

/** Every shape in which `secret` may be printed: raw, percent-, base64- and hex-encoded. */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET) return [];
  const bytes = Buffer.from(secret, 'utf8');
  const hex = bytes.toString('hex');
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    ...base64Forms(secret),
    hex,
    hex.toUpperCase(),
  ]);
  return [...forms];
}

function hashOf(text: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + MIN_RUN; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** A redactor for these secrets: built once per set of secrets, then one pass per text. */
export function createRedactor(secrets: readonly string[]): Redactor {
  const forms = [...new Set(secrets.flatMap(secretForms))];
  if (forms.length === 0) return (text) => text;
  const whole = forms.filter((f) => f.length < MIN_RUN);
  const runs = new Set<string>();
  const filter = new Uint8Array(1 << (FILTER_BITS - 3));
  for (const form of forms)
    for (let i = 0; i + MIN_RUN <= form.length; i++) {
      runs.add(form.slice(i, i + MIN_RUN));
      const bit = hashOf(form, i) >>> (32 - FILTER_BITS);
      filter[bit >>> 3]! |= 1 << (bit & 7);
    }
  return (text) => {
    const spans: [number, number][] = [];
    if (runs.size > 0 && text.length >= MIN_RUN) {
      let h = hashOf(text, 0);
      for (let i = 0; ; i++) {
        const bit = h >>> (32 - FILTER_BITS);
        if ((filter[bit >>> 3]! & (1 << (bit & 7))) !== 0 && runs.has(text.slice(i, i + MIN_RUN)))
          addSpan(spans, i, i + MIN_RUN);
        if (i + MIN_RUN >= text.length) break;
        h = (Math.imul(h - Math.imul(text.charCodeAt(i), OUTGOING), BASE) + text.charCodeAt(i + MIN_RUN)) | 0;
      }
    }
    for (const form of whole)
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length))
        addSpan(spans, at, at + form.length);
    return spans.length === 0 ? text : mask(text, spans);
  };
}

/** Records [from, to); spans found left to right merge with the last one they touch. */
function addSpan(spans: [number, number][], from: number, to: number): void {
  const last = spans[spans.length - 1];
  if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
  else spans.push([from, to]);
}

function mask(text: string, found: [number, number][]): string {
  // Whole-form matches come after the runs: order and merge once more.
  const spans: [number, number][] = [];
  for (const [from, to] of found.sort((a, b) => a[0] - b[0])) addSpan(spans, from, to);
  let out = '';
  let copied = 0;
  for (const [from, to] of spans) {
    out += `${text.slice(copied, from)}${MASK}`;
    copied = to;
  }
  return out + text.slice(copied);
}

const cache = new Map<string, Redactor>();
const learnt = new Set<string>();

/**
 * Secrets learnt during the run (a webhook's secret read from the environment just before it is
 * sent): every later `redact` masks them too, as a runner's `::add-mask::` does, because the
 * text that may echo them (an API error, the apply summary, the PR comment) is redacted far
 * from where they were read.
 */
export function addSecrets(values: Iterable<string>): void {
  for (const value of values) if (value.length >= MIN_SECRET) learnt.add(value);
}

/** Every form of each secret (at least 4 characters long) in `text` replaced by `***`. */
export function redact(text: string, given: readonly string[]): string {
  const secrets = learnt.size === 0 ? given : [...given, ...learnt];
  const key = secrets.join('\u0000');
  let redactor = cache.get(key);
  if (redactor === undefined) {
    // A run sees a handful of secret sets (tokens, then with the config's webhook secrets).
    if (cache.size > 16) cache.clear();
    redactor = createRedactor(secrets);
    cache.set(key, redactor);
  }
  return redactor(text);
}
