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

type Row = readonly [string, Case, GrammaticalNumber, Gender];

/** Indefinite and definite endings (the definite after the slash in the grammar's tables), and the pronouns' "šī", "tā", "šā". */
const ENDINGS: readonly Row[] = [
  ["s", "nom", "sg", "m"], ["š", "nom", "sg", "m"], ["ais", "nom", "sg", "m"],
  ["a", "gen", "sg", "m"], ["ā", "gen", "sg", "m"], ["ī", "gen", "sg", "m"],
  ["am", "dat", "sg", "m"], ["ajam", "dat", "sg", "m"], ["im", "dat", "sg", "m"],
  ["u", "acc", "sg", "m"], ["o", "acc", "sg", "m"],
  ["ā", "loc", "sg", "m"], ["ajā", "loc", "sg", "m"],
  ["a", "nom", "sg", "f"], ["ā", "nom", "sg", "f"], ["ī", "nom", "sg", "f"],
  ["as", "gen", "sg", "f"], ["ās", "gen", "sg", "f"], ["īs", "gen", "sg", "f"],
  ["ai", "dat", "sg", "f"], ["ajai", "dat", "sg", "f"],
  ["u", "acc", "sg", "f"], ["o", "acc", "sg", "f"],
  ["ā", "loc", "sg", "f"], ["ajā", "loc", "sg", "f"],
  ["i", "nom", "pl", "m"], ["ie", "nom", "pl", "m"],
  ["u", "gen", "pl", "m"], ["o", "gen", "pl", "m"], ["u", "gen", "pl", "f"], ["o", "gen", "pl", "f"],
  ["iem", "dat", "pl", "m"], ["ajiem", "dat", "pl", "m"], ["ām", "dat", "pl", "f"], ["ajām", "dat", "pl", "f"],
  ["us", "acc", "pl", "m"], ["os", "acc", "pl", "m"], ["os", "loc", "pl", "m"], ["ajos", "loc", "pl", "m"],
  ["as", "nom", "pl", "f"], ["ās", "nom", "pl", "f"], ["as", "acc", "pl", "f"], ["ās", "acc", "pl", "f"], ["ās", "loc", "pl", "f"], ["ajās", "loc", "pl", "f"],
];

const VOWELS = /[aāeēiīouū]/;

/** The cells an adjective-like form may fill, read from its ending. */
export function agreementCells(form: string): AgreementCell[] {
  const word = form.toLowerCase();
  const cells: AgreementCell[] = [];
  for (const [ending, c, number, gender] of ENDINGS) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    // The nominative "-s" follows a consonant ("liels"); "-as", "-us", "-os" are other cells.
    if (ending === "s" && VOWELS.test(word[word.length - 2])) continue;
    cells.push({ case: c, number, gender });
  }
  return cells;
}
