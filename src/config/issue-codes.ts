// The catalogue of config issue codes: every `code` an `Issue` (issue.ts) can carry, that is
// every problem `validate` finds in the config files (`validate --format json`'s `issues[].code`
// and `warnings[].code`, and the located issues of CONFIG_INVALID), one code per cause, with a
// one-line description of it. docs/errors.md#config-issues is the same table for readers (a
// test keeps them equal). Scripts read these codes: a code, once given, keeps its spelling, and
// a new cause gets a new code rather than a second meaning for an existing one.

export const CONFIG_ISSUE_CODES = {
  // ------------------------------------------------------------ the paths and files given
  'no-files': 'no config file was given to validate',
  'not-found': 'a config path given does not exist',
  'no-yaml-files': 'a directory given holds no *.yaml or *.yml file',
  'symlink-outside':
    'a config path is a symbolic link to a place outside its directory tree, or into a hidden folder such as .git',
  'not-a-file': 'a config path is neither a directory nor a regular file (a FIFO, a device, a socket)',
  unreadable: 'a config path exists but cannot be read (permissions, an I/O error, or it vanished meanwhile)',
  'file-too-large': 'a config file is larger than 10 MB',
  'not-utf8': 'a config file is not valid UTF-8',
  'binary-file': 'a config file contains a NUL byte',
  // ------------------------------------------------------------ YAML
  'lone-carriage-return': 'a carriage return is not followed by a line feed (YAML tools disagree on it)',
  'empty-file': 'a config file holds no YAML document, or an empty one',
  'multi-document': "a config file holds more than one YAML document (separated by '---')",
  'duplicate-key': 'a YAML mapping has the same key twice',
  'yaml-syntax': 'a config file is not valid YAML',
  'alias-bomb':
    'YAML aliases expand too far: too many aliases of lists or mappings, or too many values or characters added',
  'yaml-structure': 'a YAML alias is inside the value it names (a recursive alias)',
  'yaml-too-deep': 'values are nested deeper than 200 levels',
  // ------------------------------------------------------------ the schema
  'unknown-key': 'a mapping has a key the schema does not know',
  'missing-key': 'a mapping lacks a key the schema requires',
  'wrong-type':
    'a value is of another type than the schema expects (a list for a mapping, a string for a number)',
  'wrong-value': 'a value is not one of those the schema allows',
  'bad-format': 'a string does not have the form its field expects (a uuid, an email address, a slug)',
  'out-of-range': 'a number is outside the range its field allows',
  'bad-length': 'a string is shorter or longer than its field allows',
  'empty-mapping': 'a mapping that must set at least one of its keys sets none',
  schema: 'a value breaks a schema rule that has no code of its own',
  // ------------------------------------------------------------ merging the files
  'conflicting-group': 'two files name different group ids',
  'conflicting-section': 'a section that only one file may set is set differently in two files',
  'conflicting-class': 'a class is defined differently in two places',
  'duplicate-org': 'two org entries have the same slug',
  'duplicate-org-id': 'two orgs are pinned by the same id',
  'duplicate-tag': 'group.tags lists the same tag (key and value) twice',
  'duplicate-member': 'one member list names the same user twice',
  // ------------------------------------------------------------ rules across the files
  'missing-group': 'no file defines the group (`group: { id: ... }`)',
  'template-self': 'an org names itself as its template',
  'clone-self': 'an org clones an integration from itself',
  'bad-glob': 'a glob (users.ignore, drift.ignore, a class’s match.slug, a delegate entry) is not valid',
  'duplicate-webhook': 'one webhook list names the same url twice',
  'project-tag-twice': 'a project rule sets the same tag key twice, to different values',
  'duplicate-class-use': 'an org lists the same class twice',
  'unknown-class': 'an org uses a class that no file defines',
  'bad-expires': 'an expires (of a member or an ignore) is not a real date or timestamp',
  'placement-unknown-org': 'a placement rule names an org that no file lists',
  // ------------------------------------------------------------ people
  'user-invisible': 'a member’s user holds invisible characters',
  'user-mixed-script': 'a member’s user mixes scripts (Latin and Cyrillic, say)',
  'user-lookalike-domain': 'a member’s email domain looks like one of users.domains without being it',
  'user-lookalike': 'a member’s user looks like another user the files list (not in users.allowLookalikes)',
  // ------------------------------------------------------------ delegation
  'delegate-without-group': '`delegate` is set in a file that does not set group.id',
  'delegate-forbidden-key': 'a delegated file sets a key that delegation leaves to the group’s own files',
  'delegate-org': 'a delegated file lists an org its delegate entries do not allow',
  'delegate-org-id': 'a delegated file pins an org by id',
  'delegate-template': 'a delegated file gives an org a template outside the orgs delegated to it',
  'delegate-clone-source': 'a delegated file clones an integration from an org outside those delegated to it',
  'delegate-role': 'a delegated file grants a role its delegate entries do not allow',
  'delegate-platform-entry':
    'a delegated file changes, demotes or expires an entry the platform’s files set for its org',
  // ------------------------------------------------------------ warnings (the config is valid)
  'ignored-member':
    'warning: a member matches a users.ignore glob, so it is never created, changed nor removed',
  'expired-member': 'warning: a member entry’s expires has passed: apply removes the membership',
  'expired-ignore': 'warning: an ignore rule’s expires has passed: apply deletes the ignore',
} as const satisfies Record<string, string>;

export type ConfigIssueCode = keyof typeof CONFIG_ISSUE_CODES;
