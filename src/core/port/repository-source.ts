// The port the live reader lists repositories through, for the globs and default branches of
// `imports` (docs/configuration.md#repositories-imported-into-an-org). src/action implements
// it over the GitHub API; tests may script it.
import type { LiveRepository } from '../types.ts';

export interface RepositorySource {
  /** Every repository of an owner (an organization or a user), every page. */
  listOwnerRepositories(owner: string): Promise<LiveRepository[]>;
}
