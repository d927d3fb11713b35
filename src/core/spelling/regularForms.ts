/**
 * Regular Latvian forms that Hunspell-lv's paradigms leave out, derived from forms the same
 * dictionary accepts (issue 15, cause 5). Each derivation needs the dictionary to confirm the
 * paradigm first, so a typo never becomes a "regular form" of nothing:
 *  - the accusative of reflexive -šanās verbal nouns ("pieteikšanos" from "pieteikšanās");
 *  - comparative and superlative degrees of an adjective or participle whose positive has a
 *    definite form ("atbilstošāko", "visatbilstošākais" from "atbilstošs" + "atbilstošais");
 *  - abstract -iskums nouns of -isks adjectives ("ētiskumu" from "ētisks" + "ētiskais");
 *  - compounds of a productive first element and a word the dictionary has ("būvspeciālists",
 *    "pirmsšķietami", "videostāsts"): the first elements of Latvian word-formation that combine
 *    freely (prefixoids such as būv-, pamat-, pus-, starp-, and international ones such as
 *    video-, elektro-, eko-); the second part must be a word of at least four letters.
 * Everything Hunspell accepts stays accepted: this only adds (architecture.md, spelling/).
 */

/** Endings after the comparative suffix -āk-: indefinite and definite, all cases and genders. */
const DEGREE_ENDINGS = [
  "ajiem", "ajām", "ajās", "ajos", "ajam", "ajai", "ajā", "ais", "iem", "ām", "ās", "am", "ai", "as", "us", "os", "ie", "s", "a", "u", "ā", "i", "o",
];

/** Endings of a 1st-declension -ums noun, singular and plural. */
const UMS_ENDINGS = ["ums", "uma", "umam", "umu", "umā", "umi", "umiem", "umus", "umos"];

/** First elements that Latvian compounds freely with any noun, adjective or adverb (longest first). */
const COMPOUND_FIRST_ELEMENTS = [
  "elektro", "apakš", "pamat", "pirms", "starp", "video", "virs", "super", "vispār", "kopš", "audio", "bio", "eko", "foto", "mikro", "makro",
  "multi", "auto", "būv", "pus", "pēc", "ik",
].sort((a, b) => b.length - a.length);

/** Whether the dictionary has the adjective (or participle) of `stem` with its definite form. */
function isAdjectiveStem(stem: string, known: (word: string) => boolean): boolean {
  if (stem.length < 2) return false;
  return known(stem + "s") && known(stem + "ais");
}

/**
 * Whether a lower-case `word` is a regular form of a word the dictionary knows. `known` is the
 * dictionary's own verdict (Hunspell's), never this function, so derivations do not chain.
 */
export function isRegularLatvianForm(word: string, known: (word: string) => boolean): boolean {
  if (word.length < 5) return false;
  if (word.endsWith("šanos")) return known(word.slice(0, -2) + "ās");
  const degree = /^(vis)?(\p{Ll}{2,}?)āk(\p{Ll}{0,5})$/u.exec(word);
  if (degree && DEGREE_ENDINGS.indexOf(degree[3]) >= 0 && isAdjectiveStem(degree[2], known)) return true;
  const abstract = /^(\p{Ll}+isk)(\p{Ll}{3,5})$/u.exec(word);
  if (abstract && UMS_ENDINGS.indexOf(abstract[2]) >= 0 && isAdjectiveStem(abstract[1], known)) return true;
  return false;
}

/**
 * Whether a lower-case `word` is a compound of a productive first element and a word the
 * dictionary knows. The caller also makes sure it is no cheap typo of a dictionary word
 * ("autocelu" is "autoceļu" without its diacritic, though "celu" is a word).
 */
export function isLatvianCompound(word: string, known: (word: string) => boolean): boolean {
  for (const first of COMPOUND_FIRST_ELEMENTS) {
    if (word.startsWith(first) && word.length - first.length >= 4 && known(word.slice(first.length))) return true;
  }
  return false;
}
