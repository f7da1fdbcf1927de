// Which fragments merge into an org, in order (docs/configuration.md#org-classes):
// `defaults.org`, the classes the org lists (in its order), then the classes whose `match`
// selects its slug (in the order the files define them); a class listed and matching applies
// once. Orgs with the same classes share one list of layers.
import picomatch from 'picomatch';
import type { ClassSpec } from './class-schema.ts';
import type { MergedConfig } from './merge.ts';
import type { Layer, OrgFragment } from './org-layers.ts';
import type { OrgSpec } from './schema.ts';
import { checkGlob } from './user-ignore.ts';

/** The first definition of each class name (a second, differing one is a validation error). */
export function definedClasses(merged: MergedConfig): Map<string, MergedConfig['classes'][number]> {
  const byName = new Map<string, MergedConfig['classes'][number]>();
  for (const entry of merged.classes) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return byName;
}

/** Whether a class's `match` selects a slug (never, without one or with a glob that does not compile). */
export function matcherOf(spec: ClassSpec): (slug: string) => boolean {
  const glob = spec.match?.slug;
  return glob === undefined || checkGlob(glob) !== undefined
    ? () => false
    : picomatch(glob, { dot: true, nocase: true });
}

export function fragmentOf(spec: ClassSpec): OrgFragment {
  const { match: _match, ...fragment } = spec;
  return fragment;
}

/** A function from an org to the layers merged under its own keys. */
export function selectLayers(merged: MergedConfig): (org: OrgSpec) => Layer[] {
  const defaults = merged.sections.defaults;
  const base: Layer[] =
    defaults?.value.org === undefined
      ? []
      : [{ fragment: defaults.value.org, origin: { doc: defaults.origin.doc, path: ['defaults', 'org'] } }];
  const classes = [...definedClasses(merged).values()].map((entry) => {
    const layer: Layer = { fragment: fragmentOf(entry.value), origin: entry.origin, className: entry.name };
    return { name: entry.name, layer, matches: matcherOf(entry.value) };
  });
  const byName = new Map(classes.map((c) => [c.name, c]));
  const shared = new Map<string, Layer[]>();
  return (org) => {
    const names = [...new Set(org.classes ?? [])].filter((name) => byName.has(name));
    for (const c of classes) if (c.matches(org.slug) && !names.includes(c.name)) names.push(c.name);
    const key = names.join('\u0000');
    let layers = shared.get(key);
    if (layers === undefined) {
      layers = [...base, ...names.map((name) => (byName.get(name) as (typeof classes)[number]).layer)];
      shared.set(key, layers);
    }
    return layers;
  };
}
