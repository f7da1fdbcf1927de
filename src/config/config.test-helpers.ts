// Builders for the config tests: parse YAML text into documents, validate, format.
import { formatIssue } from './issue.ts';
import { parseSource, type SourceDocument } from './source.ts';
import { type LoadResult, validateDocuments } from './validate.ts';

export const GROUP_ID = '4a18d42f-0706-4ad0-b127-24078731fbed';

/** A parsed document; fails the test when the text is not valid YAML. */
export function yamlDoc(file: string, text: string): SourceDocument {
  const parsed = parseSource(file, text);
  if (!parsed.ok)
    throw new Error(`test fixture ${file} does not parse: ${parsed.issues.map(formatIssue).join('; ')}`);
  return parsed.doc;
}

/** Validates files given as { name: text }. */
export function validateTexts(files: Record<string, string>): LoadResult {
  return validateDocuments(Object.entries(files).map(([name, text]) => yamlDoc(name, text)));
}

/** The formatted issues of an invalid result (an empty list when valid). */
export function messages(result: LoadResult): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

/** A minimal valid file body with `rest` appended. */
export function withGroup(rest = ''): string {
  return `version: 1\ngroup:\n  id: ${GROUP_ID}\n${rest}`;
}

/** A config of `orgs` orgs with `membersPerOrg` members each (for the validation benchmark). */
export function largeConfigText(orgs = 5000, membersPerOrg = 20): string {
  const lines = ['version: 1', 'group:', `  id: ${GROUP_ID}`, 'orgs:'];
  for (let o = 0; o < orgs; o++) {
    lines.push(`  - slug: org-${o}`, `    name: Org ${o}`, '    members:');
    for (let m = 0; m < membersPerOrg; m++)
      lines.push(`      - { user: user${(o * 7 + m * 13) % 20000}-${m}@acme.com, role: Org Collaborator }`);
  }
  return `${lines.join('\n')}\n`;
}
