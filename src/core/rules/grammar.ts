/**
 * The rules that need the loaded Latvian morphological analyzer (issue 20): comma, preposition-case
 * and verb-agreement. Like spelling they run late — in the pane's Web Worker once the analyzer's data
 * has loaded (docs/architecture.md, "late rules"), in the CLI with the rest — so this module is
 * plain data in and out: a draft (without its source map, which cannot cross to a worker) in,
 * findings per rule out, for mergeFindings.
 */
import type { Draft } from "../draft/types";
import type { MorphAnalyzer } from "../lv/morphology";
import { reportsToFindings } from "./message";
import { createCommaRule } from "./comma";
import { createPrepositionCaseRule } from "./preposition-case";
import { createVerbAgreementRule } from "./verb-agreement";
import type { Finding, LanguageOnlyRule, RuleId, UiLanguage } from "./types";

/** The rules made from the analyzer, in catalogue order. */
export function morphologyRules(analyzer: MorphAnalyzer): LanguageOnlyRule[] {
  return [createCommaRule(analyzer), createPrepositionCaseRule(analyzer), createVerbAgreementRule(analyzer)];
}

/** The ids of those rules (each merged into a check on its own). */
export const MORPHOLOGY_RULE_IDS: readonly RuleId[] = ["comma", "preposition-case", "verb-agreement"];

/** A draft as it crosses to a worker: everything but the source map's functions. */
export type PlainDraft = Omit<Draft, "sourceMap">;

export function plainDraft(draft: Draft): PlainDraft {
  const copy: Partial<Draft> = Object.assign({}, draft);
  delete copy.sourceMap;
  return copy as PlainDraft;
}

/** The rules' findings on a draft, by rule, with messages in the UI language (clause and severity are stamped by mergeFindings). */
export function findGrammarFindings(draft: PlainDraft, lang: UiLanguage, analyzer: MorphAnalyzer): Array<{ rule: RuleId; findings: Finding[] }> {
  // The rules read tokens, text, signature and paragraphs; never the source map.
  const full: Draft = Object.assign({}, draft, { sourceMap: NO_SOURCE_MAP });
  return morphologyRules(analyzer).map((rule) => ({
    rule: rule.meta.id,
    findings: reportsToFindings(rule.meta, rule.check(full, { language: draft.language }), draft.text, lang),
  }));
}

const NO_SOURCE_MAP: Draft["sourceMap"] = {
  toSource() {
    throw new Error("a grammar rule has no source map");
  },
  toSourceRange() {
    throw new Error("a grammar rule has no source map");
  },
  applyEdits() {
    throw new Error("a grammar rule has no source map");
  },
};
