import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  showLookalikes
} from "./chunk-GVG4TUQB.js";

// src/render/ansi.ts
var wrap = (code, reset) => (on, text) => on ? `\x1B[${code}m${text}\x1B[${reset}m` : text;
var green = wrap(32, 39);
var red = wrap(31, 39);
var yellow = wrap(33, 39);
var bold = wrap(1, 22);
var dim = wrap(2, 22);

// src/render/inert-markdown.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function showControls(text) {
  return showLookalikes(
    text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  );
}
function breakComments(text) {
  return text.replace(/<!--/g, "<\\!--");
}
var RISKY = new RegExp(
  `(${[
    String.raw`[\w.+-]*@[\w-]+(?:[./][\w-]+)*`,
    String.raw`[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]\x60]*`,
    String.raw`www\.[^\s<>()[\]\x60]*`,
    String.raw`[\w./-]*#\d+`
  ].join("|")})`,
  "gi"
);
function mdCode(text, options = {}) {
  let content = breakComments(showControls(text));
  if (options.inTable) content = content.replace(/\|/g, "\\|");
  if (content === "") return "` `";
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;
function escapeProse(text, leading) {
  const escaped = showControls(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  if (!leading) return escaped;
  return escaped.replace(
    /^( *)([#+\-=]|\d+(?=[.)]))/,
    (_, space, m) => /^\d/.test(m) ? `${space}${m}\\` : `${space}\\${m}`
  );
}
function mdText(text) {
  return text.split(RISKY).map((part, i) => i % 2 === 1 ? mdCode(part) : escapeProse(part, i === 0)).join("");
}
function mdHtml(text) {
  return text.split(RISKY).map((part, i) => {
    const escaped = breakComments(showControls(part)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return i % 2 === 1 ? `<code>${escaped}</code>` : escaped;
  }).join("");
}
function mdFenceLine(text) {
  return breakComments(showControls(text)).replace(/```/g, "'''");
}
function mdFence(text, info = "") {
  const lines = text.trimEnd().replace(/\r\n/g, "\n").split("\n").map(mdFenceLine);
  return `\`\`\`${info}
${lines.join("\n")}
\`\`\``;
}

export {
  mdCode,
  mdText,
  mdHtml,
  mdFenceLine,
  mdFence,
  green,
  red,
  yellow,
  bold,
  dim
};
