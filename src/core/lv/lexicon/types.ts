/**
 * Plain-language lexicon entries. Each entry names the phrase to avoid as one or more patterns, plainer
 * alternatives, its kind and the source that calls it out (docs/sources.md lists the sources).
 *
 * Pattern syntax (inflection-aware, one string per phrase):
 *   - words are separated by single spaces and matched case-insensitively against whole words;
 *   - a word may list alternatives with "|":              "pacel*|pacēl* jautājum:n"
 *   - "stem*"        the stem followed by any ending (also none): "pazvan*"
 *   - "stem{a,u,}"   the stem followed by one of the endings listed (an empty item allows none)
 *   - "stem:n"       the stem followed by a noun ending (any declension, any case, either number)
 *   - "stem:a"       the stem followed by an adjective/participle ending (definite or indefinite)
 *   - "^" before a word: a verb that may also take the negation prefix ne- or the debitive jā-
 *   - "..."          up to two other words in between (never across . ! ? ; : or a line break)
 * Stems must have at least two letters; the matcher indexes entries by their first word's first two.
 */

export type LexiconKind = "bureaucratese" | "calque" | "barbarism" | "term";

export interface LexiconEntry {
  /** Stable id (used by config jargon.remove). */
  id: string;
  patterns: string[];
  /** Plainer wording to use instead, most suitable first. */
  alternatives: string[];
  kind: LexiconKind;
  /** Id of a source in sources.ts. */
  sourceId: string;
  /** Latvian note shown with the finding (why, or when the phrase is fine). */
  note?: string;
  /**
   * The source names the phrase as undesirable but gives no replacement: the alternatives are
   * Atbilde's suggestion (documented in docs/sources.md, not shown to employees).
   */
  alternativesOurs?: boolean;
  /**
   * The alternatives need the sentence rebuilt, not a word swapped ("sakarā ar remontu" → "tā kā
   * notiek remonts"): the message names them, and no one-click replacement is offered (issue 17).
   */
  rebuildsSentence?: boolean;
  /** A real sentence the entry must match (tests run it). */
  example: string;
  /** Skip matches in a sentence that ends with "?" (e.g. "par cik" asking a price). */
  notInQuestion?: boolean;
  /** Skip the match when the next word is one of these (lower case). */
  notBefore?: string[];
  /**
   * A term the client needs explained rather than replaced (issue 15): the plain explanation the
   * employee can add in brackets ("detālplānojums (detalizēts plāns …)"). The finding asks to
   * explain the term; none is reported where the text already explains it right after.
   */
  explanation?: string;
}

export interface LexiconSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** What the source says, in one or two lines. */
  summary: string;
}

/** An organization's own jargon entry (organization.json "jargon.add"). */
export interface JargonAddition {
  /** Words to report; a word ending in * matches any ending ("veik* apmaks*"). */
  phrase: string;
  alternatives: string[];
  note?: string;
}
