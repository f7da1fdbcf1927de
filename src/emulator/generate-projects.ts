// Generated projects for tests and benchmarks: each org gets repositories with a few manifests
// each, of several types and origins, some tagged and with attributes already, so that rules
// over them have something to match, keep and change. Seeded apart from the rest of the state.

import { createRandom } from '../util/prng.ts';
import { timestamp, uuidFrom } from './generate.ts';
import { retag } from './project-tags.ts';
import type { EmuGroup, EmuProject } from './state-types.ts';

const MANIFESTS = [
  { file: 'package.json', type: 'npm' },
  { file: 'pom.xml', type: 'maven' },
  { file: 'requirements.txt', type: 'pip' },
  { file: '', type: 'sast' },
] as const;

export function generateProjects(group: EmuGroup, perOrg: number, seed: number): void {
  const random = createRandom(seed * 7919 + 17);
  let clock = 10_000_000;
  for (const org of group.orgs) {
    const projects: EmuProject[] = [];
    for (let i = 0; i < perOrg; i++) {
      const manifest = MANIFESTS[i % MANIFESTS.length]!;
      const repo = `acme/${org.slug}-svc-${String(Math.floor(i / MANIFESTS.length) + 1).padStart(2, '0')}`;
      const tags = random() < 0.3 ? [{ key: 'owner', value: `team-${1 + Math.floor(random() * 5)}` }] : [];
      const project: EmuProject = {
        id: uuidFrom(random),
        name: manifest.file === '' ? repo : `${repo}:${manifest.file}`,
        type: manifest.type,
        origin: random() < 0.8 ? 'github' : 'cli',
        targetFile: manifest.file,
        targetReference: 'main',
        targetId: uuidFrom(random),
        createdAt: timestamp(++clock),
        status: 'active',
        tags,
      };
      if (random() < 0.2) project.lifecycle = ['development'];
      retag(group, [], tags);
      projects.push(project);
    }
    org.projects = projects;
  }
}
