// Removes the token from text that came back from the server (an echoed header, a reflected
// query, a proxy's error page) before it goes into an error. A server may echo the token in
// another encoding (base64, as in a Basic header) or cut short ("tok-5e3b9c1d-aa…"), so every
// form is matched, and any run of 12 or more characters that starts one of them.
// The CLI's output redaction is separate (src/cli, moving to src/util); this one covers only
// what the client itself puts into errors.

const MIN_PREFIX = 12;
/** Shorter secrets are matched only whole: a 4-character prefix would redact ordinary words. */
const MIN_SECRET = 4;

export type Redactor = (text: string) => string;

export function createRedactor(token: string): Redactor {
  const forms = secretForms(token);
  if (forms.length === 0) return (text) => text;
  return (text) => forms.reduce((out, secret) => redactForm(out, secret), text);
}

function secretForms(token: string): string[] {
  if (token.length < MIN_SECRET) return [];
  const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  const forms = new Set<string>([
    token,
    encodeURIComponent(token),
    base64(token),
    base64(token).replace(/=+$/, ''),
    Buffer.from(token, 'utf8').toString('base64url'),
    // Basic-auth shapes: `user:token` and `token:` encode to strings that do not start like
    // base64(token), so they are listed on their own.
    base64(`${token}:`),
    base64(`:${token}`),
  ]);
  // Longest first, so a long form is replaced whole before a shorter one could split it.
  return [...forms].filter((f) => f.length >= MIN_SECRET).sort((a, b) => b.length - a.length);
}

function redactForm(text: string, secret: string): string {
  if (secret.length < MIN_PREFIX) return text.split(secret).join('***');
  const head = secret.slice(0, MIN_PREFIX);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(head, from); at !== -1; at = text.indexOf(head, from)) {
    let end = at + MIN_PREFIX;
    while (end < text.length && end - at < secret.length && text[end] === secret[end - at]) end++;
    out += `${text.slice(from, at)}***`;
    from = end;
  }
  return out + text.slice(from);
}
