/**
 * verb-agreement (9.5, pareizrakstība): the polite "Jūs" as the subject takes a verb in the 2nd
 * person plural — "Jūs varat", "Jūs vēlaties", "Jūs esat saņēmis", "Jūs saņemsiet", not the 3rd
 * person ("Jūs var", "Jūs vēlas", "Jūs ir saņēmis", "Jūs saņems").
 *
 * "Jūs" is also the accusative, and then the 3rd person is right: "Kā Jūs var sasniegt?" (how can
 * one reach you), "Jūs interesē šis jautājums", "Jūs ir jāinformē". Precision first (issue 20):
 * the rule reports only when "Jūs" must be the subject — the verb is "būt" (without a debitive),
 * a reflexive verb (which takes no object), a modal with a reflexive infinitive or none, or a verb
 * that already has its accusative object — and nothing else in the clause could be a subject.
 * It needs the loaded analyzer (core/lv/morphology), so it is made by createVerbAgreementRule(analyzer).
 */
import type { Draft, Token } from "../draft/types";
import { formOfBe, mayBeGoverned, POSSESSIVE_GENITIVES, PREPOSITIONS, type Analysis, type MorphAnalyzer } from "../lv/morphology";
import type { LanguageOnlyRule, RuleContext, RuleMeta, RuleReport } from "./types";
import { grammarScope, isWord, wordFixReport } from "./support/wordFix";

type MessageId = "secondPerson";

export const meta: RuleMeta<MessageId> = {
  id: "verb-agreement",
  topic: "language",
  severity: "warning",
  fixable: "code",
  title: { lv: "Darbības vārds pēc „Jūs”", en: "Verb after “Jūs”" },
  description: {
    lv: "Pieklājības formai „Jūs” teikumā seko darbības vārds otrās personas daudzskaitlī: „Jūs varat”, „Jūs vēlaties”, „Jūs esat saņēmis”, „Jūs saņemsiet”. Trešās personas forma („Jūs var”) ir pareiza tikai tad, ja „Jūs” nav teikuma priekšmets: „Kā Jūs var sasniegt?”",
    en: "The polite “Jūs” as the subject takes a verb in the second person plural: “Jūs varat”, “Jūs vēlaties”, “Jūs esat saņēmis”, “Jūs saņemsiet”. The third person (“Jūs var”) is right only when “Jūs” is not the subject: “Kā Jūs var sasniegt?”",
  },
  messages: {
    lv: { secondPerson: "Pēc „{pronoun}” lietojiet otrās personas daudzskaitli: „{fixed}”, nevis „{word}”." },
    en: { secondPerson: "After “{pronoun}” use the second person plural: “{fixed}”, not “{word}”." },
  },
  // The on-send handler does not load the analyzer (docs/decisions.md, issue 20).
  onSend: { group: "pane-only", lv: "„Jūs” ar trešās personas darbības vārdu", en: "“Jūs” with a third-person verb" },
  examples: {
    good: [
      "Jūs varat pieteikties pakalpojumam klātienē vai portālā Latvija.gov.lv.",
      "Kā Jūs var sasniegt pa tālruni?",
      "Jums ir tiesības pārsūdzēt lēmumu viena mēneša laikā.",
      "Jūs esat saņēmis atbildi, un lēmumu Jūs saņemsiet rīt.",
      "Jūs ir jāinformē par lēmumu rakstiski.",
    ],
    bad: [
      "Jūs var pieteikties pakalpojumam klātienē.",
      "Ja Jūs vēlas saņemt izziņu, lūdzu, sazinieties ar mums.",
      "Jūs ir saņēmis atbildi uz iesniegumu.",
      "Jūs saņems atbildi desmit darba dienu laikā.",
    ],
  },
};

/** Words that may stand between "Jūs" and its verb. */
const BETWEEN = /*#__PURE__*/ new Set(["arī", "jau", "vēl", "tomēr", "gan", "noteikti", "varbūt", "labprāt", "tikai", "vienmēr", "tagad", "šobrīd", "joprojām", "pats", "pati", "paši"]);
/** Verbs whose 3rd person with an infinitive may be impersonal ("Jūs var sasniegt" = one can reach you). */
const MODALS = /*#__PURE__*/ new Set(["varēt", "drīkstēt", "vajadzēt", "nākties"]);
/** Words that close a clause besides punctuation. */
const CLAUSE_WORDS = /*#__PURE__*/ new Set(["un", "bet", "ka", "lai", "ja", "kad", "jo", "kamēr", "tāpēc", "taču", "kas", "kurš", "kura", "kuru", "kuri", "kuras"]);

export function createVerbAgreementRule(analyzer: MorphAnalyzer): LanguageOnlyRule<MessageId> {
  // Only the draft's language is read of the context, so the pane's worker can run the rule on a draft alone.
  function check(draft: Draft, context: Pick<RuleContext, "language">): RuleReport<MessageId>[] {
    const scope = grammarScope(draft, context.language);
    if (!scope) return [];
    const { tokens, end, cited } = scope;
    const reports: RuleReport<MessageId>[] = [];
    const boundary = (token: Token | undefined) => !isWord(token) || CLAUSE_WORDS.has(token.text.toLowerCase());
    for (let i = 0; i < tokens.length && tokens[i].end <= end; i++) {
      if (tokens[i].kind !== "word" || tokens[i].text.length !== 3 || tokens[i].text.toLowerCase() !== "jūs") continue;
      // "par Jūs", "uz Jūs": the accusative.
      const before = tokens[i - 1];
      if (isWord(before) && PREPOSITIONS[before.text.toLowerCase()]) continue;
      let v = i + 1;
      while (isWord(tokens[v]) && BETWEEN.has(tokens[v].text.toLowerCase())) v++;
      const verb = tokens[v];
      if (!isWord(verb) || verb.end > end) continue;
      // "jūs ar savu izglītību ieņemsiet": a preposition that is also a verb form ("ar" of "art")
      // is the preposition when what follows may be what it governs.
      if (PREPOSITIONS[verb.text.toLowerCase()] && prepositionPhraseFollows(verb.text.toLowerCase(), v + 1)) continue;
      let clauseStart = i;
      while (clauseStart > 0 && !boundary(tokens[clauseStart - 1])) clauseStart--;
      let clauseEnd = v + 1;
      while (clauseEnd < tokens.length && !boundary(tokens[clauseEnd])) clauseEnd++;
      const report = judge(tokens[i], verb, v, clauseStart, clauseEnd);
      if (report && !cited(tokens[i].start)) reports.push(report);
    }
    return reports;

    /** The word at `index` (after any possessive genitives, "ar mūsu palīdzību") may be in a case the preposition governs. */
    function prepositionPhraseFollows(preposition: string, index: number): boolean {
      let k = index;
      while (isWord(tokens[k]) && POSSESSIVE_GENITIVES.has(tokens[k].text.toLowerCase())) k++;
      const word = tokens[k];
      if (!isWord(word)) return k > index;
      return mayBeGoverned(preposition, word.text, analyzer.analyze(word.text));
    }

    function judge(pronoun: Token, verb: Token, at: number, clauseStart: number, clauseEnd: number): RuleReport<MessageId> | null {
      const readings = analyzer.analyze(verb.text);
      const verbs = readings.filter((a) => a.pos === "verb");
      const third = verbs.filter((a) => a.person === 3 && a.mood === "ind");
      // A reading that already agrees with "Jūs", or a non-finite one, leaves nothing to fix.
      if (third.length === 0 || verbs.some((a) => (a.person === 2 && a.number === "pl") || a.person === undefined)) return null;
      const rest: Analysis[][] = [];
      let inPhrase = 0;
      for (let k = clauseStart; k < clauseEnd; k++) {
        const token = tokens[k];
        if (k === at || token === pronoun || !isWord(token)) continue;
        const analyses = analyzer.analyze(token.text);
        // The nouns of a prepositional phrase ("ar lietas materiāliem") are no subject.
        if (PREPOSITIONS[token.text.toLowerCase()]) {
          inPhrase = 3;
          continue;
        }
        const nominal = analyses.some((a) => a.pos === "noun" || a.pos === "pron" || a.pos === "adj");
        inPhrase = nominal && inPhrase > 0 ? inPhrase - 1 : 0;
        // Another word that could be the subject: a noun or pronoun in the nominative.
        if (inPhrase === 0 && analyses.some((a) => (a.pos === "noun" || a.pos === "pron") && a.case === "nom")) return null;
        // "Jūs ir jāinformē": the debitive's object is the accusative "Jūs".
        if (analyses.some((a) => a.mood === "deb")) return null;
        if (k > at) rest.push(analyses.slice());
      }
      const reading = third[0];
      if (!mustBeSubject(reading, rest)) return null;
      const fixed = secondPersonPlural(reading);
      if (!fixed) return null;
      return wordFixReport("secondPerson", verb, [fixed], { pronoun: pronoun.text });
    }
  }

  /** Whether "Jūs" before this 3rd-person verb can only be its subject. */
  function mustBeSubject(verb: Analysis, after: readonly Analysis[][]): boolean {
    if (verb.lemma === "būt" || verb.reflexive) return true;
    const infinitive = after.find((analyses) => analyses.some((a) => a.infinitive));
    if (MODALS.has(verb.lemma) || verb.lemma === "gribēt" || verb.lemma === "vēlēties") {
      // "Jūs var pieteikties" (reflexive: no object) or "ja Jūs var," — but not "Jūs var sasniegt".
      return infinitive === undefined || infinitive.every((a) => !a.infinitive || a.reflexive === true);
    }
    if (infinitive) return false;
    // A transitive verb that already has an accusative object ("Jūs saņems atbildi").
    return after.some((analyses) => analyses.some((a) => a.pos === "noun" && a.case === "acc") && !analyses.some((a) => a.case === "nom"));
  }

  function secondPersonPlural(verb: Analysis): string | undefined {
    if (verb.lemma === "būt") return verb.tense ? formOfBe(2, "pl", verb.tense, verb.negative === true) : undefined;
    const positive = Object.assign({}, verb);
    delete positive.negative;
    const forms = analyzer.inflect(positive, { person: 2, number: "pl" });
    if (forms.length === 0) return undefined;
    return verb.negative ? "ne" + forms[0] : forms[0];
  }

  return { meta, check };
}
