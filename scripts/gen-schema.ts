// Writes schema/snyk-gitops.schema.json from the TypeBox definition in src/config/schema.ts.
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/config/schema.ts';

writeFileSync('schema/snyk-gitops.schema.json', `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
