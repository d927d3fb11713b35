/**
 * The spelling engine: a checker that accepts and rejects exactly what Hunspell does with the
 * same dictionary, suggestions that fit Latvian typing, and known words and names on top.
 *
 * Nothing happens at import time; the caller passes the compiled asset (bytes, or its base64
 * text) when it needs the checker, e.g. inside a Web Worker after the task pane has opened.
 */
import { allCaps, allSmall, capType, CapType, initCap } from "./caseRules";
import { WordAutomaton } from "./dawg";
import { KIND_ACCEPTED, KIND_ACCEPTED_AS_TYPED_CAPITAL } from "./dawgFormat";
import { hunspellSpell, SpellRules } from "./hunspellSpell";
import { declinedNameForms } from "./nameForms";
import { COST, DEFAULT_EDGE_BUDGET, FREQUENCY_WEIGHT, searchSuggestions, SuggestionIndex, SuggestOptions } from "./suggest";

import { spellingWords, WordSpan } from "./spellingWords";

export { spellingWords } from "./spellingWords";
export type { WordSpan } from "./spellingWords";
export { declinedNameForms } from "./nameForms";
export { WordAutomaton, decodeBase64, encodeBase64 } from "./dawg";
export type { SearchBudget, SuggestOptions } from "./suggest";

export type SpellingAsset = Uint8Array | ArrayBuffer | string;

export interface SpellCheckerOptions {
  /** Extra known words (organization and user word lists, place names), accepted as written. */
  words?: string[];
  /** Person names: each word is accepted with its declined forms. */
  names?: string[];
  /** Checker of another language (English) for isProbablyForeignWord. */
  foreign?: SpellChecker;
}

export interface ForeignWordContext {
  previous?: string;
  next?: string;
}

export interface SpellChecker {
  readonly language: string;
  /** Hunspell's verdict for one word (plus the added words and names). */
  check(word: string): boolean;
  /** Ranked corrections, best first; [] for a correct word. */
  suggest(word: string, options?: SuggestOptions): string[];
  addWords(words: string[]): void;
  addNames(names: string[]): void;
  /**
   * A word this checker does not know, but the foreign checker does and the context says it is
   * a quoted name or term: Capitalised or in capitals, or next to another foreign word.
   */
  isProbablyForeignWord(word: string, context?: ForeignWordContext): boolean;
}

const DEFAULT_LIMIT = 5;
/** First search: one real edit plus any number of diacritics; the second allows two edits. */
const FIRST_MAX_COST = 1.3;
const SECOND_MAX_COST = 2.3;

/** Endings that mark the locative (and similar long-vowel forms), for agreement with the previous word. */
function hasLongEnding(word: string): boolean {
  const w = word.toLowerCase();
  const stem = w.endsWith("s") ? w.slice(0, -1) : w;
  return /[āēīū]$/u.test(stem);
}

export function createSpellChecker(asset: SpellingAsset, options: SpellCheckerOptions = {}): SpellChecker {
  const automaton = new WordAutomaton(asset);
  const header = automaton.header;
  const extra = new Set<string>();
  const extraList: string[] = [];
  let index: SuggestionIndex | null = null;

  const rules: SpellRules = {
    checkWord(word: string, typedCapital: boolean): boolean {
      const kind = automaton.lookup(word);
      if (kind & (typedCapital ? KIND_ACCEPTED_AS_TYPED_CAPITAL : KIND_ACCEPTED)) return true;
      return extra.size > 0 && extra.has(word);
    },
    breakPatterns: header.breakPatterns,
    inputConversions: header.inputConversions,
  };

  const addWord = (word: string): void => {
    const normalized = word.normalize("NFC").trim();
    if (!normalized || extra.has(normalized)) return;
    extra.add(normalized);
    extraList.push(normalized);
  };

  const check = (word: string): boolean => hunspellSpell(rules, word.normalize("NFC"));

  const checker: SpellChecker = {
    language: header.language,
    check,
    suggest(word: string, suggestOptions: SuggestOptions = {}): string[] {
      const typed = word.normalize("NFC");
      if (!typed || check(typed)) return [];
      const limit = suggestOptions.limit || DEFAULT_LIMIT;
      const type = capType(typed);
      const recased = type === CapType.InitCap || type === CapType.AllCap;
      const key = recased ? allSmall(typed) : typed;
      if (!index) index = new SuggestionIndex(automaton);
      const budget = suggestOptions.budget;
      let found = searchSuggestions(index, key, limit, suggestOptions.maxCost || FIRST_MAX_COST, recased, DEFAULT_EDGE_BUDGET, budget);
      if (!found.length && !suggestOptions.maxCost) found = searchSuggestions(index, key, limit, SECOND_MAX_COST, recased, DEFAULT_EDGE_BUDGET, budget);
      for (const known of extraList) {
        const cost = weightedDistance(key, recased ? allSmall(known) : known);
        if (cost <= SECOND_MAX_COST) found.push({ word: known, cost, score: cost });
      }
      const previous = suggestOptions.context && suggestOptions.context.previous;
      if (previous && check(previous) && previous.length > 2) {
        const wantLong = hasLongEnding(previous);
        for (const item of found) if (hasLongEnding(item.word) === wantLong) item.score -= FREQUENCY_WEIGHT / 2;
      }
      found.sort((a, b) => a.score - b.score || a.cost - b.cost);
      const out: string[] = [];
      for (const item of found) {
        let suggestion = item.word;
        if (type === CapType.AllCap) suggestion = allCaps(suggestion);
        else if (type === CapType.InitCap) suggestion = initCap(suggestion);
        if (out.indexOf(suggestion) >= 0 || !check(suggestion)) continue;
        out.push(suggestion);
        if (out.length >= limit) break;
      }
      return out;
    },
    addWords(words: string[]): void {
      for (const word of words) addWord(word);
    },
    addNames(names: string[]): void {
      for (const name of names) {
        for (const part of name.normalize("NFC").split(/[\s,]+/u)) {
          if (!part) continue;
          for (const form of declinedNameForms(part)) addWord(form);
          // double surnames: "Kalniņa-Bērziņa"
          if (part.indexOf("-") > 0) for (const piece of part.split("-")) for (const form of declinedNameForms(piece)) addWord(form);
        }
      }
    },
    isProbablyForeignWord(word: string, context: ForeignWordContext = {}): boolean {
      const foreign = options.foreign;
      if (!foreign || check(word) || !foreign.check(word)) return false;
      const type = capType(word);
      if (type === CapType.InitCap || type === CapType.AllCap || type === CapType.HuhInitCap) return true;
      if (/[qwxy]/iu.test(word)) return true; // letters Latvian words do not have
      const neighbourIsForeign = (other?: string): boolean =>
        !!other && /\p{L}/u.test(other) && foreign.check(other) && !check(other);
      return neighbourIsForeign(context.previous) || neighbourIsForeign(context.next);
    },
  };
  if (options.words) checker.addWords(options.words);
  if (options.names) checker.addNames(options.names);
  return checker;
}

/**
 * Loads the checker once, on first use: `load` fetches the asset (a Web Worker's fetch, a file
 * read in Node). Later calls get the same checker.
 */
export function lazySpellChecker(
  load: () => Promise<SpellingAsset>,
  options: SpellCheckerOptions = {},
): () => Promise<SpellChecker> {
  let pending: Promise<SpellChecker> | null = null;
  return () => {
    if (!pending) pending = load().then((asset) => createSpellChecker(asset, options));
    return pending;
  };
}

/** The suggestion costs for one pair of words (for the short lists of added words). */
export function weightedDistance(typed: string, candidate: string): number {
  const n = typed.length;
  const m = candidate.length;
  let previous: number[] = [];
  let current: number[] = [];
  let beforePrevious: number[] = [];
  for (let i = 0; i <= n; i++) previous.push(i * COST.extra);
  for (let j = 1; j <= m; j++) {
    current = [j * COST.omitted];
    for (let i = 1; i <= n; i++) {
      const a = typed[i - 1];
      const b = candidate[j - 1];
      let sub = COST.other;
      if (a === b) sub = 0;
      else if (a.toLowerCase() === b.toLowerCase()) sub = COST.caseOfProperNoun;
      else if (a.normalize("NFD")[0].toLowerCase() === b.normalize("NFD")[0].toLowerCase()) sub = COST.diacritic;
      let best = Math.min(previous[i - 1] + sub, previous[i] + COST.omitted, current[i - 1] + COST.extra);
      if (i > 1 && j > 1 && a === candidate[j - 2] && typed[i - 2] === b) {
        best = Math.min(best, beforePrevious[i - 2] + COST.transposition);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[n];
}

/**
 * The words of a text the checker does not know, with their offsets: what the spelling rule
 * reports. A hyphenated word the dictionary does not know as a whole is reported part by part
 * (only its unknown parts; "e-" of "e-pasts" is no part). A word that is probably a quoted
 * foreign name or term (see isProbablyForeignWord) is left alone.
 */
export function misspelledWords(checker: SpellChecker, text: string): WordSpan[] {
  const spans = spellingWords(text);
  const out: WordSpan[] = [];
  // A text repeats its words: each verdict is computed once per text.
  const verdicts = new Map<string, boolean>();
  const check = (word: string): boolean => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = checker.check(word);
      verdicts.set(word, verdict);
    }
    return verdict;
  };
  const foreign = new Map<string, boolean>();
  const isForeign = (word: string, context: ForeignWordContext): boolean => {
    const key = `${word}\u0000${context.previous ?? ""}\u0000${context.next ?? ""}`;
    let verdict = foreign.get(key);
    if (verdict === undefined) {
      verdict = checker.isProbablyForeignWord(word, context);
      foreign.set(key, verdict);
    }
    return verdict;
  };
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (check(span.word)) continue;
    const context = {
      previous: i > 0 ? spans[i - 1].word : undefined,
      next: i + 1 < spans.length ? spans[i + 1].word : undefined,
    };
    if (span.parts) {
      for (const part of span.parts) {
        if (!check(part.word) && !isForeign(part.word, context)) out.push(part);
      }
      continue;
    }
    if (isForeign(span.word, context)) continue;
    out.push(span);
  }
  return out;
}
