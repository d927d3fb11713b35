/**
 * What the spelling rule checks in a text: word spans, with offsets into the text as given
 * (the word itself is NFC-normalised). Skipped: URLs, e-mail and www. addresses, numbers,
 * dates and codes, words joined to digits, ALL-CAPS acronyms (the abbreviation rule owns them)
 * and known abbreviations with their full stop ("tālr.", "plkst.", "Nr.", "u.c.").
 * A hyphenated word ("e-pasts") is one span with its parts, so the checker can accept the whole
 * and, when the whole is unknown, point at the part that is wrong.
 */
import { addressRanges } from "./addressRanges";
import { HYPHEN_PREFIXES, HYPHENATED_ABBREVIATIONS, KNOWN_ABBREVIATIONS } from "./abbreviations";

export interface WordSpan {
  word: string;
  start: number;
  end: number;
  /** The parts of a hyphenated word, each with its own offsets. */
  parts?: WordSpan[];
}

// Letters with combining marks; parts joined by a hyphen or an apostrophe.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const DIGITS = /\p{N}/u;

/** Whether a character (one code unit) is a digit: ASCII without a regular expression, as it runs once per word. */
function isDigit(c: string): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : DIGITS.test(c);
}

const knownAbbreviations = new Set(KNOWN_ABBREVIATIONS.map((a) => a.toLowerCase()));
const longestAbbreviation = KNOWN_ABBREVIATIONS.reduce((max, a) => Math.max(max, a.length), 0);
/**
 * Longer letter runs are not words (a pasted base64 blob, a hash, a run of one key): the longest
 * Latvian words have about 30 letters. Skipping them keeps the speller's work per word bounded.
 */
export const MAX_WORD_LENGTH = 64;

function isAllCapsAcronym(word: string): boolean {
  if (word.length < 2) return false;
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === "-" || c === "'" || c === "’") continue;
    if (c.toLowerCase() === c && c.toUpperCase() !== c) return false;
    letters++;
  }
  return letters >= 2;
}

/**
 * The known abbreviation (with its full stops) that starts with the word at `start`..`end`, if any:
 * the longest one. Every known abbreviation is the word, a full stop and perhaps more letters and
 * full stops, never a space, so the candidates end at the full stops from `end` to the first space.
 */
function abbreviationAt(text: string, start: number, end: number): string | null {
  let found: string | null = null;
  const limit = Math.min(text.length, start + longestAbbreviation);
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0) break;
    if (c !== 46) continue; // "."
    const candidate = text.slice(start, i + 1);
    if (knownAbbreviations.has(candidate.toLowerCase())) found = candidate;
  }
  return found;
}

export function spellingWords(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const nextWord = spellingWordReader(text);
  for (let span = nextWord(); span; span = nextWord()) spans.push(span);
  return spans;
}

/**
 * The words of spellingWords one at a time, in order (null after the last): a caller that needs
 * only the first few thousand unknown words of a huge text stops reading there (issue 13).
 */
export function spellingWordReader(text: string): () => WordSpan | null {
  // Links and addresses, sorted and disjoint; words come in order, so one cursor walks them.
  const excluded = addressRanges(text);
  let next = 0;
  const isExcluded = (start: number, end: number): boolean => {
    while (next < excluded.length && excluded[next][1] <= start) next++;
    return next < excluded.length && excluded[next][0] < end;
  };
  // Its own expression: readers of different texts may be read in turn.
  const wordPattern = new RegExp(WORD.source, WORD.flags);
  let skipUntil = 0;
  let done = false;
  return () => {
    let match: RegExpExecArray | null;
    while (!done && (match = wordPattern.exec(text))) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < skipUntil) continue;
      if (end - start > MAX_WORD_LENGTH) continue;
      if (isExcluded(start, end)) continue;
      // a letter run glued to digits (A4, 3D, LV-1010, 2023.gada) is a code, not a word
      const before = start > 0 ? text[start - 1] : "";
      const after = end < text.length ? text[end] : "";
      if (isDigit(before) || isDigit(after)) continue;
      if ((before === "-" || after === "-") && (isDigit(text[start - 2] || "") || isDigit(text[end + 1] || ""))) {
        continue;
      }
      // every known abbreviation is a word followed by a full stop ("tālr.", "e-p.", "reģ.nr."): without one, none starts here
      const abbreviation = after === "." ? abbreviationAt(text, start, end) : null;
      if (abbreviation) {
        skipUntil = start + abbreviation.length;
        wordPattern.lastIndex = skipUntil;
        continue;
      }
      // "u.c."-style abbreviations not in the list: single letters joined by full stops
      if (after === "." && /^\p{L}\.\p{L}\./u.test(text.slice(start, start + 4))) {
        let stop = start;
        while (/^\p{L}\./u.test(text.slice(stop, stop + 2))) stop += 2;
        skipUntil = stop;
        wordPattern.lastIndex = stop;
        continue;
      }
      const raw = text.slice(start, end);
      if (isAllCapsAcronym(raw)) continue;
      if (raw.indexOf("-") > 0 && HYPHENATED_ABBREVIATIONS.indexOf(raw.toLowerCase()) >= 0) continue;
      const word = raw.normalize("NFC");
      const span: WordSpan = { word, start, end };
      if (/['’-]/u.test(raw)) {
        const parts: WordSpan[] = [];
        const partPattern = /[\p{L}\p{M}]+/gu;
        let part: RegExpExecArray | null;
        while ((part = partPattern.exec(raw))) {
          const partStart = start + part.index;
          parts.push({ word: part[0].normalize("NFC"), start: partStart, end: partStart + part[0].length });
        }
        // "e-pasts", "e-adrese": a known prefix part is not a word of its own
        if (parts.length > 1 && HYPHEN_PREFIXES.indexOf(parts[0].word.toLowerCase()) >= 0 && raw[parts[0].word.length] === "-") {
          parts.shift();
        }
        span.parts = parts;
      }
      return span;
    }
    // a failed exec starts again from 0: the reader stays at its end
    done = true;
    return null;
  };
}
