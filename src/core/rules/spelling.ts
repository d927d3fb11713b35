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
import { excerptOf, formatMessage } from "./message";
import type { Finding, Rule, RuleContext, RuleMeta, UiLanguage } from "./types";

export const meta: RuleMeta = {
  id: "spelling",
  severity: "warning",
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
/**
 * Search work for all the suggestions of one text, in DP cells (see SearchBudget). A typical
 * misspelling takes 25,000–40,000 cells, so 200 of them fit; a word nothing is near takes up to a
 * few million, so a text of nonsense words (a pasted blob) stops getting suggestions after a few.
 */
const SUGGESTION_CELLS = 10_000_000;

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
  const budget = { cells: SUGGESTION_CELLS };
  // The same word after the same word gets the same suggestions: searched once per text.
  const searched = new Map<string, string[]>();
  for (let i = 0; i < spans.length && errors.length < MAX_ERRORS; i++) {
    const span = spans[i];
    if (known.has(span.word) || known.has(span.word.toLowerCase())) continue;
    let suggestions: string[] = [];
    if (errors.length < MAX_WITH_SUGGESTIONS) {
      const match = /([\p{L}\p{M}]+)\s*$/u.exec(input.text.slice(Math.max(0, span.start - 40), span.start));
      const previous = match ? match[1] : undefined;
      const key = `${span.word}\u0000${previous ?? ""}`;
      const cached = searched.get(key);
      if (cached) suggestions = cached.slice();
      else {
        suggestions = checker.suggest(span.word, { limit: 5, context: { previous }, budget });
        searched.set(key, suggestions.slice());
      }
    }
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

/** Findings from the errors found (here or in a worker), in the UI language. */
export function spellingFindings(errors: readonly SpellingError[], draft: Draft, lang: UiLanguage): Finding[] {
  return errors.map((e) => {
    const suggestion = e.suggestions[0];
    const finding: Finding = {
      rule: meta.id,
      clause: "",
      severity: meta.severity,
      message: suggestion ? formatMessage(meta, lang, "withSuggestion", { word: e.word, suggestion }) : formatMessage(meta, lang, "noSuggestion", { word: e.word }),
      start: e.start,
      end: e.end,
      excerpt: excerptOf(draft.text, e.start, e.end),
    };
    if (e.suggestions.length) {
      finding.suggestions = e.suggestions.slice();
      finding.fix = { start: e.start, end: e.end, text: suggestion };
    }
    return finding;
  });
}

export function createSpellingRule(checkers: SpellingCheckers): Rule {
  return {
    meta,
    check(draft: Draft, context: RuleContext): Finding[] {
      return spellingFindings(findSpellingErrors(spellingInput(draft, context), checkers), draft, context.lang);
    },
  };
}
