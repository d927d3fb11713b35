/**
 * Builds normalised lines of text from pieces of a source (HTML text nodes, decoded entities,
 * plain-text lines) and remembers, for every character it emits, where in the source it came
 * from. Normalisation: whitespace runs (including non-breaking spaces) collapse to one space,
 * lines are trimmed, zero-width characters and soft hyphens are dropped, and each line is NFC.
 *
 * The source map is two parallel arrays: srcStart[i]..srcEnd[i] is the source range of text
 * character i, or -1/-1 for characters the builder made up (the "\n" between lines). A space
 * that stands for a whitespace run spread over several source pieces (e.g. "a <b> b") keeps
 * its first piece in srcStart/srcEnd and the rest in `extra`, so an edit that deletes the space
 * deletes all of it without deleting the tags in between.
 */
import type { Paragraph } from "./types";

export type BlockKind = NonNullable<Paragraph["block"]>;
export type SignatureContainerSource = "outlook-container" | "client-container";

/** Where the text being appended sits in the document; stamped on the line it starts. */
export interface LineContext {
  /** Inside a container that holds a quote (blockquote type=cite, .gmail_quote, …). */
  quoted: boolean;
  /** Id of the outermost blockquote without type=cite (indent button or quote), or -1. */
  candidate: number;
  /** Id of the signature container (#Signature, .gmail_signature, …), or -1. */
  sig: number;
  sigSource: SignatureContainerSource | null;
  blockKind: BlockKind | undefined;
}

export const ROOT_CONTEXT: LineContext = { quoted: false, candidate: -1, sig: -1, sigSource: null, blockKind: undefined };

export interface BuiltLine {
  /** Offsets into LineBuilder.text. */
  start: number;
  end: number;
  text: string;
  /** Lines of one block element (or, in plain text, between blank lines) share an id. */
  blockId: number;
  ctx: LineContext;
}

/** Code units dropped from the text: zero-width spaces and joiners, soft hyphen, BOM, bidi marks. */
function isDropped(c: number): boolean {
  return (
    c === 0x00ad ||
    (c >= 0x200b && c <= 0x200f) ||
    c === 0x2060 ||
    c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x034f
  );
}

/** Collapsible whitespace, plus the non-breaking and typographic spaces we turn into spaces. */
function spaceKind(c: number): 0 | 1 | 2 {
  // 1 = ordinary collapsible whitespace, 2 = non-breaking/typographic space (keeps a blank line alive)
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b) return 1;
  if (c === 0xa0 || c === 0x202f || c === 0x2007 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x1680) {
    return 2;
  }
  return 0;
}

/** Control characters that are never text (except tab and line breaks, handled as whitespace). */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || (c >= 0x7f && c <= 0x9f);
}

const COMBINING_MARK = /\p{M}/u;

/** A growable array of 32-bit integers: the source map holds one pair per text character. */
export class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Appends `count` copies of `value`, or value, value + 1, … when `step` is 1. */
  pushRun(value: number, count: number, step: 0 | 1): void {
    this.reserve(this.length + count);
    const data = this.data;
    let at = this.length;
    for (let k = 0; k < count; k++) data[at++] = value + k * step;
    this.length = at;
  }

  append(other: Int32Array): void {
    this.reserve(this.length + other.length);
    this.data.set(other, this.length);
    this.length += other.length;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  clear(): void {
    this.length = 0;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < capacity) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

export class LineBuilder {
  /** All finished lines joined by "\n". */
  private chunks: string[] = [];
  private length = 0;
  private readonly starts = new IntBuffer(4096);
  private readonly ends = new IntBuffer(4096);
  /** Text offset of a collapsed space -> further source pieces [s0, e0, s1, e1, …]. */
  readonly extra = new Map<number, number[]>();
  readonly lines: BuiltLine[] = [];

  // The line being built.
  private lineText = "";
  private readonly lineStart = new IntBuffer();
  private readonly lineEnd = new IntBuffer();
  private lineExtra: Map<number, number[]> | null = null;
  private lineCtx: LineContext = ROOT_CONTEXT;
  private lineBlock = 0;
  private hasVisible = false;
  /** The line holds a non-breaking space: an otherwise empty block still shows as a blank line. */
  private touched = false;
  /** The line was opened by a <br>: if its block ends while it is empty, it never existed. */
  private openedByBreak = false;
  /** Pending whitespace run as flat source pieces; empty when none. */
  private pendingSpace: number[] = [];

  private blockCounter = 0;

  /** Source start of each text character (-1 for the "\n" between lines). */
  get srcStart(): Int32Array {
    return this.starts.view();
  }
  /** Source end of each text character (-1 for the "\n" between lines). */
  get srcEnd(): Int32Array {
    return this.ends.view();
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** Index the line now being built will have once finished. */
  get nextLineIndex(): number {
    return this.lines.length;
  }

  /** Appends source characters [start, end) of `src`, each mapping to itself. */
  appendSource(src: string, start: number, end: number, ctx: LineContext, preformatted = false): void {
    let runStart = -1;
    for (let k = start; k < end; k++) {
      const c = src.charCodeAt(k);
      const special = spaceKind(c) !== 0 || isDropped(c) || isControl(c);
      if (!special) {
        if (runStart < 0) runStart = k;
        continue;
      }
      if (runStart >= 0) {
        this.addVisible(src.slice(runStart, k), runStart, -1, ctx);
        runStart = -1;
      }
      if (preformatted && (c === 0x0a || c === 0x0d)) {
        if (c === 0x0d && k + 1 < end && src.charCodeAt(k + 1) === 0x0a) continue; // "\r\n": break once, at "\n"
        this.lineBreak();
        continue;
      }
      const kind = spaceKind(c);
      if (kind !== 0) this.addSpace(k, k + 1, kind === 2);
      // dropped and control characters leave nothing in the text
    }
    if (runStart >= 0) this.addVisible(src.slice(runStart, end), runStart, -1, ctx);
  }

  /** Appends decoded text (an entity) whose every code unit maps to the source range [start, end). */
  appendDecoded(decoded: string, start: number, end: number, ctx: LineContext): void {
    for (let k = 0; k < decoded.length; k++) {
      const c = decoded.charCodeAt(k);
      if (isDropped(c) || isControl(c)) continue;
      const kind = spaceKind(c);
      if (kind !== 0) {
        this.addSpace(start, end, kind === 2);
        continue;
      }
      // Keep surrogate pairs together.
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < decoded.length) {
        this.addVisible(decoded.slice(k, k + 2), start, end, ctx);
        k++;
      } else {
        this.addVisible(decoded[k], start, end, ctx);
      }
    }
  }

  /** A <br> (or a newline in plain text / <pre>): ends the line, even an empty one. */
  lineBreak(): void {
    this.finishLine();
    this.openedByBreak = true;
  }

  /** The start or end of a block element. */
  blockBoundary(): void {
    if (this.hasVisible || this.touched) {
      this.finishLine();
    } else {
      // An empty line opened by a trailing <br> disappears, as it does in a browser.
      this.resetLine();
    }
    this.openedByBreak = false;
    this.blockCounter++;
  }

  /** Plain text: a line of the source ends. Blank lines are kept and separate paragraphs. */
  endTextLine(): void {
    const blank = !this.hasVisible;
    this.finishLine();
    if (blank) this.blockCounter++;
  }

  /** Finishes the last line; returns all lines joined by "\n". Calling it again is harmless. */
  finish(): { text: string } {
    if (this.hasVisible || this.touched) this.finishLine();
    const text = this.chunks.join("");
    this.chunks = [text];
    return { text };
  }

  private addSpace(start: number, end: number, nonBreaking: boolean): void {
    if (nonBreaking) this.touched = true;
    if (!this.hasVisible) return; // leading whitespace of a line is trimmed
    const pieces = this.pendingSpace;
    if (pieces.length > 0 && pieces[pieces.length - 1] === start) {
      pieces[pieces.length - 1] = end;
    } else if (pieces.length > 0 && pieces[pieces.length - 1] > start) {
      // the same entity again (a decoded entity that produced two spaces): already covered
    } else {
      pieces.push(start, end);
    }
  }

  /**
   * Adds visible text. With entityEnd < 0 the text is raw source starting at `start` (one code
   * unit per source position); otherwise every code unit maps to [start, entityEnd).
   */
  private addVisible(text: string, start: number, entityEnd: number, ctx: LineContext): void {
    if (this.hasVisible && !sameRegion(this.lineCtx, ctx)) {
      // A quote or signature container starts mid-line: it starts its own line.
      this.finishLine();
      this.blockCounter++;
    }
    if (!this.hasVisible) {
      this.hasVisible = true;
      this.lineCtx = ctx;
      this.lineBlock = this.blockCounter;
    } else if (this.pendingSpace.length > 0) {
      const pieces = this.pendingSpace;
      const at = this.lineText.length;
      this.lineText += " ";
      this.lineStart.push(pieces[0]);
      this.lineEnd.push(pieces[1]);
      if (pieces.length > 2) {
        if (!this.lineExtra) this.lineExtra = new Map();
        this.lineExtra.set(at, pieces.slice(2));
      }
    }
    this.pendingSpace = [];
    this.lineText += text;
    if (entityEnd < 0) {
      this.lineStart.pushRun(start, text.length, 1);
      this.lineEnd.pushRun(start + 1, text.length, 1);
    } else {
      this.lineStart.pushRun(start, text.length, 0);
      this.lineEnd.pushRun(entityEnd, text.length, 0);
    }
  }

  private finishLine(): void {
    let text = this.lineText;
    let starts = this.lineStart.view();
    let ends = this.lineEnd.view();
    let extra = this.lineExtra;
    if (!isAsciiOnly(text)) {
      const normalised = text.normalize("NFC");
      if (normalised !== text) {
        const nfc = composeWithMap(text, starts, ends, extra);
        text = nfc.text;
        starts = nfc.starts;
        ends = nfc.ends;
        extra = nfc.extra;
      }
    }
    if (this.lines.length > 0) {
      this.chunks.push("\n");
      this.starts.push(-1);
      this.ends.push(-1);
      this.length += 1;
    }
    const lineStartOffset = this.length;
    this.chunks.push(text);
    this.starts.append(starts);
    this.ends.append(ends);
    if (extra) {
      extra.forEach((pieces, at) => this.extra.set(lineStartOffset + at, pieces));
    }
    this.length += text.length;
    this.lines.push({
      start: lineStartOffset,
      end: lineStartOffset + text.length,
      text,
      blockId: this.hasVisible ? this.lineBlock : this.blockCounter,
      ctx: this.hasVisible ? this.lineCtx : ROOT_CONTEXT,
    });
    this.resetLine();
  }

  private resetLine(): void {
    this.lineText = "";
    this.lineStart.clear();
    this.lineEnd.clear();
    this.lineExtra = null;
    this.lineCtx = ROOT_CONTEXT;
    this.hasVisible = false;
    this.touched = false;
    this.openedByBreak = false;
    this.pendingSpace = [];
  }
}

function sameRegion(a: LineContext, b: LineContext): boolean {
  return a.quoted === b.quoted && a.candidate === b.candidate && a.sig === b.sig;
}

function isAsciiOnly(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}

/**
 * NFC-composes a line while keeping its map: each base character with its combining marks is
 * normalised as a unit, and every code unit of the result maps to the union of their sources.
 * A cluster whose pieces lie apart in the source (markup between a letter and its mark, as in
 * `ju<img src="cid:x">\u0304su`) must not get one range across that markup: its composed
 * character maps to the base's source and keeps the marks' sources as extra pieces, so an edit
 * of it is refused by the source map instead of deleting what lies between (issue 13).
 */
function composeWithMap(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  extra: Map<number, number[]> | null,
): { text: string; starts: Int32Array; ends: Int32Array; extra: Map<number, number[]> | null } {
  let out = "";
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  const outExtra = new Map<number, number[]>();
  const keepExtra = (from: number, to: number): void => {
    if (!extra) return;
    for (let j = from; j < to; j++) {
      const pieces = extra.get(j);
      if (pieces) outExtra.set(out.length + j - from, pieces);
    }
  };
  let k = 0;
  while (k < text.length) {
    let clusterEnd = k + codeUnitLength(text, k);
    while (clusterEnd < text.length && COMBINING_MARK.test(text.slice(clusterEnd, clusterEnd + codeUnitLength(text, clusterEnd)))) {
      clusterEnd += codeUnitLength(text, clusterEnd);
    }
    const cluster = text.slice(k, clusterEnd);
    const composed = cluster.normalize("NFC");
    let contiguous = true;
    let hasExtra = false;
    for (let j = k; j < clusterEnd; j++) {
      if (j > k && starts[j] > ends[j - 1]) contiguous = false;
      if (extra && extra.has(j)) hasExtra = true;
    }
    if (composed === cluster || hasExtra || (!contiguous && composed.length !== 1)) {
      // Unchanged by NFC, or not safely composable: every code unit keeps its own source.
      keepExtra(k, clusterEnd);
      out += cluster;
      for (let j = k; j < clusterEnd; j++) {
        outStarts.push(starts[j]);
        outEnds.push(ends[j]);
      }
    } else if (contiguous) {
      let s = starts[k];
      let e = ends[k];
      for (let j = k + 1; j < clusterEnd; j++) {
        if (starts[j] < s) s = starts[j];
        if (ends[j] > e) e = ends[j];
      }
      out += composed;
      for (let j = 0; j < composed.length; j++) {
        outStarts.push(s);
        outEnds.push(e);
      }
    } else {
      // One composed character from pieces apart: the base's range, the marks' as extra pieces.
      const pieces: number[] = [];
      for (let j = k + codeUnitLength(text, k); j < clusterEnd; j++) pieces.push(starts[j], ends[j]);
      outExtra.set(out.length, pieces);
      out += composed;
      outStarts.push(starts[k]);
      outEnds.push(ends[k + codeUnitLength(text, k) - 1]);
    }
    k = clusterEnd;
  }
  return { text: out, starts: Int32Array.from(outStarts), ends: Int32Array.from(outEnds), extra: outExtra.size > 0 ? outExtra : null };
}

function codeUnitLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
