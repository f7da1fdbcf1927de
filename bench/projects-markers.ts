// Where bench/projects.ts writes its section of RESULTS.md; bench/run.ts keeps it when it
// rewrites the file (importing projects.ts itself would run that benchmark).
export const BEGIN = '<!-- bench:projects -->';
export const END = '<!-- /bench:projects -->';
