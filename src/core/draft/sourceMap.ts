/**
 * The draft's source map: from offsets in Draft.text back to the HTML or plain text the draft
 * was read from, and edits carried across it. An edit replaces the source of the characters it
 * covers and keeps the markup between them, so a fix inside a bold word or a link keeps the
 * formatting around it.
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
      const replacement = this.format === "html" ? escapeHtml(edit.text) : edit.text;
      if (edit.start === edit.end) {
        const at = this.insertionPoint(edit.start);
        pieces.push({ start: at, end: at, text: replacement, rank: 0 });
        continue;
      }
      let current: Piece | null = null;
      const add = (s: number, e: number): void => {
        if (current && s <= current.end) {
          if (e > current.end) current.end = e;
          return;
        }
        current = { start: s, end: e, text: current ? "" : replacement, rank: 1 };
        pieces.push(current);
      };
      for (let i = edit.start; i < edit.end; i++) {
        const s = this.starts[i];
        if (s < 0) throw new Error(`edit ${edit.start}..${edit.end} spans a line break the parser made up (offset ${i})`);
        add(s, this.ends[i]);
        const more = this.extra.get(i);
        if (more) for (let k = 0; k + 1 < more.length; k += 2) add(more[k], more[k + 1]);
      }
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

  private insertionPoint(offset: number): number {
    if (offset < this.starts.length && this.starts[offset] >= 0) return this.starts[offset];
    if (offset > 0 && this.ends[offset - 1] >= 0) return this.ends[offset - 1];
    throw new Error(`no source position for an insertion at ${offset}`);
  }
}
