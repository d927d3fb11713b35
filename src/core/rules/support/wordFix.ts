/** What the grammar rules share: reading word tokens, and reporting one word with its corrected form as the fix. */
import type { Draft, Token } from "../../draft/types";
import type { RuleReport } from "../types";
import { bodyEnd, lazyQuotationCursor } from "./structure";

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === "word";
}

/** Capitalised like the word it replaces. */
export function likeWord(form: string, word: string): string {
  return word[0] !== word[0].toLowerCase() ? form[0].toUpperCase() + form.slice(1) : form;
}

/**
 * A report on `word` whose fix is the first of `forms` (each capitalised like the word, all offered);
 * `data` gets word and fixed. With `oneClick` false the forms are only suggestions, where which one
 * the writer meant is theirs to say (the card shows a button for each).
 */
export function wordFixReport<MessageId extends string>(messageId: MessageId, word: Token, forms: readonly string[], data: Record<string, string>, oneClick = true): RuleReport<MessageId> {
  const suggestions = forms.map((form) => likeWord(form, word.text));
  const report: RuleReport<MessageId> = {
    messageId,
    data: Object.assign({}, data, { word: word.text, fixed: suggestions[0] }),
    start: word.start,
    end: word.end,
    suggestions,
  };
  if (oneClick) report.fix = { start: word.start, end: word.end, text: suggestions[0] };
  return report;
}

/**
 * What a grammar rule reads of a Latvian draft: its tokens, where the body ends (before the
 * signature) and whether an offset is inside a citation; null for other languages. Only a quotation
 * a colon introduces is someone else's words, left as they are ("Jūs rakstījāt: „…”"); other words
 * in quotation marks — a project's or document's title, a term, a phrase — are the employee's and
 * checked like the rest (docs/decisions.md, issue 20, part G: quotations).
 */
export function grammarScope(draft: Draft, language: string): { tokens: readonly Token[]; end: number; cited: (offset: number) => boolean } | null {
  if (language !== "lv") return null;
  const end = bodyEnd(draft);
  return { tokens: draft.tokens, end, cited: lazyQuotationCursor(draft.text, end, true) };
}
