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
import { americanRespellings } from "./britishSpelling";
import { isProductWord } from "./productWords";
import { isLatvianCompound, isRegularLatvianForm } from "./regularForms";
import { weightedDistance } from "./distance";
import { DEFAULT_EDGE_BUDGET, FREQUENCY_WEIGHT, searchSuggestions, SuggestionIndex, SuggestOptions } from "./suggest";

import type { WordSpan } from "./spellingWords";
import { unknownWords } from "./unknownWords";

export { spellingWords } from "./spellingWords";
export type { WordSpan } from "./spellingWords";
export { declinedNameForms, nameNominatives } from "./nameForms";
export { unknownWords } from "./unknownWords";
export { weightedDistance } from "./distance";
export type { KnownVocabulary, UnknownWord } from "./unknownWords";
export { WordAutomaton, decodeBase64, encodeBase64 } from "./dawg";
export type { SearchBudget, SuggestOptions } from "./suggest";

export type SpellingAsset = Uint8Array | ArrayBuffer | string;

export interface SpellCheckerOptions {
  /** Extra known words (organization and user word lists, place names), accepted as written. */
  words?: string[];
  /** Person names: each word is accepted with its declined forms. */
  names?: string[];
}

export interface SpellChecker {
  readonly language: string;
  /** Hunspell's verdict for one word (plus the added words and names). */
  check(word: string): boolean;
  /**
   * check() plus what Hunspell's dictionary lacks but is right: regular Latvian forms its
   * paradigms leave out, British spellings, the e-government vocabulary (issue 15).
   */
  accepts(word: string): boolean;
  /** Ranked corrections, best first; [] for a correct word. */
  suggest(word: string, options?: SuggestOptions): string[];
  addWords(words: string[]): void;
  addNames(names: string[]): void;
}

const DEFAULT_LIMIT = 5;
/** First search: one real edit plus any number of diacritics; the second allows two edits. */
const FIRST_MAX_COST = 1.3;
const SECOND_MAX_COST = 2.3;
/** A compound within this cost of a dictionary word is more likely a typo of it (diacritics, a swap). */
const CHEAP_TYPO_COST = 0.75;

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
    acceptsMemo.clear();
  };

  const check = (word: string): boolean => hunspellSpell(rules, word.normalize("NFC"));
  const english = header.language.slice(0, 2) === "en";
  // accepts() may run a suggestion search (a compound that could be a typo); a text repeats its
  // words, so the verdicts are remembered — bounded, and forgotten when a word is added.
  const acceptsMemo = new Map<string, boolean>();
  const accepts = (word: string): boolean => {
    const known = acceptsMemo.get(word);
    if (known !== undefined) return known;
    if (acceptsMemo.size >= 20000) acceptsMemo.clear();
    const verdict = acceptsUncached(word);
    acceptsMemo.set(word, verdict);
    return verdict;
  };
  const acceptsUncached = (word: string): boolean => {
    const typed = word.normalize("NFC");
    if (check(typed) || isProductWord(typed)) return true;
    const type = capType(typed);
    if (type !== CapType.NoCap && type !== CapType.InitCap && type !== CapType.AllCap) return false;
    const lower = allSmall(typed);
    if (english) return americanRespellings(lower).some((respelt) => check(respelt));
    if (isRegularLatvianForm(lower, check)) return true;
    return isLatvianCompound(lower, check) && !checker.suggest(typed, { limit: 3 }).some((s) => weightedDistance(lower, allSmall(s)) < CHEAP_TYPO_COST);
  };

  const checker: SpellChecker = {
    language: header.language,
    check,
    accepts,
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

/**
 * The words of a text the checker does not know, with their offsets: unknownWords with no known
 * vocabulary beyond the checker's own and the other language's (`other`: English for Latvian). A
 * hyphenated word the dictionary does not know as a whole is reported part by part (only its
 * unknown parts; "e-" of "e-pasts" is no part); quoted foreign names and terms and names by
 * context are left alone.
 */
export function misspelledWords(checker: SpellChecker, text: string, other?: SpellChecker): WordSpan[] {
  return unknownWords(text, checker, other, NO_KNOWN_VOCABULARY).map((w) => ({ word: w.word, start: w.start, end: w.end }));
}

const NO_KNOWN_VOCABULARY = { words: new Set<string>(), nameNominatives: new Set<string>() };
