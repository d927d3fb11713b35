/**
 * Where a text holds links and addresses, which the speller never checks: the ranges of
 *   URL    /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"]+/giu
 *   EMAIL  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
 *   DOMAIN /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:lv|…|io)\b(?:\/[^\s<>"]*)?/giu
 * found in one pass each, and of file and UNC paths (pathRanges). Run as regular expressions over
 * the whole text these restart at every position of a long run ("xxxx…", "a.a.a.…", a base64
 * blob) and rescan it: quadratic, 17 s for one 51,200-character token (issue 13). Here each scan
 * starts only where a match can start and remembers how far a failed scan reached, so a run is
 * read a bounded number of times; the matches are the same as those expressions'
 * (test/unit/spelling/addressRanges.test.ts compares them on random text).
 */

export type Range = [number, number];

const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const HOST_CHAR = /^[\p{L}\p{N}-]$/u;
const URL_STOP = /[\s<>"]/;

const DOMAIN_AFTER_AT = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//iuy;
const SCHEME_START = /^[a-z]$/iu;
const SCHEME_CHARS = /[a-z0-9+.-]*/iuy;
const WWW_OR_MAILTO = /www\.|mailto:/iy;
const TLD = /(?:lv|lt|ee|eu|com|org|net|gov|edu|int|info|io)\b/iuy;

/** The character (one code point: one or two code units) at i. */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text.charAt(i);
}

/** The length of the host character ([\p{L}\p{N}-]) at i, or 0: ASCII, most of any text, without a regular expression. */
function hostCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 ? 1 : 0;
  const h = charAt(text, i);
  return HOST_CHAR.test(h) ? h.length : 0;
}

/** The character that ends just before i. */
function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text.charAt(i - 1);
}

/** \w as the `iu` expressions above see it, for \b: ASCII letters, digits and "_", and ſ and the Kelvin sign, which fold into it. */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/** \b at i. */
function boundaryAt(text: string, i: number): boolean {
  return isWordAt(text, i - 1) !== isWordAt(text, i);
}

/** End of the run of characters that may follow a link's prefix, from i. */
function urlRunEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !URL_STOP.test(text[j])) j++;
  return j;
}

/** EMAIL: each "@" with a domain after it, extended left over its local part (not into the previous match). */
export function emailRanges(text: string): Range[] {
  const out: Range[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    DOMAIN_AFTER_AT.lastIndex = at + 1;
    if (!DOMAIN_AFTER_AT.test(text)) continue;
    let start = at;
    while (start > lastEnd) {
      const c = charBefore(text, start);
      if (start - c.length < lastEnd || !LOCAL_CHAR.test(c)) break;
      start -= c.length;
    }
    if (start === at) continue;
    lastEnd = DOMAIN_AFTER_AT.lastIndex;
    out.push([start, lastEnd]);
  }
  return out;
}

/** URL: at most one match per run of non-space characters, from its first possible start to the run's end. */
export function urlRanges(text: string): Range[] {
  const out: Range[] = [];
  // Scheme characters scanned from an earlier start that failed: any start before here fails alike,
  // because its scheme characters end in the same place.
  let schemeFailsBefore = 0;
  let i = 0;
  while (i < text.length) {
    if (!isWordAt(text, i) || !boundaryAt(text, i)) {
      i++;
      continue;
    }
    let end = -1;
    if (i >= schemeFailsBefore && SCHEME_START.test(text[i])) {
      SCHEME.lastIndex = i;
      if (SCHEME.test(text)) {
        const rest = urlRunEnd(text, SCHEME.lastIndex);
        if (rest > SCHEME.lastIndex) end = rest;
        else schemeFailsBefore = SCHEME.lastIndex;
      } else {
        schemeFailsBefore = schemeCharsEnd(text, i);
      }
    }
    if (end < 0) {
      WWW_OR_MAILTO.lastIndex = i;
      if (WWW_OR_MAILTO.test(text)) {
        const rest = urlRunEnd(text, WWW_OR_MAILTO.lastIndex);
        if (rest > WWW_OR_MAILTO.lastIndex) end = rest;
      }
    }
    if (end > 0) {
      out.push([i, end]);
      i = end;
    } else {
      i++;
    }
  }
  return out;
}

/** Where the characters a scheme may have ([a-z0-9+.-], as the `iu` expression reads them) end, from i. */
function schemeCharsEnd(text: string, i: number): number {
  SCHEME_CHARS.lastIndex = i;
  SCHEME_CHARS.test(text);
  return Math.max(SCHEME_CHARS.lastIndex, i + 1);
}

/**
 * DOMAIN: in each run of host labels joined by single dots, the match runs from the first
 * boundary to the last ".tld" (greedy labels backtrack to it), plus a path after a "/".
 */
export function domainRanges(text: string): Range[] {
  const out: Range[] = [];
  let lastEnd = 0;
  let i = 0;
  while (i < text.length) {
    if (!hostCharLength(text, i)) {
      i += charAt(text, i).length;
      continue;
    }
    // A run of labels from i: host characters, and dots with a host character on both sides.
    let firstStart = -1;
    let lastTldEnd = -1;
    let j = i;
    for (;;) {
      const h = j < text.length ? hostCharLength(text, j) : 0;
      if (h) {
        if (firstStart < 0 && j >= lastEnd && boundaryAt(text, j)) firstStart = j;
        j += h;
        continue;
      }
      if (text[j] === "." && j + 1 < text.length && hostCharLength(text, j + 1)) {
        TLD.lastIndex = j + 1;
        if (firstStart >= 0 && TLD.test(text)) lastTldEnd = TLD.lastIndex;
        j += 1;
        continue;
      }
      break;
    }
    if (lastTldEnd > 0) {
      let end = lastTldEnd;
      if (text[end] === "/") end = urlRunEnd(text, end + 1);
      out.push([firstStart, end]);
      lastEnd = end;
      i = Math.max(j, end);
    } else {
      i = j;
    }
  }
  return out;
}

/** Characters that end a path: those a Windows path cannot hold, and spaces (see pathRanges). */
const PATH_STOP = /[\s<>"|]/;
/** A backslash, or a drive ("C:\", "d:/"); a drive's letter must not end a longer word. */
const PATH_MARK = /\\|[a-z]:[\\/]/gi;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * File and UNC paths ("C:\Users\ilze\fails.docx", "\\fs01\dati\x", "D:/arhīvs/2024"): each run of
 * characters around a backslash or after a drive, up to a space or a character no path holds. A
 * path's pieces are folder and file names, not words (issue 13). A path with spaces is cut at each
 * space; its next piece still holds a backslash, so it is a path run of its own. Prose has no
 * backslash. One pass: each run is read once, from the mark back to the previous range or space.
 */
export function pathRanges(text: string): Range[] {
  const out: Range[] = [];
  let lastEnd = 0;
  PATH_MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATH_MARK.exec(text))) {
    const mark = m.index;
    if (m[0] !== "\\" && mark > 0 && LETTER_OR_DIGIT.test(charBefore(text, mark))) {
      PATH_MARK.lastIndex = mark + 1;
      continue;
    }
    let start = mark;
    while (start > lastEnd && !PATH_STOP.test(text[start - 1])) start--;
    let end = mark + m[0].length;
    while (end < text.length && !PATH_STOP.test(text[end])) end++;
    out.push([start, end]);
    lastEnd = end;
    PATH_MARK.lastIndex = end;
  }
  return out;
}

/** Every range of the four kinds, sorted by start and merged where they overlap or touch. */
export function addressRanges(text: string): Range[] {
  const all = [...urlRanges(text), ...emailRanges(text), ...domainRanges(text), ...pathRanges(text)].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
