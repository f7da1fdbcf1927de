// Secret redaction for everything that leaves the process (terminal, CI log, files, GitHub).
// A secret leaks in more shapes than its exact text: a server that echoes "token abcd1234…"
// shows a prefix, and a credential file (git's `extraheader = AUTHORIZATION: basic …`) holds
// it base64-encoded, usually after some prefix such as `x-access-token:`. All are masked.

const MASK = '***';
/** Shorter secrets are masked only where they occur whole: a short prefix is too common. */
export const MIN_PREFIX = 12;
/** Secrets shorter than this are not masked at all: they would mask ordinary words. */
const MIN_SECRET = 4;

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
    const head = Math.ceil((shift * 4) / 3);
    const end = Math.floor(((shift + bytes.length) * 4) / 3);
    const core = encoded.slice(head, end);
    if (core.length >= MIN_PREFIX) {
      forms.add(core);
      forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms];
}

/** Every form of each secret (at least 4 characters long) in `text` replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET) continue;
    if (result.includes(secret)) result = result.split(secret).join(MASK);
    if (secret.length < MIN_PREFIX) continue;
    result = maskPrefixes(result, secret);
    for (const form of base64Forms(secret)) {
      if (result.includes(form)) result = result.split(form).join(MASK);
    }
  }
  return result;
}

/** A run of 12+ characters that starts the secret and ends where the text does (a truncated echo). */
function maskPrefixes(text: string, secret: string): string {
  const start = secret.slice(0, MIN_PREFIX);
  let from = text.indexOf(start);
  if (from < 0) return text;
  let out = '';
  let copied = 0;
  while (from >= 0) {
    let end = from + MIN_PREFIX;
    while (end < text.length && end - from < secret.length && text[end] === secret[end - from]) end++;
    // A cut-off echo ends there ('abcd1234efgh…'); text that goes on with other letters or
    // digits merely shares a beginning with the secret (a readable test token, a path).
    if (end - from < secret.length && /[A-Za-z0-9]/.test(text[end] ?? '')) {
      from = text.indexOf(start, from + 1);
      continue;
    }
    out += `${text.slice(copied, from)}${MASK}`;
    copied = end;
    from = text.indexOf(start, end);
  }
  return out + text.slice(copied);
}
