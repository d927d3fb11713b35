/**
 * Binary layout of a compiled word list (a minimised deterministic acyclic automaton, "DAWG").
 * Shared by the compiler (compile/dawgBuilder.ts) and the reader (dawg.ts).
 *
 *   0  "ATBDAWG1"                         magic, 8 bytes
 *   8  uint32 LE  header byte length H
 *  12  header: UTF-8 JSON (DawgHeader), then zero padding to a multiple of 4
 *   .  uint32 LE  edge count E
 *   .  E × uint32 LE edges (see below)
 *   .  E × uint8 or uint16 LE labels (header.labelBytes), index into header.alphabet
 *
 * A state is a run of consecutive edges; the last edge of a run has EDGE_LAST set. An edge word
 * holds the index of the first edge of the state it leads to (0: that state has no edges; edge 0
 * is a dummy) and the "kind" of that state when it ends a word (0: it does not).
 */
export const DAWG_MAGIC = "ATBDAWG1";
export const EDGE_TARGET_MASK = 0x00ffffff;
export const EDGE_LAST = 0x01000000;
export const EDGE_KIND_SHIFT = 25;
export const EDGE_KIND_MASK = 0x7;

/** Kind bits of a word (same values as compile/wordForms.ts). */
export const KIND_ACCEPTED = 1;
export const KIND_ACCEPTED_AS_TYPED_CAPITAL = 2;
export const KIND_SUGGESTABLE = 4;

export interface DawgHeader {
  format: 1;
  language: string;
  /** Label id i is alphabet[i]. */
  alphabet: string;
  labelBytes: 1 | 2;
  root: number;
  wordCount: number;
  stateCount: number;
  /** Hunspell settings the checker reproduces. */
  breakPatterns: string[];
  inputConversions: Array<[string, string]>;
  /** Hunspell's TRY letters, most frequent first. */
  tryChars: string;
  /** "form<TAB>count" lines by decreasing count in a reference corpus; may be empty. */
  frequentWords: string;
  /** What the asset was compiled from. */
  source: { name: string; version: string; files: Record<string, string> };
}
