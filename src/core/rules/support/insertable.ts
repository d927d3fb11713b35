/**
 * Whether a suggestion can be inserted as it is (issue 17): the pane offers every `fix` and every
 * entry of `suggestions` as a one-click replacement (docs/architecture.md, the Finding contract),
 * so a template with a gap ("Atgādinām, ka …", "… dēļ", "___") or a hint in brackets ("strādāt
 * (rūpīgi)") is advice for the message, never a button.
 */
const TEMPLATE_OR_HINT = /\.\.\.|___|[…()[\]{}]/u;

export function isInsertable(text: string): boolean {
  return text.trim() !== "" && !TEMPLATE_OR_HINT.test(text);
}

/** The suggestions that can be inserted as they are, or undefined when none can. */
export function insertableSuggestions(candidates: readonly string[]): { suggestions?: string[] } {
  const suggestions = candidates.filter(isInsertable);
  return suggestions.length > 0 ? { suggestions } : {};
}
