// Writes schema/snyk-gitops.schema.json from the TypeBox definition in src/config/schema.ts
// (repeated subschemas shared under $defs, as the validator compiles it).
import { writeFileSync } from 'node:fs';
import { buildPublishedSchema } from '../src/config/schema.ts';

writeFileSync('schema/snyk-gitops.schema.json', `${JSON.stringify(buildPublishedSchema(), null, 2)}\n`);
