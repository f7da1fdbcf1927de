// The one read of an org's projects that the project rules, placement and ignores share
// (src/core/estate-scope.ts says which projects each needs): the list, filtered on the server
// where every rule allows it, keeping the projects some rule matches; then the v1 ignores of
// each kept project that an ignore rule covers. Declared by each kind under the same address,
// so it is one read (live-read.ts).
import { orgAddress } from '../addresses.ts';
import { ignoreReadRules, projectReadRules } from '../estate-scope.ts';
import { anyRuleMatches, listFilterOf } from '../project-match.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveProject } from '../types.ts';
import { type Intern, type LiveRead, liveRead } from './live-read.ts';

/** The org read of a kind that works on projects: the estate read, where `uses` says the file gives it work in this org. */
export function estateReadWhen(uses: (desired: DesiredState, want: DesiredOrg) => boolean) {
  return (desired: DesiredState, want: DesiredOrg, org: LiveOrg): LiveRead[] =>
    uses(desired, want) ? estateProjectsRead(desired, want, org) : [];
}

export function estateProjectsRead(desired: DesiredState, want: DesiredOrg, org: LiveOrg): LiveRead[] {
  const rules = projectReadRules(desired, want);
  if (rules.length === 0) return [];
  const ignoreRules = ignoreReadRules(desired, want.slug);
  return [
    liveRead(
      orgAddress(want.slug).at('projects'),
      async (client) => {
        const kept: LiveProject[] = [];
        await client.listOrgProjects(org.id, listFilterOf(rules), (page) => {
          for (const project of page) if (anyRuleMatches(rules, project)) kept.push(project);
        });
        await Promise.all(
          kept.map(async (project) => {
            if (anyRuleMatches(ignoreRules, project))
              project.ignores = await client.listProjectIgnores(org.id, project.id);
          }),
        );
        return kept;
      },
      (projects, _live, intern) => {
        org.projects = projects.map((p) => internProject(p, intern));
      },
    ),
  ];
}

/** One string per repeated type, origin, tag and issue across thousands of projects. */
function internProject(p: LiveProject, intern: Intern): LiveProject {
  const attributes: LiveProject['attributes'] = {};
  for (const [name, values] of Object.entries(p.attributes))
    attributes[name as keyof LiveProject['attributes']] = values.map(intern);
  const project: LiveProject = {
    id: p.id,
    name: p.name,
    type: intern(p.type),
    origin: intern(p.origin),
    tags: p.tags.map((t) => ({ key: intern(t.key), value: intern(t.value) })),
    attributes,
  };
  if (p.ignores !== undefined)
    project.ignores = p.ignores.map((i) => ({
      ...i,
      issueId: intern(i.issueId),
      reasonType: intern(i.reasonType),
      ...(i.ignoredById === undefined ? {} : { ignoredById: intern(i.ignoredById) }),
    }));
  return project;
}
