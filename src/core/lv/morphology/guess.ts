/**
 * Readings of a lower-case word the dictionary does not know, from a productive noun suffix
 * (issue 20, part E): a municipal reply coins nouns the dictionary lacks ("šķērdība",
 * "saskaņotājs", "digitalizācija"), and the suffix fixes the declension, so the case and number
 * follow from the ending as they do for any noun of that declension. Every reading is marked
 * `guessed`; a rule may trust it less. Only suffixes that make nouns and nothing else are listed
 * (Ceplīte & Ceplītis, derivation of nouns): "-ums" could not be an adjective or a verb form, but
 * "-is", "-e" or "-a" alone could be anything.
 */
import { declensionEnding, endingCells } from "./tags";
import type { Analysis, Declension, InflectionTarget } from "./types";

/** The suffix as it stands before the case ending, the declension it takes, and its nominative singular ending. */
const NOUN_SUFFIXES: ReadonlyArray<readonly [string, Declension]> = [
  ["šan", 4], // -šana: action nouns from verbs (pieņemšana)
  ["īb", 4], // -ība: abstract nouns (atbildība)
  ["ācij", 4], // -ācija, -ūcija, -īcija: loan nouns (digitalizācija, konstitūcija, tradīcija); not
  ["ūcij", 4], // every -ija: "darīja", "lasīja" are verbs' past
  ["īcij", 4],
  ["nīc", 4], // -nīca: places (kafejnīca)
  ["um", 1], // -ums: results of actions (iesniegums)
  ["tāj", 1], // -tājs: agents (saskaņotājs); -ējs is left out, its -ēja, -ēju are also verbs' past
  ["tāj", 4], // -tāja: the same agent, feminine (its -tāja is the masculine's genitive too)
  ["ism", 1], // -isms: doctrines (cionisms)
  ["niek", 1], // -nieks: people by what they do or where they are from (dārznieks)
  ["tuv", 5], // -tuve: places (krātuve)
];

/** Letters a guess needs before the suffix: "plaisma" is no "pla-isms" (a coinage the dictionary lacks is seldom short). */
const MIN_STEM = 4;

export function guessNoun(word: string): Analysis[] {
  if (word !== word.toLowerCase() || !/^[a-zāčēģīķļņšūž]+$/.test(word)) return [];
  // -šanās, -šanos are also the reflexive verbal noun ("darbošanās"), which the dictionary derives.
  if (/šan(ās|os)$/.test(word)) return [];
  const out: Analysis[] = [];
  for (const [suffix, declension] of NOUN_SUFFIXES) {
    const nominative = declensionEnding(declension, "sg", "nom");
    if (!nominative) continue;
    for (const cell of endingCells(declension, word)) {
      if (!cell.stem.endsWith(suffix) || cell.stem.length < suffix.length + MIN_STEM) continue;
      out.push({
        lemma: cell.stem + nominative.ending,
        pos: "noun",
        case: cell.case,
        number: cell.number,
        gender: declension <= 3 ? "m" : "f",
        declension,
        guessed: true,
      });
    }
  }
  return out;
}

/** The forms of a guessed noun for a target cell (empty where the stem alternates: which consonant it takes is not known). */
export function inflectGuessed(analysis: Analysis, target: InflectionTarget): string[] {
  const declension = analysis.declension;
  if (declension === undefined || declension === 0) return [];
  const nominative = declensionEnding(declension, "sg", "nom");
  const wanted = declensionEnding(declension, target.number || analysis.number || "sg", target.case || analysis.case || "nom");
  if (!nominative || !wanted || wanted.alternates || !analysis.lemma.endsWith(nominative.ending)) return [];
  return [analysis.lemma.slice(0, analysis.lemma.length - nominative.ending.length) + wanted.ending];
}
