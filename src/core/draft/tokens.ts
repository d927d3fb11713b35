/**
 * Word tokens with offsets. URLs and e-mail addresses are found first by scanning outwards from
 * "://", "www." and "@" (linear: no regular expression is ever retried over a long run of
 * characters), then the rest is split into words, numbers, punctuation and symbols.
 */
import type { Token, TokenKind } from "./types";

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/uy;
const NUMBER = /\d+(?:[.,:]\d+)*/y;
const SENTENCE_PUNCT = /[.!?…]+/y;

/** Characters that may appear in a URL (RFC 3986 plus the Unicode letters people paste). */
function isUrlChar(c: string): boolean {
  if (c.length === 0) return false;
  const code = c.charCodeAt(0);
  if (code <= 0x20 || code === 0x7f) return false;
  return c !== "<" && c !== ">" && c !== '"' && c !== "«" && c !== "»" && c !== "“" && c !== "”" && c !== "„" && c !== "\u00a0";
}

const EMAIL_LOCAL = /[\p{L}\p{N}._%+'-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;

/** Trailing characters that end a sentence rather than a URL. */
const URL_TRAILING = ".,;:!?'\"”’»)]}…";

export interface FoundSpan {
  start: number;
  end: number;
}

/** Trims sentence punctuation off a URL found in running text; keeps a ")" that closes a "(" inside it. */
export function trimUrlEnd(text: string, start: number, end: number): number {
  let e = end;
  // "(" and ")" in text[start, e), counted once and kept as e moves: counting anew for every
  // trailing ")" was quadratic ("http://x.lv/(" and 40,000 of them took 56 s).
  let opens = -1;
  let closes = 0;
  while (e > start && URL_TRAILING.includes(text[e - 1])) {
    if (text[e - 1] === ")") {
      if (opens < 0) {
        opens = 0;
        for (let k = start; k < e; k++) {
          if (text[k] === "(") opens++;
          else if (text[k] === ")") closes++;
        }
      }
      // the ")" at e - 1 is not inside
      if (opens > closes - 1) break;
    }
    e--;
    if (opens >= 0 && text[e] === ")") closes--;
  }
  return e;
}

const SCHEMES = ["https://", "http://", "ftp://", "mailto:", "www."];

/** URLs in text: with a scheme (http, https, ftp), mailto: addresses and www. addresses. */
export function findUrls(text: string): FoundSpan[] {
  const spans: FoundSpan[] = [];
  const lower = text.toLowerCase();
  // Next occurrence of each scheme at or after `from`; refreshed only when passed, so the
  // whole scan stays linear however many addresses the text holds.
  const next = SCHEMES.map(() => -2);
  let from = 0;
  while (from < text.length) {
    let best = -1;
    let bestScheme = "";
    for (let s = 0; s < SCHEMES.length; s++) {
      if (next[s] === -1) continue;
      if (next[s] < from) next[s] = lower.indexOf(SCHEMES[s], from);
      const at = next[s];
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        bestScheme = SCHEMES[s];
      }
    }
    if (best < 0) break;
    // The scheme must start a word ("xwww." is not an address).
    const before = best > 0 ? text[best - 1] : " ";
    if (/[\p{L}\p{N}@.\-/]/u.test(before)) {
      from = best + bestScheme.length;
      continue;
    }
    let end = best + bestScheme.length;
    while (end < text.length && isUrlChar(text[end])) end++;
    end = trimUrlEnd(text, best, end);
    const minimum = bestScheme === "www." ? best + 6 : best + bestScheme.length + 1;
    if (end >= minimum) spans.push({ start: best, end });
    from = Math.max(end, best + bestScheme.length);
  }
  return spans;
}

/** E-mail addresses in text, found around each "@". */
export function findEmails(text: string): FoundSpan[] {
  const spans: FoundSpan[] = [];
  let at = text.indexOf("@");
  let floor = 0;
  while (at >= 0) {
    let start = at;
    while (start > floor && EMAIL_LOCAL.test(text[start - 1])) start--;
    while (start < at && (text[start] === "." || text[start] === "'")) start++;
    let end = at + 1;
    while (end < text.length && EMAIL_DOMAIN.test(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes(".") && !domain.startsWith(".") && !domain.includes("..")) {
      spans.push({ start, end });
      floor = end;
    }
    at = text.indexOf("@", Math.max(end, at + 1));
  }
  return spans;
}

/**
 * Splits text into tokens. URL and e-mail spans become single tokens; everything else is words
 * (letters, with inner hyphens and apostrophes: "k-dze", "e-pasts"), numbers ("9.4", "2026"),
 * punctuation (runs of . ! ? … together) and symbols. Whitespace is skipped.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const specials: { start: number; end: number; kind: TokenKind }[] = [];
  const urls = findUrls(text);
  for (const span of urls) specials.push({ ...span, kind: "url" });
  let u = 0;
  for (const span of findEmails(text)) {
    // both lists are in text order: walk the URLs alongside
    while (u < urls.length && urls[u].end <= span.start) u++;
    if (u < urls.length && urls[u].start < span.end) continue; // inside a URL (mailto:, or user@host in a link)
    specials.push({ ...span, kind: "email" });
  }
  specials.sort((a, b) => a.start - b.start);
  let special = 0;
  let k = 0;
  while (k < text.length) {
    while (special < specials.length && specials[special].end <= k) special++;
    if (special < specials.length && specials[special].start === k) {
      const s = specials[special];
      tokens.push({ start: s.start + offset, end: s.end + offset, text: text.slice(s.start, s.end), kind: s.kind });
      k = s.end;
      continue;
    }
    const limit = special < specials.length ? specials[special].start : text.length;
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      k++;
      continue;
    }
    // Dispatch on the first character so that each token runs at most one expression.
    let matchEnd = -1;
    let kind: TokenKind = "word";
    if (c >= 0x30 && c <= 0x39) {
      matchEnd = matchAt(NUMBER, text, k);
      kind = "number";
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) {
      matchEnd = matchAt(SENTENCE_PUNCT, text, k);
      kind = "punct";
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c > 0x7f) {
      matchEnd = matchAt(WORD, text, k);
    }
    let end: number;
    if (matchEnd >= 0) {
      end = Math.min(matchEnd, limit);
    } else {
      const cp = text.codePointAt(k) as number;
      end = k + (cp > 0xffff ? 2 : 1);
      kind = isPunctuation(text[k]) ? "punct" : "symbol";
    }
    if (end <= k) end = k + 1;
    tokens.push({ start: k + offset, end: end + offset, text: text.slice(k, end), kind });
    k = end;
  }
  return tokens;
}

/** End of the sticky expression's match at `at`, or -1 (no object per token: tokenizing is hot). */
function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  // test() with a sticky expression leaves the end in lastIndex without building a match array
  return re.test(text) ? re.lastIndex : -1;
}

const PUNCTUATION = ",;:()[]{}\"'«»„“”‘’–—-/\\";
function isPunctuation(c: string): boolean {
  return PUNCTUATION.includes(c);
}
