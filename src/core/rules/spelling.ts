/**
 * spelling (9.5): a word the dictionary does not know — Hunspell's Latvian dictionary compiled for
 * our engine (core/spelling), plus the organization's known words and place names, the user's
 * dictionary and the names in the thread in their declined forms. English drafts are checked with
 * the English dictionary; drafts in other languages are not checked.
 *
 * The rule needs loaded word data, so it is made by createSpellingRule(checkers). The search part,
 * findSpellingErrors, is plain data in and out, so the task pane can run it in a Web Worker.
 */
import type { Draft } from "../draft/types";
import type { SpellChecker } from "../spelling";
import { declinedNameForms, misspelledWords } from "../spelling";
import { reportsToFindings } from "./message";
import type { Finding, Rule, RuleContext, RuleMeta, RuleReport, UiLanguage } from "./types";

type MessageId = "withSuggestion" | "noSuggestion";

export const meta: RuleMeta<MessageId> = {
  id: "spelling",
  severity: "warning",
  fixable: "code",
  title: { lv: "Pareizrakstība", en: "Spelling" },
  description: {
    lv: "Pirms nosūtīšanas atbildi pārlasa un izlabo pārrakstīšanās kļūdas: kļūdas liek šaubīties par atbildes rūpīgumu. Pārbaudē ņem vērā iestādes vārdu sarakstu, vietvārdus, Jūsu vārdnīcu un sarakstes dalībnieku vārdus.",
    en: "Proofread the reply before sending and fix typing mistakes: errors make the client doubt the care behind the answer. The check knows the organization's word list, place names, your dictionary and the names in the thread.",
  },
  messages: {
    lv: {
      withSuggestion: "Vārds „{word}” nav atrodams vārdnīcā. Varbūt „{suggestion}”?",
      noSuggestion: "Vārds „{word}” nav atrodams vārdnīcā. Pārbaudiet, vai tas uzrakstīts pareizi.",
    },
    en: {
      withSuggestion: "“{word}” is not in the dictionary. Did you mean “{suggestion}”?",
      noSuggestion: "“{word}” is not in the dictionary. Check that it is spelled correctly.",
    },
  },
  onSend: { group: "problem", lv: "pareizrakstības kļūdas", en: "spelling mistakes" },
  examples: {
    good: [
      "Paldies par Jūsu iesniegumu. Pašvaldība to izskatīs desmit darbdienu laikā.",
      "Nekustamā īpašuma nodokļa atvieglojumu var pieprasīt portālā Latvija.gov.lv.",
      "Lūdzu, sazinieties ar Klientu apkalpošanas centru pa tālruni 67997005.",
    ],
    bad: [
      "Paldies par Jūsu iesniegumu. Pasvaldiba to izskatīs desmit darbdienu laikā.",
      "Informejam, ka atvieglojums ir piešķirts.",
      "Lūdzu, sazinieties ar klientu apkalpošanas cnetru.",
    ],
  },
};

export interface SpellingCheckers {
  lv: SpellChecker;
  en?: SpellChecker;
}

export interface SpellingInput {
  text: string;
  language: string;
  /** Words accepted as written (organization, user, place names). */
  knownWords: readonly string[];
  /** Person names accepted with their declined forms (thread, signature). */
  names: readonly string[];
}

export interface SpellingError {
  start: number;
  end: number;
  word: string;
  suggestions: string[];
}

/** Beyond this many misspellings a text is not a draft worth suggesting for word by word. */
const MAX_ERRORS = 1000;
const MAX_WITH_SUGGESTIONS = 200;

function knownForms(input: Pick<SpellingInput, "knownWords" | "names">): Set<string> {
  const known = new Set<string>();
  for (const w of input.knownWords) {
    const t = w.trim();
    if (t) {
      known.add(t);
      known.add(t.toLowerCase());
    }
  }
  for (const name of input.names) {
    for (const part of name.split(/[\s,]+/)) {
      if (!part) continue;
      for (const form of declinedNameForms(part)) {
        known.add(form);
        known.add(form.toLowerCase());
      }
    }
  }
  return known;
}

/** The misspelled words of a text with ranked suggestions (plain data: runs in a Web Worker too). */
export function findSpellingErrors(input: SpellingInput, checkers: SpellingCheckers): SpellingError[] {
  const checker = input.language === "lv" ? checkers.lv : input.language === "en" ? checkers.en : undefined;
  if (!checker) return [];
  const known = knownForms(input);
  const errors: SpellingError[] = [];
  const spans = misspelledWords(checker, input.text);
  for (let i = 0; i < spans.length && errors.length < MAX_ERRORS; i++) {
    const span = spans[i];
    if (known.has(span.word) || known.has(span.word.toLowerCase())) continue;
    const previous = /([\p{L}\p{M}]+)\s*$/u.exec(input.text.slice(Math.max(0, span.start - 40), span.start));
    const suggestions = errors.length < MAX_WITH_SUGGESTIONS ? checker.suggest(span.word, { limit: 5, context: { previous: previous ? previous[1] : undefined } }) : [];
    errors.push({ start: span.start, end: span.end, word: span.word, suggestions });
  }
  return errors;
}

/** What the rule knows besides the dictionary: the config's and user's words, names in the thread. */
export function spellingInput(draft: Draft, context: RuleContext): SpellingInput {
  const names: string[] = [];
  const signatureName = draft.signature?.fields.name;
  if (signatureName) names.push(signatureName);
  for (const r of context.recipients) if (r.name) names.push(r.name);
  // The surname the employee addresses ("Labdien, Kalniņas kundze!", "Dear Ms Krūmiņa") is a name.
  const addressed: string[] = [];
  const honorific = /(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:kungs|kundze|kungam|kundzei|kungu|kundzi)\b|\b(?:Mr|Ms|Mrs|Dr)\.?\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)/gu;
  let m: RegExpExecArray | null;
  while ((m = honorific.exec(draft.text))) addressed.push(...(m[1] ?? m[2]).split("-"));
  return {
    text: draft.text,
    language: draft.language,
    knownWords: [...(context.knownWords ?? []), ...context.config.knownWords, ...context.config.placeNames, ...addressed],
    names: [...names, ...(context.knownWords ?? []).filter((w) => /^\p{Lu}/u.test(w))],
  };
}

/** The reports for the errors found (here or in a worker). */
export function spellingReports(errors: readonly SpellingError[]): RuleReport<MessageId>[] {
  return errors.map((e) => {
    const suggestion = e.suggestions[0];
    const report: RuleReport<MessageId> = {
      messageId: suggestion ? "withSuggestion" : "noSuggestion",
      data: suggestion ? { word: e.word, suggestion } : { word: e.word },
      start: e.start,
      end: e.end,
    };
    if (e.suggestions.length) {
      report.suggestions = e.suggestions.slice();
      report.fix = { start: e.start, end: e.end, text: suggestion };
    }
    return report;
  });
}

/** Findings from the errors found in a worker, in the UI language, for merging into the runner's. */
export function spellingFindings(errors: readonly SpellingError[], draft: Draft, lang: UiLanguage): Finding[] {
  return reportsToFindings(meta, spellingReports(errors), draft.text, lang);
}

export function createSpellingRule(checkers: SpellingCheckers): Rule<MessageId> {
  return {
    meta,
    check(draft: Draft, context: RuleContext): RuleReport<MessageId>[] {
      return spellingReports(findSpellingErrors(spellingInput(draft, context), checkers));
    },
  };
}
