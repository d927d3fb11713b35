/**
 * The draft model: what the employee actually wrote, as every rule and front door sees it.
 * All offsets are UTF-16 code-unit offsets into `Draft.text` (the new part only, NFC).
 */

export type DraftLanguage = "lv" | "en" | "ru" | "other";

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = "word" | "number" | "punct" | "url" | "email" | "symbol";

export interface Token extends Span {
  text: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  text: string;
  /** Indexes into Draft.tokens: [firstToken, lastToken + 1). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  text: string;
  /** Indexes into Draft.sentences: [first, last + 1). */
  sentenceStart: number;
  sentenceEnd: number;
  /** The paragraph is inside an indent-button blockquote or list item, etc. (informational). */
  block?: "p" | "li" | "blockquote" | "heading" | "table" | "pre";
}

export interface DraftLink extends Span {
  /** Target after unwrapping Safe Links and similar wrappers. */
  href: string;
  /** The href as written, when it differed (e.g. a Safe Links wrapper). */
  rawHref?: string;
  /** Visible text of the link. */
  text: string;
  /** true for a bare URL / www. address found in the text rather than an <a>. */
  bare: boolean;
}

export interface SignatureFields {
  name: string | null;
  position: string | null;
  institution: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
}

export interface Signature extends Span {
  fields: SignatureFields;
  /** The closing phrase that introduced the block ("Ar cieņu,"), if any. */
  closing: string | null;
  /**
   * Where it was found: Outlook's own signature container (#Signature, _MailAutoSig), another
   * mail client's container (.gmail_signature, .moz-signature, …), after a closing phrase, or
   * heuristically at the end.
   */
  source: "outlook-container" | "client-container" | "after-closing" | "trailing-block";
}

/**
 * Maps offsets in Draft.text back to offsets in the source (HTML or plain text) so that a fix
 * can be applied exactly there. `toSource` returns null for characters that the parser
 * synthesised (e.g. the "\n" standing for a </p>).
 */
export interface SourceMap {
  toSource(textOffset: number): number | null;
  /** The whole source range of the character at textOffset (an entity maps to all of "&amp;"), or null. */
  toSourceRange(textOffset: number): Span | null;
  /** Applies replacements given in Draft.text offsets to the source; throws if a range spans synthesised text. */
  applyEdits(source: string, edits: { start: number; end: number; text: string }[]): string;
}

export interface Draft {
  /** The employee's new text only, normalised (NFC, nbsp -> space, zero-width and soft hyphens removed). */
  text: string;
  format: "html" | "text";
  language: DraftLanguage;
  /** True if a quoted earlier thread was found and cut off. */
  quoted: boolean;
  /** The quoted thread as plain text (never checked; kept for context like names in the thread). */
  quotedText: string;
  /**
   * Mail furniture below the new text — "Sent from my iPhone", a mailing list's or a legal
   * footer — as plain text, or null. Not in `text`: neither the employee nor the client wrote it.
   */
  footer: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  links: DraftLink[];
  signature: Signature | null;
  sourceMap: SourceMap;
}
