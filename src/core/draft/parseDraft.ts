/**
 * parseDraft: an e-mail body (HTML or plain text) -> the Draft every rule reads: the employee's
 * new text only (the quoted thread cut off), its paragraphs, sentences and tokens with offsets,
 * a source map back to the body, links, the signature and the language.
 */
import type { Draft, DraftLink, Paragraph, Sentence, Token } from "./types";
import { readHtml, type RawLink } from "./html";
import { readPlainText } from "./plainText";
import type { BuiltLine, LineBuilder } from "./lineBuilder";
import { classifyLines } from "./quote";
import { tokenize, findUrls } from "./tokens";
import { splitTokensIntoSentences } from "./sentences";
import { detectLanguage } from "./language";
import { normaliseBareHref, unwrapLink } from "./links";
import { detectSignature, type SignatureLine } from "./signature";
import { DraftSourceMap } from "./sourceMap";

export interface ParseOptions {
  /**
   * Keep the whole body as the employee's text: no quote detection. For bodies known to hold
   * no earlier thread (e.g. the composer's own output).
   */
  keepQuoted?: boolean;
}

/** A line of Draft.text (blank lines included, as empty spans). */
interface DraftLine extends SignatureLine {
  blockId: number;
  blockKind: Paragraph["block"];
  /** Index of the builder line it came from (-1 for a blank separator). */
  builderIndex: number;
}

interface Assembled {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  extra: Map<number, number[]>;
  lines: DraftLine[];
  /** builder line index -> offset of that line in Draft.text, or -1 when it was cut off */
  lineOffset: number[];
  quotedText: string;
  quoted: boolean;
  /** Furniture lines (footer.ts), joined; "" when none. */
  footerText: string;
}

/** Joins the lines that are the employee's, carrying their source map along. */
function assemble(builder: LineBuilder, quotedFlags: readonly boolean[], footerFlags: readonly boolean[]): Assembled {
  const built = builder.lines;
  const parts: string[] = [];
  // The draft is never longer than everything read.
  const starts = new Int32Array(builder.srcStart.length);
  const ends = new Int32Array(builder.srcStart.length);
  const builderStarts = builder.srcStart;
  const builderEnds = builder.srcEnd;
  const extra = new Map<number, number[]>();
  const lines: DraftLine[] = [];
  const lineOffset: number[] = new Array(built.length).fill(-1);
  const quotedParts: string[] = [];
  const footerParts: string[] = [];
  let length = 0;
  let kept = 0;
  let pendingBlank = false;
  let quoted = false;

  const pushSynthetic = (s: string): void => {
    parts.push(s);
    starts.fill(-1, length, length + s.length);
    ends.fill(-1, length, length + s.length);
    length += s.length;
  };

  for (let i = 0; i < built.length; i++) {
    const line = built[i];
    if (footerFlags[i]) {
      if (line.text.length > 0) footerParts.push(line.text);
      continue;
    }
    if (quotedFlags[i]) {
      if (line.text.length > 0) {
        quotedParts.push(line.text);
        quoted = true;
        if (kept > 0) pendingBlank = true;
      }
      continue;
    }
    if (line.text.length === 0) {
      if (kept > 0) pendingBlank = true;
      continue;
    }
    if (kept > 0) {
      if (pendingBlank) {
        pushSynthetic("\n");
        lines.push(blankLine(length));
        pushSynthetic("\n");
      } else {
        pushSynthetic("\n");
      }
    }
    pendingBlank = false;
    const offset = length;
    lineOffset[i] = offset;
    parts.push(line.text);
    starts.set(builderStarts.subarray(line.start, line.end), offset);
    ends.set(builderEnds.subarray(line.start, line.end), offset);
    length += line.text.length;
    lines.push(draftLine(line, offset, i));
    kept++;
  }
  if (builder.extra.size > 0) {
    // Carry the extra pieces of collapsed spaces over to the lines that were kept.
    builder.extra.forEach((pieces, at) => {
      const li = lowerBound(built.length, (i) => built[i].end, at + 1);
      if (li < built.length && lineOffset[li] >= 0) extra.set(lineOffset[li] + (at - built[li].start), pieces);
    });
  }
  return {
    text: parts.join(""),
    starts: starts.subarray(0, length),
    ends: ends.subarray(0, length),
    extra,
    lines,
    lineOffset,
    quotedText: quotedParts.join("\n"),
    quoted,
    footerText: footerParts.join("\n"),
  };
}

function blankLine(at: number): DraftLine {
  return { start: at, end: at, text: "", sig: -1, sigSource: null, blockId: -1, blockKind: undefined, builderIndex: -1 };
}

function draftLine(line: BuiltLine, offset: number, builderIndex: number): DraftLine {
  return {
    start: offset,
    end: offset + line.text.length,
    text: line.text,
    sig: line.ctx.sig,
    sigSource: line.ctx.sigSource,
    blockId: line.blockId,
    blockKind: line.ctx.blockKind,
    builderIndex,
  };
}

/** Smallest index i in [0, n) with key(i) >= value (keys non-decreasing), or n. */
function lowerBound(n: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the assembled line that holds `offset` (lines are in order: a binary search, not a scan per link). */
function lineEndAt(assembled: Assembled, offset: number): number {
  const lines = assembled.lines;
  const i = lowerBound(lines.length, (k) => lines[k].end, offset);
  return i < lines.length && lines[i].start <= offset ? lines[i].end : offset;
}

/** Turns the HTML's <a href> source ranges into links over Draft.text. */
function resolveAnchors(rawLinks: readonly RawLink[], builder: LineBuilder, assembled: Assembled): DraftLink[] {
  if (rawLinks.length === 0) return [];
  // Builder characters that came from the source, in order; their source offsets never decrease.
  const srcStart = builder.srcStart;
  let count = 0;
  for (let k = 0; k < srcStart.length; k++) if (srcStart[k] >= 0) count++;
  const mapped = new Int32Array(count);
  for (let k = 0, m = 0; k < srcStart.length; k++) if (srcStart[k] >= 0) mapped[m++] = k;
  const built = builder.lines;
  const lineOf = (builderOffset: number): number => lowerBound(built.length, (i) => built[i].end, builderOffset);
  const toDraft = (builderOffset: number, isEnd: boolean): number => {
    const li = lineOf(isEnd ? builderOffset : builderOffset + 1);
    if (li >= built.length) return -1;
    const base = assembled.lineOffset[li];
    if (base < 0) return -1;
    return base + (builderOffset - built[li].start);
  };
  const links: DraftLink[] = [];
  for (const raw of rawLinks) {
    const first = lowerBound(mapped.length, (i) => srcStart[mapped[i]], raw.sourceStart);
    const afterLast = lowerBound(mapped.length, (i) => srcStart[mapped[i]], raw.sourceEnd);
    const rawHref = raw.href.trim();
    const href = unwrapLink(rawHref);
    let start: number;
    let end: number;
    if (first < afterLast) {
      start = toDraft(mapped[first], false);
      end = toDraft(mapped[afterLast - 1] + 1, true);
      if (start < 0) continue; // the link is in the quoted thread
      if (end < start) end = lineEndAt(assembled, start);
    } else {
      // No text (an image link): place it right after the text before it, if that is new text.
      if (first > 0) start = toDraft(mapped[first - 1] + 1, true);
      else if (first < mapped.length) start = toDraft(mapped[first], false);
      else start = -1;
      if (start < 0) continue;
      end = start;
    }
    const text = assembled.text.slice(start, end) || raw.alt;
    const link: DraftLink = { start, end, href, text, bare: false };
    if (href !== rawHref) link.rawHref = rawHref;
    links.push(link);
  }
  return links;
}

/** Bare URLs and www. addresses in the text, outside any <a>. */
function bareLinks(text: string, anchors: readonly DraftLink[]): DraftLink[] {
  const links: DraftLink[] = [];
  const sorted = anchors.filter((a) => a.end > a.start).sort((a, b) => a.start - b.start);
  let a = 0;
  for (const span of findUrls(text)) {
    while (a < sorted.length && sorted[a].end <= span.start) a++;
    if (a < sorted.length && sorted[a].start < span.end) continue;
    const written = text.slice(span.start, span.end);
    const normalised = normaliseBareHref(written);
    const href = unwrapLink(normalised);
    const link: DraftLink = { start: span.start, end: span.end, href, text: written, bare: true };
    if (href !== normalised) link.rawHref = written;
    links.push(link);
  }
  return links;
}

function buildParagraphs(text: string, lines: readonly DraftLine[], tokens: readonly Token[], sentences: Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let t = 0;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].text.length === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j].text.length > 0 && lines[j].blockId === lines[i].blockId && lines[i].blockId >= 0) j++;
    const start = lines[i].start;
    const end = lines[j - 1].end;
    while (t < tokens.length && tokens[t].start < start) t++;
    let u = t;
    while (u < tokens.length && tokens[u].end <= end) u++;
    const sentenceStart = sentences.length;
    if (u > t) {
      for (const span of splitTokensIntoSentences(text, tokens, t, u)) {
        // Named fields, not a spread: a spread per sentence was most of the parse on short-sentence floods.
        sentences.push({ start: span.start, end: span.end, tokenStart: span.tokenStart, tokenEnd: span.tokenEnd, text: text.slice(span.start, span.end) });
      }
    }
    const paragraph: Paragraph = { start, end, text: text.slice(start, end), sentenceStart, sentenceEnd: sentences.length };
    if (lines[i].blockKind) paragraph.block = lines[i].blockKind;
    paragraphs.push(paragraph);
    t = u;
    i = j;
  }
  return paragraphs;
}

/**
 * Parses an e-mail body. Never throws: anything that is not a string, or markup no browser
 * would make sense of, still gives a Draft (possibly empty).
 */
export function parseDraft(body: string, format: "html" | "text", options: ParseOptions = {}): Draft {
  const source = typeof body === "string" ? body : "";
  const kind: "html" | "text" = format === "html" ? "html" : "text";
  let builder: LineBuilder;
  let rawLinks: RawLink[] = [];
  let cutLine = Infinity;
  let sigStartLine = -1;
  if (kind === "html") {
    const read = readHtml(source);
    builder = read.builder;
    rawLinks = read.links;
    cutLine = read.cutLine;
    sigStartLine = read.sigStartLine;
  } else {
    builder = readPlainText(source);
  }

  const built = builder.lines;
  const classified = options.keepQuoted
    ? null
    : classifyLines(
        built.map((l) => ({ text: l.text, containerQuoted: l.ctx.quoted, candidate: l.ctx.candidate })),
        cutLine,
      );
  const none = built.map(() => false);
  const assembled = assemble(builder, classified ? classified.quoted : none, classified ? classified.footer : none);
  const text = assembled.text;

  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  const paragraphs = buildParagraphs(text, assembled.lines, tokens, sentences);

  const anchors = kind === "html" ? resolveAnchors(rawLinks, builder, assembled) : [];
  const links = anchors.concat(bareLinks(text, anchors)).sort((a, b) => a.start - b.start || a.end - b.end);

  let sigStart = -1;
  if (sigStartLine >= 0) {
    sigStart = assembled.lines.findIndex((l) => l.builderIndex >= sigStartLine);
  }
  const signature = detectSignature(assembled.lines, sigStart);

  return {
    text,
    format: kind,
    language: detectLanguage(text),
    quoted: assembled.quoted,
    quotedText: assembled.quotedText,
    footer: assembled.footerText.length > 0 ? assembled.footerText : null,
    paragraphs,
    sentences,
    tokens,
    links,
    signature,
    sourceMap: new DraftSourceMap(assembled.starts, assembled.ends, assembled.extra, kind, text),
  };
}
