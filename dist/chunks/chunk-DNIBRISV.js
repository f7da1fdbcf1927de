import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/redact.ts
var MASK = "***";
var MIN_RUN = 12;
var MIN_SECRET = 4;
var BASE = 31;
var OUTGOING = Array.from({ length: MIN_RUN - 1 }).reduce((p) => Math.imul(p, BASE), 1);
var FILTER_BITS = 22;
function base64Forms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const forms = /* @__PURE__ */ new Set();
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    const encoded = padded.toString("base64").replace(/=+$/, "");
    const core = encoded.slice(Math.ceil(shift * 4 / 3), Math.floor((shift + bytes.length) * 4 / 3));
    if (core.length >= MIN_RUN) {
      forms.add(core);
      forms.add(core.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  return [...forms];
}
function secretForms(secret) {
  if (secret.length < MIN_SECRET) return [];
  const bytes = Buffer.from(secret, "utf8");
  const hex = bytes.toString("hex");
  const forms = /* @__PURE__ */ new Set([
    secret,
    encodeURIComponent(secret),
    bytes.toString("base64"),
    bytes.toString("base64url"),
    ...base64Forms(secret),
    hex,
    hex.toUpperCase()
  ]);
  return [...forms];
}
function hashOf(text, from) {
  let h = 0;
  for (let i = from; i < from + MIN_RUN; i++) h = Math.imul(h, BASE) + text.charCodeAt(i) | 0;
  return h;
}
function createRedactor(secrets) {
  const forms = [...new Set(secrets.flatMap(secretForms))];
  if (forms.length === 0) return (text) => text;
  const whole = forms.filter((f) => f.length < MIN_RUN);
  const runs = /* @__PURE__ */ new Set();
  const filter = new Uint8Array(1 << FILTER_BITS - 3);
  for (const form of forms)
    for (let i = 0; i + MIN_RUN <= form.length; i++) {
      runs.add(form.slice(i, i + MIN_RUN));
      const bit = hashOf(form, i) >>> 32 - FILTER_BITS;
      filter[bit >>> 3] |= 1 << (bit & 7);
    }
  return (text) => {
    const spans = [];
    if (runs.size > 0 && text.length >= MIN_RUN) {
      let h = hashOf(text, 0);
      for (let i = 0; ; i++) {
        const bit = h >>> 32 - FILTER_BITS;
        if ((filter[bit >>> 3] & 1 << (bit & 7)) !== 0 && runs.has(text.slice(i, i + MIN_RUN)))
          addSpan(spans, i, i + MIN_RUN);
        if (i + MIN_RUN >= text.length) break;
        h = Math.imul(h - Math.imul(text.charCodeAt(i), OUTGOING), BASE) + text.charCodeAt(i + MIN_RUN) | 0;
      }
    }
    for (const form of whole)
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length))
        addSpan(spans, at, at + form.length);
    return spans.length === 0 ? text : mask(text, spans);
  };
}
function addSpan(spans, from, to) {
  const last = spans[spans.length - 1];
  if (last !== void 0 && from <= last[1]) last[1] = Math.max(last[1], to);
  else spans.push([from, to]);
}
function mask(text, found) {
  const spans = [];
  for (const [from, to] of found.sort((a, b) => a[0] - b[0])) addSpan(spans, from, to);
  let out = "";
  let copied = 0;
  for (const [from, to] of spans) {
    out += `${text.slice(copied, from)}${MASK}`;
    copied = to;
  }
  return out + text.slice(copied);
}
var cache = /* @__PURE__ */ new Map();
var learnt = /* @__PURE__ */ new Set();
function addSecrets(values) {
  for (const value of values) if (value.length >= MIN_SECRET) learnt.add(value);
}
function redact(text, given) {
  const secrets = learnt.size === 0 ? given : [...given, ...learnt];
  const key = secrets.join("\0");
  let redactor = cache.get(key);
  if (redactor === void 0) {
    if (cache.size > 16) cache.clear();
    redactor = createRedactor(secrets);
    cache.set(key, redactor);
  }
  return redactor(text);
}

export {
  createRedactor,
  addSecrets,
  redact
};
