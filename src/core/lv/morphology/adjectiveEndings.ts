/**
 * The case endings of adjectives, participles and the pronouns declined like them (Ceplīte &
 * Ceplītis, Latviešu valodas praktiskā gramatika): the dictionary's adjective and pronoun forms
 * carry no case tags, so a grammar rule that needs the case of a modifier ("uz lielo pļavu", "pie
 * šī uzskata") reads it from the ending. Every cell whose ending the form has is returned — the
 * ending alone is ambiguous ("liela": genitive masculine or nominative feminine), and a rule
 * decides with the noun the modifier agrees with.
 */
import type { Case, Gender, GrammaticalNumber } from "./types";

export interface AgreementCell {
  case: Case;
  number: GrammaticalNumber;
  gender: Gender;
}

/** An ending and the cell it fills: case, number, gender. */
export type EndingRow = readonly [string, Case, GrammaticalNumber, Gender];
type Row = EndingRow;

/** The definite endings (noteiktās galotnes), which ordinal numerals ("pirmais", "pirmā", "pirmo") always take. */
export const DEFINITE_ENDINGS: readonly Row[] = [
  ["ais", "nom", "sg", "m"], ["ā", "gen", "sg", "m"], ["ajam", "dat", "sg", "m"], ["o", "acc", "sg", "m"], ["ajā", "loc", "sg", "m"],
  ["ā", "nom", "sg", "f"], ["ās", "gen", "sg", "f"], ["ajai", "dat", "sg", "f"], ["o", "acc", "sg", "f"], ["ajā", "loc", "sg", "f"],
  ["ie", "nom", "pl", "m"], ["o", "gen", "pl", "m"], ["ajiem", "dat", "pl", "m"], ["os", "acc", "pl", "m"], ["ajos", "loc", "pl", "m"],
  ["ās", "nom", "pl", "f"], ["o", "gen", "pl", "f"], ["ajām", "dat", "pl", "f"], ["ās", "acc", "pl", "f"], ["ajās", "loc", "pl", "f"],
];

/**
 * The indefinite endings (nenoteiktās galotnes), one per cell, which the pronouns declined like
 * adjectives share ("katrs", "kurš", "savs": closedClass.ts); the nominative singular masculine is
 * "-s" or, after a soft stem, "-š".
 */
export const INDEFINITE_ENDINGS: readonly Row[] = [
  ["s", "nom", "sg", "m"], ["a", "gen", "sg", "m"], ["am", "dat", "sg", "m"], ["u", "acc", "sg", "m"], ["ā", "loc", "sg", "m"],
  ["a", "nom", "sg", "f"], ["as", "gen", "sg", "f"], ["ai", "dat", "sg", "f"], ["u", "acc", "sg", "f"], ["ā", "loc", "sg", "f"],
  ["i", "nom", "pl", "m"], ["u", "gen", "pl", "m"], ["iem", "dat", "pl", "m"], ["us", "acc", "pl", "m"], ["os", "loc", "pl", "m"],
  ["as", "nom", "pl", "f"], ["u", "gen", "pl", "f"], ["ām", "dat", "pl", "f"], ["as", "acc", "pl", "f"], ["ās", "loc", "pl", "f"],
];

/** The soft stem's nominative "-š" and the pronoun "šis"'s own endings ("šī", "šim", "šīs"). */
const OTHER_ENDINGS: readonly Row[] = [["š", "nom", "sg", "m"], ["ī", "gen", "sg", "m"], ["im", "dat", "sg", "m"], ["ī", "nom", "sg", "f"], ["īs", "gen", "sg", "f"]];

/**
 * The nominatives of the past active participle (darāmās kārtas pagātnes divdabis) whose endings
 * no adjective has: "saņēmis", "atpirkusi", "saņēmuši", and the reflexive "atgriezies",
 * "atgriezusies", "atgriezušies". Its other cells end like an adjective's ("saņēmušas", "saņēmušu",
 * "saņēmušajam") and are read by the rows above. "-is" is also the pronoun "šis".
 */
const PAST_PARTICIPLE_ENDINGS: readonly Row[] = [
  ["is", "nom", "sg", "m"], ["usi", "nom", "sg", "f"], ["uši", "nom", "pl", "m"],
  ["ies", "nom", "sg", "m"], ["usies", "nom", "sg", "f"], ["ušies", "nom", "pl", "m"],
];

const ENDINGS: readonly Row[] = [...INDEFINITE_ENDINGS, ...OTHER_ENDINGS, ...DEFINITE_ENDINGS];

const VOWELS = /[aāeēiīouū]/;

/**
 * The cells an adjective-like form may fill, read from its ending. With `definiteWhole`, a form with
 * a definite "-aj-" ending ("lielajā", "lielajos") fills that ending's cells only, not those of the
 * shorter ending inside it ("-ā", "-os"), which would leave "lielaj-" for a stem (the analyzer's
 * readings; the rules read the looser cells).
 */
export function agreementCells(form: string, definiteWhole = false): AgreementCell[] {
  const word = form.toLowerCase();
  const cells: AgreementCell[] = [];
  const add = ([, c, number, gender]: Row) => {
    if (!cells.some((cell) => cell.case === c && cell.number === number && cell.gender === gender)) cells.push({ case: c, number, gender });
  };
  for (const row of ENDINGS) {
    const ending = row[0];
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    // The nominative "-s" follows a consonant ("liels"); "-as", "-us", "-os" are other cells.
    if (ending === "s" && VOWELS.test(word[word.length - 2])) continue;
    if (definiteWhole && word.endsWith("aj" + ending) && ENDINGS.some((other) => other[0] === "aj" + ending)) continue;
    add(row);
  }
  // The participle's own nominatives: the longest ending that follows a consonant or j, as the past
  // stem ends ("saņēm-is", "atpirk-usi", "atgriez-usies"; "vidējais" is the definite "-ais", "gausi"
  // an adjective's plural).
  let participle: Row | undefined;
  for (const row of PAST_PARTICIPLE_ENDINGS) {
    const ending = row[0];
    if (word.length <= ending.length + 1 || !word.endsWith(ending) || VOWELS.test(word[word.length - ending.length - 1])) continue;
    if (!participle || ending.length > participle[0].length) participle = row;
  }
  if (participle) add(participle);
  return cells;
}

/**
 * The half-declined participle (daļēji locāmais divdabis: "lasīdams", "lasīdama", "lasīdami",
 * "lasīdamas", reflexive "smiedamies", "smiedamās") has the nominative only; the reflexive forms
 * serve both numbers.
 */
const HALF_DECLINED_ENDINGS: readonly Row[] = [
  ["dams", "nom", "sg", "m"], ["dama", "nom", "sg", "f"], ["dami", "nom", "pl", "m"], ["damas", "nom", "pl", "f"],
  ["damies", "nom", "sg", "m"], ["damies", "nom", "pl", "m"], ["damās", "nom", "sg", "f"], ["damās", "nom", "pl", "f"],
];

/** The cells of a "-dams" participle (empty when the form is none). */
export function halfDeclinedCells(form: string): AgreementCell[] {
  const word = form.toLowerCase();
  return HALF_DECLINED_ENDINGS.filter(([ending]) => word.length > ending.length + 1 && word.endsWith(ending)).map(([, c, number, gender]) => ({ case: c, number, gender }));
}
