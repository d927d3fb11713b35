/**
 * The parts of a reply the structure rules look at: where the text starts, where the body ends
 * (the signature block is not part of it), the introduction (clause 9.1) and the closing part
 * (clause 9.3), and the spans of quotations inside the employee's own text.
 */
import type { Draft, Span } from "../../draft/types";
import { draftWords, wordIndexAt } from "./phrases";

function isSpace(c: string): boolean {
  return c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\f" || c === "\v";
}

/** Offset of the first character that is not white space (text.length if none). */
export function contentStart(text: string, from = 0): number {
  let k = from;
  while (k < text.length && isSpace(text[k])) k++;
  return k;
}

/** Offset after the last character before `to` that is not white space. */
export function contentEnd(text: string, to = text.length): number {
  let k = to;
  while (k > 0 && isSpace(text[k - 1])) k--;
  return k;
}

/** Where the body ends: just before the signature block, or the end of the text (white space trimmed). */
export function bodyEnd(draft: Draft): number {
  const end = draft.signature ? Math.min(draft.signature.start, draft.text.length) : draft.text.length;
  return contentEnd(draft.text, end);
}

/** Where a missing closing part, thanks or apology belongs: just before the signature, or at the end. */
export function closingInsertPoint(draft: Draft): number {
  if (draft.signature) return Math.min(draft.signature.start, draft.text.length);
  return contentEnd(draft.text);
}

/** How many sentences the introduction and the closing part cover at least (paragraphs may be single lines). */
const MIN_SENTENCES = 3;
/** How many paragraphs after the greeting's paragraph count as the introduction. */
const INTRO_PARAGRAPHS = 2;
/** How many paragraphs before the signature count as the closing part. */
const CLOSING_PARAGRAPHS = 2;
/**
 * An introduction or a closing part is at most this many words, however long its paragraphs
 * (a pasted text without paragraph breaks is not all introduction).
 */
const MAX_PART_WORDS = 150;

/**
 * The introduction: from the start of the text through the greeting's paragraph and the next two
 * paragraphs (at least three sentences after the greeting), never into the signature.
 */
export function introRegion(draft: Draft, greetingEnd: number): Span {
  const start = contentStart(draft.text);
  const limit = bodyEnd(draft);
  let end = start;
  const paragraphs = draft.paragraphs;
  let first = 0;
  while (first < paragraphs.length && paragraphs[first].end <= greetingEnd) first++;
  // A paragraph that holds the greeting and more text ("Labdien! Paldies par …") does not use up one of the two.
  const sharesGreeting = first < paragraphs.length && paragraphs[first].start < greetingEnd;
  const last = Math.min(paragraphs.length, first + INTRO_PARAGRAPHS + (sharesGreeting ? 1 : 0)) - 1;
  if (last >= 0) end = Math.max(end, paragraphs[last].end);
  let counted = 0;
  for (const sentence of draft.sentences) {
    if (sentence.start < greetingEnd) continue;
    if (sentence.start >= limit) break;
    end = Math.max(end, sentence.end);
    if (++counted >= MIN_SENTENCES) break;
  }
  const words = draftWords(draft);
  const lastWord = wordIndexAt(words, start) + MAX_PART_WORDS - 1;
  if (lastWord < words.length) end = Math.min(end, words[lastWord].end);
  return { start, end: Math.min(end, limit) };
}

/**
 * The closing part: the last two paragraphs before the signature (at least the last three
 * sentences), never reaching back into the greeting.
 */
export function closingRegion(draft: Draft, greetingEnd: number): Span {
  const end = bodyEnd(draft);
  let start = end;
  let paragraphsSeen = 0;
  for (let i = draft.paragraphs.length - 1; i >= 0 && paragraphsSeen < CLOSING_PARAGRAPHS; i--) {
    const paragraph = draft.paragraphs[i];
    if (paragraph.start >= end) continue;
    start = Math.min(start, paragraph.start);
    paragraphsSeen++;
  }
  let sentencesSeen = 0;
  for (let i = draft.sentences.length - 1; i >= 0 && sentencesSeen < MIN_SENTENCES; i--) {
    const sentence = draft.sentences[i];
    if (sentence.start >= end) continue;
    start = Math.min(start, sentence.start);
    sentencesSeen++;
  }
  const words = draftWords(draft);
  const first = wordIndexAt(words, end) - MAX_PART_WORDS;
  if (first >= 0) start = Math.max(start, words[first].start);
  return { start: Math.min(Math.max(start, greetingEnd), end), end };
}

/** Opening quotation marks and the marks that close them. */
const QUOTE_CLOSERS: Readonly<Record<string, string>> = {
  "„": "”“",
  "“": "”",
  "«": "»",
  '"': '"',
  "‘": "’",
};

/**
 * Spans of text in quotation marks („…”, “…”, «…», "…") within [from, to). A quotation never runs
 * past a blank line; an opening mark that is never closed there quotes nothing. One pass, linear.
 */
export function quotationSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  let openAt = -1;
  let closers = "";
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (openAt >= 0) {
      if (closers.includes(c)) {
        spans.push({ start: openAt, end: k + 1 });
        openAt = -1;
      } else if (c === "\n" && k + 1 < to && text[k + 1] === "\n") {
        openAt = -1;
      }
      continue;
    }
    const close = QUOTE_CLOSERS[c];
    if (close === undefined) continue;
    // A straight quote or ‘ right after a letter is an apostrophe or a closing mark, not an opening one; so is one
    // right after a comma or a sentence's end ("…," viņš teica): the quotation it closes may have begun before the text.
    if ((c === '"' || c === "‘") && k > 0 && /[\p{L}\p{N},.!?…]/u.test(text[k - 1])) continue;
    openAt = k;
    closers = close;
  }
  return spans;
}

/**
 * A test "is this offset inside one of these sorted, non-overlapping spans?" for offsets asked in
 * increasing order; it keeps its place, so a whole scan stays linear.
 */
export function makeSpanCursor(spans: readonly Span[]): (offset: number) => boolean {
  let i = 0;
  return (offset: number) => {
    while (i < spans.length && spans[i].end <= offset) i++;
    return i < spans.length && spans[i].start <= offset;
  };
}

/**
 * makeSpanCursor over the quotations of text[0, end) — or, with `citationsOnly`, over those a colon
 * introduces ("Jūs rakstījāt: „…”", "Likums nosaka: „…”"): someone else's words, cited. Found on
 * first use (a rule that finds nothing never pays for them).
 */
export function lazyQuotationCursor(text: string, end: number, citationsOnly = false): (offset: number) => boolean {
  let cursor: ((offset: number) => boolean) | null = null;
  return (offset) => {
    if (!cursor) cursor = makeSpanCursor(quotationSpans(text, 0, end).filter((span) => !citationsOnly || /:\s*$/.test(text.slice(Math.max(0, span.start - 8), span.start))));
    return cursor(offset);
  };
}
