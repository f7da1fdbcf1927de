// Drift: what changed in Snyk behind git's back, as a report and its renderings.
export { compileAddressGlob, compileIgnoreRules } from './ignore.ts';
export { dropUnreadablePending, isUnreadablePending, maskUnknownParts } from './mask-unknown.ts';
export { type DriftComparison, type MissingObject, prepareDriftComparison } from './prepare.ts';
export { renderDriftHtml } from './render-html.ts';
export { renderDriftJson } from './render-json.ts';
export { renderDriftMarkdown } from './render-markdown.ts';
export { renderDriftText } from './render-text.ts';
export { buildDriftReport, type DriftOptions } from './report.ts';
export type * from './types.ts';
