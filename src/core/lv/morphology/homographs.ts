/**
 * Homographs whose rarer reading is no reason for a grammar rule to stay silent: the nominative
 * singular of a common noun that is also an oblique case of a far rarer one ("roka", hand — or the
 * genitive of "roks", rock music). After "aiz", "pie" … the genitive reading would make "aiz roka"
 * look right; preposition-case drops such readings before it judges a head.
 *
 * Made by scripts/morphology/homograph-priors.js from counts over the novels of ELTeC-lav (European
 * Literary Text Collection, CC BY 4.0; docs/sources.md) that the grammar bench does not use: the
 * common lemma at least 100 times and the rarer one never (counts in the comments). With a looser
 * threshold the novels showed the rare reading meant ("pa vara gabalam", of copper; "ar vista
 * partiju", of whist).
 * Masculine and feminine nouns of one person ("skolotājs"/"skolotāja") are never entries: both are
 * current, whatever old novels say.
 */
import type { Analysis } from "./types";

/** Form → lemmas whose readings of it are too rare to be meant. */
const RARE_READINGS: Readonly<Record<string, readonly string[]>> = {
  asara: ["asaris"], // asara 686, asaris 0
  neziņa: ["nezinis"], // ziņa 1186, nezinis 0
  roka: ["roks"], // roka 1177, roks 0
  vaļa: ["valis"], // vaļa 914, valis 0
};

/** The readings of `form` without those of a far rarer noun it is also a form of. */
export function withoutRareHomographs(form: string, analyses: readonly Analysis[]): readonly Analysis[] {
  const rare = RARE_READINGS[form.toLowerCase()];
  return rare ? analyses.filter((a) => rare.indexOf(a.lemma) < 0) : analyses;
}
