/** Message templates of a rule's metadata, filled in the UI language. */
import type { RuleMeta, UiLanguage } from "./types";

/** Fills {placeholders}; a template key missing in the language falls back to Latvian. */
export function formatMessage(meta: RuleMeta, lang: UiLanguage, key: string, params: Record<string, string | number> = {}): string {
  const template = meta.messages[lang][key] ?? meta.messages.lv[key];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${key}"`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A short excerpt of draft.text around [start, end) for showing a finding in context. */
export function excerptOf(text: string, start: number, end: number, context = 30): string {
  if (start === end) {
    const from = Math.max(0, start - context);
    return text.slice(from, Math.min(text.length, start + context)).replace(/\s+/g, " ").trim();
  }
  return text.slice(start, end);
}
