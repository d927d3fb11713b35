/**
 * organization.json: types, the published schema, defaults, validation and small accessors the rules
 * and front doors share.
 */
import type { RuleId, Severity } from "../vocabulary";
import type { OrganizationConfig } from "./types";
import { normaliseDomain } from "./checks";
import { resolveConfig as resolveConfigImpl, formatIssue as formatIssueImpl } from "./resolve";

export type * from "./types";
export { defaultConfig, cloneDefaultConfig, DEFAULT_ON_SEND_RULES, DEFAULT_SENTENCE_LIMIT, SIGNATURE_FIELDS } from "./defaults";
export { resolveConfig, formatIssue } from "./resolve";
export { organizationSchema } from "./generated/validate-organization";
export { checkWebUrl, domainProblem, isEmailAddress, isPhoneNumber, isIsoDate, normaliseDomain } from "./checks";

/** Whether a rule runs: on unless the config turns it off. */
export function isRuleEnabled(config: OrganizationConfig, rule: RuleId): boolean {
  return config.rules[rule]?.enabled !== false;
}

/** The severity a rule's findings get: the config's override, else the rule's default. */
export function ruleSeverity(config: OrganizationConfig, rule: RuleId, fallback: Severity): Severity {
  return config.rules[rule]?.severity ?? fallback;
}

/**
 * Domains counted as colleagues: the configured ones, or — when none are configured — the domain of
 * the user's own address (docs/architecture.md, "Who the reply is for").
 */
export function effectiveInternalDomains(config: OrganizationConfig, userEmail?: string): string[] {
  if (config.internalDomains.length > 0) return config.internalDomains.slice();
  if (userEmail) {
    const at = userEmail.lastIndexOf("@");
    if (at > 0) return [normaliseDomain(userEmail.slice(at + 1))];
  }
  return [];
}

/** True when the address belongs to one of the domains or to a subdomain of one. */
export function isInternalAddress(email: string, domains: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  if (at < 0) return false;
  const host = normaliseDomain(email.slice(at + 1));
  for (const d of domains) if (host === d || host.slice(-(d.length + 1)) === `.${d}`) return true;
  return false;
}

/**
 * The shape the config loader in src/office expects: usable when there are no errors; the messages
 * name path, problem and fix in the UI language (warnings included).
 */
export function validateOrganizationConfig(
  raw: unknown,
  lang: "lv" | "en" = "lv",
): { ok: boolean; config: OrganizationConfig; messages: string[] } {
  const { config, errors, warnings } = resolveConfigImpl(raw);
  return { ok: errors.length === 0, config, messages: errors.concat(warnings).map((i) => formatIssueImpl(i, lang)) };
}
