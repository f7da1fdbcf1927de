import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/redact.ts
var MASK = "***";
var MIN_PREFIX = 12;
var MIN_SECRET = 4;
function base64Forms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const forms = /* @__PURE__ */ new Set();
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    const encoded = padded.toString("base64").replace(/=+$/, "");
    const head = Math.ceil(shift * 4 / 3);
    const end = Math.floor((shift + bytes.length) * 4 / 3);
    const core = encoded.slice(head, end);
    if (core.length >= MIN_PREFIX) {
      forms.add(core);
      forms.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  return [...forms];
}
function redact(text, secrets) {
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
function maskPrefixes(text, secret) {
  const start = secret.slice(0, MIN_PREFIX);
  let from = text.indexOf(start);
  if (from < 0) return text;
  let out = "";
  let copied = 0;
  while (from >= 0) {
    let end = from + MIN_PREFIX;
    while (end < text.length && end - from < secret.length && text[end] === secret[end - from]) end++;
    if (end - from < secret.length && /[A-Za-z0-9]/.test(text[end] ?? "")) {
      from = text.indexOf(start, from + 1);
      continue;
    }
    out += `${text.slice(copied, from)}${MASK}`;
    copied = end;
    from = text.indexOf(start, end);
  }
  return out + text.slice(copied);
}

export {
  redact
};
