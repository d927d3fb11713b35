/**
 * The Latvian morphological analyzer (docs/architecture.md, "core/lv"): analyze(word) → lemma,
 * part of speech, case, number, gender, person, tense; inflect(analysis, target) → forms, for
 * fixes; the closed classes (prepositions with their cases, pronouns, "būt", conjunctions).
 */
export type { Analysis, Case, Declension, Gender, GrammaticalNumber, InflectionTarget, Mood, MorphAnalyzer, PartOfSpeech, Person, Tense } from "./types";
export { createMorphAnalyzer, MORPHOLOGY_FORMAT } from "./analyzer";
export { CONJUNCTIONS, PREPOSITIONS, closedClassForms, formOfBe, governedCases, mayBeGoverned, POSSESSIVE_GENITIVES, type Government } from "./closedClass";
export { morphologyAssetFile } from "./asset";
export { agreementCells, type AgreementCell } from "./adjectiveEndings";
export { withoutRareHomographs } from "./homographs";
