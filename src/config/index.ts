// Loading and validating the desired state (docs/configuration.md): the public face of src/config.
export type { SourceRef } from '../core/types.ts';
export { closestMatch, didYouMean } from '../util/suggest.ts';
export { MAX_ALIAS_COUNT } from './expansion.ts';
export { compareIssues, formatIssue, type Issue } from './issue.ts';
export { loadConfig, MAX_FILE_BYTES } from './load.ts';
export { DEFAULT_MAX_DELETE_PERCENT, DEFAULT_PRUNE } from './normalize.ts';
export { type ParseResult, parseSource, type SourceDocument } from './source.ts';
export { checkGlob, createUserIgnoreMatcher } from './user-ignore.ts';
export { type FileContents, type LoadResult, validateDocuments } from './validate.ts';
