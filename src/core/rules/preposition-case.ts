/**
 * preposition-case (9.5, pareizrakstība): the noun after a preposition stands in the case the
 * preposition governs — "par Jūsu iesniegumu", "ar mūsu speciālistu", "līdz mēneša beigām", "uz
 * Jūsu e-pasta adresi". In the singular "ar", "par", "pa" … take the accusative and "no", "pie",
 * "bez" … the genitive; in the plural every preposition takes the dative ("ar speciālistiem").
 *
 * Precision first (issue 20): the rule speaks only when the analyzer is sure. The phrase after the
 * preposition may hold possessive genitives ("Jūsu", "mūsu"), genitive nouns before a noun
 * ("mēneša beigas") and adjectives, participles or pronouns that agree with the noun in a case the
 * preposition governs ("uz norādīto adrese"; their case read from the ending, agreementCells); its
 * head noun must have no reading but nouns, every reading in a case the preposition cannot govern,
 * and one number. Anything else — an unknown word, a noun already in a governed case, a noun that
 * may be another part of speech, a genitive the preposition itself could govern or a standalone
 * pronoun followed by a verb that could be the noun's ("uz galda grāmata ir", "par to lēmums
 * tiks …") — is silence unless other words settle it: a predicate that is another noun's, a
 * modifier that agrees with the head outside the nominative, a 1st-person verb that has the clause,
 * a clause whose subject and verb already stand elsewhere, a noun in the governed case coordinated
 * with the head, an ordinal before it, an action noun after the noun that owns the phrase (docs/decisions.md,
 * issue 20 parts C to H). A guessed head (a word not in the dictionary) is reported only where
 * nothing else is in doubt. The rule needs the loaded analyzer
 * (core/lv/morphology), so it is made by createPrepositionCaseRule(analyzer).
 */
import type { Draft, Token } from "../draft/types";
import { agreementCells, closedClassForms, governedCases, mayBeGoverned, POSSESSIVE_GENITIVES, PREPOSITIONS, withoutRareHomographs, type AgreementCell, type Analysis, type Case, type GrammaticalNumber, type MorphAnalyzer } from "../lv/morphology";
import type { LanguageOnlyRule, RuleContext, RuleMeta, RuleReport } from "./types";
import { grammarScope, isWord, likeWord, wordFixReport } from "./support/wordFix";
import { isMonthNameLv } from "../lv/dates";

type MessageId = "accusative" | "genitive" | "dative" | "modifier" | "accusativeOrGenitive";

export const meta: RuleMeta<MessageId> = {
  id: "preposition-case",
  topic: "language",
  severity: "warning",
  fixable: "code",
  title: { lv: "Locījums pēc prievārda", en: "Case after a preposition" },
  description: {
    lv: "Prievārds nosaka, kādā locījumā ir lietvārds aiz tā: „par Jūsu iesniegumu”, „ar mūsu speciālistu”, „līdz mēneša beigām”. Vienskaitlī „ar”, „par”, „pa”, „uz” prasa akuzatīvu, „no”, „pie”, „bez”, „pēc” — ģenitīvu, daudzskaitlī visi prievārdi prasa datīvu.",
    en: "A Latvian preposition decides the case of the noun after it: “par Jūsu iesniegumu”, “ar mūsu speciālistu”, “līdz mēneša beigām”. In the singular “ar”, “par”, “pa”, “uz” take the accusative and “no”, “pie”, “bez”, “pēc” the genitive; in the plural every preposition takes the dative.",
  },
  messages: {
    lv: {
      accusative: "Prievārds „{preposition}” prasa akuzatīvu: „{fixed}”, nevis „{word}”.",
      genitive: "Prievārds „{preposition}” prasa ģenitīvu: „{fixed}”, nevis „{word}”.",
      dative: "Prievārds „{preposition}” prasa datīvu: „{fixed}”, nevis „{word}”.",
      modifier: "Vārds pirms „{next}” jālieto ģenitīvā: „{fixed}”, nevis „{word}”.",
      accusativeOrGenitive: "Prievārds „{preposition}” prasa akuzatīvu (virziens) vai ģenitīvu (vieta): „{fixed}” vai „{other}”, nevis „{word}”.",
    },
    en: {
      accusative: "“{preposition}” takes the accusative: “{fixed}”, not “{word}”.",
      genitive: "“{preposition}” takes the genitive: “{fixed}”, not “{word}”.",
      dative: "“{preposition}” takes the dative: “{fixed}”, not “{word}”.",
      modifier: "The noun before “{next}” takes the genitive: “{fixed}”, not “{word}”.",
      accusativeOrGenitive: "“{preposition}” takes the accusative (direction) or the genitive (place): “{fixed}” or “{other}”, not “{word}”.",
    },
  },
  // The on-send handler does not load the analyzer (docs/decisions.md, issue 20).
  onSend: { group: "pane-only", lv: "nepareizs locījums pēc prievārda", en: "wrong case after a preposition" },
  examples: {
    good: [
      "Paldies par Jūsu iesniegumu. Atbildi sniegsim līdz mēneša beigām.",
      "Lūdzu, sazinieties ar mūsu speciālistu pa tālruni 67997005.",
      "Lēmumu nosūtīsim uz Jūsu e-pasta adresi, bet dokumentu kopijas varat saņemt pie sekretāres.",
      "Uz galda ir veidlapa, ko aizpildīt bez maksas.",
      "Tikšanās ar speciālistiem notiks pēc Jūsu pieteikuma saņemšanas.",
    ],
    bad: [
      "Paldies par Jūsu iesniegums.",
      "Lūdzu, sazinieties ar mūsu speciālists.",
      "Atbildi sniegsim līdz mēneša beigas.",
      "Lēmumu nosūtīsim uz Jūsu e-pasta adrese.",
    ],
  },
};

/** Possessive pronouns: unlike "to", "šo", they do not stand alone after a preposition. */
const POSSESSIVE_LEMMAS = /*#__PURE__*/ new Set(["savs", "mans", "tavs"]);
/**
 * Pronouns that, right after a preposition, stand before their noun rather than for it ("no šī
 * brīža", "pēc kāda laika", "ar tādu pat ķēdi"), so a nominative after them is the noun governed.
 * "tas" is not among them ("par to", "pa tam", "no tā" stand alone), nor the accusative "šo" of
 * official style ("Ar šo līgums tiek izbeigts": hereby), nor "katrs" ("Ar katru skolotājs runāja").
 * On 140,000 words of novels no bench uses (docs/decisions.md, issue 20, part H) this added no finding.
 */
const DETERMINER_LEMMAS = /*#__PURE__*/ new Set(["šis", "kāds", "tāds"]);

function isDeterminerOnly(a: Analysis, form: string, preposition: string): boolean {
  // "kopš tā laika": after "kopš" a form of "tas" stands before its noun (alone it is followed by a comma, "kopš tā, kad …").
  if (preposition === "kopš" && a.lemma === "tas") return true;
  return DETERMINER_LEMMAS.has(a.lemma) && form.toLowerCase() !== "šo";
}
const MESSAGE_BY_CASE: Partial<Record<Case, MessageId>> = { acc: "accusative", gen: "genitive", dat: "dative" };
/** The longest preposition ("iepretim"): longer words are not looked up. */
const LONGEST_PREPOSITION = 8;
/** Nouns of a phrase looked at after the preposition (possessives and genitives included). */
const MAX_PHRASE = 4;
/**
 * Prepositions that are also conjunctions or adverbs ("Kopš tēvs aizbrauca, …", "Pirms vilciens
 * atiet, …", "Blakus māja ir jauna"): a nominative after them may be a subject.
 */
const ALSO_CONJUNCTION_OR_ADVERB = /*#__PURE__*/ new Set(["kopš", "pirms", "līdz", "blakus", "līdzās", "iepretī", "iepretim"]);
/** Prepositions that are also adverbs of place inside a noun phrase ("blakus nolūki", side intentions). */
const SIDE_ADVERBS = /*#__PURE__*/ new Set(["blakus", "līdzās"]);
/** Voting labels in minutes ("par 10, pret 2"): a number after them is a count, not the start of a phrase. */
const VOTE_LABELS = /*#__PURE__*/ new Set(["par", "pret"]);
/** Verbs that link a subject to a predicative adjective ("atbilde … ir apstiprinoša"). */
const LINKING_VERBS = /*#__PURE__*/ new Set(["būt", "kļūt", "tikt", "tapt", "palikt", "šķist", "likties"]);
/** Personal pronouns (lemmas), whose nominative is a clause's subject. */
const PERSONAL_PRONOUNS = /*#__PURE__*/ new Set(["es", "tu", "mēs", "jūs", "viņš", "viņa"]);
/** Conjunctions that join two nouns of one phrase. */
const COORDINATORS = /*#__PURE__*/ new Set(["un", "vai"]);
/** Relative pronouns, which open a clause of their own ("…, kurš …", "…, kas …"). */
const RELATIVE_PRONOUNS = /*#__PURE__*/ new Set(["kas", "kurš"]);
/**
 * Particles and adverbs of degree that stand inside a phrase before its noun, adjective or number
 * ("līdz pat vakaram", "pēc aptuveni gada", "pie tik zema tarifa"); none can be the whole phrase.
 */
const DEGREE_PARTICLES = /*#__PURE__*/ new Set(["pat", "aptuveni", "apmēram", "gandrīz", "vismaz", "tik"]);
/** Nouns of quantity that stand before the plural noun a preposition governs ("pēc pāris dienām"). */
const QUANTITY_NOUNS = /*#__PURE__*/ new Set(["pāris"]);
/**
 * Fixed phrases a preposition opens that are no phrase of a noun after them: "par spīti" (in spite
 * of, with a dative: "par spīti grūtībām"), "pa tam" (meanwhile), "pa labi", "pa kreiso" (on the
 * right, on the left), "ko līdz" (what use is).
 */
const FIXED_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  par: /*#__PURE__*/ new Set(["spīti"]),
  pa: /*#__PURE__*/ new Set(["tam", "labi", "kreisi", "labo", "kreiso"]),
};
/** Units written after a number ("20 cm", "5 km"), which stand before the noun they measure. */
const MEASURE_UNITS = /*#__PURE__*/ new Set(["mm", "cm", "m", "km", "m2", "m²", "m3", "m³", "ha", "g", "kg", "t", "l", "ml"]);
/** Tokens (words, numbers, marks) of the longest clause and sentence whose prepositions are judged (overlongStretches). */
const MAX_CLAUSE_TOKENS = 120;
const MAX_SENTENCE_TOKENS = 400;
/** Punctuation that ends a clause. */
const CLAUSE_END = /^[.!?;:,…—–]/;

/** "gada" and the months in the genitive: the words that end a date inside a phrase ("Jūsu 2026. gada 1. decembra iesniegumu"). */
function isDateGenitive(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === "gada" || isMonthNameLv(lower, "genitive");
}

/** A noun reading other than a vocative (the dictionary's "man" is also the vocative of "mans"). */
function isNounReading(a: Analysis): boolean {
  return a.pos === "noun" && a.case !== "voc";
}

/** An adjective, a participle or a pronoun: a word that agrees with the noun after it. */
function isModifierReading(a: Analysis): boolean {
  return a.pos === "adj" || a.pos === "pron" || (a.pos === "verb" && a.participle === true);
}

/** Every reading a finite verb of the 1st or 2nd person ("neuzzināju", "varat"). */
function isFirstOrSecondPersonVerb(analyses: readonly Analysis[]): boolean {
  return analyses.length > 0 && analyses.every((a) => a.pos === "verb" && (a.person === 1 || a.person === 2));
}

/** Every reading an action noun in "-šana" or "-šanās" ("šķirošana"), whose dative object is its own. */
function isActionNoun(readings: readonly Analysis[]): boolean {
  return readings.every((a) => /ša(na|nās)$/.test(a.lemma));
}

/** A word's number and gender may be the head's: what is unknown (on either side) does not rule it out. */
function mayAgreeWith(word: { number?: GrammaticalNumber; gender?: Analysis["gender"] }, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
  return word.number === undefined || (word.number === number && (word.gender === undefined || gender === undefined || word.gender === gender));
}

/** The adjective-like form may be a nominative of the number (and gender, when known). */
function mayAgreeInNominative(form: string, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
  return agreementCells(form).some((c) => c.case === "nom" && mayAgreeWith(c, number, gender));
}

/** An adverb, or an adjective's "-i" form, which is also its adverb ("tumši", "viegli"). */
function isAdverbLike(form: string, analyses: readonly Analysis[]): boolean {
  return analyses.length > 0 && analyses.every((a) => a.pos === "adv" || (a.pos === "adj" && form.toLowerCase().endsWith("i")));
}

/** An adverb, a particle, or an adjective's "-i" or "-āk" form that is its adverb ("biežāk"): a word that may stand between a verb and its subject. */
function isAdverbOrParticleForm(form: string, analyses: readonly Analysis[]): boolean {
  return analyses.length > 0 && analyses.every((a) => a.pos === "adv" || a.pos === "part" || (a.pos === "adj" && /(?:i|āk)$/.test(form.toLowerCase())));
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/**
 * A finite verb of the 1st person, or of the 2nd person plural indicative ("pietauvojos", "varat"),
 * and nothing else but a locative noun or an adjective outside the nominative ("vēršos", "vēlos").
 */
function isOwnSubjectVerb(form: string, analyses: readonly Analysis[]): boolean {
  const verbs = analyses.filter((a) => a.pos === "verb");
  return (
    verbs.length > 0 &&
    verbs.every((a) => !LINKING_VERBS.has(a.lemma) && (a.person === 1 || (a.person === 2 && a.number === "pl" && a.mood === "ind"))) &&
    analyses.every((a) => a.pos === "verb" || (a.pos === "noun" && a.case === "loc") || (a.pos === "adj" && !agreementCells(form).some((c) => c.case === "nom")))
  );
}

/** A pronoun whose every reading is a genitive or a case the preposition cannot govern, and one of them a genitive. */
function isPossessorPronoun(form: string, analyses: readonly Analysis[], preposition: string): boolean {
  if (analyses.length === 0 || !analyses.every((a) => a.pos === "pron")) return false;
  const cells: Array<{ case: Case; number?: GrammaticalNumber }> = [...agreementCells(form), ...analyses.filter((a) => a.case !== undefined).map((a) => ({ case: a.case as Case, number: a.number }))];
  const governed = (c: { case: Case; number?: GrammaticalNumber }) => (c.number ? [c.number] : (["sg", "pl"] as GrammaticalNumber[])).some((n) => governedCases(preposition, n).indexOf(c.case) >= 0);
  return cells.some((c) => c.case === "gen") && !cells.some(governed);
}

/** A word that can only be a noun in the nominative (its vocative is the same form): a subject's. */
function isOnlyNominativeNoun(analyses: readonly Analysis[]): boolean {
  return analyses.length > 0 && analyses.every((a) => a.pos === "noun" && (a.case === "nom" || a.case === "voc"));
}

function hasReading(analyses: readonly Analysis[], test: (a: Analysis) => boolean): boolean {
  return analyses.some(test);
}

export function createPrepositionCaseRule(analyzer: MorphAnalyzer): LanguageOnlyRule<MessageId> {
  /** The conjunctions and the relative pronouns' forms: the words isClauseEdge may take for a clause's edge. */
  const CLAUSE_EDGE_WORDS: ReadonlySet<string> = new Set(closedClassForms((a) => a.pos === "conj" || (a.pos === "pron" && RELATIVE_PRONOUNS.has(a.lemma))));
  /** What the walk from the preposition to the head noun found. */
  interface Phrase {
    /** Index of the preposition's token. */
    at: number;
    preposition: string;
    /** A possessive genitive ("Jūsu") stood before the head. */
    possessive: boolean;
    /** A genitive the preposition itself may govern stood before the head ("uz galda …"). */
    governedModifier: boolean;
    /** …with no possessive before it: it may be the whole phrase. */
    bareGenitive: boolean;
    /** The phrase began with a number ("zem 60 % atzīme"). */
    number: boolean;
    /** …an ordinal right before a lower-case head ("ar 2016. gads"): the head is the noun governed. */
    ordinalBefore: number;
    /** An adjective or participle after the bare genitive that agrees with the head ("pēc stresu izraisoša moments"). */
    modifierAfterGenitive: boolean;
    /** Adjectives, participles and pronouns before the head in a case the preposition governs ("uz norādīto adrese"). */
    modifiers: Array<{ cells: AgreementCell[]; pronoun: boolean; alsoNoun: boolean }>;
    /**
     * The numbers in which a possessive before the head is itself a personal pronoun in a governed
     * case ("ar viņu": acc sg "him", "pie viņa": gen sg), so that it may be the whole phrase ("spēlē ar viņu kārtis").
     */
    pronounAlone: GrammaticalNumber[];
    /** Degree particles right after the preposition ("pēc aptuveni gada"): the head after them is as if adjacent. */
    particles: number;
    /**
     * The cells of a modifier that could agree with none of the genitives right after it ("no pirmā
     * acu skatiena": "pirmā" is no "acu"'s): it reaches over them to the head, so they are inside the
     * head's phrase and none of them can be the whole phrase — until one it may agree with.
     */
    reachingOver: AgreementCell[] | null;
    /** "no 1992. gada līdz 2010. gadam": the second end of a range of numbers, so "līdz" is no conjunction. */
    range: boolean;
  }

  // Only the draft's language is read of the context, so the pane's worker can run the rule on a draft alone.
  function check(draft: Draft, context: Pick<RuleContext, "language">): RuleReport<MessageId>[] {
    const scope = grammarScope(draft, context.language);
    if (!scope) return [];
    const { tokens, end, cited } = scope;
    const reports: RuleReport<MessageId>[] = [];
    const overlong = overlongStretches();
    for (let i = 0; i < tokens.length && tokens[i].end <= end; i++) {
      const token = tokens[i];
      if (token.kind !== "word" || token.text.length > LONGEST_PREPOSITION) continue;
      const preposition = token.text.toLowerCase();
      if (!PREPOSITIONS[preposition] || overlong[i]) continue;
      const report = checkPhrase(i, preposition);
      if (report && !cited(token.start)) reports.push(report);
    }
    return reports;

    /**
     * Tokens in a clause longer than MAX_CLAUSE_TOKENS or a sentence longer than MAX_SENTENCE_TOKENS:
     * the evidence scans walk a clause (some a sentence) from each preposition, so in a text with no
     * punctuation they would cost the square of its length (a pasted list, a machine-made body). No
     * edited clause is that long; a preposition there is left alone.
     */
    function overlongStretches(): boolean[] {
      const marks = new Array<boolean>(tokens.length).fill(false);
      const markLong = (isEdge: (k: number) => boolean, limit: number) => {
        let start = 0;
        for (let k = 0; k <= tokens.length; k++) {
          if (k < tokens.length && !isEdge(k)) continue;
          if (k - start > limit) for (let m = start; m < k; m++) marks[m] = true;
          start = k + 1;
        }
      };
      // Only a closed-class word may end a clause (isClauseEdge): other words are not analysed here (unknown ones are slow to).
      markLong((k) => (tokens[k].kind !== "word" ? CLAUSE_END.test(tokens[k].text) : CLAUSE_EDGE_WORDS.has(tokens[k].text.toLowerCase()) && isClauseEdge(tokens[k], analyzer.analyze(tokens[k].text))), MAX_CLAUSE_TOKENS);
      markLong((k) => tokens[k].kind !== "word" && /^[.!?]/.test(tokens[k].text), MAX_SENTENCE_TOKENS);
      return marks;
    }

    /**
     * The index after a date in the genitive that starts at `k` ("2026. gada 1. decembra", "5.
     * decembra", "2025. gada"), or -1: such a date stands between a possessive or genitive and
     * its noun like any other genitive.
     */
    function dateEnd(k: number): number {
      let j = k;
      while (tokens[j]?.kind === "number" && tokens[j + 1]?.text === "." && isWord(tokens[j + 2]) && isDateGenitive(tokens[j + 2].text)) j += 3;
      return j > k ? j : -1;
    }

    function checkPhrase(at: number, preposition: string): RuleReport<MessageId> | null {
      if (isFixedPhrase(at)) return null;
      // "pie blakus galdiņa": a preposition right after another is an adverb here.
      if (isWord(tokens[at - 1]) && PREPOSITIONS[tokens[at - 1].text.toLowerCase()]) return null;
      let j = at + 1;
      // "ar ko Jūsu māte runāja": "kas" (ko, kā, kam) is the whole phrase; it modifies no noun after it.
      if (isWord(tokens[j]) && hasReading(analyzer.analyze(tokens[j].text), (a) => a.pos === "pron" && a.lemma === "kas")) return null;
      const phrase: Phrase = { at, preposition, possessive: false, governedModifier: false, bareGenitive: false, number: false, ordinalBefore: -1, modifierAfterGenitive: false, modifiers: [], pronounAlone: [], particles: 0, reachingOver: null, range: false };
      while (isWord(tokens[j]) && DEGREE_PARTICLES.has(tokens[j].text.toLowerCase())) {
        j++;
        phrase.particles++;
      }
      // "zem 60 % atzīmes", "līdz 5. klasei": a number (with a percent sign or an ordinal dot) may come first.
      if (tokens[j] && tokens[j].kind === "number" && !VOTE_LABELS.has(preposition)) {
        j++;
        if (tokens[j] && (tokens[j].text === "%" || tokens[j].text === ".")) j++;
        // "ar 20 cm diametru": a unit after the number measures the noun after it.
        else if (isWord(tokens[j]) && MEASURE_UNITS.has(tokens[j].text) && isWord(tokens[j + 1]) && !isCapitalised(tokens[j + 1].text)) j++;
        phrase.number = true;
        phrase.range = preposition === "līdz" && rangeOpensBefore(at);
        if (tokens[j - 1].text === "." && isWord(tokens[j]) && !isCapitalised(tokens[j].text)) phrase.ordinalBefore = j;
      }
      for (let steps = 0; steps < MAX_PHRASE; steps++) {
        const word = tokens[j];
        if (!isWord(word) || word.end > end) return null;
        const afterDate = dateEnd(j + 1);
        const nextAt = afterDate > 0 ? afterDate : j + 1;
        const next = tokens[nextAt];
        const nextAnalyses = isWord(next) ? analyzer.analyze(next.text) : [];
        const nextIsNoun = hasReading(nextAnalyses, isNounReading);
        // "uz viņu lielo pļavu": possessives and modifiers may stand before another modifier.
        const nextIsNominal = nextIsNoun || hasReading(nextAnalyses, isModifierReading);
        if (POSSESSIVE_GENITIVES.has(word.text.toLowerCase()) && nextIsNominal) {
          phrase.possessive = true;
          // Singular readings only: in the plural a preposition takes the pronoun's dative ("ar viņiem",
          // "no mums"), so a genitive plural after it ("uz Jūsu", "no viņu") is the possessive.
          for (const a of analyzer.analyze(word.text)) {
            if (a.pos === "pron" && PERSONAL_PRONOUNS.has(a.lemma) && a.case !== undefined && a.number === "sg" && governedCases(preposition, "sg").indexOf(a.case) >= 0) phrase.pronounAlone.push(a.number);
          }
          j = nextAt;
          continue;
        }
        const analyses = analyzer.analyze(word.text);
        // Only a possessive is carried over a date. Before a date that no governed word follows ("par
        // preču aprite 2012. gada pirmajā ceturksnī"), the word is the head: the date is a later word's.
        if (afterDate > 0) return nothingGovernedAt(afterDate, preposition) ? judgeHead(j, analyses, phrase) : null;
        // "par tās tapšanu", "ar sevis izvēlētu …": a pronoun in the genitive that the preposition
        // cannot govern is a possessor's, like "Jūsu" (no reading of it is a governed case).
        if (nextIsNominal && isPossessorPronoun(word.text, analyses, preposition)) {
          phrase.possessive = true;
          j++;
          continue;
        }
        // "pie Revatuas klubs": an unknown capitalised word before a lower-case noun is a name, most
        // often a possessor's genitive, and like a bare genitive it may be the whole phrase.
        if (analyses.length === 0 && isCapitalised(word.text) && nextIsNoun && !isCapitalised(next.text)) {
          if (!phrase.possessive) phrase.bareGenitive = true;
          phrase.governedModifier = true;
          j++;
          continue;
        }
        // "ar tumši sarkanu līmi", "ar ļoti labu …": an adverb before an adjective or participle
        // modifies it (an "-i" form that agreed with the noun in a governed case is no adverb).
        if (!nextIsNoun && hasReading(nextAnalyses, isModifierReading) && isAdverbLike(word.text, analyses) && !agreementCells(word.text).some((c) => governedCases(preposition, c.number).indexOf(c.case) >= 0)) {
          j++;
          continue;
        }
        // "par apgādībā esošu personu": a locative noun before an adjective or participle is its (no
        // preposition governs the locative, so it cannot be the phrase's noun).
        if (!nextIsNoun && hasReading(nextAnalyses, isModifierReading) && isOnlyLocativeNoun(analyses)) {
          j++;
          continue;
        }
        // "no otras puses": a numeral agrees like an adjective, and like a pronoun it may stand alone
        // ("ar otru"; the analyzer reads "otrs" as the ordinal's indefinite adjective).
        const numeral = hasReading(analyses, (a) => a.pos === "num" || a.lemma === "otrs");
        // "par garāmskrejošo kaķi": a word the analyzer does not know, with a present participle's ending.
        const unknownParticiple = analyses.length === 0 && nextIsNoun && isUnknownParticiple(word.text);
        if (nextIsNominal && (hasReading(analyses, isModifierReading) || numeral || unknownParticiple)) {
          const own = agreementCells(word.text);
          const pronoun = numeral || hasReading(analyses, (a) => a.pos === "pron" && !POSSESSIVE_LEMMAS.has(a.lemma) && !isDeterminerOnly(a, word.text, preposition));
          // "ar demokrātiskas pārvaldes kārtību": the modifier of a genitive noun after it. An adjective,
          // participle or numeral that cannot agree with that genitive ("no pirmā acu skatiena", "pie
          // esošās nodokļu politikas") reaches over it to the head (a pronoun keeps the older reading).
          const genitiveNext = hasReading(nextAnalyses, (a) => a.pos === "noun" && a.case === "gen");
          if (genitiveNext && (pronoun ? own.some((c) => c.case === "gen") : mayAgreeWithGenitive(own, nextAnalyses))) {
            j++;
            continue;
          }
          phrase.reachingOver = genitiveNext ? own : null;
          const cells = own.filter((c) => governedCases(preposition, c.number).indexOf(c.case) >= 0);
          // "no rīts viņam …", "uz jumts pāri …": a noun whose modifier reading (a participle of "rīt",
          // "jumt") fits no governed case is no modifier here; it is the head, judged as one.
          if (cells.length === 0) return hasReading(analyses, isNounReading) ? judgeHead(j, analyses, phrase) : null;
          if (phrase.bareGenitive && !pronoun && !unknownParticiple) phrase.modifierAfterGenitive = true;
          phrase.modifiers.push({ cells: own, pronoun, alsoNoun: hasReading(analyses, isNounReading) });
          j++;
          continue;
        }
        if (nextIsNominal && hasReading(analyses, (a) => a.pos === "noun" && a.case === "gen")) {
          // A guessed genitive ("kultūrizdevumu") is no ground to judge a noun after it.
          if (hasReading(analyses, (a) => a.guessed === true)) return null;
          // "no pirmā acu skatiena": a genitive the modifier before it cannot agree with is inside the
          // head's phrase; it can be neither the whole phrase nor a governed noun that ends it.
          if (phrase.reachingOver && !mayAgreeWithGenitive(phrase.reachingOver, analyses)) {
            j++;
            continue;
          }
          phrase.reachingOver = null;
          // "par viņa atrašanās dzīvesvietā": no preposition governs a locative, so a noun that is
          // only one is not the phrase's noun, and the noun before it (nominative or genitive) is.
          if (isOnlyLocativeNoun(nextAnalyses)) return judgeHead(j, analyses, phrase);
          // A noun already in a case the preposition governs may end the phrase ("ar kura palīdzību
          // mūsu darbinieki", "ar lēmumu noteiktās tiesības"): what follows is another phrase.
          // A genitive plural that is also the accusative singular ("par atkritumu apsaimniekošana")
          // before a noun that can only be a nominative is like a bare genitive: it may be the whole
          // phrase, and only the clause can tell (judgeHead).
          if (hasReading(analyses, (a) => a.pos === "noun" && a.case !== "gen" && a.case !== undefined && a.number !== undefined && governedCases(preposition, a.number).indexOf(a.case) >= 0)) {
            if (!nextAnalyses.every((a) => a.pos === "noun" && (a.case === "nom" || a.case === "voc"))) return null;
            if (!phrase.possessive) phrase.bareGenitive = true;
            phrase.governedModifier = true;
            j++;
            continue;
          }
          // "no pilsētas mājās": a genitive the preposition itself governs may be the whole phrase;
          // after a possessive ("uz Jūsu e-pasta adrese") it is a modifier.
          if (hasReading(analyses, (a) => a.case === "gen" && a.number !== undefined && governedCases(preposition, a.number).indexOf("gen") >= 0)) {
            if (!phrase.possessive) phrase.bareGenitive = true;
            phrase.governedModifier = true;
          }
          j++;
          continue;
        }
        // "pie auto stūres", "par eiro ieviešanu": an indeclinable noun before a noun modifies it in any
        // case, and like a bare genitive it may be the whole phrase ("pie auto").
        if (nextIsNoun && analyses.length > 0 && analyses.every((a) => a.pos === "noun" && a.declension === 0 && a.case === undefined)) {
          if (!phrase.possessive) phrase.bareGenitive = true;
          phrase.governedModifier = true;
          j++;
          continue;
        }
        return judgeHead(j, analyses, phrase);
      }
      return null;
    }

    /** A noun, adjective or unknown word among the next three words of the sentence. */
    function genitiveMayModifyLater(index: number): boolean {
      let words = 0;
      let afterLocative = false;
      for (let k = index + 1; k < tokens.length && words < 3; k++) {
        const token = tokens[k];
        if (token.kind !== "word") {
          // A number may begin a date or an amount before the noun ("ar domes 2023. gada 23.
          // novembra lēmumu", "pēc pašvaldības 10 darbdienu termiņa").
          if (token.kind === "number") return true;
          if (/[.!?;:,]/.test(token.text)) return false;
          continue;
        }
        words++;
        const readings = analyzer.analyze(token.text);
        // A noun only in the locative is no noun of the phrase ("par viņa atrašanās dzīvesvietā")…
        if (isOnlyLocativeNoun(readings)) {
          afterLocative = true;
          continue;
        }
        // …unless a participle or adjective after it may take both ("par pils pagalmā notikušo").
        if (afterLocative && hasReading(readings, isModifierReading)) return true;
        if (readings.length === 0 || hasReading(readings, (a) => isNounReading(a) || a.pos === "adj")) return true;
        // A word that cannot stand inside a noun phrase (a verb, a subordinating conjunction, a
        // particle, a pronoun) ends it: a noun after it is no noun the genitive could modify ("ar
        // trīcošu balss teica pāris vārdu"). An adverb may be an indeclinable modifier ("pa
        // diennakts bezmaksas tālruni"), and "un", "vai" may join genitives ("ar medus un ievārījuma maizīti").
        if (!COORDINATORS.has(token.text.toLowerCase()) && !hasReading(readings, (a) => isModifierReading(a) || a.pos === "num" || a.pos === "adv")) return false;
      }
      return false;
    }

    /**
     * "no 1992. gada līdz 2010. gadam", "no 1. janvāra līdz 31. martam": "no" or "kopš" and a number
     * shortly before "līdz" in its clause — with a number after "līdz" too, a range ("No rīta gaidīju
     * līdz 2. kārta sāksies" has no number after "no": "līdz" may open a clause there).
     */
    function rangeOpensBefore(at: number): boolean {
      for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
        const token = tokens[k];
        // An ordinal's dot ("1992.") ends no clause.
        const ordinalDot = token.text === "." && tokens[k - 1]?.kind === "number";
        if (!ordinalDot && isClauseEdge(token, token.kind === "word" ? analyzer.analyze(token.text) : [])) return false;
        const opener = token.kind === "word" && (token.text.toLowerCase() === "no" || token.text.toLowerCase() === "kopš");
        if (opener) return tokens[k + 1]?.kind === "number";
      }
      return false;
    }

    /** Some cell of a modifier agrees with a genitive reading of the noun after it (its gender unknown: may agree). */
    function mayAgreeWithGenitive(cells: readonly AgreementCell[], nounReadings: readonly Analysis[]): boolean {
      return nounReadings.some((a) => a.pos === "noun" && a.case === "gen" && cells.some((c) => c.case === "gen" && (a.number === undefined || c.number === a.number) && (a.gender === undefined || c.gender === a.gender)));
    }

    /** Readings that are all a noun's locative. */
    function isOnlyLocativeNoun(readings: readonly Analysis[]): boolean {
      return readings.length > 0 && readings.every((a) => a.pos === "noun" && a.case === "loc");
    }

    /**
     * A lower-case word the analyzer does not know that ends like a present active participle outside
     * the nominative ("garāmskrejošo", "līdzdarbojošās": "-oš-" and an adjective's ending).
     */
    function isUnknownParticiple(form: string): boolean {
      return !isCapitalised(form) && form.length >= 7 && /oš(?:[auāo]|as|ai|am|ās|ām|iem|us|os|ajam|ajai|ajā|ajiem|ajām|ajos|ajās)$/.test(form.toLowerCase());
    }

    /**
     * After a date (`k` is the token after it): the clause ends, or a word that no preposition's
     * phrase can continue with — known, with no reading of a noun, numeral, adjective, participle or
     * pronoun outside the locative, so that the date modifies no governed noun after it.
     */
    function nothingGovernedAt(k: number, preposition: string): boolean {
      const token = tokens[k];
      if (token === undefined || (token.kind !== "word" && token.kind !== "number")) return token === undefined || /^[.!?;,]/.test(token.text);
      if (token.kind !== "word") return false;
      const readings = analyzer.analyze(token.text);
      if (readings.length === 0 || mayBeGoverned(preposition, token.text, readings)) return false;
      // A reading's own case where the analyzer gives one ("pirmajā"), else the cases its ending may have.
      const outsideLocative = (a: Analysis) => (a.case !== undefined ? a.case !== "loc" : agreementCells(token.text).some((c) => c.case !== "loc"));
      return !hasReading(readings, (a) => (a.pos === "noun" || a.pos === "num" || isModifierReading(a)) && outsideLocative(a));
    }

    /**
     * "Uz brīdi pietauvojos pie Revatuas klubs, lai …": the clause before the preposition has its
     * verb, in the 1st person (or the 2nd plural), and nothing that could be a verb of the 3rd —
     * a nominative that ends the clause after the phrase can be no subject of it. So is a 1st- or
     * 2nd-person "būt" before an active participle of another verb ("esam rēķinājušies ar …"): the
     * perfect's auxiliary, not a link to a predicate noun ("esam no Rīgas ārsti") — unless the
     * participle could agree with the head ("esam kļuvuši … draugi" is a linking verb's anyway).
     */
    function ownSubjectVerbBefore(at: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      let found = false;
      for (let k = at - 1; k >= 0; k--) {
        const token = tokens[k];
        if (token.kind !== "word") {
          if (CLAUSE_END.test(token.text)) break;
          continue;
        }
        const readings = analyzer.analyze(token.text);
        if (hasReading(readings, (a) => a.pos === "conj")) break;
        if (hasReading(readings, (a) => a.pos === "verb" && (a.person === 3 || a.mood === "deb"))) return false;
        if (isOwnSubjectVerb(token.text, readings) || (isPerfectAuxiliary(k, number, gender) && !objectMayBeMeant(at, number))) found = true;
      }
      return found;
    }

    /** The clause's edge before `at` (exclusive): punctuation that ends a clause, a conjunction or a relative pronoun. */
    function isClauseEdge(token: Token, readings: readonly Analysis[]): boolean {
      if (token.kind !== "word") return CLAUSE_END.test(token.text);
      return hasReading(readings, (a) => a.pos === "conj" || (a.pos === "pron" && RELATIVE_PRONOUNS.has(a.lemma)));
    }

    /**
     * A word after the head, before its clause ends, that may be a predicate of its own: a
     * 3rd-person or debitive verb, a participle, a word the analyzer does not know or cannot class.
     */
    function mayHavePredicateAfter(index: number): boolean {
      for (let k = index + 1; k < tokens.length; k++) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) return false;
        if (token.kind !== "word") continue;
        if (isPrepositionBeforeItsPhrase(k)) continue;
        if (readings.length === 0 || hasReading(readings, (a) => a.pos === "other" || (a.pos === "verb" && (a.person === 3 || a.mood === "deb" || a.participle === true)))) return true;
      }
      return false;
    }

    /**
     * "ar Jelgavas ceļu", "līdz vakaram": a preposition followed by a word in a case it governs, or
     * by a genitive, is one, not the verb form it may also be ("ar" of "art", "līdz" of "līdzēt").
     */
    function isPrepositionBeforeItsPhrase(k: number): boolean {
      const preposition = tokens[k].text.toLowerCase();
      const next = tokens[k + 1];
      if (PREPOSITIONS[preposition] === undefined || !isWord(next)) return false;
      const readings = analyzer.analyze(next.text);
      // A genitive may stand before the noun governed ("ar Jelgavas ceļu").
      return mayBeGoverned(preposition, next.text, readings) || POSSESSIVE_GENITIVES.has(next.text.toLowerCase()) || hasReading(readings, (a) => a.pos === "noun" && a.case === "gen");
    }

    /**
     * The clause already has its subject and verb before the preposition, so the nominative after
     * PREP + genitive can be neither ("Viņi plāno uz nedēļas nogale izrauties"): a word that is
     * only a nominative noun or pronoun and a finite verb of the 3rd person that is neither a
     * linking verb nor a debitive (whose object is a nominative), and no predicate after the head.
     * The head must not agree with that subject: an agreeing one may describe it ("Viņš atgriezās
     * no kara invalīds"). A linking verb counts only with its predicate before the preposition, an
     * adjective or participle that agrees with the subject and cannot agree with the head ("Tas ir
     * saistīts ar … izpilde"; "Tā bija ierasta pēc darba atpūta" may be the predicate noun's).
     */
    function subjectAndVerbBefore(at: number, index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      let subjects: ReadonlyArray<{ number?: GrammaticalNumber; gender?: Analysis["gender"] }> = [];
      let verb = false;
      // The nominative cells of the adjective or participle nearest after a linking verb (seen first, walking back).
      let predicative: AgreementCell[] | null = null;
      let linked: AgreementCell[] | null = null;
      for (let k = at - 1; k >= 0; k--) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) break;
        if (token.kind !== "word") continue;
        if (hasReading(readings, (a) => a.pos === "verb" && LINKING_VERBS.has(a.lemma))) {
          if (predicative === null || linked !== null || predicative.some((c) => mayAgreeWith(c, number, gender))) return false;
          linked = predicative;
          verb = true;
          continue;
        }
        if (!hasReading(readings, isNounReading) && hasReading(readings, (a) => a.pos === "adj" || (a.pos === "verb" && a.participle === true))) {
          const cells = agreementCells(token.text).filter((c) => c.case === "nom");
          if (cells.length > 0) predicative = cells;
        }
        // "tie jāizdzēš no datu bāze": a debitive's object is its nominative, and it stands before too.
        if (hasReading(readings, (a) => a.pos === "verb" && a.mood === "deb")) verb = true;
        const nominative = nominativeOnly(readings);
        if (nominative) {
          if (nominative.some((c) => mayAgreeWith(c, number, gender))) return false;
          subjects = nominative;
        }
        if (hasReading(readings, (a) => a.pos === "verb" && a.person === 3 && (a.mood === "ind" || a.mood === "cnd")) && !hasReading(readings, (a) => a.pos === "noun" && a.case === "nom")) verb = true;
      }
      if (linked !== null && !subjects.some((s) => (linked as AgreementCell[]).some((c) => c.number === s.number && (s.gender === undefined || c.gender === s.gender)))) return false;
      return subjects.length > 0 && verb && !mayHavePredicateAfter(index);
    }

    /**
     * "Mana vecmāmiņa no tēva puse zīlēja …": the clause opens with a noun that can only be a
     * nominative right before the preposition, and its predicate follows the head — a 3rd-person
     * verb other than a linking one, or a participle that agrees with that noun and not with the
     * head. One predicate, and its subject already stands before the preposition.
     */
    function subjectOpensTheClause(at: number, index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      const before = tokens[at - 1];
      if (!isWord(before)) return false;
      const beforeReadings = analyzer.analyze(before.text);
      // "Jānis pēc profesijas jurists strādā …": after "pēc" a noun that may agree with the subject may
      // describe it (an apposition without its commas); one that cannot ("kompānija pēc staciju skaits") does not.
      if (tokens[at].text.toLowerCase() === "pēc" && beforeReadings.some((a) => mayAgreeWith(a, number, gender))) return false;
      // A pronoun subject ("…, kas ar katru gads palielinās", "tie no …"): one that could agree with
      // the head may have it for a description ("viņš no kara invalīds atgriezās").
      const pronoun = isOnlyNominativeNoun(beforeReadings) ? null : pronounSubject(beforeReadings);
      if (pronoun && pronoun.some((p) => p.number === number && (p.gender === undefined || gender === undefined || p.gender === gender))) return false;
      const subjects = pronoun ?? beforeReadings;
      if (!pronoun && !isOnlyNominativeNoun(beforeReadings)) return false;
      for (let k = at - 2; k >= 0; k--) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) break;
        // "Mana" is also a form of "manīt": a pronoun or adjective reading keeps such a word a modifier.
        // An unknown capitalised word is a name ("Ozija Osborna ģimene no …"); any other may be a verb.
        if (token.kind === "word" && ((readings.length === 0 && !isCapitalised(token.text)) || (hasReading(readings, (a) => (a.pos === "verb" && !a.participle) || a.pos === "other") && !hasReading(readings, isModifierReading)))) return false;
      }
      // "Cena par siltumu gads no gada pieaug": a nominative before a preposition may be an idiom's ("gads no gada").
      const next = tokens[index + 1];
      if (isWord(next) && PREPOSITIONS[next.text.toLowerCase()]) return false;
      for (let k = index + 1; k < tokens.length; k++) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) return false;
        if (token.kind !== "word") continue;
        if (readings.length === 0) return false;
        const verbs = readings.filter((a) => a.pos === "verb");
        if (verbs.length === 0) {
          if (hasReading(readings, (a) => a.pos === "noun" && (a.case === "nom" || a.case === undefined))) return false;
          continue;
        }
        // "tiek noteikta": "tikt" before a participle is the passive's auxiliary, not a linking verb.
        const passive = verbs.every((a) => a.lemma === "tikt") && isWord(tokens[k + 1]) && hasReading(analyzer.analyze(tokens[k + 1].text), (a) => a.participle === true);
        if (verbs.some((a) => (LINKING_VERBS.has(a.lemma) && !passive) || a.mood === "deb")) return false;
        if (verbs.some((a) => a.person === 3)) return true;
        if (verbs.some((a) => a.participle === true)) {
          const cells = agreementCells(token.text).filter((c) => c.case === "nom");
          const agreesWithHead = cells.some((c) => mayAgreeWith(c, number, gender));
          return !agreesWithHead && subjects.some((s) => cells.some((c) => c.number === s.number && c.gender === s.gender));
        }
        return false;
      }
      return false;
    }

    /**
     * "cena par atkritumu apsaimniekošana pieaugusi": a noun that can only be a nominative right
     * before the preposition is the noun the phrase belongs to ("cena par …", "projekti par …"), and
     * an action noun ("-šana") after the phrase cannot describe it as a person noun could ("Mana māsa
     * pēc profesijas ārste ir"): two nominatives with the phrase between and no verb is not a clause.
     * At the clause's start the phrase may be whole ("Par darbu samaksāšana notiek reizi mēnesī").
     */
    function actionNounAfterItsNoun(at: number, nominatives: readonly Analysis[]): boolean {
      if (!isActionNoun(nominatives)) return false;
      const before = tokens[at - 1];
      if (!isWord(before) || isCapitalised(before.text)) return false;
      return isOnlyNominativeNoun(analyzer.analyze(before.text));
    }

    /** "pie šāda veida cionisms viņi pieradina …": a personal pronoun that can only be a nominative follows the head and is the subject. */
    function pronounSubjectAfter(index: number): boolean {
      let k = index + 1;
      // "ja uz katru vizīte pie ārsts mēs būtu …": another prepositional phrase may stand between (no verb in it).
      if (isWord(tokens[k]) && PREPOSITIONS[tokens[k].text.toLowerCase()]) {
        for (k++; k <= index + 5 && isWord(tokens[k]) && !isPersonalSubject(tokens[k]); k++) {
          if (hasReading(analyzer.analyze(tokens[k].text), (a) => a.pos === "verb" || a.pos === "conj" || a.pos === "other")) return false;
        }
      }
      return isPersonalSubject(tokens[k]);
    }

    /** A personal pronoun that can only be a nominative ("mēs", "viņš"; not "jūs", also an accusative). */
    function isPersonalSubject(token: Token | undefined): boolean {
      if (!isWord(token)) return false;
      const readings = analyzer.analyze(token.text);
      return readings.length > 0 && readings.every((a) => a.pos === "pron" && a.case === "nom" && PERSONAL_PRONOUNS.has(a.lemma));
    }

    /**
     * "Alfs satver viņu aiz roka.", "…, publicēja video no uzņemšanas laukums, kur …": the clause
     * before the phrase has a verb and, between that verb and the preposition, a noun or pronoun
     * (its object or subject), and nothing after the head in its clause may be a predicate — no role is left for a nominative
     * there. Silent where one is: right after its verb a nominative may be the inverted subject
     * ("Gulēja uz galda grāmata"); after a linking verb, a predicate ("Tā ir no tavas puses
     * neuzmanība", "Mums ir pie mājas dārzs"); after a debitive, its object; without a verb the
     * clause may be elliptic ("Pēc sēdes lēmums."); a nominative before that agrees with the head
     * may be described by it ("Viņš atgriezās no kara invalīds"). Where the preposition takes the
     * genitive, the nominative may be the object the writer meant (objectMayBeMeant), and before "!"
     * a vocative without its comma ("…, noliekot grāmatu pie galda draugs!"): silent too.
     */
    function noRoleAfterItsVerbAndObject(at: number, index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      if (mayHavePredicateAfter(index) || objectMayBeMeant(at, number) || endsInExclamation(index)) return false;
      let nominal = false;
      let verb = false;
      for (let k = at - 1; k >= 0; k--) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) break;
        if (token.kind !== "word") continue;
        // An unknown capitalised word is a name; any other unknown word may be a verb of any kind.
        if (readings.length === 0) {
          if (!isCapitalised(token.text)) return false;
          nominal = true;
          continue;
        }
        if (hasReading(readings, (a) => a.pos === "other")) return false;
        const nominative = nominativeOnly(readings);
        if (nominative && nominative.some((c) => mayAgreeWith(c, number, gender))) return false;
        const verbs = readings.filter((a) => a.pos === "verb" && a.participle !== true);
        if (verbs.length > 0) {
          if (verbs.some((a) => LINKING_VERBS.has(a.lemma) || a.mood === "deb")) return false;
          if (!verb && !nominal) return false;
          verb = true;
          continue;
        }
        if (hasReading(readings, (a) => a.pos === "noun" || a.pos === "pron")) nominal = true;
      }
      return verb;
    }

    /**
     * "apvienotā kompānija pēc staciju skaits varētu …", "atkarīga no ārējās vides stimuls", "vēlos
     * konsultēties ar higiēnistu par pareizu zobu tīrīšana": the word right before the preposition
     * belongs to a clause already under way, so the phrase does not open it — a nominative noun or
     * pronoun (the clause's subject, so the head cannot be one), an adjective, an infinitive, or an
     * accusative or genitive noun after a verb (its object). A phrase that opens its clause is most
     * often an adverbial put first, and the nominative after it the subject ("Pēc tēva nāves dēls
     * rīkoja …", "Ar šo spriedumu sūdzētājs nebija mierā"); so after a verb, participle, adverb,
     * particle or conjunction ("Gulēja uz galda grāmata", "Tā ir no tavas puses neuzmanība"), after
     * a dative or locative that may open the clause ("Mums pie mājas dārzs ir", "Rīgā pēc gada
     * situācija …"), after an accusative with no verb before it, which may be an adverbial of time or
     * an object put first ("Katru mēnesi par darbu samaksāšana notiek", "Pusi no iztrūkuma kungs
     * bija uzņēmies"), and after a pronoun other than a nominative: silence. A nominative before
     * that may agree with the head may be described by it ("Jānis pēc profesijas jurists"), an
     * adjective that may agree with it in the nominative may be its modifier, a noun before another
     * preposition may be an idiom's ("gads no gada"), a sentence ending in "!" may end in a
     * vocative, and after a verb, where the preposition takes the genitive, the nominative may be
     * the object meant (objectMayBeMeant): silent there too.
     */
    function phraseInsideItsClause(at: number, index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      const before = tokens[at - 1];
      if (!isWord(before) || endsInExclamation(index)) return false;
      if (isRepeatedNounIdiom(index)) return false;
      const readings = analyzer.analyze(before.text);
      if (readings.length === 0) return false;
      const afterVerb = verbBefore(at);
      for (const a of readings) {
        if (a.pos === "noun" || a.pos === "pron") {
          if (a.case === undefined || a.case === "dat" || a.case === "loc") return false;
          if (a.pos === "pron" && a.case !== "nom") return false;
          if (a.case !== "nom" && a.case !== "voc" && !afterVerb) return false;
          if ((a.case === "nom" || a.case === "voc") && mayAgreeWith(a, number, gender)) return false;
          continue;
        }
        if (a.pos === "adj") {
          if (agreementCells(before.text).some((c) => c.case === "nom" && mayAgreeWith(c, number, gender))) return false;
          continue;
        }
        if (a.pos === "verb" && a.infinitive === true) continue;
        return false;
      }
      return !afterVerb || !objectMayBeMeant(at, number);
    }

    /** A verb that is no linking one (or an unknown lower-case word) stands before the preposition in its clause: it may take an object. */
    function verbBefore(at: number): boolean {
      return wordOfClause(at, -1, (word, readings) => (readings.length === 0 ? !isCapitalised(word.text) : hasReading(readings, (a) => a.pos === "verb" && !LINKING_VERBS.has(a.lemma))));
    }

    /** A word of the clause of `at`, walking from it by `step` (−1 back, +1 on) to the clause's edge, that passes `test`. */
    function wordOfClause(at: number, step: -1 | 1, test: (word: Token, readings: readonly Analysis[]) => boolean): boolean {
      for (let k = at + step; k >= 0 && k < tokens.length; k += step) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) return false;
        if (token.kind === "word" && test(token, readings)) return true;
      }
      return false;
    }

    /**
     * "Paldies par pienākumu nepildīšana.", "pret kongresa sasaukšana.": an action noun ("-šana")
     * right after a genitive, which is its object ("pienākumu nepildīšana"), and nothing after it
     * that may be a predicate. The genitive belongs to the action noun, not to the preposition,
     * and the nominative has no role of its own in the clause. With a predicate after it the phrase
     * may be whole and the action noun the subject ("Par darbu samaksāšana notiek reizi mēnesī").
     */
    function actionOfTheGenitiveBefore(index: number, nominatives: readonly Analysis[]): boolean {
      if (!isActionNoun(nominatives) || mayHavePredicateAfter(index)) return false;
      const before = tokens[index - 1];
      return isWord(before) && hasReading(analyzer.analyze(before.text), (a) => a.pos === "noun" && a.case === "gen");
    }

    /** "gads no gada", "diena pēc dienas": the head, a preposition and the head's own noun again (an idiom, "Cena par siltumu gads no gada pieaug"). */
    function isRepeatedNounIdiom(index: number): boolean {
      const preposition = tokens[index + 1];
      const again = tokens[index + 2];
      if (!isWord(preposition) || !PREPOSITIONS[preposition.text.toLowerCase()] || !isWord(again)) return false;
      const lemmas = new Set(analyzer.analyze(tokens[index].text).map((a) => a.lemma));
      return hasReading(analyzer.analyze(again.text), (a) => a.pos === "noun" && lemmas.has(a.lemma));
    }

    /**
     * "No urīna nesaturēšana biežāk cieš sievietes", "līdz pat pirmdienas vakars nav jāpilda nekādi
     * pienākumi": after the head (and an adverb or two) a 3rd-person verb that is no linking one, or
     * a debitive, then (after adverbs, particles, adjectives or nominative pronouns) a lower-case noun
     * that can only be a nominative — the verb's subject, or the debitive's object. The clause has
     * its nominative, so the head has no role as one. Unless a verb follows that nominative: then it
     * may open a clause whose comma was left out ("Pēc sēdes vadītājs aizgāja sekretāre palika").
     */
    function verbWithItsNominativeAfter(index: number): boolean {
      let k = index + 1;
      const isAdverbOrParticle = (t: Token | undefined): boolean => isWord(t) && isAdverbOrParticleForm(t.text, analyzer.analyze(t.text));
      for (let skipped = 0; skipped < 2 && isAdverbOrParticle(tokens[k]); skipped++) k++;
      const verb = tokens[k];
      if (!isWord(verb)) return false;
      const readings = analyzer.analyze(verb.text);
      if (readings.length === 0 || !readings.every((a) => a.pos === "verb" && a.participle !== true)) return false;
      // (A 2nd-person singular reading — "atbrīvo" is also "you free" — does not make a 3rd-person verb less one.)
      const finite = readings.some((a) => a.person === 3 && (a.mood === "ind" || a.mood === "cnd")) && readings.every((a) => !LINKING_VERBS.has(a.lemma) && (a.person === 3 || (a.person === 2 && a.number === "sg")));
      const debitive = readings.every((a) => a.mood === "deb") || (readings.every((a) => a.lemma === "būt" && a.person === 3) && isWord(tokens[k + 1]) && analyzer.analyze(tokens[k + 1].text).some((a) => a.mood === "deb"));
      if (!finite && !debitive) return false;
      k += debitive && !readings.every((a) => a.mood === "deb") ? 2 : 1;
      for (let skipped = 0; skipped < 3 && isWord(tokens[k]) && (isAdverbOrParticle(tokens[k]) || analyzer.analyze(tokens[k].text).every((a) => a.pos === "adj" || a.pos === "pron" && a.case === "nom")); skipped++) k++;
      const subject = tokens[k];
      if (!isWord(subject) || isCapitalised(subject.text) || !isOnlyNominativeNoun(analyzer.analyze(subject.text))) return false;
      // "Pēc sēdes vadītājs aizgāja sekretāre palika": a verb after that nominative makes it a new clause's subject (a comma left out).
      const after = tokens[k + 1];
      return !(isWord(after) && hasReading(analyzer.analyze(after.text), (a) => a.pos === "verb" && a.participle !== true && (a.person === 3 || a.mood === "deb")));
    }

    /** The preposition at `at` opens a fixed phrase (FIXED_AFTER), or is "līdz" after "ko" ("Ko līdz visi jaukumi"). */
    function isFixedPhrase(at: number): boolean {
      const preposition = tokens[at].text.toLowerCase();
      const next = tokens[at + 1];
      if (isWord(next) && FIXED_AFTER[preposition]?.has(next.text.toLowerCase())) return true;
      const before = tokens[at - 1];
      return preposition === "līdz" && isWord(before) && before.text.toLowerCase() === "ko";
    }

    /** The word before the preposition is an adjective or pronoun that may agree with the head in the nominative ("savi blakus nolūki"). */
    function nominativeModifierBefore(at: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      const before = tokens[at - 1];
      if (!isWord(before)) return false;
      const readings = analyzer.analyze(before.text);
      // (Not a participle: "sēdēja atbalstīta līdzās aukle" describes the subject.)
      return readings.length > 0 && readings.every((a) => a.pos === "adj" || a.pos === "pron") && mayAgreeInNominative(before.text, number, gender);
    }

    /** A word of the preposition's clause, before or after it, that may be a finite verb or a debitive. */
    function clauseHasVerb(at: number): boolean {
      const isVerb = (_word: Token, readings: readonly Analysis[]) => hasReading(readings, (a) => a.pos === "verb" && (a.person !== undefined || a.mood === "deb"));
      return wordOfClause(at, -1, isVerb) || wordOfClause(at, 1, isVerb);
    }

    /** The sentence of the token at `index` ends in "!". */
    function endsInExclamation(index: number): boolean {
      for (let k = index + 1; k < tokens.length; k++) {
        const text = tokens[k].text;
        if (tokens[k].kind !== "word" && /^[.!?]/.test(text)) return text.startsWith("!");
      }
      return false;
    }

    /**
     * The number and gender of a word that can only be a nominative noun or pronoun (a vocative may
     * be the same form), or null: a clause's subject, or a debitive's object ("tas", "tie").
     */
    function nominativeOnly(readings: readonly Analysis[]): ReadonlyArray<{ number?: GrammaticalNumber; gender?: Analysis["gender"] }> | null {
      return readings.length > 0 && readings.every((a) => (a.pos === "noun" || a.pos === "pron") && (a.case === "nom" || a.case === "voc")) ? readings : null;
    }

    /**
     * A 3rd-person pronoun that can only be a nominative and so is the subject of its clause: "viņš",
     * "tie", or a relative "kas", "kurš", "kuri" that opens the clause (the accusative is "ko",
     * "kuru"). "Kas" has no number: it agrees with any verb (the analyzer reads it as a singular).
     */
    function pronounSubject(readings: readonly Analysis[]): ReadonlyArray<{ number?: GrammaticalNumber; gender?: Analysis["gender"] }> | null {
      const nominatives = nominativeOnly(readings);
      if (!nominatives || !readings.every((a) => a.pos === "pron" && (a.person === undefined || a.person === 3))) return null;
      return readings.every((a) => a.lemma === "kas") ? [{}] : nominatives;
    }

    /**
     * "Esam saņēmuši no bankas izziņa", "…, pievienojot no bankas izziņa": with no object before the
     * preposition in its clause (a word that may be an accusative, or a name), a nominative after a
     * verb that takes none as subject may be the object the writer meant ("izziņu") — an error
     * still, but the preposition's genitive would be the wrong fix. Where the preposition takes the
     * accusative, both readings give one fix.
     */
    function objectMayBeMeant(at: number, number: GrammaticalNumber): boolean {
      if (governedCases(tokens[at].text, number)[0] === "acc") return false;
      for (let k = at - 1; k >= 0; k--) {
        const token = tokens[k];
        const readings = token.kind === "word" ? analyzer.analyze(token.text) : [];
        if (isClauseEdge(token, readings)) return true;
        if (token.kind !== "word") continue;
        if (readings.length === 0 ? isCapitalised(token.text) : hasReading(readings, (a) => (a.pos === "noun" || a.pos === "pron") && a.case === "acc")) return false;
      }
      return true;
    }

    /**
     * "esam rēķinājušies": a 1st- or 2nd-person "būt" at `k` right before an active participle (of a
     * verb that is no linking one) that cannot agree with the head in the nominative.
     */
    function isPerfectAuxiliary(k: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      const readings = analyzer.analyze(tokens[k].text);
      if (readings.length === 0 || !readings.every((a) => a.pos === "verb" && a.lemma === "būt" && (a.person === 1 || a.person === 2))) return false;
      const next = tokens[k + 1];
      if (!isWord(next)) return false;
      const participle = analyzer.analyze(next.text);
      if (participle.length === 0 || !participle.every((a) => a.pos === "verb" && a.person === undefined && a.mood === undefined && a.infinitive !== true && !LINKING_VERBS.has(a.lemma))) return false;
      const cells = agreementCells(next.text).filter((c) => c.case === "nom");
      return cells.length > 0 && !cells.some((c) => mayAgreeWith(c, number, gender));
    }

    /**
     * "…, izraujot Toru no ebreju apziņa.", "…, vislabāk pulsu sataustīt uz miega artērija – …": the
     * clause before the preposition has for its verb only an infinitive or a converb in "-ot",
     * neither of which takes a nominative subject, and nothing up to the sentence's end can be a
     * predicate: a nominative after the phrase has no role there. The clause must follow a comma,
     * colon or dash inside the sentence: at the sentence's start an infinitive may be the subject of
     * a predicate noun ("Dzīvot pie jūras – sapnis"), and after a conjunction "-ot" may be the reported
     * mood, whose subject may follow ("ka pilsētā ierodoties delegācija"). A sentence that ends in "!"
     * may end in a vocative without its comma (objectMayBeMeant: the fix must be the case meant).
     */
    function onlyNonFiniteVerbBefore(at: number, index: number, number: GrammaticalNumber): boolean {
      if (objectMayBeMeant(at, number)) return false;
      let nonFinite = false;
      let k = at - 1;
      for (; k >= 0; k--) {
        const token = tokens[k];
        if (token.kind !== "word") {
          if (CLAUSE_END.test(token.text)) break;
          continue;
        }
        const readings = analyzer.analyze(token.text);
        // An unknown capitalised word is a name ("izraujot Toru"); any other may be a verb.
        if (readings.length === 0 && isCapitalised(token.text)) continue;
        if (readings.length === 0 || isClauseEdge(token, readings) || hasReading(readings, (a) => a.pos === "other")) return false;
        const verbs = readings.filter((a) => a.pos === "verb");
        if (verbs.length === 0) continue;
        if (verbs.length !== readings.length || !verbs.every((a) => a.infinitive === true || (a.mood === "qot" && a.lemma !== "būt"))) return false;
        nonFinite = true;
      }
      if (!nonFinite || k < 0 || !/^[,:;—–]/.test(tokens[k].text)) return false;
      for (let j = index + 1; j < tokens.length; j++) {
        const token = tokens[j];
        if (token.kind !== "word") {
          if (/^[.?;]/.test(token.text)) return true;
          if (token.text.startsWith("!")) return false;
          continue;
        }
        const readings = analyzer.analyze(token.text);
        if (readings.length === 0 ? !isCapitalised(token.text) : hasReading(readings, (a) => a.pos === "other" || (a.pos === "verb" && a.infinitive !== true))) return false;
      }
      return true;
    }

    /**
     * "līdz 2020. gads tiks rekonstruēta estrāde": right after the head the passive's "tikt" and a
     * participle that cannot agree with the head but agrees with a noun after it that can only be a
     * nominative — that noun is the subject, so the head is none (and "līdz" is no conjunction).
     * Not "būt", which may link the head to a predicate noun ("Pēc remonta ceļš būs slēgta iela").
     */
    function subjectAfterItsPredicate(index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      if (verbWithItsNominativeAfter(index)) return true;
      const auxiliary = tokens[index + 1];
      const participle = tokens[index + 2];
      if (!isWord(auxiliary) || !isWord(participle)) return false;
      if (!hasReading(analyzer.analyze(auxiliary.text), (a) => a.pos === "verb" && a.person === 3 && a.lemma === "tikt")) return false;
      const participleReadings = analyzer.analyze(participle.text);
      if (participleReadings.length === 0 || !participleReadings.every((a) => a.pos === "verb" && a.participle === true)) return false;
      const cells = agreementCells(participle.text).filter((c) => c.case === "nom");
      if (cells.some((c) => mayAgreeWith(c, number, gender))) return false;
      const agrees = (form: string) => agreementCells(form).some((c) => c.case === "nom" && cells.some((p) => p.number === c.number && p.gender === c.gender));
      // An adjective before the subject agrees with it too ("tiks uzbūvēta jauna skola").
      let k = index + 3;
      while (k <= index + 4 && isWord(tokens[k]) && agrees(tokens[k].text) && analyzer.analyze(tokens[k].text).every((a) => a.pos === "adj")) k++;
      const subject = tokens[k];
      if (!isWord(subject)) return false;
      const subjects = analyzer.analyze(subject.text);
      return isOnlyNominativeNoun(subjects) && subjects.some((s) => cells.some((c) => c.number === s.number && c.gender === s.gender));
    }

    /**
     * "par atkritumu savākšana un transportēšanu", "pie caurules un citiem aparātiem": the head is
     * coordinated with a noun in a case the preposition governs (none of its readings a
     * nominative, and no noun after it that it could modify instead) — both were meant in that case.
     */
    function coordinatedWithGoverned(index: number, preposition: string): boolean {
      const conjunction = tokens[index + 1];
      if (!isWord(conjunction) || !COORDINATORS.has(conjunction.text.toLowerCase())) return false;
      let k = index + 2;
      for (let modifiers = 0; modifiers < 2 && isWord(tokens[k]); modifiers++, k++) {
        const readings = analyzer.analyze(tokens[k].text);
        if (!(readings.length > 0 && readings.every(isModifierReading))) break;
      }
      const noun = tokens[k];
      if (!isWord(noun)) return false;
      const readings = analyzer.analyze(noun.text);
      if (readings.length === 0 || !readings.every((a) => a.pos === "noun")) return false;
      if (hasReading(readings, (a) => a.case === "nom" || a.case === "voc")) return false;
      if (!hasReading(readings, (a) => a.case !== undefined && a.number !== undefined && governedCases(preposition, a.number).indexOf(a.case) >= 0)) return false;
      const next = tokens[k + 1];
      return !(isWord(next) && hasReading(analyzer.analyze(next.text), (a) => isNounReading(a) || a.pos === "adj"));
    }

    /**
     * "atbilde uz šo jautājums ir apstiprinoša": a linking verb after the head whose predicative
     * adjective cannot agree with the head but agrees with the nominative noun just before the
     * preposition — that noun is the subject, so the head is no subject of what follows.
     */
    function subjectBeforeTakesThePredicate(phrase: Phrase, index: number, number: GrammaticalNumber, gender: Analysis["gender"]): boolean {
      const before = tokens[phrase.at - 1];
      const verb = tokens[index + 1];
      if (!isWord(before) || !isWord(verb) || !hasReading(analyzer.analyze(verb.text), (a) => a.pos === "verb" && a.person === 3 && LINKING_VERBS.has(a.lemma))) return false;
      let k = index + 2;
      while (isWord(tokens[k]) && analyzer.analyze(tokens[k].text).every((a) => a.pos === "adv") && analyzer.analyze(tokens[k].text).length > 0) k++;
      const predicate = tokens[k];
      if (!isWord(predicate)) return false;
      const readings = analyzer.analyze(predicate.text);
      if (!hasReading(readings, (a) => a.pos === "adj" || a.participle === true) || hasReading(readings, isNounReading)) return false;
      const nominatives = agreementCells(predicate.text).filter((c) => c.case === "nom");
      if (nominatives.some((c) => mayAgreeWith(c, number, gender))) return false;
      const subjects = analyzer.analyze(before.text).filter((a) => a.pos === "noun" && a.case === "nom");
      return subjects.length > 0 && subjects.every((a) => nominatives.some((c) => c.number === a.number && c.gender === a.gender));
    }

    /**
     * The head noun of the phrase is reported when it is in the nominative — the mistake people
     * make (issue 20) — and no reading of it fits the preposition. Other wrong-looking cases after
     * a preposition ("ar tautā iemīlētām dziesmām", "pamāja ar galvu bārmenim") are other structures.
     */
    function judgeHead(index: number, allAnalyses: readonly Analysis[], phrase: Phrase): RuleReport<MessageId> | null {
      const { at, preposition, governedModifier, bareGenitive, modifiers } = phrase;
      const head = tokens[index];
      // "aiz roka": the genitive of "roks" (rock music) is too rare a reading to keep the rule silent.
      const analyses = withoutRareHomographs(head.text, allAnalyses);
      // Readings other than nouns and finite verbs ("pie māja": the past of "māt") make it unclear.
      // A participle reading ("rīts" of "rīt", "sviests" of "sviest") is no other way out when none
      // of its endings is a case the preposition governs: it would be as wrong there as the noun.
      // A governed ending counts only with a noun after the head that it could agree with: an
      // indefinite participle seldom stands alone ("no gulta, lai …": "gulta" is no "of a lain one").
      const nextReadings = isWord(tokens[index + 1]) ? analyzer.analyze(tokens[index + 1].text) : [];
      const participleGoverned = (c: AgreementCell) =>
        governedCases(preposition, c.number).indexOf(c.case) >= 0 && hasReading(nextReadings, (n) => isNounReading(n) && n.case === c.case && n.number === c.number && (n.gender === undefined || n.gender === c.gender));
      const participleUngoverned = (a: Analysis) => a.pos === "verb" && a.participle === true && !agreementCells(head.text).some(participleGoverned);
      if (!analyses.every((a) => (a.pos === "noun" && a.case !== undefined && !a.indeclinable) || (a.pos === "verb" && a.person !== undefined) || participleUngoverned(a))) return null;
      const nouns = analyses.filter((a) => a.pos === "noun");
      const nominatives = nouns.filter((a) => a.case === "nom");
      const numbers = new Set(nominatives.map((a) => a.number));
      if (nominatives.length === 0 || numbers.size !== 1) return null;
      // "ar komisijas": a nominative plural that is also a genitive singular may be the genitive of
      // a noun further on, and if it is a mistake the writer may have meant either number
      // ("komisiju" or "komisijām"): which one is not certain, so silence.
      if (nouns.some((a) => a.case === "gen" && a.number !== undefined && !numbers.has(a.number))) return null;
      if (nouns.some((a) => a.case !== undefined && a.number !== undefined && governedCases(preposition, a.number).indexOf(a.case) >= 0)) return null;
      // A proper name or an institution's name may be a foreign or unlisted word.
      if (isCapitalised(head.text) && head.text.indexOf("-") < 0) return null;
      const number = nominatives[0].number as GrammaticalNumber;
      const gender = nominatives.length === 1 ? nominatives[0].gender : undefined;
      // "spēlē ar viņu kārtis": a pronoun that may be the whole phrase ("ar viņu" = with him) before
      // a head of another number — the possessive reading ("their") is then no likelier than an
      // object or subject after the phrase.
      if (phrase.pronounAlone.length > 0 && phrase.pronounAlone.indexOf(number) < 0) return null;
      // "gulstas uz viņu dzīves nasta", "man bija ar viņu saruna": right after a verb, "uz viņu" (on
      // him) may be the whole phrase and the nominative the verb's inverted subject.
      if (phrase.pronounAlone.length > 0 && isWord(tokens[at - 1]) && hasReading(analyzer.analyze(tokens[at - 1].text), (a) => a.pos === "verb" && a.person === 3)) return null;
      // Each modifier must agree with the head in a governed case, and not in the nominative — then
      // the phrase is the modifier's evidence of the case the writer meant ("uz norādīto adrese").
      for (const modifier of modifiers) {
        const agrees = (c: AgreementCell) => mayAgreeWith(c, number, gender);
        if (!modifier.cells.some((c) => agrees(c) && governedCases(preposition, number).indexOf(c.case) >= 0)) return null;
        if (modifier.cells.some((c) => agrees(c) && c.case === "nom")) return null;
      }
      // A pronoun may stand alone ("par to cilvēks ir atbildīgs": "about it, a person is …").
      // …unless an adjective or participle agrees with both outside the nominative ("pa šo mežonīgo dārzs").
      const pronounFirst = modifiers.some((m) => m.pronoun) && modifiers.every((m) => m.pronoun);
      // A head that is also a genitive ("medus", "diennakts") may modify a noun further on ("ar
      // medus un ievārījuma kūku", "pa diennakts dežūrtālruni"): silence if one follows closely.
      // …unless it is coordinated with a noun in the governed case and nothing it could modify ("ar sāls un eļļu").
      if (hasReading(nouns, (a) => a.case === "gen") && genitiveMayModifyLater(index) && !coordinatedWithGoverned(index, preposition)) return null;
      const after = tokens[index + 1];
      const afterAnalyses = isWord(after) ? analyzer.analyze(after.text) : [];
      const secondPersonAfter = isFirstOrSecondPersonVerb(afterAnalyses);
      const clauseEnds = after === undefined || /^[.!?;,]/.test(after.text);
      // "Kopš tēvs aizbrauca", "Blakus māja ir jauna": the word may be a conjunction or an adverb
      // unless the head ends the clause or a verb after it cannot be its own.
      // A modifier before the head (it agrees with the head only outside the nominative) settles it.
      // …or the predicate after the head has a subject of its own after it ("līdz 2020. gads tiks rekonstruēta estrāde").
      const subjectAfter = subjectAfterItsPredicate(index, number, gender);
      // "līdz 81 kilograms": a cardinal ending in 1 (not 11) agrees with a singular noun right after it, which is then the noun governed.
      const numberBefore = tokens[index - 1];
      const afterCardinalOne = number === "sg" && numberBefore?.kind === "number" && /(?:^|[^1])1$/.test(numberBefore.text) && !VOTE_LABELS.has(preposition);
      // "savi blakus nolūki", "Blakus lieta!": "blakus" and "līdzās" are adverbs inside a noun phrase
      // after a modifier that agrees with the head in the nominative, or in a clause with no verb at all.
      if (SIDE_ADVERBS.has(preposition) && (nominativeModifierBefore(at, number, gender) || !clauseHasVerb(at))) return null;
      if (ALSO_CONJUNCTION_OR_ADVERB.has(preposition) && !phrase.range && !afterCardinalOne && modifiers.length === 0 && !clauseEnds && !secondPersonAfter && !subjectAfter && mayHavePredicateAfter(index)) return null;
      const ownedAction = (governedModifier || pronounFirst) && actionNounAfterItsNoun(at, nominatives);
      const subjectElsewhere =
        (governedModifier || pronounFirst) &&
        (subjectBeforeTakesThePredicate(phrase, index, number, gender) ||
          ((clauseEnds || !mayHavePredicateAfter(index)) && ownSubjectVerbBefore(at, number, gender)) ||
          subjectAndVerbBefore(at, index, number, gender) ||
          subjectOpensTheClause(at, index, number, gender) ||
          pronounSubjectAfter(index) ||
          ownedAction ||
          subjectAfter ||
          onlyNonFiniteVerbBefore(at, index, number) ||
          phraseInsideItsClause(at, index, number, gender) ||
          actionOfTheGenitiveBefore(index, nominatives) ||
          noRoleAfterItsVerbAndObject(at, index, number, gender));
      // "uz galda grāmata": the genitive may be the whole phrase and the nominative the subject of
      // what follows, or a predicate ("Tā ir no tavas puses neuzmanība."); only a verb that cannot
      // have it as subject, a predicate that cannot be its own or a modifier that agrees with it
      // outside the nominative ("pēc stresu izraisoša moments") settles it.
      const coordinated = (governedModifier || pronounFirst) && coordinatedWithGoverned(index, preposition);
      if (bareGenitive && !secondPersonAfter && !subjectElsewhere && !phrase.modifierAfterGenitive && !coordinated) return null;
      // "zem 60 % atzīme.": after a number only a clause's end or a verb that cannot be the head's.
      // An ordinal agrees with the noun right after it ("ar 2016. gads" → "gadu"): nothing else there can be governed.
      const afterOrdinal = phrase.ordinalBefore === index && (!ALSO_CONJUNCTION_OR_ADVERB.has(preposition) || subjectAfter || phrase.range);
      if (phrase.number && !afterOrdinal && !afterCardinalOne && !secondPersonAfter && !(after === undefined || /^[.!?;]/.test(after.text))) return null;
      // Right after the preposition (nothing between) the head has no other way to be in the
      // nominative: an adjective after it cannot make it a subject ("No abažūrs nepieciešams …"),
      // and where the preposition takes the genitive alone, a singular head's genitive is right
      // whether it is the noun governed or a noun's modifier ("pēc lēmums pieņemšanas").
      const adjacent = (index === at + 1 + phrase.particles && !ALSO_CONJUNCTION_OR_ADVERB.has(preposition)) || afterOrdinal;
      const genitiveEitherWay = adjacent && number === "sg" && governedCases(preposition, "sg").join() === "gen";
      // The phrase alone makes the head the governed noun (see the words after it below): right after
      // the preposition, or after a possessive or modifiers that agree with it only outside the nominative.
      const settled = adjacent || ((phrase.possessive || modifiers.length > 0) && !pronounFirst && !governedModifier && modifiers.every((m) => !m.alsoNoun));
      // A guessed head ("šķērdība": not in the dictionary, read from its suffix) is itself a doubt:
      // it may be reported only where nothing else is — a settled phrase and a known word after it.
      if (analyses.some((a) => a.guessed) && (!settled || (isWord(after) && afterAnalyses.length === 0))) return null;
      if (isWord(after)) {
        // An unknown word, another noun that may be an apposition or begin a new phrase, or an
        // adjective or participle that may agree with the head in the nominative ("… ēdiens
        // garšīgs"): the phrase may be built otherwise. A noun only in the locative ("pārtraukums
        // darbā"; no preposition governs it) and an adjective in another case or number ("grafiks
        // ērtākās stundās") leave the head alone.
        // Right after the preposition, a noun or a name after a singular head cannot make it governed
        // otherwise either ("uz skatuve Andrē", "ar pārsegums kupola formā"). A plural may be a fixed
        // phrase's word before its noun ("par spīti grūtībām": "spīti" is no nominative there).
        // The same holds after a possessive or modifiers that agree with the head only outside the
        // nominative ("pēc gūtā savainojums Bišops …"), with no genitive that could end the phrase.
        // …but not "pāris" (a couple of) before a plural noun in a governed case: it is a word of
        // quantity there ("pēc pāris dienām", "ar pāris dokumentiem"). Another noun before such a
        // plural stands where its genitive belongs ("pie dārzs vārtiņiem" is reported). An unknown
        // word with a dative plural's ending counts as such a noun ("ar pāris korrespondencēm": old spelling).
        if (nominatives.every((a) => QUANTITY_NOUNS.has(a.lemma))) {
          const unknownDativePlural = afterAnalyses.length === 0 && /(?:ām|ēm|iem|īm|ūm)$/.test(after.text) && governedCases(preposition, "pl").indexOf("dat") >= 0;
          const governedPlural = hasReading(afterAnalyses, (a) => isNounReading(a) && a.case !== "gen" && a.case !== "nom" && a.case !== undefined && a.number === "pl" && governedCases(preposition, a.number).indexOf(a.case) >= 0);
          if ((unknownDativePlural || governedPlural) && !hasReading(afterAnalyses, (a) => a.case === "nom")) return null;
        }
        const followerFree = settled && number === "sg";
        if (afterAnalyses.length === 0 && !genitiveEitherWay && !followerFree) return null;
        // An action noun's dative is its own ("sagatavošana noglabāšanai"), no new phrase.
        const actionsDative = ownedAction && afterAnalyses.every((a) => a.pos === "noun" && a.case === "dat");
        // (…nor an auxiliary that is also a noun's form, "tika", when the predicate has a subject of its own.)
        if (hasReading(afterAnalyses, (a) => isNounReading(a) && a.case !== "loc") && !genitiveEitherWay && !followerFree && !actionsDative && !subjectAfter) return null;
        // (An agreeing participle after an action noun is its noun's: "cena … pieaugusi".)
        if (!settled && !ownedAction && hasReading(afterAnalyses, (a) => a.pos === "adj" || a.participle === true) && mayAgreeInNominative(after.text, number, gender)) return null;
        // …and a verb that could have the nominative as its subject ("uz galda grāmata ir"); a
        // 1st- or 2nd-person verb ("ar šo iesniegums lūdzu") cannot.
        const evidence = subjectElsewhere || coordinated || (phrase.modifierAfterGenitive && !pronounFirst);
        if ((governedModifier || pronounFirst) && !evidence && mayHavePredicateAfter(index)) return null;
      }
      // "uz Jūsu e-pasts adresi", "par iesniegums izskatīšanu": a lower-case noun right after the head,
      // in a case the preposition governs, is the noun governed — the head stands where that noun's
      // genitive belongs ("e-pasta adresi"), and the preposition's own case would be the wrong fix.
      // Where that noun may also be a nominative ("uz galds virsmas") which noun is governed is not
      // certain: silence. An action noun's dative is its own ("par atkritumu šķirošana skolām").
      const cases = governedCases(preposition, number);
      const nextGovernable = isWord(after) && !isCapitalised(after.text) && !isActionNoun(nominatives) && afterAnalyses.length > 0 && afterAnalyses.every((a) => a.pos === "noun") && hasReading(afterAnalyses, (a) => a.case !== undefined && a.number !== undefined && governedCases(preposition, a.number).indexOf(a.case) >= 0);
      // After "uz" both readings end in the same two words: the head governed ("uz galdu", "uz galda") or
      // the genitive of the noun after it ("uz galda virsmas"), so both forms are offered, as below.
      const nextMayBeNominative = nextGovernable && hasReading(afterAnalyses, (a) => a.case === "nom" || a.case === "voc");
      const accusativeOrGenitive = number === "sg" && cases.length === 2 && cases[0] === "acc" && cases[1] === "gen";
      if (nextMayBeNominative && cases[0] !== "gen" && !accusativeOrGenitive) return null;
      const target = nextGovernable && !(accusativeOrGenitive && nextMayBeNominative) ? "gen" : cases[0];
      const messageId = target === "gen" && cases[0] !== "gen" ? "modifier" : MESSAGE_BY_CASE[target];
      if (!messageId) return null;
      /** The forms of the head in a case (its readings may be of more than one noun), none twice. */
      const formsIn = (nounCase: Case, besides: readonly string[] = []): string[] => {
        const forms: string[] = [];
        for (const analysis of nominatives) for (const form of analyzer.inflect(analysis, { case: nounCase, number })) if (forms.indexOf(form) < 0 && besides.indexOf(form) < 0) forms.push(form);
        return forms;
      };
      const forms = formsIn(target);
      if (forms.length === 0) return null;
      // "uz" takes the accusative for direction ("uz skatuvi") and the genitive for place ("uz
      // skatuves"): which was meant is the writer's to say, so both are offered as suggestions (the
      // card shows each as a button) and no one-click fix is chosen for them.
      if ((!nextGovernable || nextMayBeNominative) && accusativeOrGenitive) {
        const genitives = formsIn("gen", forms);
        if (genitives.length > 0) return wordFixReport("accusativeOrGenitive", head, forms.concat(genitives), { preposition: tokens[at].text, other: likeWord(genitives[0], head.text) }, false);
      }
      return wordFixReport(messageId, head, forms, { preposition: tokens[at].text, next: isWord(after) ? after.text : "" });
    }
  }
  return { meta, check };
}
