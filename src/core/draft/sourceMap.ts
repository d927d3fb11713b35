/**
 * The draft's source map: from offsets in Draft.text back to the HTML or plain text the draft
 * was read from, and edits carried across it. An edit replaces the source of the characters it
 * covers, so a fix inside a bold word or a link keeps the formatting around it.
 *
 * An edit never touches markup (docs/architecture.md, "Never lose the user's text"): it is first
 * narrowed to the characters it really changes ("jūsu" -> "Jūsu" rewrites only the "j"), and if
 * what is left still crosses an element boundary or covers a non-text node (an inline image
 * inside a word, a tag between two letters) it is refused with an EditSpansMarkupError, which
 * the pane shows instead of writing.
 */
import type { SourceMap, Span } from "./types";

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n|\r|\n/g, "<br>");
}

/** An edit that would have to cross or cover markup; nothing is written. */
export class EditSpansMarkupError extends Error {
  readonly code = "editSpansMarkup";
  constructor(
    readonly start: number,
    readonly end: number,
  ) {
    super(`edit ${start}..${end} crosses an element boundary or covers a non-text node; refused so that no markup is lost`);
    this.name = "EditSpansMarkupError";
  }
}

/** Whether source[from, to) holds markup: a tag, a comment, a declaration or a processing instruction. */
function containsMarkup(source: string, from: number, to: number): boolean {
  let at = source.indexOf("<", from);
  while (at >= 0 && at + 1 < to) {
    const c = source.charCodeAt(at + 1);
    // "<" before a letter, "/", "!" or "?" opens markup (as htmlparser2 reads it); "a < b" is text.
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f) return true;
    at = source.indexOf("<", at + 1);
  }
  return false;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Narrows an edit to the code units it changes: the common prefix and suffix of the old and new
 * text are left alone (never splitting a surrogate pair), so the fewest source characters are
 * rewritten and markup next to unchanged letters is not touched.
 */
export function narrowEdit(text: string, edit: TextEdit): TextEdit {
  const old = text.slice(edit.start, edit.end);
  const next = edit.text;
  let prefix = 0;
  const maxPrefix = Math.min(old.length, next.length);
  while (prefix < maxPrefix && old.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && prefix < old.length && isHighSurrogate(old.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = Math.min(old.length, next.length) - prefix;
  while (suffix < maxSuffix && old.charCodeAt(old.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  if (suffix > 0 && suffix < old.length - prefix && isHighSurrogate(old.charCodeAt(old.length - 1 - suffix))) suffix--;
  return { start: edit.start + prefix, end: edit.end - suffix, text: next.slice(prefix, next.length - suffix) };
}

interface Piece {
  start: number;
  end: number;
  text: string;
  /** order among pieces at the same source position: insertions first */
  rank: number;
}

export class DraftSourceMap implements SourceMap {
  constructor(
    private readonly starts: ArrayLike<number>,
    private readonly ends: ArrayLike<number>,
    private readonly extra: ReadonlyMap<number, readonly number[]>,
    private readonly format: "html" | "text",
    /** Draft.text, to narrow edits to what they change; without it edits apply as given. */
    private readonly text: string | null = null,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  toSource(textOffset: number): number | null {
    if (textOffset === this.starts.length && textOffset > 0) {
      const end = this.ends[textOffset - 1];
      return end >= 0 ? end : null;
    }
    if (textOffset < 0 || textOffset >= this.starts.length) return null;
    const start = this.starts[textOffset];
    return start >= 0 ? start : null;
  }

  toSourceRange(textOffset: number): Span | null {
    if (textOffset < 0 || textOffset >= this.starts.length) return null;
    const start = this.starts[textOffset];
    return start >= 0 ? { start, end: this.ends[textOffset] } : null;
  }

  applyEdits(source: string, edits: { start: number; end: number; text: string }[]): string {
    const pieces: Piece[] = [];
    const length = this.starts.length;
    for (const edit of edits) {
      if (!(edit.start >= 0 && edit.end >= edit.start && edit.end <= length)) {
        throw new RangeError(`edit ${edit.start}..${edit.end} is outside the text (0..${length})`);
      }
    }
    // Overlap is judged on the edits as given: narrowing must not let two conflicting edits through.
    const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let k = 1; k < ordered.length; k++) {
      if (ordered[k].start < ordered[k - 1].end) throw new Error("edits overlap");
    }
    for (const given of edits) {
      const edit = this.text !== null && given.end > given.start ? narrowEdit(this.text, given) : given;
      if (edit.start === edit.end && edit.text === "") continue; // changes nothing
      const replacement = this.format === "html" ? escapeHtml(edit.text) : edit.text;
      if (edit.start === edit.end) {
        const at = this.insertionPoint(edit.start);
        pieces.push({ start: at, end: at, text: replacement, rank: 0 });
        continue;
      }
      const own: Piece[] = [];
      let current: Piece | null = null;
      const add = (s: number, e: number): void => {
        if (current && s <= current.end) {
          if (e > current.end) current.end = e;
          return;
        }
        current = { start: s, end: e, text: current ? "" : replacement, rank: 1 };
        own.push(current);
      };
      for (let i = edit.start; i < edit.end; i++) {
        const s = this.starts[i];
        if (s < 0) throw new Error(`edit ${edit.start}..${edit.end} spans a line break the parser made up (offset ${i})`);
        add(s, this.ends[i]);
        const more = this.extra.get(i);
        if (more) for (let k = 0; k + 1 < more.length; k += 2) add(more[k], more[k + 1]);
      }
      if (this.format === "html") this.refuseMarkup(source, own, given);
      pieces.push(...own);
    }
    pieces.sort((a, b) => a.start - b.start || a.rank - b.rank);
    let out = "";
    let at = 0;
    for (const piece of pieces) {
      if (piece.start < at) throw new Error("edits overlap");
      out += source.slice(at, piece.start) + piece.text;
      at = piece.end;
    }
    return out + source.slice(at);
  }

  /** Throws if an edit's pieces cover markup or have markup between them (source order). */
  private refuseMarkup(source: string, own: readonly Piece[], edit: TextEdit): void {
    const sorted = [...own].sort((a, b) => a.start - b.start);
    for (let k = 0; k < sorted.length; k++) {
      const from = k === 0 ? sorted[k].start : sorted[k - 1].end;
      if (containsMarkup(source, Math.min(from, sorted[k].start), sorted[k].end)) throw new EditSpansMarkupError(edit.start, edit.end);
    }
  }

  private insertionPoint(offset: number): number {
    if (offset < this.starts.length && this.starts[offset] >= 0) return this.starts[offset];
    if (offset > 0 && this.ends[offset - 1] >= 0) return this.ends[offset - 1];
    throw new Error(`no source position for an insertion at ${offset}`);
  }
}
