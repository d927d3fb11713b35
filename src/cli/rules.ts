/**
 * The rules the CLI runs: the whole catalogue, spelling included (the word lists load from the
 * package's assets/spelling in a few tens of milliseconds) and the grammar rules (the analyzer
 * loads from assets/morphology).
 */
import { allRules } from "../core/rules";
import type { Rule } from "../core/rules/types";
import type { OrganizationConfig } from "../core/config/types";
import { loadSpellChecker } from "./loadSpelling";
import { loadMorphAnalyzer } from "./loadMorphology";

export async function cliRules(_config: OrganizationConfig): Promise<readonly Rule[]> {
  return allRules({ lv: loadSpellChecker("lv"), en: loadSpellChecker("en") }, loadMorphAnalyzer());
}
