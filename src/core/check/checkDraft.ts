/**
 * Runs the rule catalogue over a draft: skips what the context says does not apply, turns every
 * rule's reports into findings (message, excerpt, rule id — rules/message.ts), gives them the
 * active profile's clause and the configured severity, and orders findings by place.
 */
import type { Draft } from "../draft/types";
import type { Finding, Rule, RuleContext, RuleId, Severity } from "../rules/types";
import { clauseFor } from "../standard";
import { isRuleEnabled } from "../config";
import { reportsToFindings } from "../rules/message";
import { onlyInternalRecipients } from "../rules/support/recipients";

/**
 * Rules that hold for colleagues too: data protection, unsafe links, a forgotten attachment and
 * respect. The others are clause 9's e-mail rules for external clients (clause 10 covers colleagues).
 */
const RULES_FOR_INTERNAL_MAIL: ReadonlySet<RuleId> = new Set<RuleId>(["personal-code", "link-unsafe", "attachment-mention", "tone"]);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CheckResult {
  findings: Finding[];
  /** Why the checker ran fewer rules, if it did. */
  scope: "full" | "internal" | "nothing-new";
  /** Rules that threw (a bug); the others still ran. */
  failedRules: string[];
}

/** Gives a rule's findings the active profile's clause and the configured severity. */
export function stampFindings(id: RuleId, found: readonly Finding[], context: RuleContext): Finding[] {
  const clause = clauseFor(context.profile, id);
  const override = context.config.rules[id]?.severity;
  return found.map((f) => ({ ...f, rule: id, clause, severity: override ?? f.severity }));
}

/** Whether a rule runs for this message: enabled in the config, and in scope for its recipients. */
export function ruleApplies(id: RuleId, context: RuleContext): boolean {
  if (!isRuleEnabled(context.config, id)) return false;
  return !onlyInternalRecipients(context) || RULES_FOR_INTERNAL_MAIL.has(id);
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule));
}

export function checkDraftDetailed(draft: Draft, context: RuleContext, rules: readonly Rule[]): CheckResult {
  // A forward (or reply) with no text of the employee's own has nothing to check.
  if (draft.text.trim() === "") return { findings: [], scope: "nothing-new", failedRules: [] };
  const internal = onlyInternalRecipients(context);
  const findings: Finding[] = [];
  const failedRules: string[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    if (!isRuleEnabled(context.config, id)) continue;
    if (internal && !RULES_FOR_INTERNAL_MAIL.has(id)) continue;
    let found: Finding[];
    try {
      found = reportsToFindings(rule.meta, rule.check(draft, context), draft.text, context.lang);
    } catch {
      // One broken rule must not hide every other finding (and never blocks a send by itself).
      failedRules.push(id);
      continue;
    }
    findings.push(...stampFindings(id, found, context));
  }
  sortFindings(findings);
  return { findings, scope: internal ? "internal" : "full", failedRules };
}

export function checkDraft(draft: Draft, context: RuleContext, rules: readonly Rule[]): Finding[] {
  return checkDraftDetailed(draft, context, rules).findings;
}
