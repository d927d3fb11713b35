/**
 * Finds lexicon phrases in plain text. Patterns are compiled once into per-word matchers; entries are
 * indexed by the first two letters of their first word, so each token of the text is compared only
 * with the few entries that could start there. Work is therefore proportional to the number of words
 * (times a small constant), whatever the size of the lexicon.
 */
/** A token of the draft model as far as matching needs it (lv sits below draft and does not import it). */
interface Token {
  start: number;
  end: number;
  kind: string;
}
import type { LexiconEntry } from "./types";

/** Noun endings of all declensions, cases and numbers (plus none, for stems given in full). */
const NOUN_ENDINGS = [
  "", "s", "š", "a", "am", "u", "ā", "i", "iem", "us", "os", "is", "im", "ī", "as", "ai", "ām", "ās",
  "e", "es", "ei", "ē", "ēm", "ēs", "ij", "īm", "īs", "ju",
];
/** Adjective and participle endings, indefinite and definite, both genders. */
const ADJECTIVE_ENDINGS = [
  "s", "š", "a", "am", "u", "ā", "i", "iem", "us", "os", "as", "ai", "ām", "ās", "ais", "ajam", "o", "ajā",
  "ie", "ajiem", "ajos", "ajai", "ajām", "ajās",
];

interface WordAlternative {
  stem: string;
  /** null = any ending. */
  endings: string[] | null;
  verb: boolean;
}

interface WordMatcher {
  gap: false;
  alternatives: WordAlternative[];
}

interface GapMatcher {
  gap: true;
}

type PatternStep = WordMatcher | GapMatcher;

export interface CompiledPattern {
  entry: LexiconEntry;
  steps: PatternStep[];
}

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  /** First two letters of a first-word stem → patterns starting there. */
  index: Map<string, CompiledPattern[]>;
  /** The same for verbs written with ne- or jā- in front: keyed by the two letters after the prefix. */
  prefixedIndex: Map<string, CompiledPattern[]>;
}

export interface JargonMatch {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  entry: LexiconEntry;
}

export class PatternError extends Error {}

function parseAlternative(raw: string, pattern: string): WordAlternative {
  let text = raw;
  let verb = false;
  if (text.charAt(0) === "^") {
    verb = true;
    text = text.slice(1);
  }
  let stem: string;
  let endings: string[] | null;
  const brace = text.indexOf("{");
  if (text.slice(-1) === "*") {
    stem = text.slice(0, -1);
    endings = null;
  } else if (brace >= 0 && text.slice(-1) === "}") {
    stem = text.slice(0, brace);
    endings = text.slice(brace + 1, -1).split(",");
  } else if (text.slice(-2) === ":n") {
    stem = text.slice(0, -2);
    endings = NOUN_ENDINGS;
  } else if (text.slice(-2) === ":a") {
    stem = text.slice(0, -2);
    endings = ADJECTIVE_ENDINGS;
  } else {
    stem = text;
    endings = [""];
  }
  stem = stem.toLowerCase();
  if (stem.length < 2 || !/^\p{L}+$/u.test(stem)) {
    throw new PatternError(`bad word “${raw}” in pattern “${pattern}”`);
  }
  return { stem, endings, verb };
}

export function compilePattern(entry: LexiconEntry, pattern: string): CompiledPattern {
  const words = pattern.trim().split(" ");
  const steps: PatternStep[] = [];
  for (const w of words) {
    if (w === "") throw new PatternError(`double space in pattern “${pattern}”`);
    if (w === "...") {
      if (steps.length === 0) throw new PatternError(`pattern “${pattern}” starts with a gap`);
      steps.push({ gap: true });
      continue;
    }
    steps.push({ gap: false, alternatives: w.split("|").map((a) => parseAlternative(a, pattern)) });
  }
  if (steps.length === 0 || steps[steps.length - 1].gap) throw new PatternError(`pattern “${pattern}” ends with a gap`);
  return { entry, steps };
}

function indexKey(stem: string): string {
  return stem.slice(0, 2);
}

/** Builds the matcher for a list of entries. Throws PatternError on a malformed pattern. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const index = new Map<string, CompiledPattern[]>();
  const prefixedIndex = new Map<string, CompiledPattern[]>();
  const add = (map: Map<string, CompiledPattern[]>, key: string, compiled: CompiledPattern) => {
    const list = map.get(key);
    if (!list) map.set(key, [compiled]);
    else if (list.indexOf(compiled) < 0) list.push(compiled);
  };
  for (const entry of entries) {
    for (const p of entry.patterns) {
      const compiled = compilePattern(entry, p);
      const first = compiled.steps[0] as WordMatcher;
      for (const alt of first.alternatives) {
        add(index, indexKey(alt.stem), compiled);
        if (alt.verb) add(prefixedIndex, indexKey(alt.stem), compiled);
      }
    }
  }
  return { entries, index, prefixedIndex };
}

function matchesAlternative(word: string, alt: WordAlternative): boolean {
  if (matchesStem(word, alt)) return true;
  if (alt.verb) {
    if (word.slice(0, 2) === "ne" && matchesStem(word.slice(2), alt)) return true;
    if (word.slice(0, 2) === "jā" && matchesStem(word.slice(2), alt)) return true;
  }
  return false;
}

function matchesStem(word: string, alt: WordAlternative): boolean {
  if (word.slice(0, alt.stem.length) !== alt.stem) return false;
  if (alt.endings === null) return true;
  const ending = word.slice(alt.stem.length);
  return alt.endings.indexOf(ending) >= 0;
}

function matchesWord(word: string, step: WordMatcher): boolean {
  for (const alt of step.alternatives) if (matchesAlternative(word, alt)) return true;
  return false;
}

interface WordToken {
  start: number;
  end: number;
  lower: string;
}

const WORD = /[\p{L}\p{M}]+/gu;

function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
  return out;
}

function fromDraftTokens(text: string, tokens: readonly Token[]): WordToken[] {
  const out: WordToken[] = [];
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    // Draft tokens may keep hyphenated words whole; lexicon words never contain a hyphen, so split.
    const piece = text.slice(t.start, t.end);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(piece)) !== null) {
      out.push({ start: t.start + m.index, end: t.start + m.index + m[0].length, lower: m[0].toLowerCase() });
    }
  }
  return out;
}

/** Text between two adjacent pattern words may only be spaces. */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** A gap may hold words, spaces and commas, but not the end of a sentence or a line. */
function openGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (ch === "." || ch === "!" || ch === "?" || ch === ";" || ch === ":" || ch === "\n" || ch === "\r") return false;
  }
  return true;
}

const MAX_GAP_WORDS = 2;

/** Tries to match `steps` from token i; returns the index of the last matched token, or -1. */
function matchAt(text: string, words: WordToken[], i: number, steps: PatternStep[]): number {
  if (!matchesWord(words[i].lower, steps[0] as WordMatcher)) return -1;
  let last = i;
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s];
    if (step.gap) {
      const next = steps[s + 1] as WordMatcher;
      let found = -1;
      for (let k = last + 1; k <= last + 1 + MAX_GAP_WORDS && k < words.length; k++) {
        if (!openGap(text, words[last].end, words[k].start)) break;
        if (matchesWord(words[k].lower, next)) {
          found = k;
          break;
        }
      }
      if (found < 0) return -1;
      last = found;
      s++;
      continue;
    }
    const k = last + 1;
    if (k >= words.length || !onlySpace(text, words[last].end, words[k].start) || !matchesWord(words[k].lower, step)) {
      return -1;
    }
    last = k;
  }
  return last;
}

function sentenceEndsWithQuestion(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "?") return true;
    if (ch === "." || ch === "!" || ch === "\n") return false;
  }
  return false;
}

/**
 * Finds lexicon phrases in `text`. Pass the draft's tokens to reuse its tokenisation; offsets are
 * always into `text`. Overlapping matches keep the earliest, then the longest.
 */
export function findJargon(text: string, tokens: readonly Token[] | undefined, lexicon: CompiledLexicon): JargonMatch[] {
  const words = tokens ? fromDraftTokens(text, tokens) : tokenize(text);
  const found: JargonMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i].lower;
    let candidates = lexicon.index.get(word.slice(0, 2)) ?? [];
    const prefix = word.slice(0, 2);
    if (prefix === "ne" || prefix === "jā") {
      const prefixed = lexicon.prefixedIndex.get(word.slice(2, 4));
      if (prefixed) candidates = candidates.concat(prefixed);
    }
    if (candidates.length === 0) continue;
    let best: { last: number; pattern: CompiledPattern } | null = null;
    for (const pattern of candidates) {
      const last = matchAt(text, words, i, pattern.steps);
      if (last < 0) continue;
      const entry = pattern.entry;
      if (entry.notBefore && last + 1 < words.length && entry.notBefore.indexOf(words[last + 1].lower) >= 0) continue;
      if (entry.notBefore && /^\s*\d/.test(text.slice(words[last].end, words[last].end + 4))) continue;
      if (entry.notInQuestion && sentenceEndsWithQuestion(text, words[last].end)) continue;
      if (!best || last > best.last) best = { last, pattern };
    }
    if (best) {
      const start = words[i].start;
      const end = words[best.last].end;
      found.push({ start, end, text: text.slice(start, end), entry: best.pattern.entry });
      i = best.last; // no overlapping matches
    }
  }
  return found;
}
