// createSnykClient: the typed operations over one transport (one keep-alive agent, one
// concurrency bound, one set of counters for the whole run).
import { createGroupUserOperations } from './group-user-org-memberships.ts';
import { createRestOperations } from './rest-operations.ts';
import { createTransport } from './transport.ts';
import type { SnykClient, SnykClientOptions } from './types.ts';
import { createV1Operations } from './v1-operations.ts';

export function createSnykClient(options: SnykClientOptions): SnykClient {
  const transport = createTransport(options);
  return {
    ...createRestOperations(transport),
    ...createV1Operations(transport),
    ...createGroupUserOperations(transport),
    stats: () => transport.stats(),
    close: () => transport.close(),
  };
}
