/**
 * British spellings for the American English dictionary (issue 15, cause 1): municipal staff
 * write "Centre", "enrol" and "apologise", and both spellings are right. A word the English
 * dictionary rejects is accepted when one regular British-to-American respelling of it is a
 * word: -our/-or, -ise/-ize, -yse/-yze, -tre/-ter, -ence/-ense, -ogue/-og, doubled and single
 * l, -mme/-m, -gement/-gment, ae/e and oe/e.
 */

const RESPELLINGS: Array<[RegExp, string]> = [
  [/our/gu, "or"],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/u, "iz$1"],
  [/ys(e|es|ed|ing)$/u, "yz$1"],
  [/tre(s?)$/u, "ter$1"],
  [/ence(s?)$/u, "ense$1"],
  [/ogue(s?)$/u, "og$1"],
  [/ll(ed|ing|er|ers|or|ors)$/u, "l$1"],
  [/([aeiou])l(s?|ment|ments)$/u, "$1ll$2"],
  [/mme(s?)$/u, "m$1"],
  [/gement(s?)$/u, "gment$1"],
  [/ae/gu, "e"],
  [/oe/gu, "e"],
];

/** American spellings that a (lower-case) British word may be, up to two respellings deep. */
export function americanRespellings(word: string): string[] {
  const out: string[] = [];
  const add = (from: string, depth: number): void => {
    for (const [pattern, replacement] of RESPELLINGS) {
      const respelt = from.replace(pattern, replacement);
      if (respelt === from || out.indexOf(respelt) >= 0) continue;
      out.push(respelt);
      if (depth < 2) add(respelt, depth + 1);
    }
  };
  add(word, 1);
  return out;
}
