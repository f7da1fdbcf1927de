// Names that can pass for another (docs/safety.md#lookalike-people): `alice@аcme.com` with a
// Cyrillic `а` reads as alice@acme.com, and a zero-width joiner or soft hyphen is not seen at all.
// Three tests from Unicode TS #39: invisible characters, mixed scripts (the resolved script sets of
// a string's characters have nothing in common), and the confusable skeleton (two strings look
// alike when their skeletons are equal). The skeleton table is Unicode's confusables.txt as the
// `unhomoglyph` package ships it. Pure.
import confusables from 'unhomoglyph/data.json' with { type: 'json' };

const TABLE: Readonly<Record<string, string>> = confusables;

/** The few ASCII characters the table maps (`0` to `O`, `1` and `I` to `l`, `m` to `rn`…). */
const ASCII_SOURCES = new RegExp(
  `[${Object.keys(TABLE)
    .filter((k) => k < '\u0080')
    .map((k) => `\\x${k.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .join('')}]`,
  'g',
);
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * Characters that show as nothing or move others: default-ignorables (zero-width space and
 * joiners, soft hyphen, word joiner, bidi marks and overrides…), format and control characters,
 * and every space other than ASCII's. Variation selectors U+FE0E/U+FE0F only pick an emoji's
 * style and are left out.
 */
const INVISIBLE = /(?![\uFE0E\uFE0F ])[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Z}]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** ISO 15924 codes of the scripts Unicode assigns (Zyyy common, Zinh inherited: any script). */
const SCRIPTS = (
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Berf Bhks Bopo Brah Brai Bugi Buhd ' +
  'Cakm Cans Cari Cham Cher Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi ' +
  'Gara Geor Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng ' +
  'Hmnp Hung Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb ' +
  'Lina Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc Mero Miao Mlym Modi Mong Mroo ' +
  'Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm ' +
  'Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sidt ' +
  'Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu Taml Tang Tavt Tayo Telu ' +
  'Tfng Tglg Thaa Thai Tibt Tirh Tnsa Todr Tols Toto Tutg Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb'
).split(' ');

/** Scripts written together in one language count as one (TS #39 "augmented" sets). */
const AUGMENT: Readonly<Record<string, readonly string[]>> = {
  Hani: ['Hanb', 'Jpan', 'Kore'],
  Hira: ['Jpan'],
  Kana: ['Jpan'],
  Hang: ['Kore'],
  Bopo: ['Hanb'],
};

let matchers: { script: string; test: RegExp }[] | undefined;

/** One regex per script this Node knows (a newer script in the list may be unknown to it). */
function scriptMatchers(): { script: string; test: RegExp }[] {
  matchers ??= SCRIPTS.flatMap((script) => {
    try {
      return [{ script, test: new RegExp(`\\p{scx=${script}}`, 'u') }];
    } catch {
      return [];
    }
  });
  return matchers;
}

const ANY = /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u;
const cache = new Map<string, readonly string[] | undefined>();

/** The augmented script set of one character; undefined for common and inherited ones. */
function scriptsOf(char: string): readonly string[] | undefined {
  if (char < '\u0080') return /[A-Za-z]/.test(char) ? ['Latn'] : undefined;
  if (cache.has(char)) return cache.get(char);
  const found = ANY.test(char) ? undefined : scriptMatchers().filter((m) => m.test.test(char));
  const scripts =
    found === undefined
      ? undefined
      : found.length === 0
        ? ['Zzzz']
        : [...new Set(found.flatMap((m) => [m.script, ...(AUGMENT[m.script] ?? [])]))];
  if (cache.size < 10_000) cache.set(char, scripts);
  return scripts;
}

/** The scripts a string mixes (empty when one script, or common characters only, covers it). */
export function mixedScripts(text: string): string[] {
  if (ASCII_ONLY.test(text)) return [];
  let common: string[] | undefined;
  const seen = new Set<string>();
  for (const char of text) {
    const scripts = scriptsOf(char);
    if (scripts === undefined) continue;
    seen.add(scripts[0] ?? 'Zzzz');
    common = common === undefined ? [...scripts] : common.filter((s) => scripts.includes(s));
  }
  return common === undefined || common.length > 0 ? [] : [...seen];
}

/** The invisible characters of `text`, as `U+200D`. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE_ALL) ?? [])].map(codePoint);
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Each character replaced by its prototype, invisible ones dropped (NFD before and after). */
function mapPrototypes(text: string): string {
  // Most names are ASCII: they skip the normalization.
  if (ASCII_ONLY.test(text)) return text.replace(ASCII_SOURCES, (c) => TABLE[c] ?? c);
  let out = '';
  for (const char of text.normalize('NFD')) if (!INVISIBLE.test(char)) out += TABLE[char] ?? char;
  return out.normalize('NFD');
}

/**
 * The TS #39 skeleton, case-insensitive as emails and usernames are: equal skeletons look
 * alike (`аcme.com` and `acme.com`, `Ian` and `lan`; also ASCII pairs such as `rn` and `m`).
 * Mapped before and after lower-casing, so that `ACME` and `acme` meet as `acrne`.
 */
export function skeleton(text: string): string {
  // A config lists the same people in many orgs: each name is mapped once.
  let found = skeletons.get(text);
  if (found === undefined) {
    found = mapPrototypes(mapPrototypes(text).toLowerCase()).toLowerCase();
    if (skeletons.size >= 100_000) skeletons.clear();
    skeletons.set(text, found);
  }
  return found;
}

const skeletons = new Map<string, string>();

/**
 * Whether a name could pass for another: invisible characters, mixed scripts, or non-ASCII
 * letters that all look like ASCII ones (Cyrillic `асе` reads as `ace`).
 */
export function isDeceptive(text: string): boolean {
  if (ASCII_ONLY.test(text)) return false;
  if (INVISIBLE.test(text) || mixedScripts(text).length > 0) return true;
  // The tool's own typography (`Snyk’s`, `org[a…]`, `a – b`) is not a name posing as ASCII.
  const rest = text.replace(TYPOGRAPHY, '');
  return !ASCII_ONLY.test(rest) && ASCII_ONLY.test(skeleton(rest));
}

/** Quotes, ellipsis, dashes and marks the tool writes in its own messages. */
const TYPOGRAPHY = /[\u2018\u2019\u201c\u201d\u2026\u2013\u2014\u00a7\u00b7\u00d7\u2192]/g;

/** Every non-ASCII character as a `\uXXXX` escape (JSON's). */
export function escapeNonAscii(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, escapeUnit);
}

/** Words split at ASCII white space only: a no-break space is data, and shown. */
const WORD_WITH_NON_ASCII = /[^\t\n\r ]*[^\u0000-\u007f][^\t\n\r ]*/g;

/**
 * Text with every deceptive word (one with invisible characters or mixed scripts) shown with its
 * non-ASCII characters as `\uXXXX` escapes (JSON's, so a JSON document keeps its values), and
 * every other invisible character escaped too. Words of one script stay readable.
 */
export function showLookalikes(text: string): string {
  // Most output is ASCII: one test, no copy.
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  return text.replace(WORD_WITH_NON_ASCII, (word) => (isDeceptive(word) ? escapeNonAscii(word) : word));
}

function escapeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
