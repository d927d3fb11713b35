/** Message templates of a rule's metadata, filled in the UI language; reports made into findings. */
import type { Finding, RuleMeta, RuleReport, UiLanguage } from "./types";

/** Fills {placeholders}; a template key missing in the language falls back to Latvian. */
export function formatMessage(meta: RuleMeta, lang: UiLanguage, key: string, params: Record<string, string | number> = {}): string {
  const template = (meta.messages[lang] as Record<string, string>)[key] ?? (meta.messages.lv as Record<string, string>)[key];
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

/**
 * A rule's reports as findings in the UI language (what ESLint's context.report does): the
 * message from meta.messages, the excerpt of draft.text, the rule id and the severity. The clause
 * of the active profile and the configured severity are the runner's (check/checkDraft.ts).
 */
export function reportsToFindings(meta: RuleMeta, reports: readonly RuleReport[], text: string, lang: UiLanguage): Finding[] {
  return reports.map((r) => {
    // As in ESLint: a rule that offers fixes says so, so the UI and docs can tell (and a stray fix is a bug).
    if (r.fix && !meta.fixable) throw new Error(`rule ${meta.id} reports a fix but its meta.fixable is not set`);
    const finding: Finding = {
      rule: meta.id,
      clause: "",
      severity: r.severity ?? meta.severity,
      message: formatMessage(meta, lang, r.messageId, r.data),
      start: r.start,
      end: r.end,
      excerpt: r.excerpt ?? excerptOf(text, r.start, r.end),
      messageId: r.messageId,
    };
    if (r.suggestions) finding.suggestions = r.suggestions;
    if (r.fix) finding.fix = r.fix;
    return finding;
  });
}
