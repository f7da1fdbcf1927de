// Where a planned value came from (docs/configuration.md#org-classes): a change whose value an
// org class decided says so in its note, "from class production (snyk.yaml:12)", so that a
// reviewer of a plan touching 300 orgs sees which class file to read. The class of each value
// is known to the config (the layers merged into each org); this maps a change back to the
// values of the desired org it writes. Pure.
import { type AddressStep, labelUser, labelUserRef } from './addresses.ts';
import { ruleMatches } from './project-match.ts';
import type { Change, DesiredOrg, LiveProject, LiveState, Plan, SourceRef } from './types.ts';

type Path = readonly (string | number)[];

/** The class that decided the value at a path of the desired state (`['orgs', 2, 'settings', …]`). */
export type ClassOf = (path: Path) => { name: string; at: SourceRef } | undefined;

/** The plan with each change's note naming the classes that decided what it writes. */
export function noteClasses(
  plan: Plan,
  orgs: readonly DesiredOrg[],
  live: LiveState,
  classOf: ClassOf,
): Plan {
  const indexBySlug = new Map(orgs.map((org, i) => [org.slug.toLowerCase(), i]));
  const membersOf = memberIndexer(labeller(live));
  const liveOrgs = new Map(live.orgs.map((o) => [o.slug.toLowerCase(), o]));
  let noted = false;
  const changes = plan.changes.map((change) => {
    const { scope, steps } = change.address;
    if (scope.kind !== 'org') return change;
    const index = indexBySlug.get(scope.slug.toLowerCase());
    const org = index === undefined ? undefined : orgs[index];
    if (index === undefined || org === undefined) return change;
    const seen = new Map<string, string>();
    const projects = liveOrgs.get(scope.slug.toLowerCase())?.projects ?? [];
    for (const path of valuePaths(change, steps, { org, projects, membersOf })) {
      const found = classOf(['orgs', index, ...path]);
      if (found !== undefined && !seen.has(found.name))
        seen.set(found.name, `class ${found.name} (${found.at.file}:${found.at.line})`);
    }
    if (seen.size === 0) return change;
    noted = true;
    const from = `from ${[...seen.values()].join(', ')}`;
    return { ...change, note: change.note === undefined ? from : `${change.note}; ${from}` };
  });
  return noted ? { ...plan, changes } : plan;
}

const CLASS_NOTE = /(?:^|; )from class .*$/s;

/**
 * The change without the part of its note that names classes: a saved plan carries only the
 * merged desired state, so planning it again (apply's check that the plan was not edited)
 * cannot say which class decided a value. The note is for reading; the values are compared.
 */
export function withoutClassNote<C extends Change>(change: C): C {
  if (change.note === undefined || !CLASS_NOTE.test(change.note)) return change;
  const { note, ...rest } = change;
  const kept = note.replace(CLASS_NOTE, '');
  return (kept === '' ? rest : { ...rest, note: kept }) as C;
}

type Step = AddressStep;

interface OrgView {
  org: DesiredOrg;
  /** The live org's projects that some rule matches (read only when it has rules). */
  projects: readonly LiveProject[];
  membersOf: (org: DesiredOrg) => Map<string, number>;
}

/** The paths inside the desired org of the values a change writes. */
function valuePaths(change: Change, steps: readonly Step[], { org, projects, membersOf }: OrgView): Path[] {
  const [step] = steps;
  if (step === undefined) return change.action === 'create' ? [['template']] : [];
  const { name, key } = step;
  if (key === undefined) return leaves(change).map((leaf) => [name, ...leaf]);
  switch (name) {
    case 'member':
    case 'pending': {
      const j = membersOf(org).get(key);
      return j === undefined ? [] : [['members', j]];
    }
    case 'project': {
      // Every rule matching the project sets its values: the address names it, `#id` when shared.
      const project = projects.find((p) => p.name === key || `${p.name}#${p.id}` === key);
      if (project === undefined) return [];
      return (org.projects ?? []).flatMap((rule, r) => (ruleMatches(rule, project) ? [['projects', r]] : []));
    }
    case 'webhook':
      return indexOf(org.webhooks, (w) => w.url === key).map((j) => ['webhooks', j]);
    case 'service_account':
      return indexOf(org.serviceAccounts, (a) => a.name === key).map((j) => ['serviceAccounts', j]);
    case 'integration': {
      const settings = leaves(change).filter((leaf) => leaf.length > 0);
      return settings.length === 0
        ? [['integrations', key]]
        : settings.map((leaf) => ['integrations', key, 'settings', ...leaf]);
    }
    default:
      return [];
  }
}

/** The changed leaves of an update (its patch), or the keys a create writes. */
function leaves(change: Change): Path[] {
  if (change.patch.length > 0)
    return change.patch.map((op) =>
      op.path
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')),
    );
  const after = change.after;
  if (after !== null && typeof after === 'object' && !Array.isArray(after))
    return Object.keys(after).map((k) => [k]);
  return [[]];
}

/** The index of each member of an org by its address label, built once per org of a plan. */
function memberIndexer(label: (ref: string) => string): (org: DesiredOrg) => Map<string, number> {
  const indexes = new Map<DesiredOrg, Map<string, number>>();
  return (org) => {
    let index = indexes.get(org);
    if (index === undefined) {
      index = new Map();
      for (const [j, member] of (org.members ?? []).entries()) {
        const key = label(member.user);
        if (!index.has(key)) index.set(key, j);
      }
      indexes.set(org, index);
    }
    return index;
  };
}

function indexOf<T>(list: readonly T[] | undefined, test: (item: T) => boolean): number[] {
  const index = (list ?? []).findIndex(test);
  return index === -1 ? [] : [index];
}

/** The address label of a member reference, as the membership kinds write it. */
function labeller(live: LiveState): (ref: string) => string {
  const byRef = new Map<string, string>();
  for (const user of Object.values(live.users)) {
    const text = labelUser(user);
    for (const ref of [user.email?.toLowerCase(), user.username?.toLowerCase(), user.id])
      if (ref !== undefined) byRef.set(ref, text);
  }
  return (ref) => byRef.get(ref.toLowerCase()) ?? labelUserRef(ref);
}
