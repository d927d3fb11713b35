/**
 * The most common fixes for the cheat sheet (issue 22): not a hand list but a count. Each rule is
 * scored by the number of the project's bad drafts on which it reports an error or a warning —
 * the issue 15 corpus of replies with defects (test/fixtures/replies/issue15-bad.json) and the
 * exercises' flawed replies, checked by the whole catalogue, spelling included. The count is made
 * at generation time (scripts/learn-common-fixes.js writes generated/commonFixes.ts; a unit test
 * fails when it is stale), so the page needs neither the fixtures nor the word lists.
 */
import { checkMessage, type MessageFacts } from "../check/message";
import type { OrganizationConfig } from "../config/types";
import { CATALOGUE } from "../rules";
import type { Rule, RuleMeta } from "../rules/types";
import { COMMON_FIX_COUNTS } from "./generated/commonFixes";

export interface FixCount {
  rule: string;
  /** Bad drafts on which the rule reports an error or a warning. */
  drafts: number;
}

/** How many fixes the cheat sheet lists. */
export const COMMON_FIX_LIMIT = 10;

/**
 * Counts, per rule, the drafts it reports an error or warning on; the `limit` highest, ties in
 * catalogue order (the default profile's order of clauses).
 */
export function countCommonFixes(drafts: readonly MessageFacts[], config: OrganizationConfig, rules: readonly Rule[], limit = COMMON_FIX_LIMIT): FixCount[] {
  const counts = new Map<string, number>();
  for (const facts of drafts) {
    const fired = new Set<string>();
    for (const f of checkMessage(facts, config, { rules, lang: "lv" }).findings) if (f.severity !== "info") fired.add(f.rule);
    fired.forEach((rule) => counts.set(rule, (counts.get(rule) ?? 0) + 1));
  }
  const order = (rule: string): number => CATALOGUE.findIndex((m) => m.id === rule);
  return [...counts]
    .map(([rule, n]) => ({ rule, drafts: n }))
    .sort((a, b) => b.drafts - a.drafts || order(a.rule) - order(b.rule))
    .slice(0, limit);
}

/** The rules of the most common fixes, most common first, with how many bad drafts needed each. */
export function commonFixes(): { meta: RuleMeta; drafts: number }[] {
  const out: { meta: RuleMeta; drafts: number }[] = [];
  for (const c of COMMON_FIX_COUNTS) {
    const meta = CATALOGUE.find((m) => m.id === c.rule);
    if (meta) out.push({ meta, drafts: c.drafts });
  }
  return out;
}
