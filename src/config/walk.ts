// The files of a config directory
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations): every *.yaml/*.yml
// below it, in path order, hidden folders (`.github`, `.git`) skipped, so that team files can live
// in folders of their own with their own CODEOWNERS. Symlinked files are read as before; symlinked
// folders are not followed (a link back up would loop, and a folder outside the repository is not
// reviewed).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const YAML_FILE = /\.ya?ml$/i;

/** Absolute paths of the YAML files below `dir`, ordered by path segment by segment. */
export async function listYamlFiles(dir: string): Promise<string[]> {
  const found: string[][] = [];
  const walk = async (segments: string[]) => {
    const entries = await readdir(join(dir, ...segments), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk([...segments, entry.name]);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)) {
        found.push([...segments, entry.name]);
      }
    }
  };
  await walk([]);
  found.sort(comparePaths);
  return found.map((segments) => join(dir, ...segments));
}

/** `a/x.yaml` before `a-b/x.yaml`: folders compare by name, not by the characters after them. */
function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
