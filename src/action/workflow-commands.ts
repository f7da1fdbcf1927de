// The runner's workflow-command syntax (`::name key=value::message`), written by hand: it is a
// few lines and saves a dependency. Escaping follows the spec in actions/toolkit (command.ts):
// data escapes %, CR and LF; property values additionally escape ':' and ','.
import { inertLines } from '../util/inert-text.ts';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line, newline-terminated. Properties with undefined values are left out. */
export function formatCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

/** `::error file=…,line=…,col=…::message`, shown by GitHub on the file in the PR diff. */
export function formatAnnotation(annotation: Annotation): string {
  return formatCommand(
    annotation.level,
    {
      title: annotation.title,
      file: annotation.file,
      line: annotation.line,
      col: annotation.column,
    },
    // Line breaks become %0A; other controls (escape sequences) are shown, not obeyed.
    inertLines(annotation.message),
  );
}

/** Asks the runner to hide `secret` in every later log line. */
export function formatMask(secret: string): string {
  return formatCommand('add-mask', {}, secret);
}

/**
 * One entry of the GITHUB_OUTPUT file. Uses the heredoc form, whose delimiter must not occur
 * in the value (the runner would end the value early).
 */
export function formatOutput(name: string, value: string, delimiter: string): string {
  if (value.includes(delimiter)) throw new Error(`output delimiter '${delimiter}' occurs in the value`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
