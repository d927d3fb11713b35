/**
 * Decoding the morphology the Latvian Hunspell dictionary (dictionary-lv 1.4.0, J. Eisaks, LGPL)
 * carries: `po:` on the roots (part of speech, declension or conjugation) and `is:` on the suffix
 * rules (the form's features). The letters are Latvian grammar terms, read from the .aff file and
 * checked against the LVTB treebank (`npm run bench -- grammar`):
 *
 *   po:lietv<d><k>  lietvārds (noun) of declension d (0 indeclinable); k: r common, i proper name,
 *                   p derived, d plural only (daudzskaitlinieks), g genitive only, f one fixed form
 *   po:darbv…       darbības vārds (verb); a final "a" marks a reflexive root (-ties)
 *   po:īpv…         īpašības vārds (adjective); apstv adverb, skv numeral, vietnv pronoun,
 *                   saiklis function word, izs interjection, abrev abbreviation
 *   is:<n><b><c>    nouns: n number (v vienskaitlis, d daudzskaitlis), b p base or d diminutive,
 *                   c case (n g d a l v: nominatīvs … vokatīvs)
 *   is:<n><g><c><r> declined adjectives and participles: g gender (v vīriešu, s sieviešu), r a reflexive
 *   is:<p><n><t><r><m> verbs: p person (0 none), n number (v, d, x both/unmarked), t tense (p pagātne,
 *                   t tagadne, n nākotne), r t plain / a reflexive, m mood (0 īstenības, p pavēles,
 *                   v vajadzības, a atstāstījuma, l vēlējuma: the reflexive conditional "-tos")
 *
 * Hunspell keeps one rule per surface ending, so a form shared by two cells of a paradigm carries
 * one tag ("iesniegumu" only is:vpa, not also the genitive plural). declensionCells restores the
 * others from the declension's ending table.
 */
import type { Analysis, Case, Declension, GrammaticalNumber, Mood, PartOfSpeech, Tense } from "./types";

const CASE_LETTER: Record<string, Case> = { n: "nom", g: "gen", d: "dat", a: "acc", l: "loc", v: "voc" };

export interface RootCategory {
  pos: PartOfSpeech;
  declension?: Declension;
  /** Declension subtype letter of a noun (r, i, p, d, g, f). */
  kind?: string;
  reflexive?: boolean;
}

export function decodeRootTag(po: string): RootCategory {
  const noun = /^liet?v?(\d)(\w?)/.exec(po);
  if (noun) return { pos: "noun", declension: Number(noun[1]) as Declension, kind: noun[2] || "r" };
  if (po.startsWith("darb")) return { pos: "verb", reflexive: /\d\d?a/.test(po) };
  if (po.startsWith("īpv")) return { pos: "adj" };
  if (po === "apstv") return { pos: "adv" };
  if (po === "skv") return { pos: "num" };
  if (po === "vietnv") return { pos: "pron" };
  return { pos: "other" };
}

/** One cell of a declension: number, case, ending, and whether the stem's consonant alternates (brālis → brāļa). */
type Cell = readonly [GrammaticalNumber, Case, string, boolean];

const PLURAL: readonly Cell[] = [
  ["pl", "nom", "i", false],
  ["pl", "gen", "u", false],
  ["pl", "dat", "iem", false],
  ["pl", "acc", "us", false],
  ["pl", "loc", "os", false],
];

/** The ending tables of the six noun declensions (Ceplīte & Ceplītis, the .aff's own source). */
const DECLENSIONS: Record<number, readonly Cell[]> = {
  1: [["sg", "nom", "s", false], ["sg", "gen", "a", false], ["sg", "dat", "am", false], ["sg", "acc", "u", false], ["sg", "loc", "ā", false], ["sg", "voc", "", false], ...PLURAL],
  2: [
    ["sg", "nom", "is", false], ["sg", "gen", "a", true], ["sg", "dat", "im", false], ["sg", "acc", "i", false], ["sg", "loc", "ī", false], ["sg", "voc", "i", false],
    ["pl", "nom", "i", true], ["pl", "gen", "u", true], ["pl", "dat", "iem", true], ["pl", "acc", "us", true], ["pl", "loc", "os", true],
  ],
  3: [["sg", "nom", "us", false], ["sg", "gen", "us", false], ["sg", "dat", "um", false], ["sg", "acc", "u", false], ["sg", "loc", "ū", false], ["sg", "voc", "u", false], ...PLURAL],
  4: [
    ["sg", "nom", "a", false], ["sg", "gen", "as", false], ["sg", "dat", "ai", false], ["sg", "acc", "u", false], ["sg", "loc", "ā", false], ["sg", "voc", "a", false],
    ["pl", "nom", "as", false], ["pl", "gen", "u", false], ["pl", "dat", "ām", false], ["pl", "acc", "as", false], ["pl", "loc", "ās", false],
  ],
  5: [
    ["sg", "nom", "e", false], ["sg", "gen", "es", false], ["sg", "dat", "ei", false], ["sg", "acc", "i", false], ["sg", "loc", "ē", false], ["sg", "voc", "e", false],
    ["pl", "nom", "es", false], ["pl", "gen", "u", true], ["pl", "dat", "ēm", false], ["pl", "acc", "es", false], ["pl", "loc", "ēs", false],
  ],
  6: [
    ["sg", "nom", "s", false], ["sg", "gen", "s", false], ["sg", "dat", "ij", false], ["sg", "acc", "i", false], ["sg", "loc", "ī", false], ["sg", "voc", "s", false],
    ["pl", "nom", "is", false], ["pl", "gen", "u", true], ["pl", "dat", "īm", false], ["pl", "acc", "is", false], ["pl", "loc", "īs", false],
  ],
};

/**
 * Every (number, case) a noun form fills: the cell its tag names plus the cells of the same
 * declension with the same ending and the same stem (no alternation where the tag's cell has none).
 */
export function declensionCells(declension: Declension, number: GrammaticalNumber, nounCase: Case): Array<[GrammaticalNumber, Case]> {
  const table = DECLENSIONS[declension];
  const cells: Array<[GrammaticalNumber, Case]> = [[number, nounCase]];
  if (!table) return cells;
  const own = table.find((cell) => cell[0] === number && cell[1] === nounCase);
  if (!own) return cells;
  for (const cell of table) {
    if (cell === own || cell[2] !== own[2] || cell[3] !== own[3]) continue;
    cells.push([cell[0], cell[1]]);
  }
  return cells;
}

/**
 * The ending of a (number, case) cell of a declension, with whether the stem alternates there
 * (undefined when the declension has no such cell).
 */
export function declensionEnding(declension: Declension, number: GrammaticalNumber, nounCase: Case): { ending: string; alternates: boolean } | undefined {
  const cell = (DECLENSIONS[declension] || []).find((c) => c[0] === number && c[1] === nounCase);
  return cell ? { ending: cell[2], alternates: cell[3] } : undefined;
}

/** The cells of a declension whose ending a form has, with the stem before it (no alternating cells: their stem is not the lemma's). */
export function endingCells(declension: Declension, form: string): Array<{ stem: string; number: GrammaticalNumber; case: Case }> {
  const out: Array<{ stem: string; number: GrammaticalNumber; case: Case }> = [];
  for (const [number, nounCase, ending, alternates] of DECLENSIONS[declension] || []) {
    if (alternates || ending === "" || nounCase === "voc" || !form.endsWith(ending)) continue;
    out.push({ stem: form.slice(0, form.length - ending.length), number, case: nounCase });
  }
  return out;
}

/** The features a suffix rule's is: tag gives, merged onto the root's base analysis; null when the tag is not understood. */
export function applyFormTag(base: Analysis, tag: string): Analysis[] {
  if (/^[vd][pd][ngdalv]$/.test(tag)) {
    const number: GrammaticalNumber = tag[0] === "v" ? "sg" : "pl";
    const nounCase = CASE_LETTER[tag[2]];
    // A diminutive ("mājiņa", tag letter d) is marked, so that inflect() keeps it one; it is
    // declined in its base's declension, except those of the 3rd and 6th (tirgus → tirdziņš, govs → gotiņa).
    const diminutive = tag[1] === "d";
    const own = diminutive && base.pos === "noun" ? Object.assign({}, base, { diminutive: true }) : base;
    if (own.pos !== "noun" || own.declension === undefined || (diminutive && (own.declension === 3 || own.declension === 6))) return [Object.assign({}, own, { number, case: nounCase })];
    return declensionCells(own.declension, number, nounCase).map(([n, c]) => Object.assign({}, own, { number: n, case: c }));
  }
  if (/^[vd][vs][ngdalv][a0-9]?$/.test(tag)) {
    return [Object.assign({}, base, { number: tag[0] === "v" ? "sg" : "pl", gender: tag[1] === "v" ? "m" : "f", case: CASE_LETTER[tag[2]] })];
  }
  if (/^rld[ngdalv]$/.test(tag)) {
    const verbalNoun: Analysis = Object.assign({}, base, { pos: "noun" as PartOfSpeech, number: "sg" as GrammaticalNumber, case: CASE_LETTER[tag[3]], gender: "f" as const, declension: 4 as Declension });
    // "piekāpšanās" is the nominative and the genitive.
    return tag[3] === "n" ? [verbalNoun, Object.assign({}, verbalNoun, { case: "gen" as Case })] : [verbalNoun];
  }
  const verb = /^([0-3])([vdx])([ptn])([ta])([0pval])$/.exec(tag);
  if (!verb) return [base];
  const person = Number(verb[1]);
  const reflexive = verb[4] === "a" || base.reflexive === true;
  const out: Analysis = Object.assign({}, base, { pos: "verb" as PartOfSpeech, tense: TENSE[verb[3]] });
  delete out.infinitive;
  if (reflexive) out.reflexive = true;
  if (reflexive && !/(ties|ies)$/.test(out.lemma)) out.lemma = out.lemma + "ies";
  const mood = MOOD[verb[5]];
  if (mood === "cnd") return conditionalReadings(out);
  if (person === 0) {
    if (verb[5] === "0") {
      // "runāties" (is:0xta0) is the reflexive infinitive; is:0vtt0 marks a few irregular presents.
      if (verb[2] === "x") out.infinitive = true;
      delete out.tense;
    } else if (mood) out.mood = mood;
    return [out];
  }
  out.person = person as 1 | 2 | 3;
  out.mood = mood || "ind";
  if (verb[2] === "v") out.number = "sg";
  else if (verb[2] === "d") out.number = "pl";
  else if (person !== 3) out.number = "sg";
  return [out];
}

const TENSE: Record<string, Tense> = { p: "past", t: "pres", n: "fut" };
const MOOD: Record<string, Mood | undefined> = { "0": undefined, p: "imp", v: "deb", a: "qot", l: "cnd" };

/**
 * The conditional (vēlējuma izteiksme: "varētu", "mācītos") is a finite form with one shape for
 * every person and number and no tense (Ceplīte & Ceplītis): one reading per person, the 3rd
 * with its number open, as the other 3rd-person forms have it.
 */
export function conditionalReadings(verb: Analysis): Analysis[] {
  const base: Analysis = Object.assign({}, verb, { pos: "verb" as PartOfSpeech, mood: "cnd" as Mood });
  delete base.tense;
  delete base.infinitive;
  delete base.participle;
  delete base.case;
  delete base.gender;
  delete base.number;
  const cells: ReadonlyArray<readonly [1 | 2 | 3, GrammaticalNumber | undefined]> = [[1, "sg"], [2, "sg"], [3, undefined], [1, "pl"], [2, "pl"]];
  return cells.map(([person, number]) => {
    const reading: Analysis = Object.assign({}, base, { person });
    if (number) reading.number = number;
    return reading;
  });
}
