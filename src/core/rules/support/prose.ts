/**
 * The employee's prose in a draft, as the language rules (long-sentence, passive-voice, abbreviation,
 * tone, jargon) see it: the text up to the signature block (names, positions and contact lines are
 * not prose) and the quotations inside it (a law's title or the client's own words, which are not the
 * employee's to reword). Computed once per draft, since every one of those rules needs it.
 */
import type { Draft, Span } from "../../draft/types";
import { bodyEnd, quotationSpans } from "./structure";

export interface Prose {
  /** Offset where the prose ends: the start of the signature block, or the end of the text. */
  end: number;
  /** Quotations within [0, end), sorted. Test offsets with makeSpanCursor (support/structure). */
  quotations: readonly Span[];
}

const cache = new WeakMap<Draft, Prose>();

export function proseOf(draft: Draft): Prose {
  let prose = cache.get(draft);
  if (!prose) {
    const end = bodyEnd(draft);
    prose = { end, quotations: quotationSpans(draft.text, 0, end) };
    cache.set(draft, prose);
  }
  return prose;
}
