import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/inert-text.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
var INLINE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var TOOL_STYLE = /(\u001b\[(?:1|2|22|31|32|33|39)m)/;
var COMMAND_START = /^(\s*):/gm;
var LEGACY_COMMAND = /##\[/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeChar(char) {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function guardCommands(text) {
  return text.replace(
    COMMAND_START,
    (match, space, offset) => text.startsWith("::", offset + space.length) ? `${space}\\u003a` : match
  ).replace(LEGACY_COMMAND, "#\\u0023[");
}
function inertText(text) {
  return guardCommands(text.replace(INLINE_UNSAFE, escapeChar));
}
function inertLines(text, options = {}) {
  const escapePart = (part) => part.replace(/\r\n/g, "\n").replace(
    CONTROL,
    (char) => char === "\n" || char === "	" && options.keepStyle ? char : escapeChar(char)
  );
  const parts = options.keepStyle ? text.split(TOOL_STYLE) : [text];
  return guardCommands(parts.map((part, i) => i % 2 === 1 ? part : escapePart(part)).join(""));
}

export {
  inertText,
  inertLines
};
