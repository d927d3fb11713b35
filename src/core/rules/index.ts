/**
 * The rule catalogue (docs/architecture.md): one file per rule. The list is generated from the rule
 * files in the default profile's clause order (`npm run gen`, scripts/gen.js), so adding a rule is
 * adding its file, its test and the profiles' clause map.
 */
import type { Rule, RuleMeta } from "./types";
import { CATALOGUE_METAS, READY_RULES } from "./generated/catalogue";
import { createSpellingRule, type SpellingCheckers } from "./spelling";
import type { MorphAnalyzer } from "../lv/morphology";
import { morphologyRules } from "./grammar";

/** Every rule except spelling, which needs its word data loaded first (see core/spelling). */
export const RULES_WITHOUT_SPELLING: readonly Rule[] = READY_RULES;

/** Metadata of every rule in the catalogue, for docs and the Learn view. */
export const CATALOGUE: readonly RuleMeta[] = CATALOGUE_METAS;

/** The whole catalogue, spelling included, once the word data is loaded (and the grammar rules once the analyzer is). */
export function allRules(checkers: SpellingCheckers, analyzer?: MorphAnalyzer): Rule[] {
  return [...RULES_WITHOUT_SPELLING, createSpellingRule(checkers), ...(analyzer ? morphologyRules(analyzer) : [])];
}

export function findRule(id: string, rules: readonly Rule[] = RULES_WITHOUT_SPELLING): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}

export { morphologyRules };
export type { Rule, RuleMeta, Finding, RuleContext, Severity } from "./types";
