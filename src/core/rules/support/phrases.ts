/**
 * Inflection-tolerant phrase matching over the draft's word tokens, for the structure rules
 * (greeting, reference, closing, thanks-or-apology) and polite-you.
 *
 * A phrase is written as words separated by spaces:
 *   "paldies par jūs*"           — "jūs*" matches any word starting with "jūs" (Jūsu, jūsējo, …)
 *   "atbild*|sniedz* uz"         — "|" separates alternatives for one word
 *   "jūsu ~4 e-past*|vēstul*"    — "~4" skips up to four words or numbers ("Jūsu 17.11.2026. vēstulē")
 * Matching is case-insensitive and looks only at words and numbers (punctuation is skipped, so
 * "Paldies, ka …" matches "paldies ka"). Phrases are indexed by the first two letters of their
 * first word (a first-word prefix needs at least two), so a scan costs one map look-up per token whatever the size of the phrase list.
 */
import type { Draft, Token } from "../../draft/types";

interface WordSpec {
  exact: Set<string>;
  /** Prefixes by their first two letters (a one-letter prefix under its letter), so a word checks only a few. */
  prefixes: Map<string, string[]>;
  /** All alternatives as written, for indexing the phrase by its first word. */
  alternatives: string[];
}

type PhraseItem = { kind: "word"; spec: WordSpec } | { kind: "gap"; max: number };

export interface CompiledPhrase {
  /** The phrase as written in the list. */
  source: string;
  items: PhraseItem[];
}

export interface PhraseSet {
  byKey: Map<string, CompiledPhrase[]>;
}

/** A word or number of the draft, lower-cased, with its offsets in draft.text. */
export interface MatchWord {
  text: string;
  start: number;
  end: number;
  /** The token's text as written. */
  original: string;
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
  /** Index of the first matched word in the list that was searched. */
  first: number;
  /** Index after the last matched word. */
  last: number;
}

function parseWord(word: string): WordSpec {
  const spec: WordSpec = { exact: new Set(), prefixes: new Map(), alternatives: word.split("|") };
  for (const alternative of spec.alternatives) {
    if (alternative.length === 0 || alternative === "*") throw new Error(`empty alternative in phrase word "${word}"`);
    if (!alternative.endsWith("*")) {
      spec.exact.add(alternative);
      continue;
    }
    const prefix = alternative.slice(0, -1);
    const key = keyOf(prefix);
    const list = spec.prefixes.get(key);
    if (list) list.push(prefix);
    else spec.prefixes.set(key, [prefix]);
  }
  return spec;
}

function keyOf(text: string): string {
  return text.slice(0, 2);
}

/** Compiles a list of phrases (see the file comment for the syntax). */
export function compilePhrases(phrases: readonly string[]): PhraseSet {
  const byKey = new Map<string, CompiledPhrase[]>();
  for (const source of phrases) {
    const items: PhraseItem[] = source
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((word): PhraseItem => (/^~\d+$/.test(word) ? { kind: "gap", max: Number(word.slice(1)) } : { kind: "word", spec: parseWord(word) }));
    const head = items[0];
    if (!head || head.kind !== "word") throw new Error(`phrase "${source}" must start with a word`);
    if (items[items.length - 1].kind === "gap") throw new Error(`phrase "${source}" must end with a word`);
    const compiled: CompiledPhrase = { source, items };
    const keys = new Set<string>();
    // A one-letter word ("i", "в") is its own key; a prefix must fill the two-letter key.
    for (const alternative of head.spec.alternatives) {
      if (alternative.endsWith("*") && alternative.length < 3) throw new Error(`phrase "${source}": a first word's prefix needs at least two letters`);
      keys.add(keyOf(alternative.replace(/\*$/, "")));
    }
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(compiled);
      else byKey.set(key, [compiled]);
    }
  }
  return { byKey };
}

function wordMatches(spec: WordSpec, text: string): boolean {
  if (spec.exact.has(text)) return true;
  if (text.length > 1 && spec.prefixes.has(text.slice(0, 1))) return true; // a one-letter prefix
  const candidates = spec.prefixes.get(keyOf(text));
  if (!candidates) return false;
  for (const prefix of candidates) if (text.startsWith(prefix)) return true;
  return false;
}

/** Index after the match of items[itemIndex…] starting at words[wordIndex], or -1. */
function matchFrom(items: readonly PhraseItem[], itemIndex: number, words: readonly MatchWord[], wordIndex: number, limit: number): number {
  if (itemIndex === items.length) return wordIndex;
  const item = items[itemIndex];
  if (item.kind === "gap") {
    for (let skip = 0; skip <= item.max && wordIndex + skip <= limit; skip++) {
      const end = matchFrom(items, itemIndex + 1, words, wordIndex + skip, limit);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (wordIndex >= limit || !wordMatches(item.spec, words[wordIndex].text)) return -1;
  return matchFrom(items, itemIndex + 1, words, wordIndex + 1, limit);
}

/** The phrase of `set` that matches at words[index], or null. */
export function phraseAt(words: readonly MatchWord[], index: number, set: PhraseSet, limit = words.length): PhraseMatch | null {
  const candidates = set.byKey.get(keyOf(words[index].text));
  if (!candidates) return null;
  for (const phrase of candidates) {
    const end = matchFrom(phrase.items, 0, words, index, limit);
    if (end > index) return { phrase: phrase.source, start: words[index].start, end: words[end - 1].end, first: index, last: end };
  }
  return null;
}

/** The first match of any phrase of `set` in words[from…to), or null. */
export function findPhrase(words: readonly MatchWord[], set: PhraseSet, from = 0, to = words.length): PhraseMatch | null {
  for (let i = from; i < to; i++) {
    const match = phraseAt(words, i, set, to);
    if (match) return match;
  }
  return null;
}

const wordCache = new WeakMap<Draft, MatchWord[]>();

function isMatchToken(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}

/** All words and numbers of the draft, lower-cased (computed once per draft). */
export function draftWords(draft: Draft): MatchWord[] {
  let words = wordCache.get(draft);
  if (!words) {
    words = [];
    for (const token of draft.tokens) {
      if (isMatchToken(token)) words.push({ text: token.text.toLowerCase(), start: token.start, end: token.end, original: token.text });
    }
    wordCache.set(draft, words);
  }
  return words;
}

/** Index of the first word that starts at or after `offset` (words.length if none). */
export function wordIndexAt(words: readonly MatchWord[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of the words lying inside [start, end) of draft.text. */
export function wordRange(words: readonly MatchWord[], start: number, end: number): { from: number; to: number } {
  const from = wordIndexAt(words, start);
  let to = wordIndexAt(words, end);
  while (to > from && words[to - 1].end > end) to--;
  return { from, to };
}
