/**
 * The shapes of the Latvian morphological analyzer (docs/architecture.md, "core/lv"): one
 * Analysis per reading of a word form. Names follow the contract; the values are the
 * Universal Dependencies ones lower-cased, so the treebank bench compares them directly.
 */
export type PartOfSpeech = "noun" | "verb" | "adj" | "pron" | "num" | "adv" | "prep" | "conj" | "part" | "other";
export type Case = "nom" | "gen" | "dat" | "acc" | "ins" | "loc" | "voc";
export type GrammaticalNumber = "sg" | "pl";
export type Gender = "m" | "f";
export type Person = 1 | 2 | 3;
export type Tense = "past" | "pres" | "fut";
/** ind: īstenības, imp: pavēles, cnd: vēlējuma, qot: atstāstījuma, deb: vajadzības izteiksme. */
export type Mood = "ind" | "imp" | "cnd" | "qot" | "deb";
/** Noun declension 1–6; 0 for indeclinable nouns. */
export type Declension = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Analysis {
  lemma: string;
  pos: PartOfSpeech;
  case?: Case;
  number?: GrammaticalNumber;
  gender?: Gender;
  person?: Person;
  tense?: Tense;
  mood?: Mood;
  /** A participle (-ošs, -ts, -is, -dams …): declined like an adjective. */
  participle?: boolean;
  /** The infinitive (nenoteiksme) of a verb. */
  infinitive?: boolean;
  /** A reflexive verb form (-ties, -as, -ies …). */
  reflexive?: boolean;
  /** Formed with the prefix ne-. */
  negative?: boolean;
  declension?: Declension;
  /** Which of the dictionary's paradigms (suffix flag) made the form; inflect() prefers it. */
  paradigm?: string;
  /** A diminutive ("mājiņa", "galdiņš") read under its base noun's lemma ("māja", "galds"). */
  diminutive?: boolean;
  /** The form is the only one the word has in this function (a genitive-only noun like "acveida"). */
  indeclinable?: boolean;
  /**
   * Not in the dictionary: read from a productive noun suffix ("šķērdība" → -ība, 4th declension;
   * ./guess.ts) or as a compound whose last noun the dictionary knows ("darbvieta"). The lemma and
   * case are as likely as the suffix or the last noun makes them, not known.
   */
  guessed?: boolean;
}

/** What inflect() should produce: the analysis's other features are kept. */
export interface InflectionTarget {
  case?: Case;
  number?: GrammaticalNumber;
  person?: Person;
  tense?: Tense;
  mood?: Mood;
}

export interface MorphAnalyzer {
  /** Every reading of a word (any capitalisation the text has); empty when the word is unknown. */
  analyze(word: string): readonly Analysis[];
  /** The forms of the analysis's lemma with the target's features (and its other features kept), in the word's capitalisation style. */
  inflect(analysis: Analysis, target: InflectionTarget): string[];
}
