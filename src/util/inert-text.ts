// The terminal rule: text from Snyk, from a config file or from an error is shown, never obeyed.
// A terminal obeys control characters (ESC/OSC/CSI sequences set titles, clear the screen, a
// lone CR overwrites a line), and the GitHub runner obeys any log line that starts with `::`
// after its leading spaces (`::add-mask::`, `::stop-commands::`, `::warning::`) or holds
// `##[` anywhere (the legacy command syntax). Every such character is written as a visible
// JSON-style escape (`\r`, `\u001b`), which also keeps JSON output valid when applied to it.
// A name that could pass for another (invisible characters, mixed scripts) is shown with its
// non-ASCII characters escaped the same way (src/util/lookalike.ts).
import { showLookalikes } from './lookalike.ts';

/** C0 controls, DEL, C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Also bidi overrides/isolates and the Unicode line separators, which reorder or break lines. */
const INLINE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The styles src/render/ansi.ts writes; the only escape sequences the tool itself prints. */
const TOOL_STYLE = /(\u001b\[(?:1|2|22|31|32|33|39)m)/;
/** A line the runner would take as a workflow command, or a legacy `##[command]` anywhere. */
const COMMAND_START = /^(\s*):/gm;
const LEGACY_COMMAND = /##\[/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function guardCommands(text: string): string {
  // Only a line whose first non-space characters are `::` is a command; `:x` lines are kept.
  return text
    .replace(COMMAND_START, (match, space: string, offset: number) =>
      text.startsWith('::', offset + space.length) ? `${space}\\u003a` : match,
    )
    .replace(LEGACY_COMMAND, '#\\u0023[');
}

/**
 * One piece of data inside a line the tool writes (a name, an address, an error detail): every
 * control character escaped, line breaks included, and no workflow command can form.
 */
export function inertText(text: string): string {
  return guardCommands(showLookalikes(text.replace(INLINE_UNSAFE, escapeChar)));
}

/**
 * Text the tool composed of whole lines (a report, an error message, a log block): `\n` is
 * kept as the line break, a CRLF becomes `\n`, every other control is escaped and no line can
 * start a workflow command. `keepStyle` keeps the tool's own colour codes (and tabs).
 */
export function inertLines(text: string, options: { keepStyle?: boolean } = {}): string {
  const escapePart = (part: string) =>
    showLookalikes(
      part
        .replace(/\r\n/g, '\n')
        .replace(CONTROL, (char) =>
          char === '\n' || (char === '\t' && options.keepStyle) ? char : escapeChar(char),
        ),
    );
  // split() with a capturing group puts the tool's styles at the odd indexes.
  const parts = options.keepStyle ? text.split(TOOL_STYLE) : [text];
  return guardCommands(parts.map((part, i) => (i % 2 === 1 ? part : escapePart(part))).join(''));
}
