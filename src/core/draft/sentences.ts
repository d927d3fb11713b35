/**
 * A Latvian sentence splitter over tokens. It does not break on dates ("2026. gada
 * 18. novembra"), ordinals ("3. punktā"), numbered clauses ("9.4."), times ("plkst. 9.00"),
 * abbreviations ("Nr.", "tālr.", "u.c.", "piem."), initials ("J. Bērziņš"), URLs or e-mail
 * addresses; it does break after "...", "?!" and after a line that ends before a capital.
 */
import type { Span, Token } from "./types";
import { tokenize } from "./tokens";

/** Abbreviations that never end a sentence (lower case, with their dots). */
export const ABBREVIATIONS_NEVER_FINAL: readonly string[] = [
  // Latvian
  "nr.", "tālr.", "tālrn.", "tel.", "t.", "mob.", "m.", "plkst.", "piem.", "t.i.", "t.sk.", "t.s.", "sk.", "skat.",
  "apm.", "aptuv.", "dz.", "pers.", "reģ.", "iel.", "pag.", "pils.", "att.", "pielik.", "nod.", "lēm.", "pr.",
  "prot.", "resp.", "sal.", "salīdz.", "p.", "pk.", "apak.", "apakšp.", "kdze.", "kgs.", "k-dze.", "k-gs.", "prof.",
  "doc.", "asoc.", "dr.", "mg.", "bc.", "ing.", "vad.", "spec.", "galv.", "vec.", "nodaļ.", "pašv.", "vald.", "izgl.",
  "pirmd.", "otrd.", "trešd.", "ceturtd.", "piektd.", "sestd.", "svētd.", "sv.", "a/k.", "ap.", "pasūt.", "rēķ.",
  "lit.", "val.", "el.", "elektr.", "vid.", "vsk.",
  // English
  "mr.", "mrs.", "ms.", "no.", "nos.", "vs.", "e.g.", "i.e.", "approx.", "ext.", "dept.", "fig.", "ref.",
  "tel.", "ph.", "cf.",
  // Russian
  "т.е.", "ул.", "д.", "тел.", "см.", "им.", "напр.", "т.н.", "г-н.", "г-жа.", "с.", "стр.", "п.",
];

/** Abbreviations that may end a sentence: they do when a capitalised word follows. */
export const ABBREVIATIONS_MAY_END: readonly string[] = [
  "utt.", "u.c.", "u.tml.", "u.t.t.", "t.t.", "etc.", "g.", "gs.", "gg.", "v.", "lpp.", "min.", "st.", "sek.", "eur.",
  "jan.", "janv.", "feb.", "febr.", "mar.", "apr.", "jūn.", "jūl.", "aug.", "sept.", "sep.", "okt.", "nov.", "dec.",
  "t.d.", "т.д.", "т.п.", "г.", "др.", "гг.", "inc.", "ltd.", "co.", "corp.",
];

const NEVER_FINAL = new Set(ABBREVIATIONS_NEVER_FINAL);
const MAY_END = new Set(ABBREVIATIONS_MAY_END.filter((a) => !NEVER_FINAL.has(a)));

const CLOSERS = new Set([")", "]", "}", '"', "”", "»", "’", "'", "“"]);
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;

function startsUpper(token: Token): boolean {
  return UPPER.test(token.text);
}
function startsLower(token: Token): boolean {
  return LOWER.test(token.text);
}

export interface SentenceSpan extends Span {
  tokenStart: number;
  tokenEnd: number;
}

/** The abbreviation that ends at token `t` (a "."): the adjacent word/dot chain before it, lower case. */
function chainBefore(text: string, tokens: readonly Token[], t: number, floor: number): string {
  let first = t;
  // Abbreviations are short ("u.tml."): never walk further back than that.
  const limit = Math.max(floor, t - 8);
  while (first - 1 >= limit) {
    const prev = tokens[first - 1];
    if (prev.end !== tokens[first].start) break;
    if (prev.kind !== "word" && !(prev.kind === "punct" && prev.text === ".") && prev.text !== "/") break;
    first--;
  }
  return text.slice(tokens[first].start, tokens[t].end).toLowerCase();
}

/** Does the "." / "!" / "?" / "…" token at `t` end a sentence, given what follows? */
function endsSentence(text: string, tokens: readonly Token[], t: number, next: Token, sentenceFirst: number): boolean {
  const mark = tokens[t].text;
  if (mark.includes("!") || mark.includes("?")) return !startsLower(next);
  if (mark.includes("…") || mark.length > 1) return startsUpper(next) || /^\d/.test(next.text);
  const prev = t - 1 >= sentenceFirst ? tokens[t - 1] : null;
  if (!prev || prev.end !== tokens[t].start) return !startsLower(next);
  if (prev.kind === "number") {
    // "1. Iesniegums…" is a list number; "2026. gada", "3. punktā", "9.4. punkts" are not ends.
    if (t - 1 === sentenceFirst) return false;
    return startsUpper(next);
  }
  if (prev.kind === "word") {
    const chain = chainBefore(text, tokens, t, sentenceFirst);
    if (NEVER_FINAL.has(chain)) return false;
    if (MAY_END.has(chain)) return startsUpper(next);
    if (prev.text.length === 1 && UPPER.test(prev.text)) return false; // an initial: "J. Bērziņš"
    if (prev.text.length === 1) return startsUpper(next);
  }
  return !startsLower(next);
}

/**
 * Splits tokens [first, last) — one paragraph of `text` — into sentences. A line break inside a
 * paragraph ends a sentence unless the next line starts with a lower-case letter (a wrapped line).
 */
export function splitTokensIntoSentences(text: string, tokens: readonly Token[], first: number, last: number): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let sentenceFirst = first;
  const push = (lastToken: number): void => {
    if (lastToken < sentenceFirst) return;
    sentences.push({
      start: tokens[sentenceFirst].start,
      end: tokens[lastToken].end,
      tokenStart: sentenceFirst,
      tokenEnd: lastToken + 1,
    });
    sentenceFirst = lastToken + 1;
  };
  for (let t = first; t < last - 1; t++) {
    const token = tokens[t];
    if (token.kind === "punct" && /[.!?…]/.test(token.text)) {
      let end = t;
      while (end + 1 < last && CLOSERS.has(tokens[end + 1].text) && tokens[end + 1].start === tokens[end].end) end++;
      if (end + 1 >= last) break;
      const next = tokens[end + 1];
      if (next.start === tokens[end].end) continue; // "adazi.lv", "9.00": no space, no end
      if (endsSentence(text, tokens, t, next, sentenceFirst)) {
        push(end);
        t = end;
      }
      continue;
    }
    const next = tokens[t + 1];
    if (text.slice(token.end, next.start).includes("\n") && !startsLower(next)) push(t);
  }
  push(last - 1);
  return sentences;
}

/**
 * Sentences of a free text (blank lines separate paragraphs), as spans into `text`. A helper for
 * rules and front doors that have a string rather than a Draft.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const tokens = tokenize(text);
  const result: SentenceSpan[] = [];
  let first = 0;
  for (let t = 0; t <= tokens.length; t++) {
    const paragraphEnds = t === tokens.length || (t > first && /\n[ \t]*\n/.test(text.slice(tokens[t - 1].end, tokens[t].start)));
    if (paragraphEnds) {
      if (t > first) for (const sentence of splitTokensIntoSentences(text, tokens, first, t)) result.push(sentence);
      first = t;
    }
  }
  return result;
}
