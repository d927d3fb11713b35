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
import { declinedNameForms, nameNominatives, unknownWords } from "../spelling";
import { reportsToFindings } from "./message";
import type { Finding, Rule, RuleContext, RuleMeta, RuleReport, UiLanguage } from "./types";

type MessageId = "withSuggestion" | "noSuggestion" | "unknownName";

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
      unknownName: "„{word}” — nezināms īpašvārds. Pārbaudiet, vai tas uzrakstīts pareizi.",
    },
    en: {
      withSuggestion: "“{word}” is not in the dictionary. Did you mean “{suggestion}”?",
      noSuggestion: "“{word}” is not in the dictionary. Check that it is spelled correctly.",
      unknownName: "“{word}” is a proper name the dictionary does not know. Check that it is spelled correctly.",
    },
  },
  topic: "spelling",
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
  /** Probably a proper name the dictionary lacks (issue 15): reported as info, not a warning. */
  probableName?: boolean;
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

function knownVocabulary(input: Pick<SpellingInput, "knownWords" | "names">): { words: Set<string>; nameNominatives: Set<string> } {
  const words = new Set<string>();
  const nominatives = new Set<string>();
  for (const w of input.knownWords) {
    const t = w.trim();
    if (t) {
      words.add(t);
      words.add(t.toLowerCase());
    }
  }
  for (const name of input.names) {
    for (const part of name.split(/[\s,]+/)) {
      if (!part) continue;
      for (const piece of part.indexOf("-") > 0 ? [part, ...part.split("-")] : [part]) {
        nominatives.add(piece);
        for (const form of declinedNameForms(piece)) {
          words.add(form);
          words.add(form.toLowerCase());
        }
      }
    }
  }
  // a capitalised known word (a place, a product) is a name whose case forms are known too
  for (const w of input.knownWords) if (/^\p{Lu}\p{Ll}+$/u.test(w.trim())) for (const n of nameNominatives(w.trim()).concat([w.trim()])) nominatives.add(n);
  return { words, nameNominatives: nominatives };
}

/** The misspelled words of a text with ranked suggestions (plain data: runs in a Web Worker too). */
export function findSpellingErrors(input: SpellingInput, checkers: SpellingCheckers): SpellingError[] {
  const checker = input.language === "lv" ? checkers.lv : input.language === "en" ? checkers.en : undefined;
  if (!checker) return [];
  const other = checker === checkers.lv ? checkers.en : checkers.lv;
  const errors: SpellingError[] = [];
  const spans = unknownWords(input.text, checker, other, knownVocabulary(input), MAX_ERRORS);
  const budget = { cells: SUGGESTION_CELLS };
  // The same word after the same word gets the same suggestions: searched once per text.
  const searched = new Map<string, string[]>();
  for (let i = 0; i < spans.length && errors.length < MAX_ERRORS; i++) {
    const span = spans[i];
    let suggestions: string[] = [];
    if (errors.length < MAX_WITH_SUGGESTIONS) {
      const match = /([\p{L}\p{M}]+)\s*$/u.exec(input.text.slice(Math.max(0, span.start - 40), span.start));
      const previous = match ? match[1] : undefined;
      const key = `${span.judge.language}\u0000${span.word}\u0000${previous ?? ""}`;
      const cached = searched.get(key);
      if (cached) suggestions = cached.slice();
      else {
        suggestions = span.judge.suggest(span.word, { limit: 5, context: { previous }, budget });
        searched.set(key, suggestions.slice());
      }
    }
    const error: SpellingError = { start: span.start, end: span.end, word: span.word, suggestions };
    if (span.probableName) error.probableName = true;
    errors.push(error);
  }
  return errors;
}

/** Words of the organization's config that a reply may quote: its names, addresses, specialists, link titles. */
function organizationWords(context: RuleContext): { words: string[]; names: string[] } {
  const config = context.config;
  const org = config.organization;
  const phrases: string[] = [org.name.lv, org.name.en ?? "", org.address];
  const names: string[] = [];
  for (const s of config.specialists) {
    names.push(s.name);
    // A position may be { lv, en } (issue 16): both variants are the organization's words.
    if (typeof s.position === "string") phrases.push(s.position);
    else phrases.push(s.position.lv, s.position.en ?? "");
    phrases.push(s.unit ?? "", s.location ?? "");
  }
  for (const link of config.links) phrases.push(link.title);
  const institution = config.signature.institution;
  if (institution) phrases.push(institution.lv, institution.en ?? "");
  if (config.complaintAuthority) phrases.push(config.complaintAuthority.lv, config.complaintAuthority.en ?? "");
  const words: string[] = [];
  for (const phrase of phrases) for (const word of phrase.split(/[^\p{L}\p{M}'’-]+/u)) if (word) words.push(word);
  return { words, names };
}

/** What the rule knows besides the dictionary: the config's and user's words, names in the thread. */
export function spellingInput(draft: Draft, context: RuleContext): SpellingInput {
  const organization = organizationWords(context);
  const names: string[] = organization.names;
  const signature = draft.signature?.fields;
  if (signature?.name) names.push(signature.name);
  // the signature's position and institution are the employee's own words (issue 15, cause 3)
  for (const field of [signature?.position, signature?.institution]) if (field) organization.words.push(...field.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean));
  for (const r of context.recipients) if (r.name) names.push(r.name);
  // The surname the employee addresses ("Labdien, Kalniņas kundze!", "Dear Ms Krūmiņa") is a name.
  const addressed: string[] = [];
  const honorific = /(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+(?:kungs|kundze|kungam|kundzei|kungu|kundzi)\b|\b(?:Mr|Ms|Mrs|Dr)\.?\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)/gu;
  let m: RegExpExecArray | null;
  while ((m = honorific.exec(draft.text))) addressed.push(...(m[1] ?? m[2]).split("-"));
  return {
    text: draft.text,
    language: draft.language,
    knownWords: [...(context.knownWords ?? []), ...context.config.knownWords, ...context.config.placeNames, ...addressed, ...organization.words],
    names: [...names, ...(context.knownWords ?? []).filter((w) => /^\p{Lu}/u.test(w))],
  };
}

/** The reports for the errors found (here or in a worker). */
export function spellingReports(errors: readonly SpellingError[]): RuleReport<MessageId>[] {
  return errors.map((e) => {
    const suggestion = e.suggestions[0];
    if (e.probableName) {
      // a probable name (issue 15) is info and gets no one-click replacement: the word is more likely right than the suggestion
      return { messageId: "unknownName", data: { word: e.word }, start: e.start, end: e.end, severity: "info" };
    }
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
