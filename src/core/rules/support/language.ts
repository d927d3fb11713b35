/** Which language's wording a structure rule suggests, and whether it can judge the draft at all. */
import type { DraftLanguage } from "../../draft/types";

/**
 * The structure rules know Latvian, English and Russian wording; a draft in another language
 * (German, Lithuanian, …) is not judged rather than judged wrongly.
 */
export function structureRulesApply(language: DraftLanguage): boolean {
  return language === "lv" || language === "en" || language === "ru";
}

/** Suggestions are offered in the draft's own language: English for English drafts, else Latvian. */
export function suggestionLanguage(language: DraftLanguage): "lv" | "en" {
  return language === "en" ? "en" : "lv";
}

/** A suggested sentence as it reads quoted inside a message: without its final full stop (the message has its own). */
export function quotable(sentence: string): string {
  return sentence.endsWith(".") ? sentence.slice(0, -1) : sentence;
}
