// createSnykClient: the typed operations over one transport (one keep-alive agent, one
// concurrency bound, one set of counters for the whole run).

import type { SnykClient } from '../core/port/snyk-client.ts';
import { createAuditOperations } from './audit-operations.ts';
import { createImportOperations } from './imports.ts';
import { createPersonOperations } from './person-operations.ts';
import { createRestOperations } from './rest-operations.ts';
import { createProjectOperations } from './rest-projects.ts';
import { createSettingsOperations } from './rest-settings.ts';
import { createServiceAccountOperations } from './service-account-operations.ts';
import { createTransport } from './transport.ts';
import type { SnykClientOptions } from './types.ts';
import { createIntegrationOperations } from './v1-integrations.ts';
import { createV1Operations } from './v1-operations.ts';
import { createProjectEstateOperations } from './v1-project-estate.ts';

export function createSnykClient(options: SnykClientOptions): SnykClient {
  const transport = createTransport(options);
  const rest = createRestOperations(transport);
  return {
    ...rest,
    ...createV1Operations(transport, rest),
    ...createPersonOperations(transport),
    ...createProjectOperations(transport),
    ...createSettingsOperations(transport),
    ...createIntegrationOperations(transport),
    ...createProjectEstateOperations(transport),
    ...createImportOperations(transport),
    ...createAuditOperations(transport),
    ...createServiceAccountOperations(transport),
    stats: () => transport.stats(),
    close: () => transport.close(),
  };
}
