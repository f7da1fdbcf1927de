// `users.ignore`: globs over emails and usernames of users the tool never touches. The planner
// and the validator share this matcher so that both agree on what a glob means.
import picomatch from 'picomatch';

const OPTIONS = { nocase: true, dot: true, strictBrackets: true } as const;

/** The reason a glob cannot be used, or undefined when it is valid. */
export function checkGlob(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, OPTIONS);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A predicate telling whether a user (email or username) matches one of the globs. */
export function createUserIgnoreMatcher(globs: readonly string[]): (user: string) => string | undefined {
  const matchers = globs.map((glob) => ({ glob, test: picomatch(glob, OPTIONS) }));
  return (user) => matchers.find((m) => m.test(user))?.glob;
}
